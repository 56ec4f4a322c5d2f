import Testing
@testable import SitrepCore

/// What a file is by its content, how a folder says its files are cut into articles, and front matter that says
/// where an article was published.
@Suite struct InputTests {
    func kind(_ text: String) -> ContentKind { ContentKind.of(Array(text.utf8)) }

    @Test func jsonDataIsToldByItsContentWhateverTheFileIsCalled() {
        #expect(kind("{\"articles\": [{\"title\": \"Dam breach\"}]}\n") == .json)
        #expect(kind("  [\n  {\"id\": 1}, {\"id\": 2}\n]\n") == .json)
        #expect(kind("[1, 2, 3]") == .json)
        #expect(kind("{}") == .json)
        // JSON lines: one object a line.
        #expect(kind("{\"id\": \"a\", \"text\": \"x\"}\n{\"id\": \"b\", \"text\": \"y\"}\n") == .json)
        #expect(ContentKind.json.refusal(file: "notes/index.json")
                == "notes/index.json: looks like JSON data, not an article or a feed; skipped")
    }

    @Test func textInBracketsIsStillText() {
        #expect(kind("[Reuters] The port stayed closed on Tuesday, officials said.\nMore text follows [here]") == .text)
        #expect(kind("{sic} the minister wrote, and the letter was read aloud.}") == .text)
        #expect(kind("Storm closes harbour\n\nThe port authority kept the harbour closed.\n") == .text)
        #expect(kind("<< Back to the front page\n\nThe port authority kept the harbour closed.\n") == .text)
        #expect(kind("MZ Bank said profits fell.\n") == .text)
        #expect(ContentKind.text.refusal(file: "a.txt") == nil)
    }

    @Test func pdfAndRichTextAreToldToBeSavedAsText() {
        #expect(ContentKind.of(Array("%PDF-1.7\n%".utf8) + [0xE2, 0xE3, 0xCF, 0xD3]) == .pdf)
        #expect(ContentKind.pdf.refusal(file: "report.txt") == "report.txt: looks like a PDF; save it as text first; skipped")
        #expect(kind("{\\rtf1\\ansi The port stayed closed.}") == .rtf)
    }

    @Test func xmlThatIsNeitherAPageNorAFeedIsData() {
        #expect(kind("<?xml version=\"1.0\"?>\n<urlset><url><loc>https://example.org/</loc></url></urlset>") == .xml)
        #expect(kind("<svg xmlns=\"http://www.w3.org/2000/svg\"><circle r=\"4\"/></svg>") == .xml)
    }

    @Test func binaryFormatsAreNamedByTheirFirstBytes() {
        #expect(ContentKind.of([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13]) == .binary("a PNG image"))
        #expect(ContentKind.of([0xFF, 0xD8, 0xFF, 0xE0, 0, 16]) == .binary("a JPEG image"))
        #expect(ContentKind.of([0x1F, 0x8B, 8, 0]) == .binary("a gzip archive"))
        #expect(ContentKind.of([0x50, 0x4B, 0x03, 0x04, 20, 0] + Array("word/document.xml".utf8)) == .binary("a Word document"))
        #expect(ContentKind.of([0x50, 0x4B, 0x03, 0x04, 20, 0] + Array("notes.txt".utf8)) == .binary("a zip archive"))
        #expect(ContentKind.of([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) == .binary("an old Office document (doc, xls or ppt)"))
        #expect(ContentKind.binary("a PNG image").refusal(file: "pic.txt") == "pic.txt: looks like a PNG image, not text; skipped")
    }

    @Test func aFolderSettingsFileSaysWhetherEachFileIsOneArticle() throws {
        #expect(try FolderSettings.parse("# every file here is one story\none-article yes\n") == FolderSettings(oneArticle: true))
        #expect(try FolderSettings.parse("one-article\n") == FolderSettings(oneArticle: true))
        #expect(try FolderSettings.parse("one-article = false\n") == FolderSettings(oneArticle: false))
        #expect(try FolderSettings.parse("\n# nothing said\n").boundaries == nil)
        #expect(try FolderSettings.parse("one-article yes").boundaries == .wholeSource)
        #expect(try FolderSettings.parse("one-article no").boundaries == .detected)
        #expect(throws: FolderSettings.Problem(line: 2, message: "one-article takes yes or no, not 'maybe'")) {
            try FolderSettings.parse("# kept whole\none-article maybe\n")
        }
        #expect(throws: FolderSettings.Problem(line: 1, message: "unknown setting 'articles 1' (one-article yes|no)")) {
            try FolderSettings.parse("articles 1")
        }
    }

    @Test func eachSourceIsCutAsItsInputSays() {
        let text = ArticleBoundaryTests.storm + """
            Council approves new school budget

            The city council approved the school budget on Monday after teachers and parents filled the chamber.

            """
        let detected = SourceInput(SourceText(name: "two.txt", text: text))
        let whole = SourceInput(SourceText(name: "one.txt", text: text), boundaries: .wholeSource)
        let articles = Analyzer().articles(of: [detected, whole])
        #expect(articles.map(\.source) == ["two.txt", "two.txt", "one.txt"])
        #expect(Analyzer().analyze([whole, detected]).articles.count == 3)
        #expect(Analyzer().analyzeLocally([whole]).count == 1)
        #expect(Analyzer().analyzeLocally([detected]).count == 2)
    }

    @Test func frontMatterWithoutDelimitersIsMetadataWhenItNamesKnownFields() {
        let source = SourceText(name: "s", text: "source: Salon\ndate: 2015-01-26\n\nTrump's wall is a fantasy\n\nThe plan was unworkable.\n")
        #expect(source.metadata == ["source": "Salon", "date": "2015-01-26"])
        #expect(source.firstBodyLine == 4)
        let article = ArticleParser().parse(source)[0]
        #expect(article.title == "Trump's wall is a fantasy")
        #expect(article.metadata["source"] == "Salon")
        // One such line, an unknown field or no blank line after them: the text's own first lines.
        #expect(SourceText(name: "d", text: "Date: Monday\n\nThe plan was unworkable.\n").metadata.isEmpty)
        #expect(SourceText(name: "u", text: "Source: Salon\nMood: grim\n\nThe plan was unworkable.\n").metadata.isEmpty)
        #expect(SourceText(name: "n", text: "Source: Salon\nDate: 2015-01-26\nThe plan was unworkable.\n").metadata.isEmpty)
    }

    @Test func theOutletIsTheFirstFrontMatterFieldThatNamesIt() {
        #expect(Publication.outlet(in: ["source": "Salon", "date": "2015-01-26"]) == "Salon")
        #expect(Publication.outlet(in: ["source": "Wire", "publisher": "The Kyiv Independent"]) == "The Kyiv Independent")
        #expect(Publication.outlet(in: ["outlet": "BBC News", "source": "Wire"]) == "BBC News")
        #expect(Publication.outlet(in: ["outlet": "", "date": "2015-01-26"]) == nil)
    }
}
