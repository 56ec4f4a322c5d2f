import Foundation
import SitrepCore
import Testing
@testable import SitrepUI

/// A source of one article whose one segment has half a million quotations (issue 29: such an article made every
/// key take 15-31 s), which remembers the longest list it was asked for.
final class HugeSource: ReaderSource, @unchecked Sendable {
    static let quoteCount = 561_797
    private let lock = NSLock()
    private var longest = 0
    private var longestQuotes = 0
    private var previews: [Int?] = []

    /// The most rows one call asked for, the most quotations, and the preview sizes reading documents were asked with.
    var asked: (longest: Int, quotes: Int, previews: [Int?]) { lock.withLock { (longest, longestQuotes, previews) } }

    private func note(_ range: Range<Int>, quotes: Bool = false) {
        lock.withLock {
            longest = max(longest, range.count)
            if quotes { longestQuotes = max(longestQuotes, range.count) }
        }
    }

    let summary = "huge"
    let articleCount = 1
    func articleCount(in view: ArticleView) throws(CommandError) -> Int { 1 }
    func articles(in view: ArticleView, _ range: Range<Int>) -> [ArticleRow] {
        note(range)
        return range.clamped(to: 0..<1).map { _ in
            ArticleRow(key: 0, title: "Kherson holds", source: "huge.txt", segmentCount: 1, truncated: false)
        }
    }
    func position(ofArticle key: Int, in view: ArticleView) -> Int? { key == 0 ? 0 : nil }
    func unreadCount() -> Int { 1 }
    func setMarks(read: Bool, flagged: Bool, ofArticle key: Int) throws(CommandError) {}
    func stored(ofArticle key: Int) -> StoredArticle? { nil }
    func segments(ofArticle key: Int, _ range: Range<Int>) -> [SegmentRow] {
        note(range)
        return range.clamped(to: 0..<1).map { _ in
            SegmentRow(key: SegmentKey(article: 0, segment: 0), label: "We will hold", headed: false,
                       quoteCount: HugeSource.quoteCount, linkedCount: 0)
        }
    }
    func quote(_ index: Int) -> QuoteRow {
        QuoteRow(text: "We will hold the line, number \(index)", kind: "direct", speaker: "Prokudin", speakerKey: 1,
                 source: "huge.txt", line: 3, segment: SegmentKey(article: 0, segment: 0))
    }
    func quotes(of segment: SegmentKey, _ range: Range<Int>) -> [QuoteRow] {
        note(range, quotes: true)
        return range.clamped(to: 0..<HugeSource.quoteCount).map(quote)
    }
    func reading(_ segment: SegmentKey, previewCharacters: Int?) -> ReadingDocument? {
        lock.withLock { previews.append(previewCharacters) }
        let shown = previewCharacters == nil ? 2_000 : ReadingDocument.previewQuotes
        return ReadingDocument(articleTitle: "Kherson holds", heading: nil, source: "huge.txt", lines: 3...3,
                               paragraphs: [ReadingParagraph(text: "We will hold the line.", line: 3, highlights: [])],
                               quotes: (0..<shown).map(quote), quoteCount: HugeSource.quoteCount, linked: [], linkedCount: 0)
    }
    func adjacentLinked(to segment: SegmentKey, forward: Bool) -> LinkRow? { nil }
    func search(_ query: String, limit: Int) throws(SearchError) -> [SearchRow] { [] }
    func speakers(matching text: String, limit: Int) -> [SpeakerRow] {
        [SpeakerRow(key: 1, name: "Prokudin", description: nil, quoteCount: HugeSource.quoteCount)]
    }
    func quoteCount(ofSpeaker key: Int) -> Int { HugeSource.quoteCount }
    func quotes(ofSpeaker key: Int, _ range: Range<Int>) -> [QuoteRow] {
        note(range, quotes: true)
        return range.clamped(to: 0..<HugeSource.quoteCount).map(quote)
    }
    /// Its text has no figures.
    func storyFigures(of segment: SegmentKey, limit: Int) -> [FigureRow] { [] }
    func figureWithCounterparts(_ key: Int) -> [FigureRow] { [] }
}

