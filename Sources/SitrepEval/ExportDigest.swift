import Foundation
import SitrepCore

/// The identical-output guard of the analysis: digests (``ContentHash``) of the export of fixed inputs, one per part (the
/// seeds, the first articles of the news sample, the first articles of quotes-dev) and table (articles, quotes,
/// speakers, stories, figures), recorded in `eval/export-digests.txt`. A rework that keeps every digest keeps the
/// export byte for byte; the gate names each part and table that differs.
///
/// Re-recording after a change that is meant to change the export: `.build/release/SitrepEval digest --record`
/// (or `gate --record`, which records the figures too). `digest --write DIR` writes each part's tables as JSON
/// lines, so that two builds can be diffed.
enum ExportDigest {
    /// Articles of the news sample in the digest (one file each, with their outlet and date as front matter).
    static let newsSampleArticles = 1000
    /// Articles of quotes-dev in the digest (one file each).
    static let quotesDevArticles = 300

    /// The digests, by name (`export.news_sample.quotes`), of the export of each part.
    static func measure(package: URL, data: URL, writing folder: URL? = nil) throws -> [String: String] {
        var digests: [String: String] = [:]
        for (part, sources) in try parts(package: package, data: data) {
            let export = ExportDocument(Analyzer().analyze(sources))
            for (table, lines) in try tables(export) {
                let text = lines.joined(separator: "\n") + "\n"
                digests["export.\(part).\(table)"] = ContentHash.of(Array(text.utf8))
                if let folder {
                    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                    try text.write(to: folder.appending(path: "\(part).\(table).jsonl"), atomically: true, encoding: .utf8)
                }
            }
        }
        return digests
    }

    /// The inputs of the digest, each analysed on its own as one set of files.
    private static func parts(package: URL, data: URL) throws -> [(String, [SourceText])] {
        let corpus = package.appending(path: "Resources/corpus")
        let seeds = try FileManager.default.contentsOfDirectory(atPath: corpus.path).sorted().filter { $0.hasSuffix(".txt") }
            .map { try SourceText.decode(name: $0, bytes: Array(Data(contentsOf: corpus.appending(path: $0)))) }
        let news = try JSONLines.read(data.appending(path: "news-sample.jsonl"), limit: newsSampleArticles)
            .compactMap { record -> SourceText? in
                guard let id = record["id"] as? String, let text = record["text"] as? String else { return nil }
                var front = "---\n"
                if let source = record["source"] as? String { front += "source: \(source)\n" }
                if let date = record["date"] as? String { front += "date: \(date)\n" }
                return SourceText(name: id, text: front + "---\n" + ((record["title"] as? String) ?? "") + "\n\n" + text + "\n")
            }
        let quotes = JSONLines.sources(try JSONLines.read(data.appending(path: "quotes-dev.jsonl"), limit: quotesDevArticles))
        return [("seeds", seeds), ("news_sample", news), ("quotes_dev", quotes)]
    }

    /// Each table of an export as JSON lines with sorted keys.
    private static func tables(_ export: ExportDocument) throws -> [(String, [String])] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        func lines(_ records: [some Encodable]) throws -> [String] {
            try records.map { String(decoding: try encoder.encode($0), as: UTF8.self) }
        }
        return [("articles", try lines(export.articles)), ("quotes", try lines(export.quotes)),
                ("speakers", try lines(export.speakers)), ("stories", try lines(export.stories)),
                ("figures", try lines(export.figures))]
    }

    /// The recorded digests: `name digest` a line; `#` starts a comment.
    static func read(_ file: URL) throws -> [String: String] {
        guard FileManager.default.fileExists(atPath: file.path) else { return [:] }
        var digests: [String: String] = [:]
        for line in try String(contentsOf: file, encoding: .utf8).split(separator: "\n") where !line.hasPrefix("#") {
            let words = line.split(separator: " ")
            if words.count == 2 { digests[String(words[0])] = String(words[1]) }
        }
        return digests
    }

    static func write(_ digests: [String: String], to file: URL) throws {
        let header = "# Content hashes of the export of the seeds, the first \(newsSampleArticles) articles of the news sample and the "
            + "first \(quotesDevArticles) of quotes-dev (SitrepEval gate fails when one differs).\n"
            + "# Re-record after a change meant to change the export: `.build/release/SitrepEval digest --record`.\n"
        let lines = digests.keys.sorted().map { "\($0) \(digests[$0]!)" }.joined(separator: "\n")
        try (header + lines + "\n").write(to: file, atomically: true, encoding: .utf8)
    }

    /// The names whose digest differs from the recorded one, is not measured, or is not recorded, with a line
    /// saying which for each; empty when the export is the recorded one.
    static func differences(recorded: [String: String], measured: [String: String]) -> [String] {
        Set(recorded.keys).union(measured.keys).sorted().compactMap { name in
            switch (recorded[name], measured[name]) {
            case let (was?, now?) where was != now: return "DIFF \(name): export differs (recorded \(was.prefix(12)), now \(now.prefix(12)))"
            case (_?, nil): return "GONE \(name): recorded but not measured"
            case (nil, _?): return "NEW  \(name): measured but not recorded"
            default: return nil
            }
        }
    }

    /// `SitrepEval digest [--record] [--write DIR]`: prints each digest as `digest NAME HEX`, or records them.
    static func run(package: URL, data: URL, record: Bool, writing folder: URL?) throws {
        let file = package.appending(path: "eval/export-digests.txt")
        let digests = try measure(package: package, data: data, writing: folder)
        for name in digests.keys.sorted() { print("digest \(name) \(digests[name]!)") }
        if record {
            try write(digests, to: file)
            print("export digest: \(digests.count) digests recorded in \(file.lastPathComponent)")
        }
    }

    /// The digests in a run's output, by name.
    static func parse(_ output: String) -> [String: String] {
        var digests: [String: String] = [:]
        for line in output.split(separator: "\n") {
            let words = line.split(separator: " ")
            if words.count == 3, words[0] == "digest" { digests[String(words[1])] = String(words[2]) }
        }
        return digests
    }
}
