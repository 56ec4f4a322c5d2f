import Foundation

/// Links segments of different articles that cover the same story.
///
/// Each segment is a vector of weighted terms (names count double) scaled by inverse segment frequency.
/// Candidates come from an inverted index over each segment's strongest terms, so segments are never compared
/// all against all; candidate pairs whose cosine passes ``Tuning/threshold`` are merged strongest first, and a
/// story never takes two segments of one article.
public struct StoryLinker: Sendable {
    public struct Tuning: Sendable {
        /// Cosine similarity at which two segments are one story.
        public var threshold: Double = 0.2
        /// Terms per segment that go into the candidate index.
        public var indexedTerms: Int = 12
        /// Shared indexed terms two segments need to be compared at all.
        public var minimumSharedTerms: Int = 2
        /// Terms held by more segments than this are too common to find candidates with.
        public var maximumPosting: Int = 5000
        public init() {}
    }

    public let lexicon: Lexicon
    public let tuning: Tuning

    public init(lexicon: Lexicon = .standard, tuning: Tuning = Tuning()) {
        self.lexicon = lexicon
        self.tuning = tuning
    }

    /// A segment's term bag: its heading and paragraphs.
    public func terms(of segment: Segment) -> TermBag {
        var bag = TermBag()
        for paragraph in [segment.headingParagraph].compactMap({ $0 }) + segment.paragraphs {
            bag.add(paragraph, tokens: Tokenizer.tokens(paragraph.bytes), lexicon: lexicon)
        }
        return bag
    }

    /// Stories over all segments of `articles`; every segment belongs to exactly one story.
    public func link(_ articles: [Article]) -> [Story] {
        var refs: [SegmentRef] = []
        var bags: [TermBag] = []
        for (articleIndex, article) in articles.enumerated() {
            for (segmentIndex, segment) in article.segments.enumerated() {
                refs.append(SegmentRef(article: articleIndex, segment: segmentIndex))
                bags.append(terms(of: segment))
            }
        }
        let vectors = TermVectors(bags: bags)
        let pairs = candidatePairs(vectors)
        var sets = UnionFind(count: refs.count)
        var articlesOf: [Int: Set<Int>] = [:]
        for (index, ref) in refs.enumerated() { articlesOf[index] = [ref.article] }
        for pair in pairs where pair.similarity >= tuning.threshold {
            let a = sets.find(pair.left), b = sets.find(pair.right)
            guard a != b, articlesOf[a]!.isDisjoint(with: articlesOf[b]!) else { continue }
            let joined = articlesOf[a]!.union(articlesOf[b]!)
            sets.union(a, b)
            articlesOf[sets.find(a)] = joined
        }
        var storyOfRoot: [Int: Int] = [:]
        var members: [[Int]] = []
        for index in refs.indices {
            let root = sets.find(index)
            if let story = storyOfRoot[root] { members[story].append(index) }
            else { storyOfRoot[root] = members.count; members.append([index]) }
        }
        return members.map { group in
            let segments = group.map { refs[$0] }
            let headed = segments.lazy.compactMap { articles[$0.article].segments[$0.segment].heading }.first
            let title = headed ?? articles[segments[0].article].title
            let shared = vectors.shared(group)
            let spellings = spellings(of: Set(shared), in: articles[segments[0].article].segments[segments[0].segment])
            return Story(title: title, segments: segments, sharedTerms: shared.compactMap { spellings[$0] })
        }
    }

    struct Pair { var left: Int; var right: Int; var similarity: Double }

    /// How the segment writes each term key (lower-cased), for showing why segments are linked.
    private func spellings(of keys: Set<UInt64>, in segment: Segment) -> [UInt64: String] {
        guard !keys.isEmpty else { return [:] }
        var found: [UInt64: String] = [:]
        for paragraph in [segment.headingParagraph].compactMap({ $0 }) + segment.paragraphs {
            for token in Tokenizer.tokens(paragraph.bytes) where token.kind == .word {
                guard let key = TermKey.key(paragraph.bytes, token.start, token.end, lexicon: lexicon),
                      keys.contains(key), found[key] == nil else { continue }
                found[key] = paragraph.text(of: token)
            }
        }
        return found
    }

    private func candidatePairs(_ vectors: TermVectors) -> [Pair] {
        var postings: [UInt64: [Int]] = [:]
        var top: [[UInt64]] = []
        for (index, vector) in vectors.vectors.enumerated() {
            let strongest = vector.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.prefix(tuning.indexedTerms).map(\.key)
            top.append(strongest)
            for term in strongest { postings[term, default: []].append(index) }
        }
        var pairs: [Pair] = []
        for (index, terms) in top.enumerated() {
            var shared: [Int: Int] = [:]
            for term in terms {
                guard let list = postings[term], list.count <= tuning.maximumPosting else { continue }
                for other in list where other < index { shared[other, default: 0] += 1 }
            }
            for (other, count) in shared where count >= tuning.minimumSharedTerms {
                let similarity = vectors.cosine(index, other)
                if similarity >= tuning.threshold { pairs.append(Pair(left: other, right: index, similarity: similarity)) }
            }
        }
        return pairs.sorted { ($0.similarity, $1.left, $1.right) > ($1.similarity, $0.left, $0.right) }
    }
}

/// Term bags as unit vectors weighted by inverse document frequency.
struct TermVectors {
    private(set) var vectors: [[UInt64: Double]] = []

    init(bags: [TermBag]) {
        var frequency: [UInt64: Int] = [:]
        for bag in bags { for term in bag.weights.keys { frequency[term, default: 0] += 1 } }
        let count = Double(bags.count)
        vectors = bags.map { bag in
            var weighted: [UInt64: Double] = [:]
            var norm = 0.0
            for (term, weight) in bag.weights {
                let idf = log((count + 1) / (Double(frequency[term]!) + 1)) + 1
                let value = (1 + log(weight)) * idf
                weighted[term] = value
                norm += value * value
            }
            let length = norm.squareRoot()
            if length > 0 { for term in weighted.keys { weighted[term]! /= length } }
            return weighted
        }
    }

    func cosine(_ left: Int, _ right: Int) -> Double {
        let a = vectors[left], b = vectors[right]
        let (small, large) = a.count <= b.count ? (a, b) : (b, a)
        var dot = 0.0
        for (term, value) in small { if let other = large[term] { dot += value * other } }
        return dot
    }

    /// Terms present in every member, strongest (by smallest weight among members) first, at most eight.
    func shared(_ members: [Int]) -> [UInt64] {
        guard members.count > 1 else { return [] }
        var common = vectors[members[0]]
        for member in members.dropFirst() {
            let vector = vectors[member]
            common = common.filter { vector[$0.key] != nil }
            for (term, value) in common { common[term] = min(value, vector[term]!) }
        }
        return common.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.prefix(8).map(\.key)
    }
}
