import Foundation

/// Term bags as unit vectors weighted by inverse document frequency, each cut to its strongest terms.
struct TermVectors: Sendable {
    private(set) var vectors: [SparseVector]
    /// The key of each term id of the vectors.
    let keys: [UInt64]
    /// Articles holding each term id.
    let articleFrequency: [Int32]

    /// The vector of each segment of the corpus, mixed with its article's vector (weight `contextWeight`), each
    /// cut to its `limit` strongest terms and normalised. Terms are weighted by inverse segment frequency in
    /// segment vectors and by inverse article frequency in article vectors.
    init(_ corpus: LinkCorpus, contextWeight: Double, limit: Int) {
        // Ids are renumbered in the order of their keys, so that ties between equal weights fall the same way
        // whatever order the articles came in.
        let order = corpus.keys.indices.sorted { corpus.keys[$0] < corpus.keys[$1] }
        var ranks = [UInt32](repeating: 0, count: order.count)
        for (rank, id) in order.enumerated() { ranks[id] = UInt32(rank) }
        keys = order.map { corpus.keys[$0] }
        let rank = ranks
        @Sendable func bag(_ segment: Int) -> SparseVector {
            SparseVector(zip(corpus.bags[segment].ids, corpus.bags[segment].weights).map { (rank[Int($0)], Double($1)) })
        }
        var frequency = [Int32](repeating: 0, count: corpus.keys.count)
        for bag in corpus.bags { for id in bag.ids { frequency[Int(rank[Int(id)])] += 1 } }
        let segmentFrequency = frequency
        let segments = Double(corpus.bags.count)
        @Sendable func segmentVector(_ segment: Int) -> SparseVector {
            let terms = bag(segment)
            return TermVectors.weighted(terms.terms, terms.values, frequency: segmentFrequency, count: segments)
                .cut(to: limit)
        }
        // An article's terms are the sum of its segments' (made again when needed rather than all kept).
        let ranges = corpus.firstSegment.indices.map { article in
            corpus.firstSegment[article]..<(article + 1 < corpus.firstSegment.count ? corpus.firstSegment[article + 1] : corpus.bags.count)
        }
        @Sendable func articleTerms(_ range: Range<Int>) -> SparseVector {
            range.reduce(SparseVector(terms: [], values: [])) { sum, segment in
                sum.adding(bag(segment))
            }
        }
        frequency = [Int32](repeating: 0, count: corpus.keys.count)
        for range in ranges { for id in articleTerms(range).terms { frequency[Int(id)] += 1 } }
        let articleFrequency = frequency
        self.articleFrequency = articleFrequency
        let articles = Double(ranges.count)
        guard contextWeight > 0 else {
            vectors = Array(corpus.bags.indices).parallelMap(segmentVector)
            return
        }
        // Each segment's own vector is made, mixed and cut in one go: only the final vectors are ever all kept.
        vectors = ranges.parallelMap { range -> [SparseVector] in
            let whole = articleTerms(range)
            let context = TermVectors.weighted(whole.terms, whole.values, frequency: articleFrequency, count: articles)
                .cut(to: limit)
            return range.map { segmentVector($0).adding(context, weight: contextWeight).cut(to: limit) }
        }.flatMap { $0 }
    }

    /// Raw weights as tf-idf: (1 + log weight) times (log((count + 1) / (frequency + 1)) + 1).
    private static func weighted(_ ids: [UInt32], _ weights: [Double], frequency: [Int32], count: Double) -> SparseVector {
        SparseVector(terms: ids, values: zip(ids, weights).map { id, weight in
            (1 + log(weight)) * (log((count + 1) / (Double(frequency[Int(id)]) + 1)) + 1)
        })
    }

    /// Terms present in every member, strongest (by smallest weight among members) first, at most eight.
    func shared(_ members: [Int]) -> [UInt64] {
        guard members.count > 1 else { return [] }
        let first = vectors[members[0]]
        var common = Dictionary(uniqueKeysWithValues: zip(first.terms, first.values))
        for member in members.dropFirst() where !common.isEmpty {
            let vector = vectors[member]
            var next: [UInt32: Double] = [:]
            for (term, value) in zip(vector.terms, vector.values) {
                if let mine = common[term] { next[term] = min(mine, value) }
            }
            common = next
        }
        return common.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.prefix(8).map { keys[Int($0.key)] }
    }
}
