import Testing
@testable import SitrepUI

/// Moving between related items: linked coverage, history, search, speakers, the mouse.
@Suite struct NavigationTests {
    func keys(_ state: inout AppState, _ keys: [Key], source: any ReaderSource, keymap: Keymap = .standard) {
        let reducer = Reducer(source: source, keymap: keymap)
        for key in keys { reducer.handle(&state, key: key) }
    }

    func typed(_ text: String) -> [Key] { text.map { Key.character($0) } }

    @Test func bracketsJumpToTheSameStoryInAnotherArticleAndBackspaceComesBack() throws {
        let source = try corpusSource()
        var state = run([.nextPane], on: AppState(width: 160, height: 45), source: source)
        state = run([.nextLinked], on: state, source: source)
        #expect(state.articles.selected == 1, "the other source")
        let segment = try #require(Reducer(source: source).selectedSegment(state))
        #expect(segment.label.hasPrefix("Ukrainian President Volodymyr Zelenskiy on Sunday said that Kyiv"))
        #expect(state.focus == .segments)
        state = run([.back], on: state, source: source)
        #expect(state.articles.selected == 0 && state.segments.selected == 0)
        state = run([.forward], on: state, source: source)
        #expect(state.articles.selected == 1)
        state = run([.previousLinked], on: state, source: source)
        #expect(state.articles.selected == 0, "[ goes to the previous other article")
        #expect(state.backward.count == 2)
    }

    @Test func bracketsInTheReadingViewReadTheLinkedSegment() throws {
        let source = try corpusSource()
        var state = run([.open, .nextLinked], on: AppState(width: 80, height: 24), source: source)
        #expect(state.reading?.segment.article == 1)
        state = run([.back], on: state, source: source)
        #expect(state.reading?.segment == SegmentKey(article: 0, segment: 0))
        state = run([.back], on: state, source: source)
        #expect(state.reading == nil)
        state = run([.back], on: state, source: source)
        #expect(state.message == "Nothing to go back to")
    }

    @Test func aStoryOfThousandsListsItsFirstLinksAndCountsTheRest() {
        let links = (0..<ReadingDocument.linkedShown).map {
            LinkRow(key: SegmentKey(article: $0 + 1, segment: 0), label: "Copy \($0)", source: "s\($0).txt")
        }
        let document = ReadingDocument(articleTitle: "Floods", heading: nil, source: "a.txt", lines: 1...3,
                                       paragraphs: [ReadingParagraph(text: "The river rose.", line: 3, highlights: [])],
                                       quotes: [], linked: links, linkedCount: 4_000)
        let text = ReadingView.lines(document, width: 60, theme: Theme(color: false))
            .map { $0.map(\.text).joined() }
        #expect(text.contains("\u{2194} Copy 0 (s0.txt)"))
        #expect(text.contains { $0.hasPrefix("\u{2026} and 3950 more") })
    }

    @Test func aSegmentCoveredNowhereElseSaysSo() throws {
        let source = try corpusSource()
        let state = run([.nextPane, .down, .down, .nextLinked], on: AppState(width: 80, height: 24), source: source)
        #expect(state.message == "This story is not covered elsewhere")
        #expect(state.backward.isEmpty)
    }

    @Test func searchListsHitsAndNextMatchWalksThem() throws {
        let source = try corpusSource()
        var state = run([.search], on: AppState(width: 120, height: 40), source: source)
        #expect(state.prompt?.kind == .search)
        keys(&state, typed("kherzon") + [.backspace, .backspace, .backspace] + typed("son") + [.enter], source: source)
        #expect(state.prompt == nil)
        #expect(state.results?.kind == .search(query: "kherson"))
        #expect(state.message == "4 hits for kherson")
        state = run([.down, .open], on: state, source: source)
        #expect(state.reading?.segment == SegmentKey(article: 0, segment: 2))
        state = run([.close], on: state, source: source)
        #expect(state.results != nil, "closing the reading view returns to the hits")
        let hits = try source.search("kherson", limit: Reducer.searchLimit)
        state = run([.close, .nextMatch], on: state, source: source)
        #expect(state.results == nil)
        #expect(state.message?.hasPrefix("hit 3/4") == true, "n goes on from the hit opened (hit 2)")
        #expect(Reducer(source: source).currentSegment(state) == hits[2].segment)
        state = run([.previousMatch], on: state, source: source)
        #expect(state.message?.hasPrefix("hit 2/4") == true)
    }

