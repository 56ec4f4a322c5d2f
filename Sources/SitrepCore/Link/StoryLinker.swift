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
        /// Terms kept in each segment's vector (its strongest): bounds memory and the cost of a comparison.
        public var vectorTerms: Int = 100
        /// Shared indexed terms two segments need to be compared at all.
        public var minimumSharedTerms: Int = 2
        /// Terms held by more segments than this are too common to find candidates with.
        public var maximumPosting: Int = 1000
        /// Weight of the whole article's terms in each of its segments' vectors (its context).
        public var articleContext: Double = 1
        /// Cosine between two stories' centroids at which a linking pair may merge them.
        public var centroidThreshold: Double = 0.25
        /// Average similarity between the segments of two stories (every pair, one from each) at which a
        /// linking pair may merge them: a story that has grown generic does not swallow everything it touches.
        public var averageThreshold: Double = 0.1
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
        let linker = self
        let bagsOfArticles = articles.parallelMap { article in article.segments.map { linker.terms(of: $0) } }
        for (articleIndex, article) in articles.enumerated() {
            var whole = TermBag()
            for segmentIndex in article.segments.indices {
                refs.append(SegmentRef(article: articleIndex, segment: segmentIndex))
                let bag = bagsOfArticles[articleIndex][segmentIndex]
                whole.add(bag)
                bags.append(bag)
                articleOf.append(articleBags.count)
            }
            articleBags.append(whole)
        }
        // Each segment in the context of its article: a segment of a few lines still carries its article's names.
        let vectors = TermVectors(bags: bags, context: TermVectors(bags: articleBags, limit: tuning.vectorTerms),
                                  contextOf: articleOf, contextWeight: tuning.articleContext, limit: tuning.vectorTerms)
        let days = articles.map { StoryLinker.day(of: $0.metadata["date"]) }
        let segmentArticle = articleOf
        let pairs = candidatePairs(vectors) { left, right in
            // Dates when known: stories far apart in time are less likely one story.
            guard let a = days[segmentArticle[left]], let b = days[segmentArticle[right]] else { return 1 }
            let apart = abs(a - b)
            return apart <= tuning.dateWindow ? 1 : pow(tuning.dateDiscount, (apart / tuning.dateWindow).rounded(.down))
        }
        var sets = UnionFind(count: refs.count)
        var articlesOf: [Int: Set<Int>] = [:]
        // Each story's sum of unit vectors and size: the dot product of two sums over the product of the sizes is
        // the average similarity of every pair of their segments.
        var sums: [Int: SparseVector] = [:]
        var sizes: [Int: Int] = [:]
        // Two stories found too unlike are not compared again until one of them grows.
        var versions: [Int: Int] = [:]
        struct Comparison: Hashable { var a: Int, versionA: Int, b: Int, versionB: Int }
        var unlike = Set<Comparison>()
        for (index, ref) in refs.enumerated() {
            let exclusive = tuning.oneSegmentPerLiveBlog && articles[ref.article].kind == .liveBlog
            articlesOf[index] = exclusive ? [ref.article] : []
            sums[index] = vectors.vectors[index]
            sizes[index] = 1
        }
        for pair in pairs where pair.similarity >= tuning.threshold {
            let a = sets.find(pair.left), b = sets.find(pair.right)
            guard a != b, articlesOf[a]!.isDisjoint(with: articlesOf[b]!) else { continue }
            // Average link: the two stories as wholes must be alike, not just one pair of them.
            let comparison = Comparison(a: min(a, b), versionA: versions[min(a, b), default: 0],
                                        b: max(a, b), versionB: versions[max(a, b), default: 0])
            guard !unlike.contains(comparison) else { continue }
            let dot = sums[a]!.dot(sums[b]!)
            let centroid = dot / (sums[a]!.length * sums[b]!.length)
            guard centroid >= tuning.centroidThreshold, dot / Double(sizes[a]! * sizes[b]!) >= tuning.averageThreshold else {
                unlike.insert(comparison)
                continue
            }
            let joined = articlesOf[a]!.union(articlesOf[b]!)
            let sum = sums.removeValue(forKey: a)!.adding(sums.removeValue(forKey: b)!)
            let size = sizes[a]! + sizes[b]!
            sets.union(a, b)
            let root = sets.find(a)
            articlesOf[root] = joined
            sums[root] = sum
            sizes[root] = size
            versions[root, default: 0] += 1
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

    struct Pair: Sendable { var left: Int; var right: Int; var similarity: Double }

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

    private func candidatePairs(_ vectors: TermVectors, factor: @Sendable (Int, Int) -> Double) -> [Pair] {
        var postings: [UInt64: [Int]] = [:]
        var top: [[UInt64]] = []
        for (index, vector) in vectors.vectors.enumerated() {
            let strongest = vector.strongestTerms(tuning.indexedTerms)
            top.append(strongest)
            for term in strongest { postings[term, default: []].append(index) }
        }
        // Each segment against the earlier ones, on every core; the sort below fixes the order.
        let tuning = tuning
        let strongest = top, index = postings
        let pairs = Array(top.indices).parallelMap { segment -> [Pair] in
            var shared: [Int: Int] = [:]
            for term in strongest[segment] {
                guard let list = index[term], list.count <= tuning.maximumPosting else { continue }
                for other in list.prefix(while: { $0 < segment }) { shared[other, default: 0] += 1 }
            }
            var found: [Pair] = []
            for (other, count) in shared where count >= tuning.minimumSharedTerms {
                let similarity = vectors.cosine(segment, other) * factor(other, segment)
                if similarity >= tuning.threshold { found.append(Pair(left: other, right: segment, similarity: similarity)) }
            }
            return found
        }.flatMap { $0 }
        return pairs.sorted { ($0.similarity, $1.left, $1.right) > ($1.similarity, $0.left, $0.right) }
    }
}

