import Foundation
import SitrepHarness

/// `SitrepEval reload`: the sitrep binary reloads `feeds` feeds of `items` items each from a loopback server into
/// a new library (fetched, parsed, analysed, stored), then again with nothing new (every feed answers 304).
/// Prints both wall times against the bounds of issue 30 (10 s and 1 s) and fails when either is over.
enum ReloadBenchmark {
    struct Options {
        var sitrep: String
        var work: URL
        var feeds = 100
        var items = 50
    }

    static let firstBound = 10.0
    static let secondBound = 1.0

    static func run(_ options: Options) throws -> Bool {
        let feeds = (0..<options.feeds).map { SyntheticFeeds.rss(feed: $0, count: options.items) }
        let server = try LoopbackServer { request in
            let parts = request.path.split(separator: "/")
            guard parts.count == 2, parts[0] == "feed", let index = Int(parts[1]), feeds.indices.contains(index) else {
                return .init(status: 404)
            }
            let etag = "\"\(index)\""
            if request.headers["if-none-match"] == etag { return .init(status: 304, headers: ["ETag": etag]) }
            return .text(feeds[index], type: "application/rss+xml; charset=utf-8", headers: ["ETag": etag])
        }
        defer { server.stop() }
        try? FileManager.default.removeItem(at: options.work)
        try FileManager.default.createDirectory(at: options.work, withIntermediateDirectories: true)
        let urls = options.work.appending(path: "urls")
        try Data((0..<options.feeds).map { "\(server.base)/feed/\($0)" }.joined(separator: "\n").utf8).write(to: urls)
        let library = options.work.appending(path: "library.sqlite").path
        let bytes = feeds.reduce(0) { $0 + $1.utf8.count }
        print("reload: \(options.feeds) feeds of \(options.items) items (\(String(format: "%.1f", Double(bytes) / 1_048_576)) MB of feeds) from \(server.base)")
        var passed = true
        for (label, bound) in [("first reload (all new)", firstBound), ("second reload (nothing new)", secondBound)] {
            let start = Date()
            let result = try Spawn.run([options.sitrep, "reload", "--urls", urls.path, "--library", library])
            let seconds = Date().timeIntervalSince(start)
            let within = seconds <= bound && result.status == 0
            passed = passed && within
            print(String(format: "  %@: %.2f s (bound %.0f s) %@, peak %d MB; %@", label, seconds, bound,
                         within ? "ok" : "OVER", result.peakKilobytes / 1024,
                         result.stderr.split(separator: "\n").last.map(String.init) ?? ""))
        }
        return passed
    }
}
