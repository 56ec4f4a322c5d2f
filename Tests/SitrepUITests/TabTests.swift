import Testing
@testable import SitrepUI

/// Tabs in article text are shown as spaces: to the next multiple of 8 in the reading view, one elsewhere.
@Suite struct TabTests {
    func laidOut(_ text: String, width: Int) -> [String] {
        let document = ReadingDocument(articleTitle: "Casualty table", heading: nil, source: "table.txt", lines: 1...2,
                                       paragraphs: [ReadingParagraph(text: text, line: 2, highlights: [])], quotes: [],
                                       linked: [], linkedCount: 0)
        let layout = ReadingLayout(document, width: width, theme: Theme(color: false), query: nil)
        layout.ensure(.max)
        return layout.lines.map { $0.map(\.text).joined() }
    }

    @Test func tabsInTheReadingViewReachTheNextTabStop() {
        let lines = laidOut("a\tb abcdefgh\tc", width: 60)
        #expect(lines.contains("a       b abcdefgh      c"))
        #expect(!lines.joined().contains("\t"))
    }

    @Test func spacedTabsNeverMakeALineWiderThanTheView() {
        let lines = laidOut(Array(repeating: "x\tyz", count: 30).joined(separator: " "), width: 22)
        #expect(lines.count > 5)
        #expect(lines.allSatisfy { DisplayWidth.width(of: $0) <= 20 })
    }

    @Test func aTabInAListIsOneSpace() {
        var grid = Grid(width: 10, height: 1)
        let end = grid.put("Day\t3", x: 0, y: 0)
        #expect(grid.text.hasPrefix("Day 3"))
        #expect(end == 5)
        #expect(TextWrap.truncate("Day\t3", width: 10) == "Day\t3")
    }

    /// A line break in a one-line field (an outlet or title from a feed) is a space in a list's row, not words run
    /// together, and counts as the column it takes.
    @Test func aLineBreakInAListIsOneSpace() {
        var grid = Grid(width: 30, height: 2)
        let end = grid.put("Harbour\nTimes\r\nWorld\tDesk", x: 0, y: 0)
        #expect(grid.text.hasPrefix("Harbour Times World Desk"))
        #expect(end == 24)
        #expect(DisplayWidth.width(of: "Harbour\nTimes\r\nWorld\tDesk") == 24)
        #expect(TextWrap.truncate("Harbour\nTimes", width: 10) == "Harbour\nT\u{2026}")
    }
}
