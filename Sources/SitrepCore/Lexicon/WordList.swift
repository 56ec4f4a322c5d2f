/// A word list of the lexicon that rules ask whether it holds a word, answered by one probe of the word's key
/// (``WordSet``) rather than by hashing the string: what `contains` of a `Set<String>` of the same words answers,
/// case kept and canonically equivalent spellings matching.
public struct WordList: Sendable {
    let words: WordSet

    /// The list of `words`.
    init(_ words: Set<String>) { self.words = WordSet(words) }

    /// Whether the list holds `word`.
    public func contains(_ word: String) -> Bool { words.contains(word) }

    /// Whether the list holds `word` lower-cased: what `contains(word.lowercased())` answers, asked from the word's
    /// bytes without making the lower-cased text when they are all ASCII.
    public func contains<Word: StringProtocol>(lowering word: Word) -> Bool { words.contains(lowering: word) }

    /// Whether the list holds the text of `token`, a token of `paragraph` (lower-cased first when `lowered`), asked
    /// from the paragraph's bytes without making the text.
    func contains(_ token: Token, of paragraph: Paragraph, lowered: Bool) -> Bool {
        words.contains(token, of: paragraph, lowered: lowered)
    }
}