@Suite struct PagingTests {
    @Test func noPaneAsksForMoreRowsThanItShows() throws {
        let source = HugeSource()
        let renderer = Renderer(source: source, theme: Theme(color: false))
        let reducer = Reducer(source: source)
        var state = AppState(width: 160, height: 45)
        var screens: [String] = []
        for action: Action in [.nextPane, .nextPane, .down, .pageDown, .bottom, .up, .top] {
            reducer.reduce(&state, action)
            screens.append(renderer.render(state).text)
        }
        let layout = Layout(width: 160, height: 45, focus: .quotes)
        #expect(source.asked.quotes <= layout.visibleItems(.quotes), "the most quotations asked for: \(source.asked.quotes)")
        #expect(source.asked.longest <= Pane.allCases.map(layout.visibleItems).max()!, "\(source.asked.longest)")
        #expect(source.asked.previews.allSatisfy { $0 != nil }, "the preview asks for a preview only")
        #expect(screens[4].contains("Quotations (561797)"))
        #expect(screens[4].contains("number 561796"), "the bottom of the list is shown")
        #expect(state.quotes.selected == 0)
    }

    @Test func aSpeakersQuotationsArePagedToo() throws {
        let source = HugeSource()
        let renderer = Renderer(source: source, theme: Theme(color: false))
        let reducer = Reducer(source: source)
        var state = AppState(width: 100, height: 30)
        reducer.reduce(&state, .speakers)
        reducer.handle(&state, key: .enter)
        reducer.reduce(&state, .bottom)
        let screen = renderer.render(state).text
        #expect(screen.contains("Quotations of Prokudin (561797)"))
        #expect(screen.contains("number 561796"))
        #expect(source.asked.quotes <= Layout(width: 100, height: 30, focus: .articles).visibleResults)
    }

    @Test func theReadingViewListsItsFirstQuotationsAndCountsTheRest() throws {
        let source = HugeSource()
        let lines = ReadingView.lines(source.reading(SegmentKey(article: 0, segment: 0)), width: 80, theme: Theme(color: false))
            .map { $0.map(\.text).joined() }
        #expect(lines.filter { $0.hasPrefix("Prokudin: ") }.count == ReadingDocument.quotesListed)
        #expect(lines.contains("\u{2026} and \(HugeSource.quoteCount - ReadingDocument.quotesListed) more (s lists a speaker's)"))
    }

    @Test func aPreviewIsTheStartOfTheWholeDocument() throws {
        let source = try corpusSource()
        let key = SegmentKey(article: 0, segment: 2)
        let whole = try #require(source.reading(key))
        let preview = try #require(source.reading(key, previewCharacters: 150))
        let first = try #require(whole.paragraphs.first)
        #expect(first.text.count > 150)
        #expect(preview.paragraphs.map(\.text) == [String(first.text.prefix(150))])
        #expect(preview.paragraphs[0].highlights == first.highlights.filter { $0.range.lowerBound < 150 }.map { highlight in
            Highlight(range: highlight.range.lowerBound..<min(150, highlight.range.upperBound), kind: highlight.kind)
        })
        #expect(preview.quoteCount == whole.quoteCount)
        let cut = AnalysisSource.cut(Paragraph(text: "Hà Nội \u{1F1FA}\u{1F1E6} ok", pieces: []), characters: 8)
        #expect(cut.text == "Hà Nội \u{1F1FA}\u{1F1E6}")
    }

    @Test func aSegmentIsFetchedAndLaidOutOnceWhileItIsRead() throws {
        let source = HugeSource()
        let layouts = ReadingLayouts()
        let reducer = Reducer(source: source, layouts: layouts)
        let renderer = Renderer(source: source, theme: Theme(color: true), layouts: layouts)
        var state = AppState(width: 100, height: 30)
        reducer.reduce(&state, .open)
        var screens: [String] = []
        for action: Action in [.down, .pageDown, .halfPageDown, .bottom, .up] {
            reducer.reduce(&state, action)
            screens.append(renderer.render(state).text)
        }
        #expect(source.asked.previews.filter { $0 == nil }.count == 1, "\(source.asked.previews)")
        #expect(screens.last?.contains("and 561297 more") == true)
        let uncached = Renderer(source: source, theme: Theme(color: true)).render(state).text
        #expect(uncached == screens.last, "the same screen as laid out afresh")
        #expect(source.asked.previews.filter { $0 == nil }.count == 2, "laying out afresh fetches the segment")
        reducer.reduce(&state, .resize(width: 60, height: 30))
        let narrow = renderer.render(state).text
        #expect(narrow == Renderer(source: source, theme: Theme(color: true)).render(state).text, "a new width is laid out again")
        #expect(source.asked.previews.filter { $0 == nil }.count == 3, "from the document kept (one more fetch: the fresh one)")
    }
}
