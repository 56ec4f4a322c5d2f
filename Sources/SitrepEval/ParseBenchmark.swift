import Foundation
import SitrepCore

/// Parse throughput: the news sample written out as text (title, blank line, body) and parsed into articles
/// and segments on one core, best of five runs; then the same text glued into one file at a quarter, half and
/// all of its size, whose throughput stays flat when parsing is linear in the input.
enum ParseBenchmark {
    static func run(_ url: URL) throws {
        let documents = try JSONLines.read(url)
        let texts = documents.compactMap { document -> (name: String, text: String)? in
            guard let text = document["text"] as? String else { return nil }
            return ((document["id"] as? String) ?? "x", ((document["title"] as? String) ?? "") + "\n\n" + text)
        }
        let sources = texts.map { SourceText(name: $0.name, text: $0.text) }
        let parser = ArticleParser()
        let (best, articles, segments) = bestOfFive(parser, sources)
        let megabytes = Double(byteCount(sources)) / 1_000_000
        print("parse: \(sources.count) files, \(String(format: "%.1f", megabytes)) MB -> \(articles) articles, \(segments) segments")
        print("parse throughput \(String(format: "%.1f", megabytes / best)) MB/s on one core (best of 5: \(String(format: "%.3f", best)) s)")
        for share in [4, 2, 1] {
            let page = SourceText(name: "page", text: texts.prefix(texts.count / share).map(\.text).joined(separator: "\n\n"))
            let (seconds, _, _) = bestOfFive(parser, [page])
            let size = Double(byteCount([page])) / 1_000_000
            print("one file of \(String(format: "%.1f", size)) MB: \(String(format: "%.1f", size / seconds)) MB/s")
        }
    }

    /// The fastest of five parses of `sources`, with the articles and segments it found.
    private static func bestOfFive(_ parser: ArticleParser, _ sources: [SourceText]) -> (Double, Int, Int) {
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
        return (best, articles, segments)
    }

    private static func byteCount(_ sources: [SourceText]) -> Int {
        sources.reduce(0) { $0 + $1.lines.reduce(0) { $0 + $1.utf8.count + 1 } }
    }
}
