import Foundation

/// A segment's vector as a library keeps it: term keys with weights, unit length.
public typealias TermVector = SparseTerms<UInt64>

/// How common terms are in a library: what weighs a new article's terms as linking a whole corpus at once would.
public struct TermStatistics: Sendable {
    /// Segments and articles in the library, the new article's included.
    public var segmentCount: Int
    public var articleCount: Int
    /// Segments and articles holding each term asked about, the new article's included.
    public var segmentFrequency: [UInt64: Int]
    public var articleFrequency: [UInt64: Int]

    public init(segmentCount: Int, articleCount: Int, segmentFrequency: [UInt64: Int], articleFrequency: [UInt64: Int]) {
        self.segmentCount = segmentCount
        self.articleCount = articleCount
        self.segmentFrequency = segmentFrequency
        self.articleFrequency = articleFrequency
    }
}

/// A segment already in a story, found through the index of strongest terms.
public struct StoryCandidate: Sendable {
    public var segment: Int64
    public var story: Int64
    public var vector: TermVector
    /// Day number of its article's date.
    public var day: Double?
    /// Day number of its event (``EventDay``), when its text dates it.
    public var eventDay: Double?
    /// Its article's outlet, when its front matter names one.
    public var outlet: String?

    public init(segment: Int64, story: Int64, vector: TermVector, day: Double?, eventDay: Double? = nil, outlet: String? = nil) {
        self.segment = segment
        self.story = story
        self.vector = vector
        self.day = day
        self.eventDay = eventDay
        self.outlet = outlet
    }
}

/// What online linking needs of a story: the sum of its segments' vectors, its size, and the live blogs it holds a
/// segment of (when live blogs keep their segments apart, ``StoryLinker/Tuning/oneSegmentPerLiveBlog``).
public struct StoryState: Sendable {
    public var sum: TermVector
    public var size: Int
    public var articles: Set<Int64>

    public init(sum: TermVector, size: Int, articles: Set<Int64>) {
        self.sum = sum
        self.size = size
        self.articles = articles
    }
}

/// Where a new segment goes: the story it joins (nil: a story of its own), and the stories it brings together with
/// that one (merged into it).
public struct StoryPlacement: Sendable, Equatable {
    public var story: Int64?
    public var merged: [Int64]
}

extension LinkInput {
    /// The distinct term keys of each segment, and of the whole article: what a library counts frequencies of.
    public var termKeys: (segments: [[UInt64]], article: [UInt64]) {
        let segments = terms.map(\.keys)
        return (segments, Array(Set(segments.joined())).sorted())
    }
}

extension StoryLinker {
    /// Terms kept in a story's sum of vectors: the sum of a large story stays a few kilobytes.
    public static let storySumTerms = 1000

    /// The vector of each segment of an article about to join a library, as ``link(_:)`` would make it over the
    /// whole library: each segment's terms weighted by inverse segment frequency, mixed with its article's terms
    /// weighted by inverse article frequency, cut to the strongest and normalised.
    public func vectors(of input: LinkInput, statistics: TermStatistics) -> [TermVector] {
        func weighted(_ keys: [UInt64], _ weights: [Double], _ frequency: [UInt64: Int], _ count: Int) -> TermVector {
            TermVector(terms: keys, values: zip(keys, weights).map { key, weight in
                (1 + log(weight)) * (log(Double(count + 1) / Double((frequency[key] ?? 1) + 1)) + 1)
            })
        }
        var whole: [UInt64: Double] = [:]
        for bag in input.terms { for (key, weight) in zip(bag.keys, bag.weights) { whole[key, default: 0] += Double(weight) } }
        let articleKeys = whole.keys.sorted()
        let context = weighted(articleKeys, articleKeys.map { whole[$0]! }, statistics.articleFrequency, statistics.articleCount)
            .cut(to: tuning.vectorTerms)
        return input.terms.map { bag in
            let own = weighted(bag.keys, bag.weights.map(Double.init), statistics.segmentFrequency, statistics.segmentCount)
                .cut(to: tuning.vectorTerms)
            guard tuning.articleContext > 0 else { return own }
            return own.adding(context, weight: tuning.articleContext).cut(to: tuning.vectorTerms)
        }
    }

    /// The terms of a segment's vector that go into the library's index of candidates.
    public func indexTerms(of vector: TermVector) -> [UInt64] {
        vector.strongestTerms(tuning.indexedTerms)
    }

    /// Whether a new segment of this article keeps apart from the other segments of its article.
    public func isExclusive(_ input: LinkInput) -> Bool { tuning.oneSegmentPerLiveBlog && input.isLiveBlog }

    /// Terms held by more segments than this are too common to find candidates with.
    public var maximumPosting: Int { tuning.maximumPosting }

    /// Shared index terms a candidate needs.
    public var minimumSharedTerms: Int { tuning.minimumSharedTerms }

