import SitrepCore

/// The words of a full-text query as the reader finds them in text, to mark them: FTS operators, quotes and the
/// words after NOT dropped, case and diacritics folded, `word*` a prefix. A word is a run of letters and digits, as
/// the library's index splits text.
public struct SearchTerms: Sendable, Equatable {
    public let terms: [String]

    public init(_ query: String) {
        var terms: [String] = []
        var excluded = false
        for word in SpeakerQuery.fold(query).split(whereSeparator: { !($0.isLetter || $0.isNumber || $0 == "*") }) {
            switch word {
            case "and", "or", "near": continue
            case "not": excluded = true; continue
            default: break
            }
            if !excluded { terms.append(String(word)) }
            excluded = false
        }
        self.terms = terms
    }

    /// The terms a word of text matches.
    func matches(_ word: some StringProtocol) -> [String] {
        let folded = SpeakerQuery.fold(String(word))
        return terms.filter { $0.hasSuffix("*") ? folded.hasPrefix($0.dropLast()) : folded == $0 }
    }

    /// The words of `text` that match a term, as character offsets.
    public func ranges(in text: String) -> [Range<Int>] {
        guard !terms.isEmpty else { return [] }
        var ranges: [Range<Int>] = []
        var start = 0, offset = 0
        var word = ""
        func flush() {
            if !word.isEmpty, !matches(word).isEmpty { ranges.append(start..<offset) }
            word = ""
        }
        for character in text {
            if character.isLetter || character.isNumber {
                if word.isEmpty { start = offset }
                word.append(character)
            } else {
                flush()
            }
            offset += 1
        }
        flush()
        return ranges
    }
}
