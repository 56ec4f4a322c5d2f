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
}
