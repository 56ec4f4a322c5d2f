/// Lays out a segment for reading: its heading, its paragraphs wrapped at word boundaries with quotations and
/// figures styled, then its quotations with speakers, then the same story elsewhere.
public enum ReadingView {
    /// A styled run of a laid-out line.
    struct Run { var text: String; var style: Style }
    typealias Line = [Run]

    /// With `limit`, laying out stops once that many lines are there (a preview shows only its first lines); with
    /// `query`, the words of the paragraphs that match it are marked.
    static func lines(_ document: ReadingDocument?, width: Int, theme: Theme, limit: Int = .max, query: String? = nil) -> [Line] {
        guard let document else { return [[Run(text: "Nothing to read.", style: theme.dim)]] }
        let inner = max(1, width - 2)
        let terms = query.map(SearchTerms.init)
        var lines: [Line] = []
        for line in TextWrap.wrap(document.articleTitle, width: inner) { lines.append([Run(text: line.text, style: theme.dim)]) }
        if let heading = document.heading {
            for line in TextWrap.wrap(heading, width: inner) { lines.append([Run(text: line.text, style: theme.heading)]) }
        }
        lines.append([Run(text: "\(document.source):\(document.lines.lowerBound)-\(document.lines.upperBound)", style: theme.dim)])
        lines.append([])
        for paragraph in document.paragraphs {
            if lines.count >= limit { return lines }
            lines += styledLines(paragraph, width: inner, theme: theme, terms: terms)
            lines.append([])
        }
        if lines.count >= limit { return lines }
        if !document.quotes.isEmpty {
            lines.append([Run(text: "Quotations", style: theme.heading)])
            for quote in document.quotes.prefix(ReadingDocument.quotesListed) {
                let speaker = quote.speaker ?? "unattributed"
                let wrapped = TextWrap.wrap("\(speaker): \(quote.displayText)", width: inner)
                for (index, line) in wrapped.enumerated() {
                    if index == 0, line.text.hasPrefix(speaker) {
                        lines.append([Run(text: speaker, style: theme.speaker(quote.speakerKey)),
                                      Run(text: String(line.text.dropFirst(speaker.count)), style: .plain)])
                    } else {
                        lines.append([Run(text: line.text, style: .plain)])
                    }
                }
                if lines.count >= limit { return lines }
            }
            let listed = min(document.quotes.count, ReadingDocument.quotesListed)
            if document.quoteCount > listed {
                let more = "\u{2026} and \(document.quoteCount - listed) more (s lists a speaker's)"
                for line in TextWrap.wrap(more, width: inner) { lines.append([Run(text: line.text, style: theme.dim)]) }
            }
            lines.append([])
        }
        if lines.count >= limit { return lines }
        if !document.linked.isEmpty {
            lines.append([Run(text: "Same story elsewhere", style: theme.heading)])
            for link in document.linked {
                for line in TextWrap.wrap("\u{2194} \(link.label) (\(link.source))", width: inner) {
                    lines.append([Run(text: line.text, style: .plain)])
                }
            }
            if document.linkedCount > document.linked.count {
                let more = "\u{2026} and \(document.linkedCount - document.linked.count) more (] and [ go through them)"
                for line in TextWrap.wrap(more, width: inner) { lines.append([Run(text: line.text, style: theme.dim)]) }
            }
        }
        return lines
    }

    /// A paragraph wrapped, its quotations, figures and matched words styled (in that order, the later over the
    /// earlier). Styles are kept as a byte per character and the text is walked once, so that a paragraph of 50 MB
    /// is laid out in one pass without a copy of its characters.
    static func styledLines(_ paragraph: ReadingParagraph, width: Int, theme: Theme, terms: SearchTerms?) -> [Line] {
        let text = paragraph.text
        var palette: [Style] = [.plain]
        func number(_ style: Style) -> UInt8 {
            if let known = palette.firstIndex(of: style) { return UInt8(known) }
            guard palette.count < Int(UInt8.max) else { return 0 }
            palette.append(style)
            return UInt8(palette.count - 1)
        }
        let count = text.count
        var styles = [UInt8](repeating: 0, count: count)
        func paint(_ range: Range<Int>, _ style: UInt8) {
            let clamped = range.clamped(to: 0..<count)
            for index in clamped { styles[index] = style }
        }
        for highlight in paragraph.highlights {
            switch highlight.kind {
            case let .quote(key): paint(highlight.range, number(theme.quote(key)))
            case .figure: paint(highlight.range, number(theme.figure))
            }
        }
        if let terms {
            let match = number(theme.match)
            for range in terms.ranges(in: text) { paint(range, match) }
        }
        // Wrapping drops the spaces it breaks at: each line's characters are found in the text going forward.
        var lines: [Line] = []
        var index = text.startIndex, offset = 0
        for wrapped in TextWrap.wrap(text, width: width) {
            while offset < wrapped.offset, index < text.endIndex { text.formIndex(after: &index); offset += 1 }
            var runs: Line = []
            for character in wrapped.text {
                while index < text.endIndex, text[index] != character { text.formIndex(after: &index); offset += 1 }
                let style = offset < count ? palette[Int(styles[offset])] : .plain
                if let last = runs.last, last.style == style { runs[runs.count - 1].text.append(character) }
                else { runs.append(Run(text: String(character), style: style)) }
                if index < text.endIndex { text.formIndex(after: &index); offset += 1 }
            }
            lines.append(runs)
        }
        return lines
    }

    /// Draws lines from `scroll` into a rectangle.
    static func draw(_ lines: [Line], scroll: Int, into grid: inout Grid, rect: Rect) {
        for row in 0..<rect.height {
            let index = scroll + row
            guard index < lines.count else { break }
            var x = rect.x + 1
            for run in lines[index] {
                x = grid.put(run.text, x: x, y: rect.y + row, style: run.style, limit: rect.x + rect.width - x)
            }
        }
    }
}
