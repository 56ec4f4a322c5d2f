import SitrepHarness
import SitrepCore
import Testing
@testable import SitrepWeb

@Suite struct PageExtractorTests {
    /// Every body paragraph, in order, and no line of the page's navigation, menus, share buttons, related links,
    /// cookie notice, newsletter box, aside or footer.
    func expectArticleOnly(_ article: WebArticle) {
        #expect(article.paragraphs == Fixtures.paragraphs)
        let text = article.text
        for line in Fixtures.navigation {
            #expect(!text.contains(line), "navigation kept: \(line)")
        }
        #expect(!text.contains("dataLayer") && !text.contains("track(") && !text.contains("font-family"))
    }

    @Test func wireLayoutKeepsTheArticleAndItsCaption() throws {
        let article = try PageExtractor.article(Array(Fixtures.wirePage.utf8), url: "https://wire.example/a?utm=1")
        expectArticleOnly(article)
        #expect(article.title == "Russian drones hit power grid, ministry says")
        #expect(article.outlet == "Example Wire")
        #expect(article.url == "https://wire.example/world/drones-power-grid")
        #expect(article.date == "2025-01-12T07:30:00Z")
        #expect(article.author == "Jane Doe and Olena Kovalenko")
        #expect(article.blocks.contains(.caption("A repair crew works on a damaged substation near Kyiv.")))
    }

    @Test func divLayoutWithLinkedData() throws {
        let article = try PageExtractor.article(Array(Fixtures.divPage.utf8))
        expectArticleOnly(article)
        #expect(!article.text.contains("Teaser: oil prices"))
        #expect(article.title == "Drones hit grid in three regions")
        #expect(article.outlet == "Regional News")
        #expect(article.author == "Taras Melnyk")
        #expect(article.date == "2025-01-12T07:30:00Z")
    }

    @Test func blogLayout() throws {
        let article = try PageExtractor.article(Array(Fixtures.blogPage.utf8))
        expectArticleOnly(article)
        #expect(!article.text.contains("Thanks for the update") && !article.text.contains("Skip to content"))
        #expect(article.title == "Drones hit grid in three regions")
        #expect(article.author == "Field Monitor")
        #expect(article.outlet == "Monitor Blog")
        #expect(article.date == "2025-01-12T09:30:00Z")
    }

    @Test func componentLayout() throws {
        let article = try PageExtractor.article(Array(Fixtures.componentPage.utf8))
        expectArticleOnly(article)
        #expect(article.title == "Drones hit grid in three regions")
        #expect(article.date == "2025-01-12T08:00:00Z")
        // The caption without the words hidden from sight ("Image caption, " for screen readers).
        #expect(article.blocks.contains(.caption("A repair crew works on a damaged substation near Kyiv.")))
        #expect(!article.blocks.contains(.heading("Related")))
        #expect(!article.text.contains("Ukraine\n") && !article.paragraphs.contains("Ukraine"))
    }

    /// The article text reads as the core expects: the front matter becomes metadata, the title line the title,
    /// the byline a byline, the caption stays out of the body, and the quotation is attributed.
    @Test func extractedTextIsReadByTheCore() throws {
        let article = try PageExtractor.article(Array(Fixtures.wirePage.utf8))
        let source = try SourceText.decode(name: "page", bytes: Array(article.text.utf8))
        #expect(source.metadata["date"] == "2025-01-12T07:30:00Z")
        #expect(source.metadata["url"] == "https://wire.example/world/drones-power-grid")
        #expect(source.metadata["source"] == "Example Wire")
        let analysis = Analyzer().analyze([source])
        #expect(analysis.articles.count == 1)
        let parsed = try #require(analysis.articles.first)
        #expect(parsed.title == "Russian drones hit power grid, ministry says")
        #expect(parsed.byline == "Jane Doe and Olena Kovalenko")
        #expect(parsed.captions.contains { $0.text.contains("repair crew") })
        let body = parsed.segments.flatMap(\.paragraphs).map(\.text).joined(separator: "\n")
        #expect(!body.contains("damaged substation"))
        let quote = try #require(analysis.quotes.first { $0.text.hasPrefix("The enemy again") })
        #expect(quote.speaker.map { analysis.speakers[$0].name }?.contains("Halushchenko") == true)
    }

    @Test func windows1251PageDeclaredInMeta() throws {
        let html = """
            <html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251">
            <title>Удары по энергосистеме</title></head><body><nav><a href="/">Главная</a></nav>
            <article><h1>Удары по энергосистеме</h1>
            <p>Российские беспилотники атаковали энергетические объекты в трёх областях, сообщило министерство.</p>
            <p>«Ремонтные бригады уже работают», — заявил министр энергетики Герман Галущенко.</p></article></body></html>
            """
        let article = try PageExtractor.article(Windows1251.bytes(html))
        #expect(article.title == "Удары по энергосистеме")
        #expect(article.paragraphs.count == 2)
        #expect(article.paragraphs[1] == "«Ремонтные бригады уже работают», — заявил министр энергетики Герман Галущенко.")
        #expect(!article.text.contains("Главная"))
    }

