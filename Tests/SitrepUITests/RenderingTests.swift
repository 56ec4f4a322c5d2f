import Testing
@testable import SitrepUI

@Suite struct RenderingTests {
    func grid(_ actions: [Action] = [], typing keys: [Key] = [], width: Int, height: Int,
              source: (any ReaderSource)? = nil, color: Bool = false) throws -> Grid {
        let source = try source ?? corpusSource()
        var state = run(actions, on: AppState(width: width, height: height), source: source)
        let reducer = Reducer(source: source)
        for key in keys { reducer.handle(&state, key: key) }
        return Renderer(source: source, theme: Theme(color: color)).render(state)
    }

    func screen(_ actions: [Action] = [], typing keys: [Key] = [], width: Int, height: Int,
                source: (any ReaderSource)? = nil) throws -> String {
        try grid(actions, typing: keys, width: width, height: height, source: source).text
    }

    func typed(_ text: String) -> [Key] { text.map { Key.character($0) } }

    @Test func firstScreenAt160x45() throws {
        Golden.expect(try grid(width: 160, height: 45), "first-160x45")
    }

    @Test func stackedPanesAt80x24() throws {
        Golden.expect(try grid(width: 80, height: 24), "stacked-80x24")
    }

    @Test func readingViewAt80x24() throws {
        Golden.expect(try grid([.nextPane, .down, .down, .open], width: 80, height: 24), "reading-80x24")
    }

    @Test func helpOverlayAt80x24() throws {
        Golden.expect(try grid([.toggleHelp], width: 80, height: 24), "help-80x24")
    }

    @Test func threeColumnsAndPreviewAt120x40() throws {
        Golden.expect(try grid([.nextPane, .down], width: 120, height: 40), "panes-120x40")
    }

    @Test func focusedPaneAt40x12() throws {
        Golden.expect(try grid([.nextPane], width: 40, height: 12), "tiny-40x12")
    }

    @Test func readingAt40x12() throws {
        Golden.expect(try grid([.nextPane, .down, .down, .open], width: 40, height: 12), "reading-40x12")
    }

    @Test func hangulAndCyrillicNamesStayAlignedAt80x24() throws {
        Golden.expect(try grid([.nextPane, .nextPane], width: 80, height: 24, source: mixedScriptSource()), "mixed-80x24")
    }

    @Test func speakerPromptListsMatchesAsOneTypes() throws {
        Golden.expect(try grid([.speakers], typing: typed("zelensk"), width: 80, height: 24), "speaker-prompt-80x24")
    }

    @Test func speakerQuotationsAcrossSources() throws {
        Golden.expect(try grid([.speakers], typing: typed("zelensk") + [.enter], width: 80, height: 24), "speaker-quotes-80x24")
    }

    @Test func searchHitsAt120x40() throws {
        Golden.expect(try grid([.search], typing: typed("kherson") + [.enter], width: 120, height: 40), "search-120x40")
    }

    @Test func colouredPanesAt120x40() throws {
        Golden.expect(try grid([.nextPane, .down], width: 120, height: 40, color: true), "panes-120x40-color")
    }

    @Test func searchMatchesMarkedInTheReadingViewAt80x24() throws {
        let keys = typed("kherson") + [.enter, .down, .enter]
        Golden.expect(try grid([.search], typing: keys, width: 80, height: 24, color: true), "reading-search-80x24-color")
    }

    @Test func helpTallerThanTheScreenScrollsToItsLastKey() throws {
        let top = try screen([.toggleHelp], width: 80, height: 24)
        #expect(top.contains("\u{2193} j more") && !top.contains("this help"))
        let bottom = try screen([.toggleHelp] + Array(repeating: .down, count: 40), width: 80, height: 24)
        #expect(bottom.contains("this help") && bottom.contains("redraw the screen") && bottom.contains("\u{2191} k back"))
        #expect(!bottom.contains("next item / scroll down"))
        let closed = try screen([.toggleHelp, .down, .cancel], width: 80, height: 24)
        #expect(!closed.contains("Help:"))
    }

    @Test func tinyScreenShowsTheFocusedPaneOnly() throws {
        let text = try screen([.nextPane], width: 40, height: 12)
        #expect(text.contains("Segments (5)"))
        #expect(!text.contains("Articles ("))
        #expect(text.split(separator: "\n", omittingEmptySubsequences: false).count == 12)
    }

    @Test func everyRowFitsTheWidthEvenWhenTiny() throws {
        for (width, height) in [(1, 1), (10, 3), (39, 11), (40, 12), (119, 30), (120, 40)] {
            let text = try screen([.open, .down], width: width, height: height)
            for line in text.split(separator: "\n") { #expect(DisplayWidth.width(of: line) <= width) }
        }
    }
}
