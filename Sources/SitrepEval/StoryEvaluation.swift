import Foundation
import SitrepCore
import SitrepStore

/// Story linking against the Giveme5W1H news_cluster gold: articles of one event should link, others not.
///
/// Each article goes in as its own source; an article's predicted story is the story of its lead segment.
/// Reports pairwise precision, recall and F1 over article pairs, and BCubed precision, recall and F1.
enum StoryEvaluation {
    static func run(_ url: URL) throws {
        let documents = try JSONLines.read(url)
        var sources: [SourceText] = []
        var labels: [String] = []
        for document in documents {
            guard let text = document["text"] as? String, let story = document["story"] as? String else { continue }
            let title = (document["title"] as? String) ?? ""
            var body = text.hasPrefix(title) ? text : title + "\n" + text
            if let date = document["date"] as? String, !Sweep.isSet("NODATES") {
                let outlet = (document["source"] as? String).map { "outlet: \($0)\n" } ?? ""
                body = "---\ndate: \(date)\n\(outlet)---\n" + body
            }
            sources.append(SourceText(name: "\(sources.count)", text: body))
            labels.append(story)
        }
        var threshold = StoryLinker.Tuning().threshold
        if let value = Sweep.double("THRESHOLD") { threshold = value }
        var analyzer = Analyzer()
        analyzer.parser = ArticleParser(tuning: .fromEnvironment())
        analyzer.linker = StoryLinker(tuning: {
            var t = StoryLinker.Tuning()
            t.threshold = threshold
            if let value = Sweep.int("INDEXED") { t.indexedTerms = value }
            if let value = Sweep.int("VECTOR") { t.vectorTerms = value }
            if let value = Sweep.int("SHARED") { t.minimumSharedTerms = value }
            if Sweep.isSet("LIVEBLOG") { t.oneSegmentPerLiveBlog = true }
            if let value = Sweep.double("WINDOW") { t.dateWindow = value }
            if let value = Sweep.double("DISCOUNT") { t.dateDiscount = value }
            if let value = Sweep.double("CONTEXT") { t.articleContext = value }
            if let value = Sweep.double("CENTROID") { t.centroidThreshold = value }
            if let value = Sweep.double("AVERAGE") { t.averageThreshold = value }
            if let value = Sweep.int("TOPIC") { t.topicTerms = value }
            if let value = Sweep.double("EVIDENCE") { t.eventEvidence = value }
            if let value = Sweep.double("AGREE") { t.event.agreeingDays = value }
            if let value = Sweep.int("RARETERMS") { t.event.sharedRareTerms = value }
            if let value = Sweep.double("RARESHARE") { t.event.rareShare = value }
            if let value = Sweep.int("RAREARTICLES") { t.event.rareArticles = value }
            if let value = Sweep.double("BOOST") { t.event.boost = value }
            if let value = Sweep.int("LASTING") { t.event.lastingTerms = value }
            if let value = Sweep.double("CLOSECOSINE") { t.event.closeCosine = value }
            if let value = Sweep.int("CLOSETERMS") { t.event.closeTerms = value }
            return t
        }())
        let start = Date()
        let analysis = analyzer.analyze(sources)
        let elapsed = Date().timeIntervalSince(start)
        // A source's story is the story of most of its paragraphs (its segments may fall in several).
        var weight: [String: [Int: Int]] = [:]
        for (articleIndex, article) in analysis.articles.enumerated() {
            for (segmentIndex, segment) in article.segments.enumerated() {
                guard let story = analysis.storyOfSegment[SegmentRef(article: articleIndex, segment: segmentIndex)] else { continue }
                weight[article.source, default: [:]][story, default: 0] += segment.paragraphs.count + 1
            }
        }
        print("stories-dev: \(sources.count) articles, \(Set(labels).count) gold stories; threshold \(threshold)")
        let predicted = score(weight, sources: sources, labels: labels, name: "stories")
        let segmentCounts = analysis.articles.map(\.segments.count)
        print("articles \(analysis.articles.count) from \(sources.count) sources; \(segmentCounts.filter { $0 > 1 }.count) with more than one segment")
        print("analysis time \(String(format: "%.2f", elapsed)) s")
        if ProcessInfo.processInfo.environment["VERBOSE"] != nil {
            explain(predicted: predicted, labels: labels, documents: documents) { story in
                analysis.stories.indices.contains(story) ? analysis.stories[story].sharedTerms : []
            }
        }
        try stream(sources, documents: documents, labels: labels, analyzer: analyzer)
    }

