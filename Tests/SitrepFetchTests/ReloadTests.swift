import Foundation
import SitrepFetch
import SitrepHarness
import SitrepStore
import SitrepWeb
import Testing

/// Reloading subscriptions from a loopback server into a real library file.
@Suite struct ReloadTests {
    /// A server whose answers the test changes as it goes.
    final class Site: @unchecked Sendable {
        private let lock = NSLock()
        private var routes: [String: @Sendable (LoopbackServer.Request) -> LoopbackServer.Response] = [:]

        subscript(path: String) -> (@Sendable (LoopbackServer.Request) -> LoopbackServer.Response)? {
            get { lock.withLock { routes[path] } }
            set { lock.withLock { routes[path] = newValue } }
        }

        func server() throws -> LoopbackServer {
            try LoopbackServer { [self] request in self[request.path]?(request) ?? .init(status: 404) }
        }
    }

    @Test func itemsAreStoredOnceAndChangedItemsReplaced() async throws {
        let folder = try TemporaryFolder()
        let library = try folder.library()
        let site = Site()
        site["/feed"] = { request in .feed(SyntheticFeeds.rss(feed: 1, count: 3), etag: "\"a\"", request: request) }
        let server = try site.server()
        defer { server.stop() }
        let reloader = Reloader(library: library, fetcher: Fetcher())
        let feed = Subscription(url: server.base + "/feed", name: "Region One")

        var outcomes = await reloader.reload([feed])
        #expect(outcomes.map(\.result) == [.stored(added: 3, replaced: 0, unchanged: 0)])
        try library.rebuild()
        #expect(try library.counts().articles == 3)
        let state = try #require(try library.feedStates()[feed.url])
        #expect(state.etag == "\"a\"" && state.failure == nil && state.title == "Regional feed 1")

        // The same ETag: 304, nothing to store.
        outcomes = await reloader.reload([feed])
        #expect(outcomes.map(\.result) == [.notModified])
        #expect(try library.needsRebuild == false)

        // A new version: the changed item replaces the old one, the others are not stored twice.
        site["/feed"] = { request in .feed(SyntheticFeeds.rss(feed: 1, count: 4, revision: 1), etag: "\"b\"", request: request) }
        outcomes = await reloader.reload([feed])
        #expect(outcomes.map(\.result) == [.stored(added: 1, replaced: 1, unchanged: 2)])
        try library.rebuild()
        #expect(try library.counts().articles == 4)

        // Newest first, with the outlet and the address of each.
        let listed = try library.articlesNewestFirst(0..<10)
        #expect(listed.count == 4)
        #expect(listed.map(\.origin.date) == listed.map(\.origin.date).sorted { ($0 ?? "") > ($1 ?? "") })
        #expect(listed.allSatisfy { $0.origin.outlet == "Region One" && $0.origin.url?.hasPrefix("https://region1.example/pages/1/") == true })
        let origins = try library.origins(ofArticles: listed.map(\.article.id))
        #expect(origins.count == 4)
    }

    @Test func failuresAreToldAndNothingStoredIsLost() async throws {
        let folder = try TemporaryFolder()
        let library = try folder.library()
        let site = Site()
        site["/good"] = { _ in .text(SyntheticFeeds.rss(feed: 2, count: 2), type: "application/rss+xml") }
        site["/broken"] = { _ in .text(SyntheticFeeds.rss(feed: 3, count: 2), type: "application/rss+xml") }
        let server = try site.server()
        defer { server.stop() }
        let reloader = Reloader(library: library, fetcher: Fetcher(limits: FetchLimits(timeout: 1)))
        let good = Subscription(url: server.base + "/good")
        let broken = Subscription(url: server.base + "/broken")
        _ = await reloader.reload([good, broken])
        try library.rebuild()
        #expect(try library.counts().articles == 4)

        // The second feed now fails in every way a server can; each failure is one line, the good feed goes on.
        let failures: [(LoopbackServer.Response, String)] = [
            (.init(status: 500), "HTTP 500"),
            (.text("<?xml version=\"1.0\"?>\n<rss><channel><item><title>x</item></rss>", type: "application/rss+xml"),
             "malformed XML at line 2"),
            (.init(body: Array("<rss/>".utf8), delay: 30), "timed out"),
            (.init(body: [UInt8](repeating: 0x20, count: 20 << 20)), "larger than 10 MB"),
            (.init(status: 302, headers: ["Location": "/broken"]), "more than 5 redirects"),
            (.text("<html><body>Moved</body></html>", type: "text/html"), "not a feed"),
        ]
        for (response, reason) in failures {
            site["/broken"] = { _ in response }
            let outcomes = await reloader.reload([good, broken])
            let failed = try #require(outcomes.first { $0.subscription == broken })
            guard case let .failed(line) = failed.result else {
                Issue.record("no failure for \(reason): \(failed.result)")
                continue
            }
            #expect(line.contains(reason), "\(line)")
            #expect(!line.contains("\n"))
            #expect(outcomes.first { $0.subscription == good }?.failed == false)
            #expect(try library.feedStates()[broken.url]?.failure == line)
            try library.rebuild()
            #expect(try library.counts().articles == 4)
        }
    }

