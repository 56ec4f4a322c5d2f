import Testing
@testable import SitrepUI

@Suite struct RenderingTests {
    func screen(_ actions: [Action] = [], typing keys: [Key] = [], width: Int, height: Int,
                source: (any ReaderSource)? = nil) throws -> String {
        let source = try source ?? corpusSource()
        var state = run(actions, on: AppState(width: width, height: height), source: source)
        let reducer = Reducer(source: source)
        for key in keys { reducer.handle(&state, key: key) }
        return Renderer(source: source, theme: Theme(color: false)).render(state).text
    }

    func typed(_ text: String) -> [Key] { text.map { Key.character($0) } }

    @Test func firstScreenAt160x45() throws {
        #expect(try screen(width: 160, height: 45) == golden("first-160x45"))
    }

    @Test func stackedPanesAt80x24() throws {
        #expect(try screen(width: 80, height: 24) == golden("stacked-80x24"))
    }

    @Test func readingViewAt80x24() throws {
        #expect(try screen([.nextPane, .down, .down, .open], width: 80, height: 24) == golden("reading-80x24"))
    }

    @Test func helpOverlayAt80x24() throws {
        #expect(try screen([.toggleHelp], width: 80, height: 24) == golden("help-80x24"))
    }

    @Test func threeColumnsAndPreviewAt120x40() throws {
        #expect(try screen([.nextPane, .down], width: 120, height: 40) == golden("panes-120x40"))
    }

    @Test func focusedPaneAt40x12() throws {
        #expect(try screen([.nextPane], width: 40, height: 12) == golden("tiny-40x12"))
    }

    @Test func readingAt40x12() throws {
        #expect(try screen([.nextPane, .down, .down, .open], width: 40, height: 12) == golden("reading-40x12"))
    }

    @Test func hangulAndCyrillicNamesStayAlignedAt80x24() throws {
        #expect(try screen([.nextPane, .nextPane], width: 80, height: 24, source: mixedScriptSource()) == golden("mixed-80x24"))
    }

    @Test func speakerPromptListsMatchesAsOneTypes() throws {
        #expect(try screen([.speakers], typing: typed("zelensk"), width: 80, height: 24) == golden("speaker-prompt-80x24"))
    }

    @Test func speakerQuotationsAcrossSources() throws {
        #expect(try screen([.speakers], typing: typed("zelensk") + [.enter], width: 80, height: 24) == golden("speaker-quotes-80x24"))
    }

    @Test func searchHitsAt120x40() throws {
        #expect(try screen([.search], typing: typed("kherson") + [.enter], width: 120, height: 40) == golden("search-120x40"))
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