    @Test func nAfterOpeningAHitReadsTheNextHitWithItsWordsMarked() throws {
        let source = try corpusSource()
        let hits = try source.search("kherson", limit: Reducer.searchLimit)
        #expect(hits.count == 4)
        var state = run([.search], on: AppState(width: 80, height: 24), source: source)
        keys(&state, typed("kherson") + [.enter, .down, .down, .enter], source: source)
        #expect(state.reading == ReadingState(segment: hits[2].segment, query: "kherson"), "hit 3 opened")
        state = run([.nextMatch], on: state, source: source)
        #expect(state.reading == ReadingState(segment: hits[3].segment, query: "kherson"))
        #expect(state.message?.hasPrefix("hit 4/4") == true)
        state = run([.previousMatch, .previousMatch], on: state, source: source)
        #expect(state.reading?.segment == hits[1].segment)
        #expect(state.message?.hasPrefix("hit 2/4") == true)
    }

    @Test func searchTermsMarkWholeWordsFoldedAndSkipExcludedOnes() {
        let terms = SearchTerms("Kherson OR strik* NOT kyiv \"power\"")
        #expect(terms.terms == ["kherson", "strik*", "power"])
        let text = "In Kherson, strikes cut power; Kyiv and Khersonska held. Хер"
        let words = terms.ranges(in: text).map { range in String(Array(text)[range]) }
        #expect(words == ["Kherson", "strikes", "power"])
        #expect(SearchTerms("kharkiv").ranges(in: "Kharkív") == [0..<7], "diacritics folded")
    }

    @Test func theReadingViewMarksMatchedWords() throws {
        let document = ReadingDocument(articleTitle: "Kherson", heading: nil, source: "a.txt", lines: 1...3,
                                       paragraphs: [ReadingParagraph(text: "Shelling hit Kherson again.", line: 3, highlights: [])],
                                       quotes: [], linked: [], linkedCount: 0)
        let theme = Theme(color: false)
        let lines = ReadingView.lines(document, width: 40, theme: theme, query: "kherson")
        let paragraph = try #require(lines.first { $0.map(\.text).joined() == "Shelling hit Kherson again." })
        #expect(paragraph.map(\.text) == ["Shelling hit ", "Kherson", " again."])
        #expect(paragraph.map(\.style) == [.plain, theme.match, .plain])
        #expect(lines.first?.map(\.style) == [theme.match], "the title's matching word is marked too")
        let unmatched = ReadingView.lines(document, width: 40, theme: theme, query: "again")
        #expect(unmatched.first?.map(\.style) == [theme.dim], "the title in its own style")
    }

    @Test func escapeClosesThePromptAndNextMatchNeedsASearch() throws {
        let source = try corpusSource()
        var state = run([.search], on: AppState(width: 80, height: 24), source: source)
        keys(&state, typed("kyiv") + [.escape], source: source)
        #expect(state.prompt == nil && state.results == nil)
        state = run([.nextMatch], on: state, source: source)
        #expect(state.message == "No search yet: press / to search")
    }

