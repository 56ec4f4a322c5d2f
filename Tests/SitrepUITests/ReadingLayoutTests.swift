import Testing
@testable import SitrepUI

/// A long segment is laid out a screen at a time, and comes out as laying it out whole would.
@Suite struct ReadingLayoutTests {
    /// Laying out whole, character by character, as the reading view did before it laid out by steps: the oracle.
    func reference(_ paragraph: ReadingParagraph, width: Int, theme: Theme, query: String?) -> [[ReadingView.Run]] {
        let characters = Array(paragraph.text)
        var styles = [Style](repeating: .plain, count: characters.count)
        for highlight in paragraph.highlights {
            let style: Style = switch highlight.kind {
            case let .quote(key): theme.quote(key)
            case .figure: theme.figure
            }
            for index in highlight.range where index < styles.count { styles[index] = style }
        }
        for range in query.map(SearchTerms.init)?.ranges(in: paragraph.text) ?? [] {
            for index in range where index < styles.count { styles[index] = theme.match }
        }
        return TextWrap.wrap(paragraph.text, width: width - 2).map { wrapped in
            var runs: [ReadingView.Run] = []
            var offset = wrapped.offset
            for character in wrapped.text {
                while offset < characters.count, characters[offset] != character { offset += 1 }
                let style = offset < styles.count ? styles[offset] : .plain
                if let last = runs.last, last.style == style { runs[runs.count - 1].text.append(character) }
                else { runs.append(ReadingView.Run(text: String(character), style: style)) }
                offset += 1
            }
            return runs
        }
    }

    /// A paragraph of about 600 KB: quotations of several speakers, figures inside some, a long word, double spaces.
    func longParagraph() -> ReadingParagraph {
        var text = ""
        var highlights: [Highlight] = []
        var figures: [Highlight] = []
        for number in 0..<6_000 {
            let quote = "\u{201C}We hold Kherson, line \(number),\u{201D}"
            let start = text.count
            text += quote
            highlights.append(Highlight(range: start..<(start + quote.count), kind: .quote(speakerKey: number % 4)))
            if number % 7 == 0 { figures.append(Highlight(range: (start + 23)..<(start + 23 + "\(number)".count), kind: .figure)) }
            text += number % 50 == 0 ? " the  governor said, Supercalifragilisticexpialidocious-and-then-some-more-words. "
                : " Prokudin said on Monday. "
        }
        return ReadingParagraph(text: text, line: 3, highlights: highlights + figures)
    }

    func document(_ paragraph: ReadingParagraph) -> ReadingDocument {
        ReadingDocument(articleTitle: "Kherson holds", heading: "The line", source: "k.txt", lines: 1...3,
                        paragraphs: [paragraph, ReadingParagraph(text: "After it.", line: 5, highlights: [])],
                        quotes: [], linked: [], linkedCount: 0)
    }

    @Test func linesLaidOutByStepsAreTheLinesLaidOutWhole() {
        let paragraph = longParagraph()
        #expect(paragraph.text.utf8.count > ReadingLayout.whole)
        let theme = Theme(color: true)
        let layout = ReadingLayout(document(paragraph), width: 50, theme: theme, query: "kherson OR monday")
        layout.ensure(10)
        #expect(!layout.complete)
        #expect(layout.lines.count < 10 + ReadingLayout.step + 5, "only a step is laid out: \(layout.lines.count)")
        #expect(layout.progress > 0 && layout.progress < 0.05)
        layout.ensure(1_234)
        layout.ensure(.max)
        #expect(layout.complete)
        let expected = reference(paragraph, width: 50, theme: theme, query: "kherson OR monday")
        // Title, heading, source and a blank line come first.
        let body = Array(layout.lines[4..<(4 + expected.count)])
        #expect(body.count == expected.count)
        let differing = zip(body, expected).enumerated().first { $0.element.0.map(\.text) != $0.element.1.map(\.text)
            || $0.element.0.map(\.style) != $0.element.1.map(\.style) }
        #expect(differing == nil, "first differing line: \(differing.map { "\($0.offset)" } ?? "")")
        #expect(layout.lines[4 + expected.count].isEmpty)
        #expect(layout.lines[5 + expected.count].map(\.text) == ["After it."])
        #expect(layout.lines.count == 4 + expected.count + 3)
    }

    @Test func withKeptLayoutsTheBottomAndSpaceWorkAsWithout() throws {
        let source = try corpusSource()
        let layouts = ReadingLayouts()
        let reducer = Reducer(source: source, layouts: layouts)
        var state = run([.open], on: AppState(width: 80, height: 24), source: source)
        reducer.reduce(&state, .bottom)
        let bottom = try #require(state.reading?.scroll)
        #expect(bottom > 0)
        reducer.reduce(&state, .pageDown)
        #expect(state.reading?.segment == SegmentKey(article: 0, segment: 1), "Space at the end reads on, as without layouts")
    }

    /// From the end (`G`) back to the top a page at a time: the lines laid out back from the end meet those from
    /// the top, and hold the document laid out at once, every paragraph, blank line and quotation in its style.
    @Test func linesLaidOutBackFromTheEndAreTheLinesLaidOutWhole() {
        let long = longParagraph()
        let quote = QuoteRow(text: "We hold", kind: "direct", speaker: "Prokudin", speakerKey: 1, source: "k.txt", line: 3,
                             segment: SegmentKey(article: 0, segment: 0))
        let document = ReadingDocument(articleTitle: "Kherson holds", heading: nil, source: "k.txt", lines: 1...9,
                                       paragraphs: [long, ReadingParagraph(text: "Between them.", line: 5, highlights: []),
                                                    long, ReadingParagraph(text: "", line: 7, highlights: [])],
                                       quotes: [quote], linked: [], linkedCount: 0)
        let theme = Theme(color: true)
        func runs(_ line: ReadingView.Line?) -> [String] { (line ?? []).map { "\($0.style)\u{1}\($0.text)" } }
        let whole = ReadingLayout(document, width: 70, theme: theme, query: "monday")
        whole.ensure(.max)
        let layout = ReadingLayout(document, width: 70, theme: theme, query: "monday")
        layout.ensure(30)
        var top = layout.bottom()
        #expect(!layout.complete && top > 30)
        var pages = 0
        while !layout.complete {
            top = max(0, layout.prepare(max(0, top - 40), rows: 41))
            pages += 1
        }
        #expect(pages > 100, "laid out back a page at a time: \(pages) pages")
        // Every character in its style, in order: nothing lost, nothing twice. Where lines laid out back from the end
        // meet those from the top out of step (a text that repeats itself keeps them so), one line is short.
        func characters(_ lines: [ReadingView.Line]) -> [String] {
            lines.flatMap { $0.flatMap { run in run.text.filter { $0 != " " }.map { "\(run.style)\u{1}\($0)" } } }
        }
        #expect(characters(layout.lines) == characters(whole.lines))
        #expect(abs(layout.lines.count - whole.lines.count) <= 2, "\(layout.lines.count) lines, \(whole.lines.count) laid out whole")
        #expect(layout.lines.prefix(30).map(runs) == whole.lines.prefix(30).map(runs))
        #expect(layout.lines.suffix(5).map(runs) == whole.lines.suffix(5).map(runs), "the empty paragraph and the quotations")
    }
}