    /// The factor two articles' dates put on their similarity: 1 within ``Tuning/dateWindow`` days (or when either
    /// has no date), discounted by ``Tuning/dateDiscount`` for each further window.
    func dateFactor(_ left: Double?, _ right: Double?) -> Double {
        guard let left, let right else { return 1 }
        let apart = abs(left - right)
        return apart <= tuning.dateWindow ? 1 : pow(tuning.dateDiscount, (apart / tuning.dateWindow).rounded(.down))
    }

    /// Where a new segment of `article` goes, given the segments its index terms found (`candidates`) and the
    /// stories those belong to: the strongest candidate whose story as a whole is like the segment (average link,
    /// as in ``link(_:)``) takes it; every further such story is merged into that one, as linking pairs strongest
    /// first would have merged them. `exclusive`: the article is a live blog whose segments stay apart; `statistics`:
    /// the library's frequencies of the article's terms (which of them are rare); `day`, `eventDay` and `outlet`: the
    /// article's day, the segment's event's day (``EventDay``) and the article's outlet.
    public func place(_ vector: TermVector, day: Double?, eventDay: Double? = nil, outlet: String? = nil, article: Int64, exclusive: Bool,
                      candidates: [StoryCandidate], stories: [Int64: StoryState], statistics: TermStatistics) -> StoryPlacement {
        // Every term a candidate shares with the segment is the new article's, so the statistics count it.
        let isRare = { (term: UInt64) in
            tuning.event.isRare(frequency: statistics.articleFrequency[term] ?? 1, count: statistics.articleCount)
        }
        let scored = candidates.map { ($0, linkSimilarity($0.vector, vector, days: ($0.day, day), eventDays: ($0.eventDay, eventDay),
                                                      oneOutlet: StoryLinker.oneOutlet($0.outlet, outlet), isRare: isRare)) }
            .filter { $0.1.similarity >= tuning.threshold }
            .sorted { ($0.1.similarity, $1.0.segment) > ($1.1.similarity, $0.0.segment) }
        var current = StoryState(sum: vector, size: 1, articles: exclusive ? [article] : [])
        var placement = StoryPlacement(story: nil, merged: [])
        for (candidate, link) in scored where candidate.story != placement.story && !placement.merged.contains(candidate.story) {
            guard let other = stories[candidate.story], current.articles.isDisjoint(with: other.articles),
                  storiesAlike(dot: current.sum.dot(other.sum), lengths: current.sum.length * other.sum.length,
                               sizes: current.size * other.size, event: link.event) else { continue }
            if placement.story == nil { placement.story = candidate.story } else { placement.merged.append(candidate.story) }
            current = StoryState(sum: current.sum.adding(other.sum), size: current.size + other.size,
                                 articles: current.articles.union(other.articles))
        }
        return placement
    }

    /// A story's sum with a segment's vector (or another story's sum) added, kept to ``storySumTerms``.
    public func sum(_ sum: TermVector, adding vector: TermVector) -> TermVector {
        sum.adding(vector).kept(StoryLinker.storySumTerms)
    }

    /// The terms every member of a story holds, each with its smallest weight among them: a new member's vector
    /// (`vector`) taken into a story's (`shared`), or two stories' shared terms into one.
    public func shared(_ shared: TermVector, with vector: TermVector) -> TermVector {
        shared.intersecting(vector)
    }

    /// The terms a story shows as shared (strongest by their smallest weight first, at most eight), as ``link(_:)``
    /// names them; none for a story of one segment.
    public func shownTerms(_ shared: TermVector, size: Int) -> [UInt64] {
        guard size > 1 else { return [] }
        return shared.strongestTerms(StoryLinker.sharedTermsShown)
    }

    /// Shared terms a story shows.
    static let sharedTermsShown = 8
}

extension SparseTerms where Term == UInt64 {
    /// The vector as bytes: the count, then each key, then each value as a 32-bit float, little-endian.
    public var bytes: [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(4 + terms.count * 12)
        withUnsafeBytes(of: UInt32(terms.count).littleEndian) { bytes += $0 }
        for term in terms { withUnsafeBytes(of: term.littleEndian) { bytes += $0 } }
        for value in values { withUnsafeBytes(of: Float(value).bitPattern.littleEndian) { bytes += $0 } }
        return bytes
    }

    /// The vector written as ``bytes``; nil when the bytes are not one.
    public init?(bytes: [UInt8]) {
        guard let vector = bytes.withUnsafeBytes({ SparseTerms(stored: $0) }) else { return nil }
        self = vector
    }

    /// The vector written as ``bytes``, read in place (linking reads thousands of stored vectors an article); nil
    /// when the bytes are not one.
    public init?(stored raw: UnsafeRawBufferPointer) {
        guard raw.count >= 4 else { return nil }
        let count = Int(UInt32(littleEndian: raw.loadUnaligned(as: UInt32.self)))
        guard raw.count == 4 + count * 12 else { return nil }
        let terms = (0..<count).map { UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: 4 + 8 * $0, as: UInt64.self)) }
        let values = (0..<count).map {
            Double(Float(bitPattern: UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: 4 + 8 * count + 4 * $0, as: UInt32.self))))
        }
        self.init(terms: terms, values: values)
    }

    /// The keys of the terms, in order.
    public var keys: [UInt64] { terms }
}
