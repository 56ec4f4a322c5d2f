import Foundation
import SitrepHarness

/// newsboat on the same articles as an Atom feed: `-x reload` into its cache, its first screen and its search,
/// driven in tmux the same way as sitrep. Its home is the corpus folder, so nothing of the user's is touched.
enum Newsboat {
    static var available: Bool { (try? Spawn.run(["newsboat", "--version"]).status) == 0 }

    static func measure(folder: URL, bytes: Int, queries: [String], into table: inout Table) throws {
        let home = folder.appending(path: "newsboat")
        try? FileManager.default.removeItem(at: home)
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        let urls = home.appending(path: "urls").path, config = home.appending(path: "config").path
        let cache = home.appending(path: "cache.db").path
        try Data("file://\(folder.appending(path: "feed.atom").path)\n".utf8).write(to: URL(fileURLWithPath: urls))
        try Data().write(to: URL(fileURLWithPath: config))
        let command = ["newsboat", "-u", urls, "-c", cache, "-C", config]
        let environment = ["HOME=\(home.path)", "XDG_CONFIG_HOME=\(home.path)", "XDG_DATA_HOME=\(home.path)"]

        let start = DispatchTime.now().uptimeNanoseconds
        let reload = try Spawn.run(command + ["-x", "reload"], environment: environment)
        let seconds = Benchmark.elapsed(since: start)
        guard reload.status == 0 else { throw BenchError("newsboat -x reload failed: \(reload.stderr)") }
        table.set("ingest wall time (s)", newsboat: seconds)
        table.set("ingest MB/s", newsboat: Double(bytes) / 1e6 / seconds)
        table.set("ingest peak memory (MB)", newsboat: Double(reload.peakKilobytes) / 1024)
        let size = (try? FileManager.default.attributesOfItem(atPath: cache)[.size] as? Int) ?? 0
        table.set("library size (MB)", newsboat: Double(size) / 1e6)

        let tmux = try Tmux(width: 120, height: 40, command: "sleep 100000", directory: home)
        let line = environment.joined(separator: " ") + " " + command.joined(separator: " ")
        let starts = try Benchmark.firstScreens(tmux, runs: 3, command: "exec env \(line)", shows: "Sitrep bench",
                                                timeout: 300, name: "newsboat")
        table.set("first screen, median (ms)", newsboat: Benchmark.percentile(starts, 0.5))
        var searches: [Double] = []
        for query in queries {
            try tmux.send("/")
            try tmux.waitFor(timeout: 30, interval: 0.002) { $0.contains("Search for:") }
            try tmux.type(query)
            let begin = DispatchTime.now().uptimeNanoseconds
            try tmux.send("Enter")
            let screen = try tmux.waitFor(timeout: 300, interval: 0.002) { $0.contains("Search results") || $0.contains("No results") }
            searches.append(Benchmark.elapsed(since: begin) * 1000)
            if screen.contains("Search results") { try tmux.send("q") }
            try tmux.waitFor(timeout: 30, interval: 0.002) { $0.contains("Your feeds") && !$0.contains("Search for:") }
        }
        table.set("full-text search p50 (ms)", newsboat: Benchmark.percentile(searches, 0.5))
        table.set("full-text search p95 (ms)", newsboat: Benchmark.percentile(searches, 0.95))
        table.set("reader memory (MB)", newsboat: Benchmark.peakMegabytes(try tmux.panePID()))
    }
}
