import Foundation

/// What a person types to find a speaker, reduced to the words to match against speakers' names and aliases:
/// case and diacritics folded, honorifics and titles dropped ("Mr Zelenskiy" and "president zelenskiy" both
/// become `zelenskiy`). A speaker matches when every word begins a word of one of its aliases, either as written
/// or by transliteration key (``NameKey``), so `zelensk`, `Zelenskyy` and `ZELENSKIY` all find Volodymyr Zelensky.
public struct SpeakerQuery: Sendable, Equatable {
    /// Folded words, in order.
    public let words: [String]
    /// The same words lower-cased but otherwise as typed, for an index that folds them its own way.
    public let typed: [String]
    /// The transliteration key of each word (empty for words too short to compare that way).
    public let keys: [String]

    public init(_ text: String, lexicon: Lexicon = .standard) {
        let all = text.lowercased().split { !($0.isLetter || $0.isNumber) }.map(String.init)
        let meaningful = all.filter { word in
            lexicon.honorifics[word] == nil && !lexicon.titles.contains(word) && !["the", "a", "an"].contains(word)
        }
        typed = meaningful.isEmpty ? all : meaningful
        words = typed.map(SpeakerQuery.fold)
        keys = words.map { $0.count >= 4 ? NameKey.key($0) : "" }
    }

    /// Lower case without diacritics, in every script.
    public static func fold(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }

    /// The folded words of a text (letters and digits; hyphens and apostrophes separate).
    public static func words(of text: String) -> [String] {
        fold(text).split { !($0.isLetter || $0.isNumber) }.map(String.init)
    }

    /// Transliteration keys of the words of a name, to store beside it.
    public static func keys(of name: String) -> [String] {
        words(of: name).map(NameKey.key).filter { !$0.isEmpty }
    }

    /// Whether a speaker known by these aliases matches: every query word begins a word of some alias.
    public func matches(aliases: [String]) -> Bool {
        guard !words.isEmpty else { return false }
        let aliasWords = Set(aliases.flatMap(SpeakerQuery.words))
        let aliasKeys = Set(aliasWords.map(NameKey.key))
        return zip(words, keys).allSatisfy { word, key in
            aliasWords.contains { $0.hasPrefix(word) } || (!key.isEmpty && aliasKeys.contains { $0.hasPrefix(key) })
        }
    }
}