    @Test func speakerPromptNarrowsAsOneTypesAndListsQuotationsFromEverySource() throws {
        let source = try corpusSource()
        var state = run([.speakers], on: AppState(width: 80, height: 24), source: source)
        let reducer = Reducer(source: source)
        #expect(reducer.speakerChoices(state.prompt!).count == 17, "every speaker before typing (\"Analysts\" is an unnamed source, no speaker)")
        keys(&state, typed("mr zelensk"), source: source)
        #expect(reducer.speakerChoices(state.prompt!).map(\.name) == ["Volodymyr Zelensky"])
        keys(&state, [.enter], source: source)
        guard case .speaker(_, let name) = state.results?.kind else { Issue.record("no speaker list"); return }
        #expect(name == "Volodymyr Zelensky")
        let quotes = reducer.rows(state.results!, 0..<100).quotes
        #expect(Set(quotes.map(\.source)).count == 2)
        #expect(quotes.count == 17)
        state = run([.down, .open], on: state, source: source)
        #expect(state.reading?.segment == quotes[1].segment)
    }

    @Test func enterOnAnEmptySpeakerPromptTakesTheSelectedQuotationsSpeaker() throws {
        let source = try corpusSource()
        // Article 1, segment 2 (Kherson): its first quotation is by the military administration, then Prokudin.
        var state = run([.nextPane, .down, .down, .nextPane, .down, .speakers], on: AppState(width: 80, height: 24), source: source)
        keys(&state, [.enter], source: source)
        guard case .speaker(_, let name) = state.results?.kind else { Issue.record("no speaker list"); return }
        #expect(name == "Oleksandr Prokudin")
        state = run([.back], on: state, source: source)
        #expect(state.results == nil && state.focus == .quotes)
    }

    @Test func unknownSpeakerIsAMessage() throws {
        let source = try corpusSource()
        var state = run([.speakers], on: AppState(width: 80, height: 24), source: source)
        keys(&state, typed("nobody") + [.enter], source: source)
        #expect(state.message == "No speaker matches nobody")
        #expect(state.results == nil)
    }

    @Test func clicksFocusAndSelect() throws {
        let source = try corpusSource()
        var state = AppState(width: 160, height: 45)
        let layout = Layout(width: 160, height: 45, focus: .articles)
        let segments = try #require(layout.panes[.segments])
        state = run([.click(x: segments.x + 3, y: segments.y + 3)], on: state, source: source)
        #expect(state.focus == .segments && state.segments.selected == 2)
        let quotes = try #require(layout.panes[.quotes])
        state = run([.click(x: quotes.x + 3, y: quotes.y + 1 + 2 * Layout.quoteRowHeight)], on: state, source: source)
        #expect(state.focus == .quotes && state.quotes.selected == 2)
        state = run([.click(x: quotes.x + 3, y: quotes.y + quotes.height - 2)], on: state, source: source)
        #expect(state.quotes.selected == 2, "a click below the last item selects nothing")
    }

    @Test func quitQuitsFromAnywhere() throws {
        let source = try corpusSource()
        #expect(run([.open, .quit], on: AppState(width: 80, height: 24), source: source).quit)
        #expect(run([.toggleHelp, .quit], on: AppState(width: 80, height: 24), source: source).quit)
    }

    @Test func configRebindsAndUnbindsKeys() throws {
        let keymap = try Keymap.parse(config: """
            # my keys
            bind x quit
            bind C-n down
            bind Space page-down   # trailing comment
            unbind q
            """)
        #expect(keymap.action(for: .character("x")) == .quit)
        #expect(keymap.action(for: .control("n")) == .down)
        #expect(keymap.action(for: .character("q")) == nil)
        #expect(keymap.action(for: .character("j")) == .down, "other defaults stay")
        #expect(keymap.keys(for: .quit) == ["Q", "x", "C-c"])
        #expect(throws: Keymap.ConfigError(line: 2, message: "unknown key 'Hyper-x'")) {
            try Keymap.parse(config: "\nbind Hyper-x quit")
        }
        #expect(throws: Keymap.ConfigError.self) { try Keymap.parse(config: "bind x fly") }
        #expect(throws: Keymap.ConfigError.self) { try Keymap.parse(config: "bind x") }
        let source = try corpusSource()
        var state = AppState(width: 80, height: 24)
        keys(&state, [.character("q")], source: source, keymap: keymap)
        #expect(!state.quit)
        keys(&state, [.character("x")], source: source, keymap: keymap)
        #expect(state.quit)
    }
}
