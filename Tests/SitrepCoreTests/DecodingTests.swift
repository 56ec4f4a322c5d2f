import Testing
@testable import SitrepCore

@Suite struct DecodingTests {
    @Test func crlfAndBomReadLikePlainLF() throws {
        let plain = Array("Title line\nFirst paragraph ends here.\n".utf8)
        let windows = [0xEF, 0xBB, 0xBF] + Array("Title line\r\nFirst paragraph ends here.\r\n".utf8)
        let a = try SourceText.decode(name: "a", bytes: plain)
        let b = try SourceText.decode(name: "b", bytes: windows)
        #expect(a.lines == b.lines)
        #expect(b.lines == ["Title line", "First paragraph ends here."])
    }

    @Test func invalidUTF8NamesFileAndOffset() {
        let bytes = Array("Good text".utf8) + [0xC3, 0x28] + Array(" more".utf8)
        #expect(throws: InputError.invalidUTF8(file: "bad.txt", offset: 9)) {
            try SourceText.decode(name: "bad.txt", bytes: bytes)
        }
    }

    @Test func truncatedMultibyteSequenceAtEndIsInvalid() {
        #expect(throws: InputError.invalidUTF8(file: "x", offset: 3)) {
            try SourceText.decode(name: "x", bytes: Array("abc".utf8) + [0xE2, 0x80])
        }
    }

    @Test func overlongAndSurrogateEncodingsAreInvalid() {
        #expect(throws: InputError.invalidUTF8(file: "x", offset: 0)) { try SourceText.decode(name: "x", bytes: [0xC0, 0xAF]) }
        #expect(throws: InputError.invalidUTF8(file: "x", offset: 0)) { try SourceText.decode(name: "x", bytes: [0xED, 0xA0, 0x80]) }
    }

    @Test func nulByteMeansBinary() {
        #expect(throws: InputError.binary(file: "img", offset: 4)) {
            try SourceText.decode(name: "img", bytes: Array("GIF8".utf8) + [0, 1, 2])
        }
    }

    @Test func emptyAndBlankFilesAreRefused() {
        #expect(throws: InputError.empty(file: "e")) { try SourceText.decode(name: "e", bytes: []) }
        #expect(throws: InputError.empty(file: "e")) { try SourceText.decode(name: "e", bytes: Array("\n \r\n\t\n".utf8)) }
        #expect(throws: InputError.empty(file: "e")) { try SourceText.decode(name: "e", bytes: [0xEF, 0xBB, 0xBF]) }
    }

    @Test func errorsReadAsOneLine() {
        let message = InputError.invalidUTF8(file: "feeds/a.txt", offset: 12).description
        #expect(message == "feeds/a.txt: invalid UTF-8 at byte offset 12")
        #expect(!message.contains("\n"))
    }

    @Test func frontMatterBecomesMetadata() {
        let source = SourceText(name: "f", text: "---\ntitle: Dam breach\nsource: Wire\ndate: 2025-03-01\n---\nWater rose overnight.\n")
        #expect(source.metadata == ["title": "Dam breach", "source": "Wire", "date": "2025-03-01"])
        #expect(source.firstBodyLine == 6)
        let article = ArticleParser().parse(source)[0]
        #expect(article.lines == 6...6)
        #expect(article.metadata["source"] == "Wire")
    }

    @Test func paragraphPositionsCountScalarsNotBytes() {
        let source = SourceText(name: "p", text: "Київ: «Слава» said Mr Ко.\n")
        let paragraph = Paragraph.split(source)[0]
        let offset = Array(paragraph.text.utf8).firstIndex(of: UInt8(ascii: "s"))!
        #expect(paragraph.position(at: offset) == SourcePosition(line: 1, column: 15))
    }

    @Test func hardWrappedParagraphsJoinAndMapBackToTheirLines() {
        let text = """
        Floods cut the valley road after the dam
        gave way on Tuesday night.

        Rescuers reached the village by boat and
        said the water was still rising.
        """
        let paragraphs = Paragraph.split(SourceText(name: "w", text: text))
        #expect(paragraphs.count == 2)
        #expect(paragraphs[0].text == "Floods cut the valley road after the dam gave way on Tuesday night.")
        let said = Array(paragraphs[1].text.utf8).count - Array("said the water was still rising.".utf8).count
        #expect(paragraphs[1].position(at: said) == SourcePosition(line: 5, column: 1))
    }
}
