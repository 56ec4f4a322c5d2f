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
}