    /// A second reload with nothing new asks each feed once, conditionally, and writes nothing that would need
    /// indexing. (Its time, with 100 feeds of 50 items, is measured by `SitrepEval reload` on a release build:
    /// this suite runs in parallel on two cores, where a wall-clock bound would measure the other tests.)
    @Test func secondReloadWithNothingNewStoresNothing() async throws {
        let folder = try TemporaryFolder()
        let library = try folder.library()
        let feeds = (0..<100).map { SyntheticFeeds.rss(feed: $0, count: 5) }
        let server = try LoopbackServer { request in
            guard let index = Int(request.path.dropFirst()), feeds.indices.contains(index) else { return .init(status: 404) }
            return .feed(feeds[index], etag: "\"\(index)\"", request: request)
        }
        defer { server.stop() }
        let subscriptions = (0..<100).map { Subscription(url: "\(server.base)/\($0)") }
        let reloader = Reloader(library: library, fetcher: Fetcher())
        let first = await reloader.reload(subscriptions)
        #expect(first.allSatisfy { $0.result == .stored(added: 5, replaced: 0, unchanged: 0) })
        try library.rebuild()
        let requests = server.requestCount
        let second = await reloader.reload(subscriptions)
        #expect(second.count == 100 && second.allSatisfy { $0.result == .notModified })
        #expect(server.requestCount == requests + 100)
        #expect(try library.needsRebuild == false)
        #expect(try library.feedStates().values.allSatisfy { $0.failure == nil && $0.lastSuccess != nil })
    }

    @Test func windows1251FeedDeclaredByHTTP() async throws {
        let folder = try TemporaryFolder()
        let library = try folder.library()
        let xml = """
            <?xml version="1.0"?><rss version="2.0"><channel><title>Новини</title>
            <item><title>Обстріл Харкова</title><guid>n1</guid><description>«Є постраждалі», — сказав мер Ігор Терехов.</description></item>
            </channel></rss>
            """
        let server = try LoopbackServer { _ in
            .init(headers: ["Content-Type": "application/rss+xml; charset=windows-1251"], body: Windows1251.bytes(xml))
        }
        defer { server.stop() }
        let outcomes = await Reloader(library: library, fetcher: Fetcher()).reload([Subscription(url: server.base + "/")])
        #expect(outcomes.map(\.result) == [.stored(added: 1, replaced: 0, unchanged: 0)])
        try library.rebuild()
        let article = try #require(try library.articles(0..<1).first)
        #expect(article.title == "Обстріл Харкова")
        let text = try #require(try library.sources().first).lines.joined(separator: "\n")
        #expect(text.contains("«Є постраждалі», — сказав мер Ігор Терехов."))
        #expect(text.contains("source: Новини"))
    }

    @Test func fullTextFetchesEachNewItemsPage() async throws {
        let folder = try TemporaryFolder()
        let library = try folder.library()
        let site = Site()
        let server = try site.server()
        defer { server.stop() }
        site["/feed"] = { _ in .text(SyntheticFeeds.rss(feed: 4, count: 2, summaryOnly: true, base: server.base), type: "application/rss+xml") }
        site["/pages/4/0.html"] = { _ in
            .text(Documents.page(title: "Strike 0", paragraphs: ["The full text of the first item, with its detail.", "A second paragraph of it."]),
                  type: "text/html; charset=utf-8")
        }
        site["/pages/4/1.html"] = { _ in .init(status: 404) }
        let reloader = Reloader(library: library, fetcher: Fetcher())
        let feed = Subscription(url: server.base + "/feed", tags: ["fulltext"])
        let outcomes = await reloader.reload([feed])
        #expect(outcomes.map(\.result) == [.stored(added: 2, replaced: 0, unchanged: 0)])
        let texts = try library.sources().map { $0.lines.joined(separator: "\n") }
        let first = try #require(texts.first { $0.contains("feed4-item0") || $0.contains("/pages/4/0.html") })
        #expect(first.contains("The full text of the first item, with its detail.") && !first.contains("Most read"))
        // The page that failed leaves the feed's summary.
        #expect(texts.contains { $0.contains("Summary of strike 1 in region 4.") })
        // A second reload fetches no page again.
        let before = server.requestCount
        _ = await reloader.reload([feed])
        #expect(server.requestCount == before + 1)
    }
}
