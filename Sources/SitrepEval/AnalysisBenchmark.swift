import Foundation
import SitrepCore

/// Analysis throughput on one core: the first files of the news sample (title, blank line, body; one article a
/// file) parsed, analysed article by article and linked, each stage timed on its own, best of `runs`.
///
/// Each stage runs in a function of its own (``parseStage(_:_:)``, ``localStage(_:_:)``, ``linkStage(_:_:)``), so
/// that `valgrind --tool=callgrind --dump-before='*parseStage*' --dump-after='*linkStage*'` counts the
/// instructions of the analysis alone, whatever the machine's load (see `eval/README.md`).
enum AnalysisBenchmark {
    static func run(_ url: URL, files: Int, runs: Int) throws {
        let sources = try JSONLines.read(url, limit: files).compactMap { document -> SourceText? in
            guard let text = document["text"] as? String else { return nil }
            return SourceText(name: (document["id"] as? String) ?? "x", text: ((document["title"] as? String) ?? "") + "\n\n" + text)
        }
        let bytes = sources.reduce(0) { $0 + $1.lines.reduce(0) { $0 + $1.utf8.count + 1 } }
        let analyzer = Analyzer()
        var best = (parse: Double.infinity, local: Double.infinity, link: Double.infinity)
        var counts = (articles: 0, quotes: 0, figures: 0, stories: 0)
        for _ in 0..<max(1, runs) {
            var start = DispatchTime.now().uptimeNanoseconds
            func lap() -> Double {
                let now = DispatchTime.now().uptimeNanoseconds
                defer { start = now }
                return Double(now - start) / 1e9
            }
            let articles = parseStage(analyzer, sources)
            best.parse = min(best.parse, lap())
            let local = localStage(analyzer, articles)
            best.local = min(best.local, lap())
            let links = linkStage(analyzer, local)
            best.link = min(best.link, lap())
            counts = (articles.count, links.quoteSpeakers.count, local.reduce(0) { $0 + $1.figures.count }, links.stories.count)
        }
        let megabytes = Double(bytes) / 1_000_000
        func rate(_ seconds: Double) -> String { String(format: "%.2f MB/s (%.3f s)", megabytes / seconds, seconds) }
        print("analyse: \(sources.count) files, \(bytes) bytes -> \(counts.articles) articles, \(counts.quotes) quotations, "
              + "\(counts.figures) figures, \(counts.stories) stories (best of \(max(1, runs)))")
        print("parse: \(rate(best.parse))")
        print("local analysis (attribution, figures, terms): \(rate(best.local))")
        print("link: \(rate(best.link))")
        print("whole analysis on one core: \(rate(best.parse + best.local + best.link))")
    }

    /// Every source parsed into articles, one after the other.
    @inline(never)
    static func parseStage(_ analyzer: Analyzer, _ sources: [SourceText]) -> [Article] {
        sources.flatMap { analyzer.parser.parse($0) }
    }

    /// Every article analysed on its own, one after the other.
    @inline(never)
    static func localStage(_ analyzer: Analyzer, _ articles: [Article]) -> [ArticleAnalysis] {
        articles.map { analyzer.analyzeLocally($0) }
    }

    /// The articles linked: stories, speakers, shared quotations, figure comparisons.
    @inline(never)
    static func linkStage(_ analyzer: Analyzer, _ local: [ArticleAnalysis]) -> Links {
        var corpus = LinkCorpus()
        corpus.append(contentsOf: local.map(\.linkInput))
        return analyzer.link(corpus)
    }
}
