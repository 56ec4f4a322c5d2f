import Foundation
import SitrepCore

/// Parse throughput: the news sample written out as text (title, blank line, body) and parsed into articles
/// and segments on one core, best of five runs.
enum ParseBenchmark {
    static func run(_ url: URL) throws {
        let documents = try JSONLines.read(url)
        let sources = documents.compactMap { document -> SourceText? in
            guard let text = document["text"] as? String else { return nil }
            return SourceText(name: (document["id"] as? String) ?? "x", text: ((document["title"] as? String) ?? "") + "\n\n" + text)
        }
        let bytes = sources.reduce(0) { $0 + $1.lines.reduce(0) { $0 + $1.utf8.count + 1 } }
        let parser = ArticleParser()
        var best = Double.infinity
        var articles = 0, segments = 0
        for _ in 0..<5 {
            let start = DispatchTime.now().uptimeNanoseconds
            articles = 0
            segments = 0
            for source in sources {
                for article in parser.parse(source) {
                    articles += 1
                    segments += article.segments.count
                }
            }
            best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        }
        let megabytes = Double(bytes) / 1_000_000
        print("parse: \(sources.count) files, \(String(format: "%.1f", megabytes)) MB -> \(articles) articles, \(segments) segments")
        print("parse throughput \(String(format: "%.1f", megabytes / best)) MB/s on one core (best of 5: \(String(format: "%.3f", best)) s)")
    }
}
