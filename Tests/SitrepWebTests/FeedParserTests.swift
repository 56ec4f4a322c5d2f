import SitrepHarness
import Testing
@testable import SitrepWeb

@Suite struct FeedParserTests {
    @Test func rss2() throws {
        let xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
            <channel><title>Example Wire: World</title><link>https://wire.example/</link>
            <item><title>Drones hit grid</title><link>/world/drones</link><guid isPermaLink="false">wire-1</guid>
              <author>desk@wire.example (Jane Doe)</author><pubDate>Sun, 12 Jan 2025 09:30:00 +0200</pubDate>
              <description>Short summary.</description>
              <content:encoded><![CDATA[<p>First paragraph, with a comma.</p><p>Second &amp; last.</p>]]></content:encoded></item>
            <item><title>Talks end</title><link>https://wire.example/world/talks</link><dc:creator>Olena Kovalenko</dc:creator>
              <dc:date>2025-01-11</dc:date><description>&lt;p&gt;Talks in Geneva ended.&lt;/p&gt;</description></item>
            </channel></rss>
            """
        let feed = try FeedParser.parse(Array(xml.utf8), base: "https://wire.example/rss")
        #expect(feed.title == "Example Wire: World")
        #expect(feed.items.count == 2)
        let first = feed.items[0]
        #expect(first.title == "Drones hit grid")
        #expect(first.link == "https://wire.example/world/drones")
        #expect(first.key == "wire-1")
        #expect(first.author == "Jane Doe")
        #expect(first.date == "2025-01-12T07:30:00Z")
        #expect(first.blocks == [.paragraph("First paragraph, with a comma."), .paragraph("Second & last.")])
        #expect(!first.summaryOnly)
        let second = feed.items[1]
        #expect(second.key == "https://wire.example/world/talks")
        #expect(second.author == "Olena Kovalenko")
        #expect(second.date == "2025-01-11")
        #expect(second.blocks == [.paragraph("Talks in Geneva ended.")])
        #expect(second.summaryOnly)
    }

    @Test func rss1RDF() throws {
        let xml = """
            <?xml version="1.0"?>
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
                     xmlns:dc="http://purl.org/dc/elements/1.1/">
            <channel rdf:about="https://ngo.example/"><title>NGO Updates</title><link>https://ngo.example/</link></channel>
            <item rdf:about="https://ngo.example/u/1"><title>Situation report 12</title><link>https://ngo.example/u/1</link>
              <dc:date>2025-01-10T18:00:00-05:00</dc:date><dc:creator>Field Office</dc:creator>
              <description>Aid convoys reached Kharkiv.</description></item>
            </rdf:RDF>
            """
        let feed = try FeedParser.parse(Array(xml.utf8))
        #expect(feed.title == "NGO Updates")
        #expect(feed.items.count == 1)
        #expect(feed.items[0].key == "https://ngo.example/u/1")
        #expect(feed.items[0].date == "2025-01-10T23:00:00Z")
        #expect(feed.items[0].author == "Field Office")
        #expect(feed.items[0].blocks == [.paragraph("Aid convoys reached Kharkiv.")])
    }

    @Test func atom() throws {
        let xml = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom"><title>Ministry news</title>
            <link href="https://mod.example/"/><author><name>Press Office</name></author>
            <entry><title type="html">Strikes &amp;amp; repairs</title><id>tag:mod.example,2025:1</id>
              <link rel="alternate" href="/news/1"/><link rel="enclosure" href="/img.jpg"/>
              <published>2025-01-12T06:00:00Z</published><updated>2025-01-12T08:00:00Z</updated>
              <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Crews restored power.</p><figure><figcaption>Crews at work.</figcaption></figure></div></content></entry>
            <entry><title>Second</title><id>tag:mod.example,2025:2</id><updated>2025-01-11T08:00:00Z</updated>
              <summary>Only a summary.</summary></entry>
            </feed>
            """
        let feed = try FeedParser.parse(Array(xml.utf8), base: "https://mod.example/atom.xml")
        #expect(feed.items.count == 2)
        let entry = feed.items[0]
        #expect(entry.title == "Strikes & repairs")
        #expect(entry.link == "https://mod.example/news/1")
        #expect(entry.key == "tag:mod.example,2025:1")
        #expect(entry.author == "Press Office")
        #expect(entry.date == "2025-01-12T06:00:00Z")
        #expect(entry.blocks == [.paragraph("Crews restored power."), .caption("Crews at work.")])
        #expect(feed.items[1].summaryOnly)
        #expect(feed.items[1].date == "2025-01-11T08:00:00Z")
    }

