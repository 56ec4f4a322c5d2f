import Foundation
import SitrepHarness
import SitrepStore
import Testing

/// `sitrep reload`, `ingest` of pages and addresses, and the OPML commands, run as a user runs them, against a
/// loopback HTTP server.
@Suite struct WebCommandTests {
    typealias Workspace = LibraryCommandTests.Workspace

    static func feed(_ name: String, items: Int) -> String {
        let entries = (0..<items).map { item in
            """
            <item><title>\(name) report \(item)</title><guid>\(name)-\(item)</guid><link>https://\(name).example/\(item)</link>
            <pubDate>Sun, 12 Jan 2025 0\(item):00:00 GMT</pubDate>
            <description>&lt;p&gt;"Crews are at work in sector \(item)," the governor of \(name) said on Sunday.&lt;/p&gt;</description></item>
            """
        }
        return "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>\(name)</title>\(entries.joined())</channel></rss>"
    }

    static let page = """
        <html><head><title>Talks end | Example</title><meta property="og:site_name" content="Example"></head><body>
        <nav><ul><li><a href="/">Home</a></li><li><a href="/world">World news menu</a></li></ul></nav>
        <article><h1>Talks end without agreement</h1><p class="byline">By Jane Doe</p>
        <p>Talks in Geneva ended on Saturday without agreement, officials said, and no new date was set.</p>
        <p>"We will not give up," the foreign minister told reporters after the meeting.</p></article>
        <footer><p>Copyright notice for the whole site</p></footer></body></html>
        """

    func serve() throws -> LoopbackServer {
        try LoopbackServer { request in
            switch request.path {
            case "/good":
                if request.headers["if-none-match"] == "\"1\"" { return .init(status: 304) }
                return .text(WebCommandTests.feed("north", items: 3), type: "application/rss+xml", headers: ["ETag": "\"1\""])
            case "/page": return .text(WebCommandTests.page, type: "text/html; charset=utf-8")
            default: return .init(status: 500)
            }
        }
    }

    @Test func reloadStoresFeedsAndTellsEachFailure() throws {
        let workspace = try Workspace()
        let server = try serve()
        defer { server.stop() }
        let urls = try workspace.write("urls", Array("""
            # subscriptions
            \(server.base)/good news "~North Desk"
            \(server.base)/down
            """.utf8))
        var result = try workspace.sitrep("reload", "--urls", urls)
        #expect(result.status == 1)
        var lines = result.stderr.split(separator: "\n")
        #expect(lines.count == 2, "\(result.stderr)")
        #expect(lines.first?.hasPrefix("\(server.base)/down: HTTP 500") == true)
        #expect(lines.last?.hasPrefix("2 feeds: 3 new, 0 changed, 0 unchanged items, 0 not modified, 1 failed") == true)
        let library = try Library(path: workspace.library, create: false, readOnly: true)
        let listed = try library.articlesNewestFirst(0..<10)
        #expect(listed.map(\.article.title) == ["north report 2", "north report 1", "north report 0"])
        #expect(listed.allSatisfy { $0.origin.outlet == "North Desk" })
        #expect(listed.first?.origin.url == "https://north.example/2")
        #expect(try library.counts().quotes == 3)

        result = try workspace.sitrep("reload", "--urls", urls)
        lines = result.stderr.split(separator: "\n")
        #expect(result.status == 1 && lines.count == 2)
        #expect(lines.last?.contains("0 new, 0 changed, 0 unchanged items, 1 not modified, 1 failed") == true)
        #expect(try library.counts().articles == 3)
    }

    @Test func ingestReadsPagesByContentAndAddresses() throws {
        let workspace = try Workspace()
        let server = try serve()
        defer { server.stop() }
        let file = try workspace.write("saved/talks.html", Array(WebCommandTests.page.utf8))
        let feedFile = try workspace.write("saved/feed.xml", Array(WebCommandTests.feed("south", items: 2).utf8))
        var result = try workspace.sitrep("ingest", file, feedFile)
        #expect(result.status == 0, "\(result.stderr)")
        result = try workspace.sitrep("ingest", server.base + "/page", server.base + "/missing")
        #expect(result.status == 1)
        #expect(result.stderr.split(separator: "\n").first?.hasPrefix("\(server.base)/missing: HTTP 500") == true)
        let library = try Library(path: workspace.library, create: false, readOnly: true)
        let titles = try library.articles(0..<10).map(\.title).sorted()
        #expect(titles == ["Talks end without agreement", "Talks end without agreement", "south report 0", "south report 1"])
        let texts = try library.sources().map { $0.lines.joined(separator: "\n") }
        #expect(texts.allSatisfy { !$0.contains("World news menu") && !$0.contains("Copyright notice") })
        let quotes = try workspace.sitrep("quotes", "--json")
        #expect(quotes.stdout.contains("We will not give up"))
    }

