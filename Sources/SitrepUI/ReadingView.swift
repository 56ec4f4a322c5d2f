/// Lays out a segment for reading: its heading, its paragraphs wrapped at word boundaries with quotations and
/// figures styled, then its quotations with speakers, then the same story elsewhere.
public enum ReadingView {
    /// A styled run of a laid-out line.
    struct Run { var text: String; var style: Style }
    typealias Line = [Run]

    /// With `limit`, laying out stops once that many lines are there (a preview shows only its first lines: what
    /// follows them is not laid out); with `query`, the words of the paragraphs that match it are marked.
    static func lines(_ document: ReadingDocument?, width: Int, theme: Theme, limit: Int = .max, query: String? = nil) -> [Line] {
        var shown = document
        if limit < .max, var cut = document {
            // Each quotation and link takes a line at least: more than `limit` of them cannot be among the lines.
            cut.quotes = Array(cut.quotes.prefix(limit))
            cut.linked = Array(cut.linked.prefix(limit))
            shown = cut
        }
        let layout = ReadingLayout(shown, width: width, theme: theme, query: query, whole: limit == .max)
        layout.ensure(limit)
        return layout.lines
    }

    /// The quotations of a segment with their speakers, after its paragraphs (then come ``links(_:width:theme:)``).
    static func quotations(_ document: ReadingDocument, width inner: Int, theme: Theme) -> [Line] {
        var lines: [Line] = []
        // Read from the library only now that they are shown.
        let quotes = document.pages?.quotes(0..<min(document.quoteCount, ReadingDocument.quotesListed)) ?? document.quotes
        if !quotes.isEmpty {
            lines.append([Run(text: "Quotations", style: theme.heading)])
            for quote in quotes.prefix(ReadingDocument.quotesListed) {
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
            }
            let listed = min(quotes.count, ReadingDocument.quotesListed)
            if document.quoteCount > listed {
                let more = "\u{2026} and \(document.quoteCount - listed) more (s lists a speaker's)"
                for line in TextWrap.wrap(more, width: inner) { lines.append([Run(text: line.text, style: theme.dim)]) }
            }
            lines.append([])
        }
        return lines
    }

    /// The same story elsewhere, last: each linked segment and what links it.
    static func links(_ document: ReadingDocument, width inner: Int, theme: Theme) -> [Line] {
        var lines: [Line] = []
        if !document.linked.isEmpty {
            lines.append([Run(text: "Same story elsewhere", style: theme.heading)])
            for link in document.linked {
                for line in TextWrap.wrap("\u{2194} \(link.label) (\(link.source))", width: inner) {
                    lines.append([Run(text: line.text, style: .plain)])
                }
                // What links it, under it: names, dates, figures, a shared quotation.
                if let reason = link.reason {
                    for line in TextWrap.wrap(reason, width: max(1, inner - 2)) {
                        lines.append([Run(text: "  " + line.text, style: theme.dim)])
                    }
                }
            }
            if document.linkedCount > document.linked.count {
                let more = "\u{2026} and \(document.linkedCount - document.linked.count) more (] and [ go through them)"
                for line in TextWrap.wrap(more, width: inner) { lines.append([Run(text: line.text, style: theme.dim)]) }
            }
        }
        return lines
    }

    /// Draws lines from `scroll` into a rectangle.
    static func draw(_ lines: [Line], scroll: Int, into grid: inout Grid, rect: Rect) {
        draw(scroll: scroll, into: &grid, rect: rect) { $0 < lines.count ? lines[$0] : nil }
    }

    /// Draws the lines `line` gives from `scroll` into a rectangle, up to the first it has not.
    static func draw(scroll: Int, into grid: inout Grid, rect: Rect, _ line: (Int) -> Line?) {
        for row in 0..<rect.height {
            guard let runs = line(scroll + row) else { break }
            var x = rect.x + 1
            for run in runs {
                x = grid.put(run.text, x: x, y: rect.y + row, style: run.style, limit: rect.x + rect.width - x)
            }
        }
    }
}
