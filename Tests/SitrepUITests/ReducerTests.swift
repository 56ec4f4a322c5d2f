import Testing
@testable import SitrepUI

@Suite struct ReducerTests {
    @Test func movesWithinTheFocusedListAndClamps() throws {
        let source = try corpusSource()
        let start = AppState(width: 160, height: 45)
        var state = run([.down, .down], on: start, source: source)
        #expect(state.articles.selected == 2)
        state = run([.bottom], on: state, source: source)
        #expect(state.articles.selected == source.articleCount - 1)
        state = run([.down], on: state, source: source)
        #expect(state.articles.selected == source.articleCount - 1)
        state = run([.top, .up], on: state, source: source)
        #expect(state.articles.selected == 0)
    }

    @Test func tabCyclesPanesBothWays() throws {
        let source = try corpusSource()
        let start = AppState(width: 160, height: 45)
        #expect(run([.nextPane], on: start, source: source).focus == .segments)
        #expect(run([.nextPane, .nextPane, .nextPane], on: start, source: source).focus == .articles)
        #expect(run([.previousPane], on: start, source: source).focus == .quotes)
    }

    @Test func choosingAnotherArticleResetsSegmentsAndQuotes() throws {
        let source = try corpusSource()
        var state = run([.nextPane, .down, .down, .nextPane, .down], on: AppState(width: 160, height: 45), source: source)
        #expect(state.segments.selected == 2)
        #expect(state.quotes.selected == 1)
        state = run([.previousPane, .previousPane, .down], on: state, source: source)
        #expect(state.segments.selected == 0)
        #expect(state.quotes.selected == 0)
    }

    @Test func enterOpensTheSelectedSegmentAndQClosesIt() throws {
        let source = try corpusSource()
        var state = run([.nextPane, .down, .open], on: AppState(width: 160, height: 45), source: source)
        #expect(state.reading == ReadingState(segment: SegmentKey(article: 0, segment: 1)))
        state = run([.down, .halfPageDown], on: state, source: source)
        #expect(state.reading?.scroll == 0, "a short segment does not scroll past its end")
        state = run([.close], on: state, source: source)
        #expect(state.reading == nil)
        #expect(state.quit == false)
        state = run([.close], on: state, source: source)
        #expect(state.quit)
    }

    @Test func readingScrollsAndClamps() throws {
        let source = try corpusSource()
        var state = run([.open], on: AppState(width: 40, height: 12), source: source)
        state = run([.down, .down], on: state, source: source)
        #expect(state.reading?.scroll == 2)
        state = run([.bottom], on: state, source: source)
        let bottom = state.reading!.scroll
        #expect(bottom > 2)
        state = run([.down], on: state, source: source)
        #expect(state.reading?.scroll == bottom)
        state = run([.top], on: state, source: source)
        #expect(state.reading?.scroll == 0)
    }

    @Test func helpOpensAndClosesWithoutMoving() throws {
        let source = try corpusSource()
        var state = run([.toggleHelp, .down], on: AppState(width: 80, height: 24), source: source)
        #expect(state.showHelp)
        #expect(state.articles.selected == 0)
        state = run([.close], on: state, source: source)
        #expect(!state.showHelp)
        #expect(!state.quit)
    }

    @Test func resizeKeepsTheSelectionVisible() throws {
        let source = try corpusSource()
        var state = run([.bottom], on: AppState(width: 160, height: 45), source: source)
        state = run([.resize(width: 40, height: 12)], on: state, source: source)
        #expect(state.width == 40)
        let layout = Layout(width: 40, height: 12, focus: state.focus)
        #expect(state.articles.selected < state.articles.top + layout.visibleItems(.articles))
        #expect(state.articles.selected >= state.articles.top)
    }

    @Test func keymapMapsTheDocumentedKeys() {
        #expect(Keymap.standard.action(for: .character("j")) == .down)
        #expect(Keymap.standard.action(for: .up) == .up)
        #expect(Keymap.standard.action(for: .tab) == .nextPane)
        #expect(Keymap.standard.action(for: .backTab) == .previousPane)
        #expect(Keymap.standard.action(for: .enter) == .open)
        #expect(Keymap.standard.action(for: .character("q")) == .close)
        #expect(Keymap.standard.action(for: .character("?")) == .toggleHelp)
        #expect(Keymap.standard.action(for: .character("x")) == nil)
    }
}
