import Foundation

/// The benchmark corpus: real articles replicated with variation to a given count, written as text files of
/// several articles each (for sitrep) and as one Atom feed holding the same articles (for newsboat).
struct BenchCorpus {
    /// An article as title and paragraphs.
    struct Article {
        var title: String
        var paragraphs: [String]
    }

    /// Articles per text file, separated by a `* * *` line.
    static let articlesPerFile = 10
    /// Text files per folder.
    static let filesPerFolder = 200

    let originals: [Article]

    /// The news sample when it is there, else the bundled corpus (each file one article: first line, then text).
    static func load(sample: URL, fallback: URL) throws -> (BenchCorpus, String) {
        if FileManager.default.fileExists(atPath: sample.path) {
            let articles = try JSONLines.read(sample).compactMap { document -> Article? in
                guard let title = document["title"] as? String, let text = document["text"] as? String else { return nil }
                let paragraphs = text.components(separatedBy: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
                    .filter { !$0.isEmpty }
                return paragraphs.isEmpty ? nil : Article(title: title.trimmingCharacters(in: .whitespaces), paragraphs: paragraphs)
            }
            return (BenchCorpus(originals: articles), sample.lastPathComponent)
        }
        let files = try FileManager.default.contentsOfDirectory(at: fallback, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "txt" }.sorted { $0.path < $1.path }
        let articles = try files.map { file -> Article in
            let lines = try String(contentsOf: file, encoding: .utf8).components(separatedBy: "\n")
                .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            return Article(title: lines.first ?? "", paragraphs: Array(lines.dropFirst()))
        }
        return (BenchCorpus(originals: articles), fallback.lastPathComponent)
    }

    /// Article `index` of the replicated corpus: the originals first, then copies in which every number is
    /// shifted by the copy's ordinal and the paragraphs after the first are rotated, so no two are the same text.
    func article(_ index: Int) -> Article {
        let original = originals[index % originals.count]
        let copy = index / originals.count
        guard copy > 0 else { return original }
        var paragraphs = original.paragraphs
        if paragraphs.count > 2 {
            let rest = Array(paragraphs.dropFirst())
            let turn = copy % rest.count
            paragraphs = [paragraphs[0]] + Array(rest[turn...] + rest[..<turn])
        }
        return Article(title: BenchCorpus.shiftNumbers(original.title, by: copy),
                       paragraphs: paragraphs.map { BenchCorpus.shiftNumbers($0, by: copy) })
    }

    /// The text with each run of ASCII digits read as a number and increased by `amount`.
    static func shiftNumbers(_ text: String, by amount: Int) -> String {
        var output: [UInt8] = []
        var bytes = Array(text.utf8)
        bytes.append(0x20)
        output.reserveCapacity(bytes.count + 8)
        var number = 0, digits = 0
        for byte in bytes {
            if byte >= 0x30 && byte <= 0x39, digits < 15 {
                number = number * 10 + Int(byte - 0x30)
                digits += 1
                continue
            }
            if digits > 0 { output += Array(String(number + amount).utf8); number = 0; digits = 0 }
            output.append(byte)
        }
        output.removeLast()
        return String(decoding: output, as: UTF8.self)
    }

    /// Writes `count` articles under `folder`: `text/` (files of ``articlesPerFile`` articles) and `feed.atom`.
    /// Returns the bytes of text written to `text/`. A corpus written completely before (its `corpus.done` names
    /// the same count and originals) is kept as it is.
    func write(count: Int, to folder: URL) throws -> Int {
        let marker = folder.appending(path: "corpus.done")
        let signature = "\(count) articles from \(originals.count) originals"
        if let done = try? String(contentsOf: marker, encoding: .utf8), done.hasPrefix(signature + ": "),
           let bytes = Int(done.dropFirst(signature.count + 2).trimmingCharacters(in: .whitespacesAndNewlines)) {
            return bytes
        }
        try? FileManager.default.removeItem(at: marker)
        let bytes = try writeAnew(count: count, to: folder)
        try Data("\(signature): \(bytes)\n".utf8).write(to: marker)
        return bytes
    }

    private func writeAnew(count: Int, to folder: URL) throws -> Int {
        let manager = FileManager.default
        let text = folder.appending(path: "text")
        try? manager.removeItem(at: text)
        try manager.createDirectory(at: text, withIntermediateDirectories: true)
        guard manager.createFile(atPath: folder.appending(path: "feed.atom").path, contents: nil),
              let feed = FileHandle(forWritingAtPath: folder.appending(path: "feed.atom").path) else {
            throw BenchError("cannot write \(folder.path)/feed.atom")
        }
        defer { try? feed.close() }
        feed.write(Data("""
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom">
            <title>Sitrep bench</title><id>urn:sitrep:bench</id><updated>2020-01-01T00:00:00Z</updated>

            """.utf8))
        var bytes = 0
        var start = 0
        while start < count {
            let file = start / BenchCorpus.articlesPerFile
            let subfolder = text.appending(path: String(format: "%04d", file / BenchCorpus.filesPerFolder))
            if file % BenchCorpus.filesPerFolder == 0 { try manager.createDirectory(at: subfolder, withIntermediateDirectories: true) }
            var page: [String] = []
            var entries = ""
            for index in start..<min(count, start + BenchCorpus.articlesPerFile) {
                let article = article(index)
                page.append(article.title + "\n\n" + article.paragraphs.joined(separator: "\n\n") + "\n")
                let day = String(format: "2020-%02d-%02dT12:00:00Z", 1 + index % 12, 1 + index % 28)
                entries += "<entry><title>\(BenchCorpus.escaped(article.title))</title><id>urn:sitrep:bench:\(index)</id>"
                    + "<updated>\(day)</updated><content type=\"text\">"
                    + BenchCorpus.escaped(article.paragraphs.joined(separator: "\n\n")) + "</content></entry>\n"
            }
            let data = Data(page.joined(separator: "\n* * *\n\n").utf8)
            bytes += data.count
            try data.write(to: subfolder.appending(path: String(format: "%06d.txt", file)))
            feed.write(Data(entries.utf8))
            start += BenchCorpus.articlesPerFile
        }
        feed.write(Data("</feed>\n".utf8))
        return bytes
    }

    /// Writes `files` files of ``articlesPerFile`` articles under `folder`, articles the corpus of `count` does not
    /// hold (news arriving after a library was built); returns their paths.
    func writeArrivals(files: Int, after count: Int, to folder: URL) throws -> [String] {
        try? FileManager.default.removeItem(at: folder)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return try (0..<files).map { file in
            let first = count + file * BenchCorpus.articlesPerFile
            let page = (first..<first + BenchCorpus.articlesPerFile).map { index in
                let article = article(index)
                return article.title + "\n\n" + article.paragraphs.joined(separator: "\n\n") + "\n"
            }
            let path = folder.appending(path: String(format: "arrival-%04d.txt", file)).path
            try Data(page.joined(separator: "\n* * *\n\n").utf8).write(to: URL(fileURLWithPath: path))
            return path
        }
    }

    /// Text escaped for XML character data.
    static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
    }

    /// Search words for the latency runs: distinct words of six letters or more from the originals' titles,
    /// spread over the corpus.
    func queryWords(_ count: Int) -> [String] {
        var seen = Set<String>()
        var words: [String] = []
        for article in originals {
            for word in article.title.split(whereSeparator: { !$0.isLetter }) where word.count >= 6 {
                let lower = word.lowercased()
                if seen.insert(lower).inserted { words.append(lower) }
            }
        }
        guard words.count > count else { return words }
        let step = words.count / count
        return (0..<count).map { words[$0 * step] }
    }
}

/// A benchmark that cannot go on, said in one line.
struct BenchError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
