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

    /// At most `length` words of `text` around its first match, matches between `marks`. The text is read as far
    /// as the words shown: a paragraph of megabytes whose first match is near its start costs what its start does.
    public static func snippet(of text: String, words query: [Word], marks: (String, String), length: Int = 12) -> String {
        var ranges: [Range<String.Index>] = []
        var matches: [Bool] = []
        var first: Int?
        func close(_ range: Range<String.Index>) {
            let folded = fold(String(text[range]))
            let match = query.contains { $0.prefix ? folded.hasPrefix($0.folded) : folded == $0.folded }
            if match, first == nil { first = ranges.count }
            ranges.append(range)
            matches.append(match)
        }
        var start: String.Index?
        var index = text.startIndex
        var whole = true
        while index < text.endIndex {
            let isWordCharacter = text[index].isLetter || text[index].isNumber
            if isWordCharacter, start == nil {
                // Words enough after the first match: the rest is not read.
                if let first, ranges.count >= first + length {
                    whole = false
                    break
                }
                start = index
            }
            if !isWordCharacter, let open = start {
                close(open..<index)
                start = nil
            }
            text.formIndex(after: &index)
        }
        if whole, let open = start { close(open..<text.endIndex) }
        guard !ranges.isEmpty else { return text }
        let from = max(0, min((first ?? 0) - (length - 1) / 2, ranges.count - length))
        let to = min(ranges.count, from + length)
        var result = from > 0 ? "\u{2026}" : ""
        var cursor = from > 0 ? ranges[from].lowerBound : text.startIndex
        for index in from..<to {
            result += text[cursor..<ranges[index].lowerBound]
            result += matches[index] ? marks.0 + text[ranges[index]] + marks.1 : String(text[ranges[index]])
            cursor = ranges[index].upperBound
        }
        result += to < ranges.count || !whole ? "\u{2026}" : String(text[cursor...])
        return result
    }

    private static func fold(_ word: String) -> String {
        word.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }
}
