/// Checks that an analysis is faithful to its sources: every span lies inside its file, and every quotation's text
/// is what its span covers. Used by the fuzzer and the property tests; an empty result means all holds.
public enum AnalysisInvariants {
    public static func violations(_ analysis: Analysis, sources: [SourceText]) -> [String] {
        var problems: [String] = []
        let byName = Dictionary(sources.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        func inside(_ span: SourceSpan, _ what: String) -> SourceText? {
            guard let source = byName[span.file] else { problems.append("\(what): unknown file \(span.file)"); return nil }
            for position in [span.start, span.end] {
                guard position.line >= 1, position.line <= source.lineRanges.count else {
                    problems.append("\(what): line \(position.line) outside 1...\(source.lineRanges.count)")
                    return nil
                }
                let length = source.line(source.lineRanges[position.line - 1]).unicodeScalars.count
                guard position.column >= 1, position.column <= length + 1 else {
                    problems.append("\(what): column \(position.column) outside line \(position.line) (\(length) characters)")
                    return nil
                }
            }
            if span.end < span.start { problems.append("\(what): ends before it starts") }
            return source
        }
        for (index, article) in analysis.articles.enumerated() {
            guard let source = byName[article.source] else { problems.append("article \(index): unknown file"); continue }
            if article.lines.lowerBound < 1 || article.lines.upperBound > source.lineRanges.count {
                problems.append("article \(index): lines \(article.lines) outside the file")
            }
            for (ordinal, segment) in article.segments.enumerated() where !article.lines.contains(segment.lines.lowerBound) {
                problems.append("article \(index) segment \(ordinal): starts outside its article")
            }
        }
        for (index, quote) in analysis.quotes.enumerated() {
            guard let source = inside(quote.span, "quotation \(index)") else { continue }
            let covered = source.text(from: quote.span.start, to: quote.span.end)
            if collapse(covered) != collapse(quote.text) {
                problems.append("quotation \(index): text '\(quote.text)' is not its span '\(covered)'")
            }
        }
        for (index, figure) in analysis.figures.enumerated() { _ = inside(figure.span, "figure \(index)") }
        return problems
    }

    /// Whitespace runs (spaces, line breaks of hard-wrapped text) as one space.
    private static func collapse(_ text: String) -> String {
        text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\r" || $0 == "\t" }).joined(separator: " ")
    }
}

extension SourceText {
    /// The text from one position up to (not including) another, line breaks kept.
    func text(from start: SourcePosition, to end: SourcePosition) -> String {
        guard start.line >= 1, end.line <= lineRanges.count, start <= end else { return "" }
        var result = ""
        for line in start.line...end.line {
            let scalars = Array(self.line(lineRanges[line - 1]).unicodeScalars)
            let from = line == start.line ? min(max(0, start.column - 1), scalars.count) : 0
            let to = line == end.line ? min(max(from, end.column - 1), scalars.count) : scalars.count
            if line > start.line { result += "\n" }
            result.unicodeScalars.append(contentsOf: scalars[from..<to])
        }
        return result
    }
}
