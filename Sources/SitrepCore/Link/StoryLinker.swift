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
        /// Weight of the whole article's terms in each of its segments' vectors (its context).
        public var articleContext: Double = 1
        /// Cosine between two stories' centroids at which a linking pair may merge them.
        public var centroidThreshold: Double = 0.25
        /// A story never holds two segments of one live blog: its sub-headlines separate stories by
        /// construction. Segments of other articles may rejoin (an unheaded turn found in error, say).
        public var oneSegmentPerLiveBlog: Bool = false
        /// Days apart beyond which two dated articles' similarity is discounted, and the discount per such span.
        public var dateWindow: Double = 30
        public var dateDiscount: Double = 0.7
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
        var articleOf: [Int] = []
        var articleBags: [TermBag] = []
        for (articleIndex, article) in articles.enumerated() {
            var whole = TermBag()
            for (segmentIndex, segment) in article.segments.enumerated() {
                refs.append(SegmentRef(article: articleIndex, segment: segmentIndex))
                let bag = terms(of: segment)
                whole.add(bag)
                bags.append(bag)
                articleOf.append(articleBags.count)
            }
            articleBags.append(whole)
        }
        // Each segment in the context of its article: a segment of a few lines still carries its article's names.
        let vectors = TermVectors(bags: bags, context: TermVectors(bags: articleBags), contextOf: articleOf,
                                  contextWeight: tuning.articleContext)
        let days = articles.map { StoryLinker.day(of: $0.metadata["date"]) }
        let pairs = candidatePairs(vectors) { left, right in
            // Dates when known: stories far apart in time are less likely one story.
            guard let a = days[articleOf[left]], let b = days[articleOf[right]] else { return 1 }
            let apart = abs(a - b)
            return apart <= tuning.dateWindow ? 1 : pow(tuning.dateDiscount, (apart / tuning.dateWindow).rounded(.down))
        }
        var sets = UnionFind(count: refs.count)
        var articlesOf: [Int: Set<Int>] = [:]
        var centroids: [Int: [UInt64: Double]] = [:]
        for (index, ref) in refs.enumerated() {
            let exclusive = tuning.oneSegmentPerLiveBlog && articles[ref.article].kind == .liveBlog
            articlesOf[index] = exclusive ? [ref.article] : []
            centroids[index] = vectors.vectors[index]
        }
        for pair in pairs where pair.similarity >= tuning.threshold {
            let a = sets.find(pair.left), b = sets.find(pair.right)
            guard a != b, articlesOf[a]!.isDisjoint(with: articlesOf[b]!) else { continue }
            // Average-link in effect: the two stories as wholes must be alike, not just one pair of them.
            guard TermVectors.cosine(centroids[a]!, centroids[b]!) >= tuning.centroidThreshold else { continue }
            let joined = articlesOf[a]!.union(articlesOf[b]!)
            var centroid = centroids[a]!
            for (term, value) in centroids[b]! { centroid[term, default: 0] += value }
            sets.union(a, b)
            let root = sets.find(a)
            articlesOf[root] = joined
            centroids[root] = centroid
        }
        return sets.groups().members.map { group in
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

    /// The day number of a date written as ISO 8601 (`2025-01-14`, with or without a time), or nil.
    static func day(of text: String?) -> Double? {
        guard let text, text.count >= 10 else { return nil }
        let parts = text.prefix(10).split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3, (1...12).contains(parts[1]), (1...31).contains(parts[2]) else { return nil }
        // Days since 0000-03-01 in the proleptic Gregorian calendar.
        let year = parts[1] <= 2 ? parts[0] - 1 : parts[0]
        let month = parts[1] <= 2 ? parts[1] + 9 : parts[1] - 3
        return Double(365 * year + year / 4 - year / 100 + year / 400 + (153 * month + 2) / 5 + parts[2] - 1)
    }

    private func candidatePairs(_ vectors: TermVectors, factor: (Int, Int) -> Double) -> [Pair] {
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
                let similarity = vectors.cosine(index, other) * factor(other, index)
                if similarity >= tuning.threshold { pairs.append(Pair(left: other, right: index, similarity: similarity)) }
            }
        }
        return pairs.sorted { ($0.similarity, $1.left, $1.right) > ($1.similarity, $0.left, $0.right) }
    }
}

/// Term bags as unit vectors weighted by inverse document frequency.
struct TermVectors {
    private(set) var vectors: [[UInt64: Double]] = []

    /// Vectors of `bags`, each mixed with its context vector (weight `contextWeight`) and normalised again.
    init(bags: [TermBag], context: TermVectors, contextOf: [Int], contextWeight: Double) {
        self.init(bags: bags)
        guard contextWeight > 0 else { return }
        for index in vectors.indices {
            var mixed = vectors[index]
            for (term, value) in context.vectors[contextOf[index]] { mixed[term, default: 0] += contextWeight * value }
            let length = mixed.values.reduce(0) { $0 + $1 * $1 }.squareRoot()
            if length > 0 { for term in mixed.keys { mixed[term]! /= length } }
            vectors[index] = mixed
        }
    }

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
        TermVectors.cosine(vectors[left], vectors[right])
    }

    /// Cosine of two sparse vectors (not necessarily unit length).
    static func cosine(_ a: [UInt64: Double], _ b: [UInt64: Double]) -> Double {
        let (small, large) = a.count <= b.count ? (a, b) : (b, a)
        var dot = 0.0
        for (term, value) in small { if let other = large[term] { dot += value * other } }
        guard dot > 0 else { return 0 }
        let na = a.values.reduce(0) { $0 + $1 * $1 }, nb = b.values.reduce(0) { $0 + $1 * $1 }
        return dot / (na * nb).squareRoot()
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
