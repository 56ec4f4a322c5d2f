/// A reading document laid out as far as it has been read: the lines of a segment of 50 MB are made a screen at a
/// time as one scrolls, so that opening it costs what its first screen does. Lines come out the same as laying out
/// the whole document at once.
final class ReadingLayout {
    let document: ReadingDocument?
    private let width: Int
    private let theme: Theme
    private let terms: SearchTerms?
    /// The lines laid out so far.
    private(set) var lines: [ReadingView.Line] = []
    /// Whether every line is laid out.
    private(set) var complete = false
    /// The paragraph being laid out, and where in its text laying out stopped.
    private var paragraph = 0
    private var position: (index: String.Index, offset: Int)?
    private var highlights: Highlights?
    /// UTF-8 bytes of the paragraphs' text, in all and laid out.
    private let totalBytes: Int
    private var bytesBefore = 0

    /// Lines laid out in one step of a paragraph.
    static let step = 200
    /// Bytes of text up to which a document is laid out whole at once (its percentage is then exact).
    static let whole = 1 << 18

    init(_ document: ReadingDocument?, width: Int, theme: Theme, query: String?) {
        self.document = document
        self.width = max(1, width - 2)
        self.theme = theme
        terms = query.map(SearchTerms.init)
        totalBytes = document?.paragraphs.reduce(0) { $0 + $1.text.utf8.count } ?? 0
        guard let document else {
            lines = [[ReadingView.Run(text: "Nothing to read.", style: theme.dim)]]
            complete = true
            return
        }
        for line in TextWrap.wrap(document.articleTitle, width: self.width) { lines.append(marked(line.text, style: theme.dim)) }
        if let heading = document.heading {
            for line in TextWrap.wrap(heading, width: self.width) { lines.append(marked(line.text, style: theme.heading)) }
        }
        lines.append([.init(text: "\(document.source):\(document.lines.lowerBound)-\(document.lines.upperBound)", style: theme.dim)])
        lines.append([])
        if totalBytes <= ReadingLayout.whole { ensure(.max) }
    }

    /// A line of the title or heading in its style, the words matching the search marked (the search finds them too).
    private func marked(_ text: String, style: Style) -> ReadingView.Line {
        var runs: ReadingView.Line = []
        var matched = Set<Int>()
        for range in terms?.ranges(in: text) ?? [] { matched.formUnion(range) }
        for (offset, character) in text.enumerated() {
            let characterStyle = matched.contains(offset) ? theme.match : style
            if let last = runs.last, last.style == characterStyle { runs[runs.count - 1].text.append(character) }
            else { runs.append(.init(text: String(character), style: characterStyle)) }
        }
        return runs.isEmpty ? [.init(text: "", style: style)] : runs
    }

    /// Lays out until there are `count` lines or all of them.
    func ensure(_ count: Int) {
        guard let document else { return }
        while lines.count < count, !complete {
            if paragraph < document.paragraphs.count {
                layOutStep(of: document.paragraphs[paragraph])
            } else {
                lines += ReadingView.tail(document, width: width, theme: theme)
                complete = true
            }
        }
    }

    /// How far into the text laying out has gone, from 0 to 1.
    var progress: Double {
        guard totalBytes > 0, !complete, let document, paragraph < document.paragraphs.count else { return 1 }
        let text = document.paragraphs[paragraph].text
        let within = position.map { text.utf8.distance(from: text.startIndex, to: $0.index) } ?? 0
        return Double(bytesBefore + within) / Double(totalBytes)
    }

    /// The next lines of a paragraph, and the blank line after it once it is done.
    private func layOutStep(of paragraph: ReadingParagraph) {
        let text = paragraph.text
        if position == nil {
            position = (text.startIndex, 0)
            highlights = Highlights(paragraph, theme: theme)
        }
        guard var (index, offset) = position, let highlights else { return }
        let wrapped = TextWrap.wrap(text[index...], width: width, limit: ReadingLayout.step)
        for line in wrapped {
            // Wrapping drops the spaces it breaks at: the line's characters are found in the text going forward.
            var offsets: [Int] = []
            var start: String.Index?
            for character in line.text {
                while index < text.endIndex, text[index] != character { text.formIndex(after: &index); offset += 1 }
                if start == nil { start = index }
                offsets.append(offset)
                if index < text.endIndex { text.formIndex(after: &index); offset += 1 }
            }
            let span = (offsets.first ?? offset)..<(offsets.last.map { $0 + 1 } ?? offset)
            let styles = highlights.styles(span, text: start.map { text[$0..<index] } ?? "", terms: terms)
            var runs: ReadingView.Line = []
            var column = 0
            for (character, characterOffset) in zip(line.text, offsets) {
                let style = styles[characterOffset - span.lowerBound]
                // A tab is spaced to the next tab stop.
                let text = character == "\t" ? String(repeating: " ", count: TextWrap.tabColumns(at: column)) : String(character)
                column += DisplayWidth.width(of: text)
                if let last = runs.last, last.style == style { runs[runs.count - 1].text += text }
                else { runs.append(.init(text: text, style: style)) }
            }
            lines.append(runs)
        }
        let done = wrapped.count < ReadingLayout.step || !text[index...].contains { $0 != " " && $0 != "\n" }
        if done {
            lines.append([])
            self.paragraph += 1
            bytesBefore += text.utf8.count
            position = nil
            self.highlights = nil
        } else {
            position = (index, offset)
        }
    }
}

/// The quotations and figures of a paragraph, by where they start, to style a line's characters: the later in the
/// paragraph's list over the earlier, figures over quotations, matched words over both.
private struct Highlights {
    private let spans: [(range: Range<Int>, rank: Int, kind: Highlight.Kind)]
    private let longest: Int
    private let theme: Theme

    init(_ paragraph: ReadingParagraph, theme: Theme) {
        self.theme = theme
        var spans = paragraph.highlights.enumerated().map { rank, highlight in (highlight.range, rank, highlight.kind) }
        // Sources give them in reading order, quotations then figures: sorted only when out of order.
        if zip(spans, spans.dropFirst()).contains(where: { $0.0.lowerBound > $1.0.lowerBound }) {
            spans.sort { $0.0.lowerBound < $1.0.lowerBound }
        }
        self.spans = spans
        longest = spans.reduce(0) { max($0, $1.0.count) }
    }

    /// The style of each character of `span` (character offsets in the paragraph), whose text is `text`.
    func styles(_ span: Range<Int>, text: Substring, terms: SearchTerms?) -> [Style] {
        var styles = [Style](repeating: .plain, count: span.count)
        var ranks = [Int](repeating: -1, count: span.count)
        // The first highlight that could reach the span: none starting before span - longest can.
        var low = 0, high = spans.count
        let from = span.lowerBound - longest
        while low < high {
            let middle = (low + high) / 2
            if spans[middle].range.lowerBound < from { low = middle + 1 } else { high = middle }
        }
        var index = low
        while index < spans.count, spans[index].range.lowerBound < span.upperBound {
            let highlight = spans[index]
            let style: Style = switch highlight.kind {
            case let .quote(key): theme.quote(key)
            case .figure: theme.figure
            }
            for offset in highlight.range.clamped(to: span) where highlight.rank > ranks[offset - span.lowerBound] {
                ranks[offset - span.lowerBound] = highlight.rank
                styles[offset - span.lowerBound] = style
            }
            index += 1
        }
        for range in terms?.ranges(in: String(text)) ?? [] {
            for offset in range where offset < styles.count { styles[offset] = theme.match }
        }
        return styles
    }
}
