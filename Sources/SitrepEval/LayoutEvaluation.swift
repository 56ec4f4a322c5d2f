import Foundation
import SitrepCore

/// Article and segment boundaries on pages built from real articles, where the truth is known by construction:
/// - briefs: pages of 3 to 6 leads, each cut off mid-sentence and glued one per line (each is an article);
/// - wire + briefs: a whole story followed by cut-off briefs on the same page;
/// - turns: two whole stories from different outlets run together with no heading (a new segment at the join);
/// - single: one whole story (no boundary at all).
/// Reports precision, recall and F1 of boundaries (article starts, and segment starts within articles), then the
/// whole-article figures of ``WholeArticleEvaluation``; each figure also as a `figure <name> <value>` line.
enum LayoutEvaluation {
    static func run(_ url: URL) throws {
        var generator = SplitMix(seed: 7)
        let documents = try JSONLines.read(url).compactMap { document -> [String]? in
            guard let text = document["text"] as? String else { return nil }
            let paragraphs = text.components(separatedBy: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { $0.count > 40 }
            return paragraphs.count >= 4 ? paragraphs : nil
        }
        let parser = ArticleParser(tuning: .fromEnvironment())
        var article = Counts(), segment = Counts()
        // VERBOSE: segment boundaries by kind of page, and the lines of wrong ones.
        let verbose = ProcessInfo.processInfo.environment["VERBOSE"] != nil
        var segmentsByKind = [Counts](repeating: Counts(), count: 4)
        let kinds = ["briefs", "wire + briefs", "turns", "single"]
        for page in 0..<400 {
            var lines: [String] = []
            var articleStarts: Set<Int> = [1]
            var segmentStarts: Set<Int> = [1]
            switch page % 4 {
            case 0, 1:
                if page % 4 == 1 {
                    let story = documents[generator.next(documents.count)].prefix(8)
                    lines += story
                }
                for _ in 0..<(3 + generator.next(4)) {
                    if !lines.isEmpty { articleStarts.insert(lines.count + 1); segmentStarts.insert(lines.count + 1) }
                    lines.append(cutBrief(documents[generator.next(documents.count)], &generator))
                }
            case 2:
                let first = documents[generator.next(documents.count)].prefix(6)
                let second = documents[generator.next(documents.count)].prefix(6)
                lines += first
                segmentStarts.insert(lines.count + 1)
                lines += second
            default:
                lines += documents[generator.next(documents.count)].prefix(10)
            }
            let articles = parser.parse(SourceText(name: "page", text: lines.joined(separator: "\n") + "\n"))
            article.add(predicted: Set(articles.map(\.lines.lowerBound)), gold: articleStarts)
            let predictedSegments = Set(articles.flatMap { $0.segments.map(\.lines.lowerBound) })
            segment.add(predicted: predictedSegments, gold: segmentStarts, tolerance: 1)
            if verbose {
                let predictedArticles = Set(articles.map(\.lines.lowerBound))
                for line in predictedArticles.subtracting(articleStarts).sorted() { print("  \(kinds[page % 4]) page \(page): extra article at \(line): \(lines[line - 1].prefix(100))") }
                for line in articleStarts.subtracting(predictedArticles).sorted() { print("  \(kinds[page % 4]) page \(page): missed article at \(line) after …\(line > 1 ? lines[line - 2].suffix(60) : ""): \(lines[line - 1].prefix(100))") }
                // The wrong boundaries as the score counts them (one-to-one within ±1), each with what made it: an
                // article start, a sub-headline, or an unheaded turn.
                let matched = segmentsByKind[page % 4].add(predicted: predictedSegments, gold: segmentStarts, tolerance: 1)
                let cause = Dictionary(articles.flatMap { article in
                    article.segments.enumerated().map { index, segment in
                        (segment.lines.lowerBound, index == 0 ? "article start" : segment.heading != nil ? "sub-headline" : "turn")
                    }
                }, uniquingKeysWith: { first, _ in first })
                for line in predictedSegments.subtracting(matched.predicted).sorted() {
                    print("  \(kinds[page % 4]) page \(page): extra segment (\(cause[line] ?? "?")) at \(line): \(lines[line - 1].prefix(100))")
                }
                for line in segmentStarts.subtracting(matched.gold).sorted() {
                    print("  \(kinds[page % 4]) page \(page): missed segment at \(line) after …\(line > 1 ? lines[line - 2].suffix(50) : ""): \(lines[line - 1].prefix(100))")
                }
            }
        }
        if verbose {
            for (kind, counts) in zip(kinds, segmentsByKind) {
                print("\(kind): segment precision \(format(counts.precision)) recall \(format(counts.recall)) (\(counts.predicted) predicted, \(counts.gold) gold)")
            }
        }
        print("layout: 400 pages built from \(documents.count) articles of the news sample")
        print("article boundaries: precision \(format(article.precision)) recall \(format(article.recall)) F1 \(format(article.f1))")
        print("segment boundaries (±1 paragraph): precision \(format(segment.precision)) recall \(format(segment.recall)) F1 \(format(segment.f1))")
        figure("layout.article_f1", article.f1)
        figure("layout.segment_f1", segment.f1)
        try WholeArticleEvaluation.runLayoutDev(url.deletingLastPathComponent().appending(path: "layout-dev.jsonl"), parser: parser)
        try WholeArticleEvaluation.runNewsSample(url, parser: parser)
    }

    /// One line: the first paragraphs of an article run together and cut mid-sentence after 300 to 700 characters.
    static func cutBrief(_ paragraphs: [String], _ generator: inout SplitMix) -> String {
        let text = paragraphs.prefix(4).joined(separator: " ")
        let limit = min(text.count - 1, 300 + generator.next(400))
        var cut = String(text.prefix(limit))
        while let last = cut.last, last != " " { cut.removeLast() }
        cut = cut.trimmingCharacters(in: .whitespaces)
        while let last = cut.last, ".?!:\"”’,;".contains(last) { cut.removeLast() }
        // Cut inside a sentence: drop words until the text no longer ends a sentence.
        return cut
    }

    struct Counts {
        var truePositive = 0, predicted = 0, gold = 0

        /// Counts the boundaries of one page; returns the predicted and gold boundaries that matched.
        @discardableResult
        mutating func add(predicted: Set<Int>, gold: Set<Int>, tolerance: Int = 0) -> (predicted: Set<Int>, gold: Set<Int>) {
            self.predicted += predicted.count
            self.gold += gold.count
            var remaining = gold
            var matched: (predicted: Set<Int>, gold: Set<Int>) = ([], [])
            for line in predicted.sorted() {
                // The nearest unmatched gold boundary (the earlier one on a tie), so the count does not depend on
                // the order a Set happens to iterate in.
                if let hit = remaining.filter({ abs($0 - line) <= tolerance }).min(by: { (abs($0 - line), $0) < (abs($1 - line), $1) }) {
                    remaining.remove(hit)
                    truePositive += 1
                    matched.predicted.insert(line)
                    matched.gold.insert(hit)
                }
            }
            return matched
        }

        var precision: Double { Double(truePositive) / Double(max(1, predicted)) }
        var recall: Double { Double(truePositive) / Double(max(1, gold)) }
        var f1: Double { precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0 }
    }
}

/// A small deterministic random generator, so every run builds the same pages.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next(_ bound: Int) -> Int {
        state &+= 0x9E3779B97F4A7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58476D1CE4E5B9
        z = (z ^ (z >> 27)) &* 0x94D049BB133111EB
        z ^= z >> 31
        return Int(z % UInt64(max(1, bound)))
    }
}
