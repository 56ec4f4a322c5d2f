import Foundation
import SitrepCore
import SitrepHarness
import SitrepStore

/// `make bench`: sitrep and newsboat side by side on the same articles at each corpus size. Every figure comes
/// from running the real programs: the `sitrep` binary, its library file, a tmux terminal, newsboat.
enum Benchmark {
    struct Options {
        var sizes: [Int]
        var sitrep: String
        var work: URL
        var sample: URL
        var fallback: URL
    }

    static func run(_ options: Options) throws {
        let (corpus, origin) = try BenchCorpus.load(sample: options.sample, fallback: options.fallback)
        guard !corpus.originals.isEmpty else { throw BenchError("no articles in \(origin)") }
        print("bench: \(corpus.originals.count) articles of \(origin), replicated with variation; "
              + "\(ProcessInfo.processInfo.activeProcessorCount) cores")
        let newsboat = Newsboat.available
        if !newsboat { print("newsboat is not installed: its column stays empty (make bench installs it)") }
        for size in options.sizes {
            let folder = options.work.appending(path: "\(size)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            print("\n== \(size) articles (corpus in \(folder.path))")
            let bytes = try corpus.write(count: size, to: folder)
            print("written: \(size / BenchCorpus.articlesPerFile) text files, \(megabytes(bytes)) MB; feed.atom")
            var table = Table()
            try measureSitrep(options, corpus: corpus, folder: folder, bytes: bytes, into: &table)
            if newsboat { try Newsboat.measure(folder: folder, bytes: bytes, queries: corpus.queryWords(10), into: &table) }
            table.print()
        }
    }

    private static func measureSitrep(_ options: Options, corpus: BenchCorpus, folder: URL, bytes: Int,
                                      into table: inout Table) throws {
        let library = folder.appending(path: "library.sqlite").path
        for suffix in ["", "-wal", "-shm", ".lock"] { try? FileManager.default.removeItem(atPath: library + suffix) }
        let start = DispatchTime.now().uptimeNanoseconds
        let ingest = try Spawn.run([options.sitrep, "ingest", "--library", library, folder.appending(path: "text").path])
        let seconds = elapsed(since: start)
        guard ingest.status == 0 else { throw BenchError("sitrep ingest failed: \(ingest.stderr)") }
        print(ingest.stderr.split(separator: "\n").last.map(String.init) ?? "")
        table.set("ingest wall time (s)", sitrep: seconds, target: "<= 30 at 200k")
        table.set("ingest MB/s", sitrep: Double(bytes) / 1e6 / seconds)
        table.set("ingest peak memory (MB)", sitrep: Double(ingest.peakKilobytes) / 1024, target: "<= 300")
        let size = ["", "-wal"].compactMap { try? FileManager.default.attributesOfItem(atPath: library + $0)[.size] as? Int }
            .reduce(0, +)
        table.set("library size (MB)", sitrep: Double(size) / 1e6)
        try measureArrivals(options, corpus: corpus, folder: folder, library: library, into: &table)

        let store = try Library(path: library, create: false, readOnly: true)
        let words = corpus.queryWords(100)
        _ = try words.prefix(5).map { try store.search($0, limit: 50) }
        let search = try words.map { word in try time { _ = try store.search(word, limit: 50) } }
        table.set("full-text search p50 (ms)", sitrep: percentile(search, 0.5))
        table.set("full-text search p95 (ms)", sitrep: percentile(search, 0.95), target: "<= 10")
        let surnames = try store.speakers(limit: 100).compactMap { $0.name.split(separator: " ").last.map(String.init) }
        let speaker = try surnames.map { name in
            try time { _ = try store.quotes(QuoteFilter(speaker: SpeakerQuery(name), limit: 200)) }
        }
        table.set("quotes by speaker p50 (ms)", sitrep: percentile(speaker, 0.5))
        table.set("quotes by speaker p95 (ms)", sitrep: percentile(speaker, 0.95), target: "<= 5")

        let timings = folder.appending(path: "key-timings.txt").path
        try? FileManager.default.removeItem(atPath: timings)
        let tmux = try Tmux(width: 120, height: 40, command: "sleep 100000", directory: folder)
        let starts = try firstScreens(tmux, runs: 5, command: "exec env SITREP_KEY_TIMINGS=\(timings) \(options.sitrep) read --library \(library)",
                                      shows: "library \u{00B7}", timeout: 60, name: "the reader")
        table.set("first screen, median (ms)", sitrep: percentile(starts, 0.5), target: "<= 100")
        // Keystrokes a reader makes: down the list, into segments and quotations, reading, back, paging.
        let keys = Array(repeating: "j", count: 30) + ["Tab", "j", "j", "Tab", "j", "Enter", "j", "j", "Escape",
            "BTab", "BTab", "NPage", "NPage", "PPage", "G", "g"] + Array(repeating: "k", count: 10)
            + Array(repeating: "j", count: 20) + ["Tab", "Tab", "Tab", "Tab", "Enter", "Escape", "]", "L", "[", "L"]
            + Array(repeating: "j", count: 8)
        for (index, key) in keys.prefix(100).enumerated() {
            try tmux.send(key)
            try waitForLines(timings, count: index + 1)
        }
        let keystrokes = try String(contentsOfFile: timings, encoding: .utf8).split(separator: "\n")
            .compactMap { Double($0) }.map { $0 / 1000 }
        table.set("keystroke to repaint p50 (ms)", sitrep: percentile(keystrokes, 0.5))
        table.set("keystroke to repaint p95 (ms)", sitrep: percentile(keystrokes, 0.95), target: "<= 5")
        table.set("reader memory (MB)", sitrep: peakMegabytes(try tmux.panePID()), target: "<= 50")
    }

    /// Adding news to the built library: one file, then 100 files (1,000 articles), each by one `sitrep ingest`.
    private static func measureArrivals(_ options: Options, corpus: BenchCorpus, folder: URL, library: String,
                                        into table: inout Table) throws {
        let articles = try Library(path: library, create: false, readOnly: true).counts().articles
        let arrivals = try corpus.writeArrivals(files: 101, after: articles + 1_000_000, to: folder.appending(path: "arrivals"))
        var peak = 0
        func add(_ paths: [String]) throws -> Double {
            let start = DispatchTime.now().uptimeNanoseconds
            let run = try Spawn.run([options.sitrep, "ingest", "--library", library] + paths)
            guard run.status == 0 else { throw BenchError("sitrep ingest of arrivals failed: \(run.stderr)") }
            peak = max(peak, run.peakKilobytes)
            return elapsed(since: start)
        }
        table.set("add one file (s)", sitrep: try add([arrivals[0]]), target: "<= 0.5")
        table.set("add 100 files, 1,000 articles (s)", sitrep: try add(Array(arrivals[1...])), target: "<= 10")
        table.set("adding peak memory (MB)", sitrep: Double(peak) / 1024, target: "<= 300")
    }

    /// Milliseconds from starting `command` in the pane (its server already up) to a screen showing `shows`,
    /// once per run, the screen polled every 2 ms.
    /// The program of the last run is left running.
    static func firstScreens(_ tmux: Tmux, runs: Int, command: String, shows: String, timeout: Double,
                             name: String) throws -> [Double] {
        var previous: pid_t?
        return try (0..<runs).map { _ in
            if let previous {
                // The earlier run must be gone first: newsboat refuses to start while an earlier instance is still
                // writing its cache on the way out (minutes at 200,000 items).
                try tmux.respawn("sleep 100000")
                try waitForExit(previous, timeout: 900, name: name)
            }
            let begin = DispatchTime.now().uptimeNanoseconds
            try tmux.respawn(command)
            let screen = try tmux.waitFor(timeout: timeout, interval: 0.002) { $0.contains(shows) }
            guard screen.contains(shows) else { throw BenchError("\(name) did not show its first screen") }
            let milliseconds = elapsed(since: begin) * 1000
            previous = try tmux.panePID()
            return milliseconds
        }
    }

    /// Waits until a process has ended.
    private static func waitForExit(_ pid: pid_t, timeout: Double, name: String) throws {
        let deadline = Date().addingTimeInterval(timeout)
        while kill(pid, 0) == 0 || errno != ESRCH {
            guard Date() < deadline else { throw BenchError("\(name) (pid \(pid)) did not exit") }
            Thread.sleep(forTimeInterval: 0.05)
        }
    }

    /// Waits until the file has `count` lines (the reader appends one per repaint).
    private static func waitForLines(_ path: String, count: Int) throws {
        let deadline = Date().addingTimeInterval(10)
        while Date() < deadline {
            let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
            if text.reduce(0, { $0 + ($1 == "\n" ? 1 : 0) }) >= count { return }
            Thread.sleep(forTimeInterval: 0.002)
        }
        throw BenchError("the reader did not repaint after key \(count)")
    }

    /// Peak resident memory of a running process (VmHWM), in MB.
    static func peakMegabytes(_ pid: pid_t) -> Double {
        let status = (try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8)) ?? ""
        let line = status.split(separator: "\n").first { $0.hasPrefix("VmHWM:") } ?? ""
        return Double(line.split(separator: " ").dropFirst().first ?? "0").map { $0 / 1024 } ?? 0
    }

