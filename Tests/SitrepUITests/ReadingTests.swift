import Testing
@testable import SitrepUI

/// Reading on: Space past the end of a segment, J and K between articles, half pages.
@Suite struct ReadingTests {
    @Test func spaceAtTheEndOfASegmentReadsTheNextThenTheNextArticle() throws {
        let source = try corpusSource()
        let segments = source.articles(0..<1).first?.segmentCount ?? 0
        #expect(segments == 5)
        var state = run([.open], on: AppState(width: 80, height: 24), source: source)
        var read: [SegmentKey] = []
        for _ in 0..<60 where read.last?.article != 1 {
            state = run([.pageDown], on: state, source: source)
            if let segment = state.reading?.segment, segment != read.last, segment != SegmentKey(article: 0, segment: 0) {
                read.append(segment)
                #expect(state.reading?.scroll == 0, "a new segment is read from its top")
            }
        }
        #expect(read == (1..<segments).map { SegmentKey(article: 0, segment: $0) } + [SegmentKey(article: 1, segment: 0)])
        #expect(state.message == "Article 2/6: " + (source.articles(1..<2).first?.title ?? ""))
    }

    @Test func spaceScrollsALongSegmentBeforeGoingOn() throws {
        let source = try corpusSource()
        var state = run([.open], on: AppState(width: 40, height: 12), source: source)
        state = run([.pageDown], on: state, source: source)
        #expect(state.reading?.segment == SegmentKey(article: 0, segment: 0))
        #expect(state.reading?.scroll == 9, "a page of the body (12 rows less the title, status and a line)")
        state = run([.bottom, .pageDown], on: state, source: source)
        #expect(state.reading == ReadingState(segment: SegmentKey(article: 0, segment: 1)))
        state = run([.back], on: state, source: source)
        #expect(state.reading?.segment == SegmentKey(article: 0, segment: 0), "Backspace returns to the segment before")
    }

    @Test func theLastSegmentOfTheLastArticleSaysSo() throws {
        let source = try corpusSource()
        var state = run([.bottom, .nextPane, .bottom, .open, .bottom], on: AppState(width: 80, height: 24), source: source)
        let last = state.reading
        state = run([.pageDown], on: state, source: source)
        #expect(state.reading == last)
        #expect(state.message == "End of the last article")
    }

    @Test func capitalJAndKReadTheNextAndPreviousArticle() throws {
        let source = try corpusSource()
        var state = run([.nextPane, .down, .down, .open], on: AppState(width: 80, height: 24), source: source)
        state = run([.nextArticle], on: state, source: source)
        #expect(state.reading == ReadingState(segment: SegmentKey(article: 1, segment: 0)))
        #expect(state.articles.selected == 1 && state.segments.selected == 0)
        state = run([.nextArticle, .previousArticle, .previousArticle], on: state, source: source)
        #expect(state.reading?.segment == SegmentKey(article: 0, segment: 0))
        state = run([.previousArticle], on: state, source: source)
        #expect(state.message == "This is the first article")
        var browsing = run([.nextArticle, .nextArticle], on: AppState(width: 80, height: 24), source: source)
        #expect(browsing.articles.selected == 2 && browsing.reading == nil, "J moves the article list when browsing")
        browsing = run([.previousArticle], on: browsing, source: source)
        #expect(browsing.articles.selected == 1)
    }

    @Test func halfPagesMoveHalfAsFar() throws {
        let source = try corpusSource()
        var state = run([.open, .halfPageDown], on: AppState(width: 40, height: 12), source: source)
        #expect(state.reading?.scroll == 4)
        state = run([.halfPageDown, .halfPageUp], on: state, source: source)
        #expect(state.reading?.scroll == 4)
        var list = run([.halfPageDown], on: AppState(width: 80, height: 60), source: source)
        let visible = Layout(width: 80, height: 60, focus: .articles).visibleItems(.articles)
        #expect(list.articles.selected == min(visible / 2, source.articleCount - 1))
        list = run([.halfPageUp], on: list, source: source)
        #expect(list.articles.selected == 0)
    }
}