    @Test func jsonFeed() throws {
        let json = """
            {"version": "https://jsonfeed.org/version/1.1", "title": "Live", "home_page_url": "https://live.example/",
             "authors": [{"name": "Live desk"}],
             "items": [{"id": "42", "url": "https://live.example/42", "title": "Update",
                        "content_html": "<p>One.</p><p>Two.</p>", "date_published": "2025-01-12T10:00:00+00:00"},
                       {"id": "43", "content_text": "No title here, just text that goes on.\\n\\nSecond."}]}
            """
        let feed = try FeedParser.parse(Array(json.utf8))
        #expect(feed.title == "Live")
        #expect(feed.items.map(\.key) == ["42", "43"])
        #expect(feed.items[0].blocks == [.paragraph("One."), .paragraph("Two.")])
        #expect(feed.items[0].author == "Live desk")
        #expect(feed.items[0].date == "2025-01-12T10:00:00Z")
        #expect(feed.items[1].title == "No title here, just text that goes on.")
        #expect(feed.items[1].blocks.count == 2)
    }

    @Test func windows1251Feed() throws {
        let xml = """
            <?xml version="1.0" encoding="windows-1251"?>
            <rss version="2.0"><channel><title>Новости</title>
            <item><title>Удар по Харькову</title><guid>n-1</guid>
            <description>«Есть пострадавшие», — сказал мэр Игорь Терехов.</description></item></channel></rss>
            """
        let feed = try FeedParser.parse(Windows1251.bytes(xml))
        #expect(feed.title == "Новости")
        #expect(feed.items[0].title == "Удар по Харькову")
        #expect(feed.items[0].blocks == [.paragraph("«Есть пострадавшие», — сказал мэр Игорь Терехов.")])
    }

    @Test func charsetFromHTTPOverridesTheDeclaration() throws {
        let xml = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Київ</title></channel></rss>"
        let feed = try FeedParser.parse(Windows1251.bytes(xml), encoding: "windows-1251")
        #expect(feed.title == "Київ")
    }

    @Test func malformedXMLSaysWhere() {
        let xml = "<?xml version=\"1.0\"?>\n<rss><channel>\n<item><title>Open</item></channel></rss>"
        #expect {
            try FeedParser.parse(Array(xml.utf8))
        } throws: { error in
            guard case let .markup(.malformed(line, message)) = error as? FeedError else { return false }
            return line == 3 && !message.isEmpty
        }
        #expect(throws: FeedError.notAFeed(root: "html")) {
            try FeedParser.parse(Array("<html><body/></html>".utf8))
        }
    }

    @Test func dates() {
        #expect(FeedDate.normalised("Mon, 06 Jan 2025 23:15:00 GMT") == "2025-01-06T23:15:00Z")
        #expect(FeedDate.normalised("6 Jan 25 23:15 EST") == "2025-01-07T04:15:00Z")
        #expect(FeedDate.normalised("2024-12-31T23:30:00-01:00") == "2025-01-01T00:30:00Z")
        #expect(FeedDate.normalised("2025-03-01T00:10:00.250+03:00") == "2025-02-28T21:10:00Z")
        #expect(FeedDate.normalised("yesterday") == nil)
        // A day no calendar holds, or a year past any calendar's, is no date (and no trap).
        #expect(FeedDate.normalised("2025-02-30") == nil)
        #expect(FeedDate.normalised("2025-02-30T10:00:00Z") == nil)
        #expect(FeedDate.normalised("Sun, 12 Jan 99999999999999 09:30:00 GMT") == nil)
        #expect(FeedDate.normalised("2024-02-29") == "2024-02-29")
    }
}