    /// Milliseconds a call takes.
    static func time(_ body: () throws -> Void) rethrows -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        try body()
        return elapsed(since: start) * 1000
    }

    static func elapsed(since start: UInt64) -> Double { Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9 }

    /// The value below which `fraction` of the samples lie (nearest rank).
    static func percentile(_ samples: [Double], _ fraction: Double) -> Double {
        guard !samples.isEmpty else { return .nan }
        let sorted = samples.sorted()
        return sorted[min(sorted.count - 1, max(0, Int((fraction * Double(sorted.count)).rounded(.up)) - 1))]
    }

    static func megabytes(_ bytes: Int) -> String { String(format: "%.1f", Double(bytes) / 1e6) }
}

/// The figures of one corpus size: sitrep, newsboat, their ratio and the target.
struct Table {
    private var rows: [(name: String, sitrep: Double?, newsboat: Double?, target: String)] = []

    /// Sets a row's figures and prints them as they come (a long run shows its progress, and an interrupted one
    /// keeps what it measured); a name ending in "/s" is a rate (higher is better), the others are costs.
    mutating func set(_ name: String, sitrep: Double? = nil, newsboat: Double? = nil, target: String? = nil) {
        for (program, value) in [("sitrep", sitrep), ("newsboat", newsboat)] {
            if let value { Swift.print("  \(program): \(name) = \(String(format: "%.2f", value))") }
        }
        if let index = rows.firstIndex(where: { $0.name == name }) {
            if let sitrep { rows[index].sitrep = sitrep }
            if let newsboat { rows[index].newsboat = newsboat }
            if let target { rows[index].target = target }
        } else {
            rows.append((name, sitrep, newsboat, target ?? ""))
        }
    }

    func print() {
        func cell(_ value: Double?) -> String {
            guard let value, value.isFinite else { return "-" }
            return value >= 100 ? String(format: "%.0f", value) : String(format: "%.2f", value)
        }
        Swift.print("measure".padding(toLength: 34, withPad: " ", startingAt: 0) + "sitrep".leftPad(10)
                    + "newsboat".leftPad(10) + "ratio".leftPad(9) + "   target")
        for row in rows {
            let rate = row.name.hasSuffix("/s")
            let ratio = row.sitrep.flatMap { s in row.newsboat.map { n in rate ? s / n : n / s } }
            Swift.print(row.name.padding(toLength: 34, withPad: " ", startingAt: 0) + cell(row.sitrep).leftPad(10)
                        + cell(row.newsboat).leftPad(10) + (ratio.map { String(format: "%.1fx", $0) } ?? "-").leftPad(9)
                        + "   " + row.target)
        }
        Swift.print("ratio: how many times faster or smaller sitrep is than newsboat (below 1: slower or larger)")
    }
}

extension String {
    func leftPad(_ width: Int) -> String { count >= width ? self : String(repeating: " ", count: width - count) + self }
}
