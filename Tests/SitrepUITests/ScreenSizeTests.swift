import Testing
@testable import SitrepUI

/// Every screen size a terminal can be resized to renders, down to one cell (issue 29: a terminal one column wide
/// and 14 rows high crashed the quotations pane).
@Suite struct ScreenSizeTests {
    /// The views a resize can find the reader in.
    static let journeys: [(name: String, actions: [Action])] = [
        ("articles", []),
        ("quotations", [.nextPane, .nextPane]),
        ("reading", [.nextPane, .down, .open]),
        ("search", [.search]),
        ("speakers", [.speakers]),
        ("help", [.toggleHelp]),
    ]

    @Test func everySizeFromOneByOneTo40x20Renders() throws {
        let source = try corpusSource()
        let renderer = Renderer(source: source, theme: Theme(color: true))
        let reducer = Reducer(source: source)
        for (name, actions) in ScreenSizeTests.journeys {
            var state = run(actions, on: AppState(width: 80, height: 24), source: source)
            for width in 1...40 {
                for height in 1...20 {
                    reducer.reduce(&state, .resize(width: width, height: height))
                    let grid = renderer.render(state)
                    let lines = grid.text.split(separator: "\n", omittingEmptySubsequences: false)
                    #expect(lines.count == height, "\(name) at \(width)x\(height)")
                    #expect(lines.allSatisfy { DisplayWidth.width(of: $0) <= width }, "\(name) at \(width)x\(height)")
                }
            }
        }
    }

    @Test func fillAndRestyleIgnoreNegativeSizes() {
        var grid = Grid(width: 3, height: 2)
        grid.put("abc", x: 0, y: 0)
        grid.fill(x: 1, y: 0, width: -1, height: 1, with: "x")
        grid.restyle(x: 2, y: 0, width: -2, height: 3) { $0.bold = true }
        grid.restyle(x: 0, y: 1, width: 3, height: -1) { $0.bold = true }
        #expect(grid.text == "abc\n")
        #expect(grid.cells.allSatisfy { !$0.style.bold })
    }
}
