import Testing
@testable import SitrepUI

@Suite struct GridTests {
    @Test func doubleWidthCharactersTakeTwoCellsAndClipWhole() {
        var grid = Grid(width: 6, height: 1)
        let end = grid.put("서울x", x: 0, y: 0)
        #expect(end == 5)
        #expect(grid.text == "서울x")
        #expect(grid[1, 0].width == 0)
        var narrow = Grid(width: 3, height: 1)
        narrow.put("서울", x: 0, y: 0)
        #expect(narrow.text == "서")
    }

    @Test func overwritingHalfADoubleWidthCharacterBlanksTheOtherHalf() {
        var grid = Grid(width: 4, height: 1)
        grid.put("서", x: 0, y: 0)
        grid.put("a", x: 1, y: 0)
        #expect(grid.text == " a")
    }

    @Test func putClipsAtTheLimit() {
        var grid = Grid(width: 10, height: 2)
        grid.put("abcdefgh", x: 2, y: 1, limit: 3)
        #expect(grid.text == "\n  abc")
    }

    @Test func changedRowsFindsOnlyTheRowsThatDiffer() {
        var a = Grid(width: 5, height: 3)
        a.put("one", x: 0, y: 0)
        var b = a
        b.put("two", x: 0, y: 2)
        #expect(b.changedRows(since: a) == [2])
        #expect(b.changedRows(since: nil) == [0, 1, 2])
        #expect(b.changedRows(since: Grid(width: 4, height: 3)) == [0, 1, 2])
    }

    @Test func displayWidthOfScripts() {
        #expect(DisplayWidth.width(of: "Харків") == 6)
        #expect(DisplayWidth.width(of: "한국어") == 6)
        #expect(DisplayWidth.width(of: "e\u{301}") == 1)
        #expect(DisplayWidth.width(of: "“quote”") == 7)
    }

    @Test func wrapBreaksAtSpacesAndCutsLongWords() {
        let lines = TextWrap.wrap("the quick brown fox jumps", width: 10).map(\.text)
        #expect(lines == ["the quick", "brown fox", "jumps"])
        #expect(TextWrap.wrap("abcdefghijkl", width: 5).map(\.text) == ["abcde", "fghij", "kl"])
        #expect(TextWrap.wrap("서울 서울 서울", width: 5).map(\.text) == ["서울", "서울", "서울"])
        #expect(TextWrap.wrap("one two", width: 10).map(\.offset) == [0])
        #expect(TextWrap.wrap("one two three", width: 7).map(\.offset) == [0, 8])
    }

    @Test func columnsCountWhatWrappingKeeps() {
        #expect(TextWrap.columns(of: "the quick brown") == 15)
        #expect(TextWrap.columns(of: "a          b\n\n c") == 5)
        #expect(TextWrap.columns(of: "a\u{200B}\u{200B}b") == 2)
        #expect(TextWrap.columns(of: "서울 서울") == 9)
        // Text of height × width columns fills at least height lines.
        for text in ["the quick brown fox jumps over the lazy dog", "서울 서울 서울 서울", "a          b c d e f g h"] {
            let width = 7, height = TextWrap.columns(of: text) / width
            #expect(TextWrap.wrap(text, width: width).count >= height)
        }
    }

    @Test func truncateAddsAnEllipsis() {
        #expect(TextWrap.truncate("Kherson strike", width: 8) == "Kherson\u{2026}")
        #expect(TextWrap.truncate("short", width: 8) == "short")
    }
}
