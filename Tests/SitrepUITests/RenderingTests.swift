import Testing
@testable import SitrepUI

@Suite struct RenderingTests {
    func screen(_ actions: [Action] = [], width: Int, height: Int) throws -> String {
        let source = try corpusSource()
        let state = run(actions, on: AppState(width: width, height: height), source: source)
        return Renderer(source: source, theme: Theme(color: false)).render(state).text
    }

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
