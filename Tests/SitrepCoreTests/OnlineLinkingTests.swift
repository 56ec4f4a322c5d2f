@testable import SitrepCore
import Testing

@Suite struct OnlineLinkingTests {
    @Test func onlineVectorsWithTheWholeCorpusFrequenciesAreTheBatchVectors() throws {
        let analyzer = Analyzer()
        let local = analyzer.analyzeLocally(try corpusSources())
        var corpus = LinkCorpus()
        corpus.append(contentsOf: local.map(\.linkInput))
        let batch = TermVectors(corpus, contextWeight: analyzer.linker.tuning.articleContext, limit: analyzer.linker.tuning.vectorTerms)
        var segments: [UInt64: Int] = [:], articles: [UInt64: Int] = [:]
        var segmentCount = 0
        for item in local {
            let keys = item.linkInput.termKeys
            for bag in keys.segments { for key in bag { segments[key, default: 0] += 1 } }
            for key in keys.article { articles[key, default: 0] += 1 }
            segmentCount += keys.segments.count
        }
        let statistics = TermStatistics(segmentCount: segmentCount, articleCount: local.count, segmentFrequency: segments,
                                        articleFrequency: articles)
        let online = local.flatMap { analyzer.linker.vectors(of: $0.linkInput, statistics: statistics) }
        #expect(online.count == batch.vectors.count)
        for (index, vector) in online.enumerated() {
            let expected = batch.vectors[index]
            #expect(vector.keys == expected.terms.map { batch.keys[Int($0)] })
            #expect(zip(vector.values, expected.values).allSatisfy { abs($0 - $1) < 1e-9 })
        }
    }

    @Test func aCloseCopyFromAnotherOutletJoinsMonthsLaterAndOneFromTheSameOutletDoesNot() {
        let linker = StoryLinker()
        // A report and its close copy months later, sharing six rare names; their other words are common.
        let terms = (1...UInt64(16)).map { $0 }
        let report = TermVector(terms: terms, values: terms.map { 1 / Double($0) }).cut(to: terms.count)
        let copy = TermVector(terms: terms, values: terms.map { 1 / Double($0).squareRoot() }).cut(to: terms.count)
        let common = Dictionary(uniqueKeysWithValues: terms.filter { $0 > UInt64(linker.tuning.event.closeTerms) }.map { ($0, 500) })
        let statistics = TermStatistics(segmentCount: 1000, articleCount: 1000, segmentFrequency: common, articleFrequency: common)
        let day = StoryLinker.day(of: "2016-11-03")!
        let stories = [Int64(7): StoryState(sum: report, size: 1, articles: [])]
        func placed(_ candidateOutlet: String, _ outlet: String) -> Int64? {
            let candidate = StoryCandidate(segment: 1, story: 7, vector: report, day: day, outlet: candidateOutlet)
            return linker.place(copy, day: day + 155, outlet: outlet, article: 2, exclusive: false, candidates: [candidate],
                                stories: stories, statistics: statistics).story
        }
        #expect(placed("www.telegraph.co.uk", "www.dailymail.co.uk") == 7)
        #expect(placed("The Daily Caller", "The Daily Caller") == nil)
    }
}