    /// Prints each gold story split over several predicted stories (which titles went where), and each predicted
    /// story holding several gold stories (which events were merged, and on what terms, `shared`).
    static func explain(predicted: [Int], labels: [String], documents: [[String: Any]], shared: (Int) -> [String]) {
        for label in Set(labels).sorted() {
            let members = labels.indices.filter { labels[$0] == label }
            guard Set(members.map { predicted[$0] }).count > 1 else { continue }
            print("\ngold \(label):")
            for member in members.sorted(by: { predicted[$0] < predicted[$1] }) {
                let title = (documents[member]["title"] as? String) ?? ""
                print("  story \(predicted[member]) (\(predicted.filter { $0 == predicted[member] }.count) articles): \(title.prefix(90))")
            }
        }
        for story in Set(predicted).sorted() {
            let members = predicted.indices.filter { predicted[$0] == story }
            guard Set(members.map { labels[$0] }).count > 1 else { continue }
            print("\nmerged story \(story) (shared: \(shared(story).joined(separator: ", "))):")
            for member in members.sorted(by: { labels[$0] < labels[$1] }) {
                let title = (documents[member]["title"] as? String) ?? ""
                let date = ((documents[member]["date"] as? String) ?? "").prefix(10)
                print("  \(labels[member]) \(date): \(title.prefix(90))")
            }
        }
    }
}

extension StoryEvaluation {
    /// The same articles added to a library one at a time in date order, as news arrives: each joins the
    /// library's stories as it comes (``Library/rebuild(analyzer:progress:)``).
    static func stream(_ sources: [SourceText], documents: [[String: Any]], labels: [String], analyzer: Analyzer) throws {
        let dates = documents.map { $0["date"] as? String ?? "" }
        let library = try Library.inMemory(label: "stories-dev")
        let start = Date()
        for index in sources.indices.sorted(by: { (dates[$0], $0) < (dates[$1], $1) }) {
            try library.store(sources[index], hash: ContentHash.of(sources[index].bytes))
            try library.rebuild(analyzer: analyzer)
        }
        let elapsed = Date().timeIntervalSince(start)
        var weight: [String: [Int: Int]] = [:]
        for segment in try library.segmentStories() {
            weight[segment.source, default: [:]][segment.story, default: 0] += segment.paragraphs + 1
        }
        print("stream, one article at a time in date order (\(String(format: "%.2f", elapsed)) s):")
        let predicted = score(weight, sources: sources, labels: labels, name: "stories.stream")
        if ProcessInfo.processInfo.environment["VERBOSE"] != nil {
            print("\nstream:")
            explain(predicted: predicted, labels: labels, documents: documents) { _ in [] }
        }
    }

    /// Scores each source's story (the one most of its paragraphs fall in, by `weight`) against the gold labels,
    /// and reports the figures under `name`; returns each source's story.
    @discardableResult
    static func score(_ weight: [String: [Int: Int]], sources: [SourceText], labels: [String], name: String) -> [Int] {
        let predicted = sources.map { source -> Int in
            weight[source.name]?.max { ($0.value, -$0.key) < ($1.value, -$1.key) }?.key ?? -1
        }
        let scores = Clustering.scores(gold: labels, predicted: predicted)
        print("\(Set(predicted).count) predicted stories")
        print("pairwise precision \(format(scores.pairPrecision)) recall \(format(scores.pairRecall)) F1 \(format(scores.pairF1))")
        print("BCubed precision \(format(scores.bcubedPrecision)) recall \(format(scores.bcubedRecall)) F1 \(format(scores.bcubedF1))")
        Figure.report("\(name).bcubed_f1", scores.bcubedF1)
        Figure.report("\(name).pairwise_f1", scores.pairF1)
        return predicted
    }
}

/// Pairwise and BCubed scores of a clustering against gold labels.
enum Clustering {
    struct Scores {
        var pairPrecision: Double, pairRecall: Double, pairF1: Double
        var bcubedPrecision: Double, bcubedRecall: Double, bcubedF1: Double
    }

    static func scores<G: Hashable, P: Hashable>(gold: [G], predicted: [P]) -> Scores {
        let count = gold.count
        var truePairs = 0, predictedPairs = 0, goldPairs = 0
        for i in 0..<count {
            for j in (i + 1)..<count {
                let sameGold = gold[i] == gold[j], samePredicted = predicted[i] == predicted[j]
                if sameGold { goldPairs += 1 }
                if samePredicted { predictedPairs += 1 }
                if sameGold && samePredicted { truePairs += 1 }
            }
        }
        let pairPrecision = Double(truePairs) / Double(max(1, predictedPairs))
        let pairRecall = Double(truePairs) / Double(max(1, goldPairs))
        var precision = 0.0, recall = 0.0
        for i in 0..<count {
            let samePredicted = (0..<count).filter { predicted[$0] == predicted[i] }
            let sameGold = (0..<count).filter { gold[$0] == gold[i] }
            let both = samePredicted.filter { gold[$0] == gold[i] }.count
            precision += Double(both) / Double(samePredicted.count)
            recall += Double(both) / Double(sameGold.count)
        }
        precision /= Double(max(1, count))
        recall /= Double(max(1, count))
        func f1(_ p: Double, _ r: Double) -> Double { p + r > 0 ? 2 * p * r / (p + r) : 0 }
        return Scores(pairPrecision: pairPrecision, pairRecall: pairRecall, pairF1: f1(pairPrecision, pairRecall),
                      bcubedPrecision: precision, bcubedRecall: recall, bcubedF1: f1(precision, recall))
    }
}