    @Test func charsetFromHTTPWinsOverNone() throws {
        let html = "<html><body><article><p>Російські безпілотники атакували енергетичні об'єкти в трьох областях.</p></article></body></html>"
        let article = try PageExtractor.article(Windows1251.bytes(html), encoding: "windows-1251")
        #expect(article.paragraphs == ["Російські безпілотники атакували енергетичні об'єкти в трьох областях."])
    }

    /// KOI8-R declared by HTTP, ISO-8859-5 and ISO-8859-2 declared by the page (bytes as those encoders write them).
    @Test func legacyCharsets() throws {
        func page(_ head: String, _ paragraph: [UInt8]) -> [UInt8] {
            Array("<html><head>\(head)</head><body><article><p>".utf8) + paragraph
                + Array(" and more words so that this is a paragraph.</p></article></body></html>".utf8)
        }
        let koi8 : [UInt8] = [239, 194, 211, 212, 210, 197, 204, 32, 232, 193, 210, 216, 203, 207, 215, 193, 58, 32, 197, 211,
                              212, 216, 32, 208, 207, 211, 212, 210, 193, 196, 193, 215, 219, 201, 197]
        var article = try PageExtractor.article(page("", koi8), encoding: "KOI8-R")
        #expect(article.paragraphs == ["Обстрел Харькова: есть пострадавшие and more words so that this is a paragraph."])
        article = try PageExtractor.article(page("<meta charset=\"iso-8859-5\">", [186, 216, 247, 210]))
        #expect(article.paragraphs.first?.hasPrefix("Київ and more") == true)
        let latin2: [UInt8] = [90, 97, 191, 243, 179, 230, 32, 103, 234, 182, 108, 177, 32, 106, 97, 188, 241]
        article = try PageExtractor.article(page("<meta http-equiv=\"content-type\" content=\"text/html; charset=ISO-8859-2\">", latin2))
        #expect(article.paragraphs.first?.hasPrefix("Zażółć gęślą jaźń and more") == true)
    }

    @Test func titleWithoutTheSiteName() throws {
        let html = "<html><head><title>Talks end without agreement | Example News</title></head><body><div>"
            + "<p>Talks in Geneva ended on Saturday without agreement, officials said, and no date was set.</p></div></body></html>"
        #expect(try PageExtractor.article(Array(html.utf8)).title == "Talks end without agreement")
        #expect(PageMetadata.withoutSiteName("Ukraine - Example") == "Ukraine - Example")
    }

    @Test func pageWithoutTextIsAnError() {
        #expect(throws: PageExtractor.Failure.noText) {
            try PageExtractor.article(Array("<html><body><nav><a href='/'>Home</a></nav></body></html>".utf8))
        }
    }

    @Test func sniffing() {
        #expect(WebContent.sniff(Array(Fixtures.wirePage.utf8)) == .html)
        #expect(WebContent.sniff(Array("<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel/></rss>".utf8)) == .feed)
        #expect(WebContent.sniff(Array("<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"/>".utf8)) == .feed)
        #expect(WebContent.sniff(Array("{\"version\": \"https://jsonfeed.org/version/1.1\", \"items\": []}".utf8)) == .jsonFeed)
        #expect(WebContent.sniff(Array("Plain text about <html> tags.".utf8)) == .other)
    }

    /// A saved fragment of a page (paragraphs without `<html>` around them) is a page; XML data is not, and JSON
    /// with `items` is taken for a JSON Feed only until it fails to read as one, unless it says it is one.
    @Test func aFragmentOfAPageIsAPageAndXMLDataIsNot() {
        #expect(WebContent.sniff(Array("<p>Talks ended.</p>\n<p>\"We will not give up,\" he said.</p>".utf8)) == .html)
        #expect(WebContent.sniff(Array("<div class=\"story\"><h1>Talks end</h1></div>".utf8)) == .html)
        #expect(WebContent.sniff(Array("<?xml version=\"1.0\"?><urlset><url><loc>https://example.org/</loc></url></urlset>".utf8)) == .other)
        #expect(WebContent.sniff(Array("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><item><description><![CDATA[<p>x</p>]]></description></item></channel></rss>".utf8)) == .feed)
        #expect(WebContent.sniff(Array("<svg><title>map</title><path d=\"M0 0\"/></svg>".utf8)) == .other)
        #expect(!WebContent.declaresJSONFeed(Array("{\"items\": [1, 2]}".utf8)))
        #expect(WebContent.declaresJSONFeed(Array("{\"version\": \"https://jsonfeed.org/version/1.1\", \"items\": []}".utf8)))
        #expect(Charset.fromContentType("text/html; charset=\"KOI8-R\"") == "KOI8-R")
        #expect(Charset.declaredInHTML(Array("<head><meta charset=\"iso-8859-5\">".utf8)) == "iso-8859-5")
    }
}
