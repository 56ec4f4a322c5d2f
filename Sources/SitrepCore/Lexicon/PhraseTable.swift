/// A lexicon table of phrases (one or more lower-case words joined by single spaces) with the first and the last
/// words of its phrases, so that a token that opens (or closes) no phrase of the table is passed over with one probe
/// of its word key, without making phrase keys.
struct PhraseTable<Value> {
    /// The table itself, by whole phrase.
    let entries: [String: Value]
    /// The first word of each phrase.
    let openers: WordSet
    /// The last word of each phrase.
    let closers: WordSet

    init(_ entries: [String: Value]) {
        self.entries = entries
        openers = WordSet(entries.keys.map { String($0.prefix { $0 != " " }) })
        closers = WordSet(entries.keys.map { phrase in
            phrase.lastIndex(of: " ").map { String(phrase[phrase.index(after: $0)...]) } ?? phrase
        })
    }
}

extension PhraseTable: Sendable where Value: Sendable {}

/// The lexicon's figure tables that are read phrase by phrase from a token (``FigureWords``).
struct FigurePhrases: Sendable {
    let numerals: PhraseTable<(value: Double, vague: Bool)>
    let hedges: PhraseTable<String>
    let cues: PhraseTable<String>
    let presence: PhraseTable<String>
}
