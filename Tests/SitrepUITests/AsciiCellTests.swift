import Testing
import SitrepCore
@testable import SitrepUI

/// ASCII text is drawn, measured and cut from its bytes: each must give what the same characters give one by one
/// (a tab or a line break a space, CR LF one, another control character nothing).
@Suite struct AsciiCellTests {
    /// ASCII with every kind of byte the fast paths tell apart.
    static let mixed = "a\tb\r\nc\u{7}d\u{7F}e\nf\u{0B}g \u{1B}[0m"

    @Test func asciiIsDrawnAsItsCharactersAre() {
        var ascii = Grid(width: 30, height: 1)
        let end = ascii.put(AsciiCellTests.mixed, x: 1, y: 0, style: Style(bold: true))
        #expect(ascii.text == " a b cde f g [0m")
        #expect(end == 16)
        // The same characters through the general path: one non-ASCII character after them, left out by the limit.
        var general = Grid(width: 30, height: 1)
        let generalEnd = general.put(AsciiCellTests.mixed + "\u{00E9}", x: 1, y: 0, style: Style(bold: true), limit: end - 1)
        #expect(generalEnd == end)
        #expect(ascii == general)
        #expect(ascii[1, 0].ascii == 0x61 && ascii[2, 0].ascii == 0x20 && ascii[2, 0].style.bold)
    }

    @Test func asciiClipsAtTheLimitAndTheEdge() {
        var grid = Grid(width: 6, height: 1)
        #expect(grid.put("abcdefgh", x: -2, y: 0) == 6)
        #expect(grid.text == "cdefgh")
        var limited = Grid(width: 6, height: 1)
        #expect(limited.put("ab\r\ncd", x: 1, y: 0, limit: 3) == 4)
        #expect(limited.text == " ab")
    }

    @Test func asciiIsMeasuredAsItsCharactersAre() {
        // Each byte as the general path measures a character that is no ASCII shortcut: a break one column, else its
        // scalar's width.
        for byte in UInt8(0)..<0x80 {
            let scalar = Unicode.Scalar(byte)
            let general = VisibleText.isBreak(Character(scalar)) ? 1 : DisplayWidth.width(of: scalar)
            #expect(DisplayWidth.width(ofASCII: byte) == general, "byte \(byte)")
        }
        let characters = AsciiCellTests.mixed.reduce(0) { $0 + DisplayWidth.width(of: $1) }
        #expect(DisplayWidth.width(of: AsciiCellTests.mixed) == characters)
        #expect(characters == 15)
        #expect(DisplayWidth.width(of: "\r\n\r") == 2)
        #expect(DisplayWidth.width(of: Character("\r\n")) == 1 && DisplayWidth.width(of: Character("\u{7}")) == 0)
    }

    @Test func textIsCutFromItsBytesWhenTheyAllFit() {
        #expect(TextWrap.truncate("abcdef", width: 6) == "abcdef")
        #expect(TextWrap.truncate("abcdefg", width: 6) == "abcde\u{2026}")
        // Wide characters take fewer columns than bytes: kept whole when they fit.
        #expect(TextWrap.truncate("서울서", width: 6) == "서울서")
        #expect(TextWrap.truncate("서울서울", width: 6) == "서울\u{2026}")
        // Control characters take no column.
        #expect(TextWrap.truncate("ab\u{7}\u{7}cdef", width: 6) == "ab\u{7}\u{7}cdef")
    }

    @Test func aCellKnowsItsPrintableAsciiByte() {
        #expect(Cell("a").ascii == 0x61)
        #expect(Cell(" ").ascii == 0x20)
        #expect(Cell("\u{00E9}").ascii == 0)
        #expect(Cell("\t").ascii == 0)
        #expect(Cell("\r\n").ascii == 0)
    }
}