    /// Two stories under one page's article, and the same two as one feed item's text.
    static let twoStories = (
        page: """
            <html><head><title>Storm | Example</title></head><body><article><h1>Storm closes harbour for a second day</h1>
            <p>The port authority kept the harbour closed on Tuesday as the storm drove waves of eight metres onto the coast.</p>
            <p>Ferries stayed in port and fishing boats were moved to the inner basin, where the harbour master said they were safe.</p>
            <p>Forecasters expect the storm to ease on Wednesday, when the port authority will inspect the harbour walls.</p>
            <h2>Council approves new school budget</h2>
            <p>The city council approved the school budget on Monday after teachers and parents filled the chamber.</p>
            </article></body></html>
            """,
        feed: """
            <?xml version="1.0"?><rss version="2.0"><channel><title>Desk</title><item>
            <title>Storm closes harbour for a second day</title><guid>storm-1</guid><description>
            &lt;p&gt;The port authority kept the harbour closed on Tuesday as the storm drove waves of eight metres onto the coast.&lt;/p&gt;
            &lt;p&gt;Ferries stayed in port and fishing boats were moved to the inner basin, where the harbour master said they were safe.&lt;/p&gt;
            &lt;p&gt;Forecasters expect the storm to ease on Wednesday, when the port authority will inspect the harbour walls.&lt;/p&gt;
            &lt;h2&gt;Council approves new school budget&lt;/h2&gt;
            &lt;p&gt;The city council approved the school budget on Monday after teachers and parents filled the chamber.&lt;/p&gt;
            </description></item></channel></rss>
            """)

    /// A page is cut into articles from its text (it may hold briefs), a feed item is one article, and
    /// `--one-article` / `--no-one-article` decide for both, saved or fetched.
    @Test func pagesAreCutFromTheirTextAndFeedItemsKeptWhole() throws {
        let server = try LoopbackServer { request in
            request.path == "/page" ? .text(WebCommandTests.twoStories.page, type: "text/html")
                : .text(WebCommandTests.twoStories.feed, type: "application/rss+xml")
        }
        defer { server.stop() }
        func articles(_ arguments: String...) throws -> Int {
            let workspace = try Workspace()
            let page = try workspace.write("saved/storm.html", Array(WebCommandTests.twoStories.page.utf8))
            let feed = try workspace.write("saved/desk.xml", Array(WebCommandTests.twoStories.feed.utf8))
            let inputs = arguments.map { ["page": page, "feed": feed, "address": server.base + "/page",
                                          "feed address": server.base + "/feed"][$0] ?? $0 }
            let result = try workspace.sitrep(arguments: ["ingest"] + inputs)
            #expect(result.status == 0, "\(result.stderr)")
            return try Library(path: workspace.library, create: false, readOnly: true).counts().articles
        }
        #expect(try articles("page") == 2)
        #expect(try articles("--one-article", "page") == 1)
        #expect(try articles("address") == 2)
        #expect(try articles("--one-article", "address") == 1)
        #expect(try articles("feed") == 1)
        #expect(try articles("--no-one-article", "feed") == 2)
        #expect(try articles("feed address") == 1)
        #expect(try articles("--no-one-article", "feed address") == 2)
    }

    @Test func opmlImportAndExport() throws {
        let workspace = try Workspace()
        let opml = try workspace.write("feeds.opml", Array("""
            <?xml version="1.0"?><opml version="2.0"><body><outline text="Ukraine">
            <outline text="Wire" xmlUrl="https://wire.example/rss"/><outline text="NGO" xmlUrl="https://ngo.example/feed"/>
            </outline></body></opml>
            """.utf8))
        let urls = workspace.folder.appending(path: "config/sitrep/urls").path
        var result = try workspace.sitrep("import-opml", "--urls", urls, opml)
        #expect(result.status == 0 && result.stderr.contains("2 feeds added, 0 already subscribed"))
        result = try workspace.sitrep("import-opml", "--urls", urls, opml)
        #expect(result.stderr.contains("0 feeds added, 2 already subscribed"))
        let text = try String(contentsOfFile: urls, encoding: .utf8)
        #expect(text == "https://wire.example/rss Ukraine \"~Wire\"\nhttps://ngo.example/feed Ukraine \"~NGO\"\n")
        result = try workspace.sitrep("export-opml", "--urls", urls)
        #expect(result.status == 0)
        #expect(result.stdout.contains("<outline type=\"rss\" text=\"Wire\" title=\"Wire\" xmlUrl=\"https://wire.example/rss\"/>"))
    }
}
