import Foundation

/// The words around a full-text match, for a list of search hits: a window of words centred on the first word
/// the query matches, every matching word in it marked, an ellipsis where the passage was cut.
public enum SearchSnippet {
    /// A query word, folded (lower case, no diacritics); a prefix query (`kharkiv*`) matches any word it begins.
    public struct Word: Sendable, Hashable {
        public var folded: String
        public var prefix: Bool
    }

    /// The words of a full-text query, without its operators (AND, OR, NOT, NEAR) and column names.
    public static func words(of query: String) -> [Word] {
        var words: [Word] = []
        for token in query.split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "*" && $0 != ":" }) {
            // A column filter ("text:word") leaves the word.
            let piece = token.split(separator: ":").last ?? ""
            if ["AND", "OR", "NOT", "NEAR"].contains(piece) { continue }
            let prefix = piece.hasSuffix("*")
            let word = fold(String(piece.filter { $0 != "*" }))
            if !word.isEmpty { words.append(Word(folded: word, prefix: prefix)) }
        }
        return words
    }

    /// At most `length` words of `text` around its first match, matches between `marks`.
    public static func snippet(of text: String, words query: [Word], marks: (String, String), length: Int = 12) -> String {
        var ranges: [Range<String.Index>] = []
        var start: String.Index?
        for index in text.indices {
            let isWordCharacter = text[index].isLetter || text[index].isNumber
            if isWordCharacter, start == nil { start = index }
            if !isWordCharacter, let open = start { ranges.append(open..<index); start = nil }
        }
        if let open = start { ranges.append(open..<text.endIndex) }
        guard !ranges.isEmpty else { return text }
        let matches = ranges.map { range in
            let folded = fold(String(text[range]))
            return query.contains { $0.prefix ? folded.hasPrefix($0.folded) : folded == $0.folded }
        }
        let first = matches.firstIndex(of: true) ?? 0
        let from = max(0, min(first - (length - 1) / 2, ranges.count - length))
        let to = min(ranges.count, from + length)
        var result = from > 0 ? "\u{2026}" : ""
        var cursor = from > 0 ? ranges[from].lowerBound : text.startIndex
        for index in from..<to {
            result += text[cursor..<ranges[index].lowerBound]
            result += matches[index] ? marks.0 + text[ranges[index]] + marks.1 : String(text[ranges[index]])
            cursor = ranges[index].upperBound
        }
        result += to < ranges.count ? "\u{2026}" : String(text[cursor...])
        return result
    }

    private static func fold(_ word: String) -> String {
        word.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }
}
