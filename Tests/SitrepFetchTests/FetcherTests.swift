import Foundation
import SitrepFetch
import SitrepHarness
import Testing

/// The fetcher against a real HTTP server on loopback.
@Suite struct FetcherTests {
    @Test func conditionalRequestGets304() async throws {
        let server = try LoopbackServer { request in .feed("<rss/>", etag: "\"v1\"", request: request) }
        defer { server.stop() }
        let fetcher = Fetcher()
        let first = try await fetcher.fetch(server.base + "/feed")
        #expect(first.status == 200 && first.etag == "\"v1\"" && first.lastModified != nil)
        #expect(first.charset == "utf-8")
        let second = try await fetcher.fetch(server.base + "/feed", etag: first.etag, lastModified: first.lastModified)
        #expect(second.notModified && second.body.isEmpty)
    }

    @Test func lastModifiedAloneMakesTheRequestConditional() async throws {
        let stamp = "Sun, 12 Jan 2025 10:00:00 GMT"
        let server = try LoopbackServer { request in
            request.headers["if-modified-since"] == stamp ? .init(status: 304)
                : .text("<rss/>", type: "application/rss+xml", headers: ["Last-Modified": stamp])
        }
        defer { server.stop() }
        let first = try await Fetcher().fetch(server.base + "/")
        #expect(first.lastModified == stamp && first.etag == nil)
        #expect(try await Fetcher().fetch(server.base + "/", lastModified: first.lastModified).notModified)
    }

    /// A server that answers after 30 s: the fetch gives up after its 1 s timeout (not at once, and not when the
    /// answer comes, which would be a success). No upper bound on the time: the whole suite runs in parallel on two
    /// cores, and a test may wait its turn.
    @Test func slowServerTimesOut() async throws {
        let server = try LoopbackServer { _ in .init(body: Array("late".utf8), delay: 30) }
        defer { server.stop() }
        let start = Date()
        await #expect(throws: FetchError.timedOut(seconds: 1)) {
            try await Fetcher(limits: FetchLimits(timeout: 1)).fetch(server.base + "/slow")
        }
        #expect(Date().timeIntervalSince(start) >= 0.9)
    }

    @Test func redirectLoopStops() async throws {
        let server = try LoopbackServer { request in
            let hop = Int(request.path.dropFirst(6)) ?? 0
            return .init(status: 302, headers: ["Location": "/loop/\(hop + 1)"])
        }
        defer { server.stop() }
        await #expect(throws: FetchError.tooManyRedirects(limit: 5)) {
            try await Fetcher().fetch(server.base + "/loop/0")
        }
        #expect(server.requestCount == 6)
    }

    @Test func redirectsWithinTheLimitAreFollowed() async throws {
        let server = try LoopbackServer { request in
            request.path == "/final" ? .text("ok", type: "text/plain") : .init(status: 301, headers: ["Location": "/final"])
        }
        defer { server.stop() }
        let response = try await Fetcher().fetch(server.base + "/start")
        #expect(response.url.hasSuffix("/final") && response.body == Array("ok".utf8))
    }

    /// A redirect to a local file stays on the server that sent it (FoundationNetworking keeps the scheme and host):
    /// no file of this machine is ever read.
    @Test func redirectsLeadOnlyToHTTP() async throws {
        let server = try LoopbackServer { request in
            request.path == "/" ? .init(status: 302, headers: ["Location": "file:///etc/passwd"]) : .text("at \(request.path)", type: "text/plain")
        }
        defer { server.stop() }
        let response = try await Fetcher().fetch(server.base + "/")
        #expect(response.url == server.base + "/etc/passwd")
        #expect(response.body == Array("at /etc/passwd".utf8))
    }

    @Test func serverErrorIsAnError() async throws {
        let server = try LoopbackServer { _ in .init(status: 500, body: Array("oops".utf8)) }
        defer { server.stop() }
        await #expect(throws: FetchError.status(500)) { try await Fetcher().fetch(server.base + "/") }
    }

    @Test func bodyOverTheLimitIsRefused() async throws {
        let big = [UInt8](repeating: 0x61, count: 20 << 20)
        let server = try LoopbackServer { request in
            .init(body: big, announceLength: request.path == "/announced")
        }
        defer { server.stop() }
        for path in ["/announced", "/streamed"] {
            await #expect(throws: FetchError.tooLarge(limit: 10 << 20)) { try await Fetcher().fetch(server.base + path) }
        }
    }

    @Test func gzipIsDecoded() async throws {
        let text = String(repeating: "<p>Compressed paragraph.</p>", count: 3000)
        let server = try LoopbackServer { request in
            guard request.headers["accept-encoding"]?.contains("gzip") == true else { return .text(text, type: "text/html") }
            return .init(headers: ["Content-Encoding": "gzip", "Content-Type": "text/html"], body: Documents.gzip(Array(text.utf8)))
        }
        defer { server.stop() }
        let response = try await Fetcher().fetch(server.base + "/")
        #expect(response.body == Array(text.utf8))
    }

    @Test func onlyHTTPAddresses() async {
        await #expect(throws: FetchError.invalidURL("file:///etc/passwd")) { try await Fetcher().fetch("file:///etc/passwd") }
    }
}