/// Term bags as unit vectors weighted by inverse document frequency, each cut to its strongest terms.
struct TermVectors: Sendable {
    private(set) var vectors: [SparseVector]

    /// Vectors of `bags`, each mixed with its context vector (weight `contextWeight`), cut and normalised again.
    init(bags: [TermBag], context: TermVectors, contextOf: [Int], contextWeight: Double, limit: Int) {
        self.init(bags: bags, limit: limit)
        guard contextWeight > 0 else { return }
        vectors = vectors.indices.map { index in
            vectors[index].adding(context.vectors[contextOf[index]], weight: contextWeight).cut(to: limit)
        }
    }

    init(bags: [TermBag], limit: Int) {
        var frequency: [UInt64: Int] = [:]
        for bag in bags { for term in bag.weights.keys { frequency[term, default: 0] += 1 } }
        let count = Double(bags.count)
        vectors = bags.map { bag in
            SparseVector(bag.weights.map { term, weight in
                (term, (1 + log(weight)) * (log((count + 1) / (Double(frequency[term]!) + 1)) + 1))
            }).cut(to: limit)
        }
    }

    /// Cosine of two of the (unit) vectors.
    func cosine(_ left: Int, _ right: Int) -> Double {
        vectors[left].dot(vectors[right])
    }

    /// Terms present in every member, strongest (by smallest weight among members) first, at most eight.
    func shared(_ members: [Int]) -> [UInt64] {
        guard members.count > 1 else { return [] }
        let first = vectors[members[0]]
        var common = Dictionary(uniqueKeysWithValues: zip(first.terms, first.values))
        for member in members.dropFirst() where !common.isEmpty {
            let vector = vectors[member]
            var next: [UInt64: Double] = [:]
            for (term, value) in zip(vector.terms, vector.values) {
                if let mine = common[term] { next[term] = min(mine, value) }
            }
            common = next
        }
        return common.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.prefix(8).map(\.key)
    }
}

/// A sparse vector as parallel arrays sorted by term: a dot product or a sum is one merge, with no hashing.
struct SparseVector: Sendable {
    private(set) var terms: [UInt64] = []
    private(set) var values: [Double] = []

    /// The vector of (term, value) pairs, terms distinct.
    init(_ pairs: [(UInt64, Double)]) {
        let sorted = pairs.sorted { $0.0 < $1.0 }
        terms = sorted.map(\.0)
        values = sorted.map(\.1)
    }

    private init(terms: [UInt64], values: [Double]) {
        self.terms = terms
        self.values = values
    }

    /// The `count` strongest terms (ties to the smaller key), strongest first.
    func strongestTerms(_ count: Int) -> [UInt64] {
        values.indices.sorted { (values[$0], terms[$1]) > (values[$1], terms[$0]) }.prefix(count).map { terms[$0] }
    }

    /// The vector kept to its `limit` strongest terms, normalised to unit length.
    func cut(to limit: Int) -> SparseVector {
        let kept = values.indices.sorted { (values[$0], terms[$1]) > (values[$1], terms[$0]) }.prefix(limit).sorted()
        let length = kept.reduce(0.0) { $0 + values[$1] * values[$1] }.squareRoot()
        guard length > 0 else { return SparseVector(terms: [], values: []) }
        return SparseVector(terms: kept.map { terms[$0] }, values: kept.map { values[$0] / length })
    }

    /// This vector plus `other` times `weight`.
    func adding(_ other: SparseVector, weight: Double = 1) -> SparseVector {
        var sum = SparseVector(terms: [], values: [])
        sum.terms.reserveCapacity(terms.count + other.terms.count)
        sum.values.reserveCapacity(terms.count + other.terms.count)
        var i = 0, j = 0
        while i < terms.count || j < other.terms.count {
            if j == other.terms.count || (i < terms.count && terms[i] < other.terms[j]) {
                sum.terms.append(terms[i])
                sum.values.append(values[i])
                i += 1
            } else if i == terms.count || other.terms[j] < terms[i] {
                sum.terms.append(other.terms[j])
                sum.values.append(weight * other.values[j])
                j += 1
            } else {
                sum.terms.append(terms[i])
                sum.values.append(values[i] + weight * other.values[j])
                i += 1
                j += 1
            }
        }
        return sum
    }

    /// Euclidean length.
    var length: Double { values.reduce(0) { $0 + $1 * $1 }.squareRoot() }

    func dot(_ other: SparseVector) -> Double {
        var i = 0, j = 0, sum = 0.0
        terms.withUnsafeBufferPointer { a in
            other.terms.withUnsafeBufferPointer { b in
                while i < a.count && j < b.count {
                    if a[i] == b[j] {
                        sum += values[i] * other.values[j]
                        i += 1
                        j += 1
                    } else if a[i] < b[j] {
                        i += 1
                    } else {
                        j += 1
                    }
                }
            }
        }
        return sum
    }
}
