import Testing
@testable import SitrepUI

/// Cells hold a whole grapheme cluster, as ratatui's do: every scalar is kept and the width comes from the cluster.
@Suite struct GraphemeTests {
    static let flag: Character = "\u{1F1FA}\u{1F1E6}"
    static let family: Character = "\u{1F468}\u{200D}\u{1F469}\u{200D}\u{1F467}"
    static let grandmother: Character = "\u{1F475}\u{1F3FD}"

    @Test func emojiClustersTakeTwoColumns() {
        #expect(DisplayWidth.width(of: GraphemeTests.flag) == 2)
        #expect(DisplayWidth.width(of: GraphemeTests.family) == 2)
        #expect(DisplayWidth.width(of: GraphemeTests.grandmother) == 2)
        #expect(DisplayWidth.width(of: Character("\u{1F1FA}")) == 1, "a lone regional indicator")
        #expect(DisplayWidth.width(of: "H\u{00E0} N\u{1ED9}i") == 6)
        #expect(DisplayWidth.width(of: "Ha\u{300} No\u{323}\u{302}i") == 6, "decomposed: the marks take no column")
    }

    @Test func aCellKeepsEveryScalarOfItsCluster() {
        var grid = Grid(width: 20, height: 1)
        let end = grid.put("\(GraphemeTests.flag)\(GraphemeTests.family)\(GraphemeTests.grandmother)x", x: 0, y: 0)
        #expect(end == 7)
        #expect(grid[0, 0].character.unicodeScalars.map(\.value) == [0x1F1FA, 0x1F1E6])
        #expect(grid[0, 0].width == 2 && grid[1, 0].width == 0)
        #expect(grid[2, 0].character.unicodeScalars.count == 5)
        #expect(grid[4, 0].character.unicodeScalars.map(\.value) == [0x1F475, 0x1F3FD])
        #expect(grid[6, 0].character == "x")
        #expect(grid.text.unicodeScalars.count == 2 + 5 + 2 + 1)
    }

    @Test func decomposedVietnameseKeepsItsMarks() {
        var grid = Grid(width: 10, height: 1)
        grid.put("Ha\u{300} No\u{323}\u{302}i", x: 0, y: 0)
        #expect(grid[1, 0].character.unicodeScalars.map(\.value) == [0x61, 0x300])
        #expect(grid[4, 0].character.unicodeScalars.map(\.value) == [0x6F, 0x323, 0x302])
        #expect(grid.text == "Ha\u{300} No\u{323}\u{302}i")
    }

    @Test func aFlagThatDoesNotFitIsReplacedByASpace() {
        var grid = Grid(width: 3, height: 1)
        grid.put("a\(GraphemeTests.flag)", x: 0, y: 0, limit: 2)
        #expect(grid.text == "a")
        #expect(grid[1, 0].character == " " && grid[1, 0].width == 1)
    }
}
