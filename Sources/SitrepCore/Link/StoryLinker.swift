import Foundation

/// Links segments of different articles that cover the same story.
///
/// Each segment is a vector of weighted terms (names count double) scaled by inverse segment frequency.
/// Candidates come from an inverted index over each segment's strongest terms, so segments are never compared
/// all against all; candidate pairs whose ``linkSimilarity(_:_:days:isRare:)`` (cosine, discounted for dates far apart, and
/// resting on more than one shared word) passes ``Tuning/threshold`` are merged strongest first, and a story never
/// takes two segments of one article.
public struct StoryLinker: Sendable {
    public struct Tuning: Sendable {
        /// Cosine similarity at which two segments are one story.
        public var threshold: Double = 0.22
        /// Terms per segment that go into the candidate index.
        public var indexedTerms: Int = 12
        /// Terms kept in each segment's vector (its strongest): bounds memory and the cost of a comparison.
        public var vectorTerms: Int = 200
        /// Shared indexed terms two segments need to be compared at all.
        public var minimumSharedTerms: Int = 2
        /// Terms held by more segments than this are too common to find candidates with.
        public var maximumPosting: Int = 1000
        /// Weight of the whole article's terms in each of its segments' vectors (its context).
        public var articleContext: Double = 0.5
        /// Cosine between two stories' centroids at which a linking pair may merge them.
        public var centroidThreshold: Double = 0.15
        /// Average similarity between the segments of two stories (every pair, one from each) at which a
        /// linking pair may merge them: a story that has grown generic does not swallow everything it touches.
        public var averageThreshold: Double = 0.12
        /// A story never holds two segments of one live blog: its sub-headlines separate stories by
        /// construction. Segments of other articles may rejoin (an unheaded turn found in error, say).
        public var oneSegmentPerLiveBlog: Bool = false
        /// Days apart beyond which two dated articles' similarity is discounted, and the discount per such span.
        public var dateWindow: Double = 30
        public var dateDiscount: Double = 0.7
        /// Shared terms a link may not rest on alone: two texts alike mostly in their strongest common word (a
        /// topic, "pirates"; a background person's name) report two events of one kind, not one event.
        public var topicTerms: Int = 1
        /// Similarity two segments must share beyond their ``topicTerms`` strongest common terms (discounted by
        /// their dates as the whole is) to be one story: names, places, figures and wording of one event.
        public var eventEvidence: Double = 0.1
        /// What makes a pair of segments count as one event on weaker word overlap.
        public var event = EventEvidence()
        public init() {}
    }

    public let lexicon: Lexicon
    public let tuning: Tuning

    public init(lexicon: Lexicon = .standard, tuning: Tuning = Tuning()) {
        self.lexicon = lexicon
        self.tuning = tuning
    }

    /// The term bag of each segment of an article: its heading and paragraphs; the first segment also holds the
    /// article's headline and standfirst, which name the story most plainly of all.
    func terms(of article: Article) -> [TermBag] {
        article.segments.enumerated().map { index, segment in
            let head = index == 0 ? [article.titleParagraph, article.standfirstParagraph] : []
            var bag = TermBag()
            for paragraph in (head + [segment.headingParagraph]).compactMap({ $0 }) + segment.paragraphs {
                bag.add(paragraph, tokens: paragraph.tokens, lexicon: lexicon)
            }
            return bag
        }
    }

    /// Stories over all segments of the corpus; every segment belongs to exactly one story.
    func link(_ corpus: LinkCorpus) -> [Links.LinkedStory] {
        let articles = corpus.articles
        let refs = corpus.articleOf.indices.map {
            SegmentRef(article: corpus.articleOf[$0], segment: $0 - corpus.firstSegment[corpus.articleOf[$0]])
        }
        // Each segment in the context of its article: a segment of a few lines still carries its article's names.
        let vectors = TermVectors(corpus, contextWeight: tuning.articleContext, limit: tuning.vectorTerms)
        let days = corpus.articleOf.map { articles[$0].day }
        let eventDays = refs.map { articles[$0.article].eventDay(of: $0.segment) }
        let outlets = corpus.articleOf.map { articles[$0].outlet }
        let pairs = candidatePairs(vectors, days: days, eventDays: eventDays, outlets: outlets, articleCount: articles.count)
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
            let exclusive = tuning.oneSegmentPerLiveBlog && articles[ref.article].isLiveBlog
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
            guard storiesAlike(dot: sums[a]!.dot(sums[b]!), lengths: sums[a]!.length * sums[b]!.length,
                               sizes: sizes[a]! * sizes[b]!, event: pair.event) else {
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
            let headed = segments.lazy.compactMap { articles[$0.article].headings[$0.segment] }.first
            return Links.LinkedStory(title: headed ?? articles[segments[0].article].title, segments: segments,
                                     sharedKeys: vectors.shared(group))
        }
    }

    struct Pair: Sendable { var left: Int; var right: Int; var similarity: Double; var event: Double }

    /// The day number of a date written as ISO 8601 (`2025-01-14`, with or without a time), or nil.
    static func day(of text: String?) -> Double? {
        guard let text, text.count >= 10 else { return nil }
        let parts = text.prefix(10).split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3 else { return nil }
        return CalendarDay.number(year: parts[0], month: parts[1], day: parts[2])
    }

    /// How strongly two segments' vectors tie them into one story, given their articles' days, their events' days
    /// (``EventDay``; nil where not known) and which terms are rare in the library: their cosine, discounted for dates far apart (``dateFactor(_:_:)``) unless they share so
    /// many rare terms that the dates do not count (``EventEvidence/outlastsDates(_:_:cosine:oneOutlet:isRare:)``;
    /// `oneOutlet`: their articles come from one outlet), raised by evidence
    /// of one event (``EventEvidence``: dates that agree, on the events' days where both are known, rare terms
    /// shared), and 0 when all they share beyond their
    /// ``Tuning/topicTerms`` strongest common terms falls short of ``Tuning/eventEvidence``. The one decision of
    /// both the batch linker (``link(_:)``) and the online one
    /// (``place(_:day:eventDay:outlet:article:exclusive:candidates:stories:statistics:)``).
    func linkSimilarity<Term>(_ left: SparseTerms<Term>, _ right: SparseTerms<Term>, days: (Double?, Double?),
                              eventDays: (Double?, Double?) = (nil, nil), oneOutlet: Bool = false,
                              isRare: (Term) -> Bool) -> Link {
        let cosine = left.dot(right)
        var apart = dateFactor(days.0, days.1)
        // Evidence that outlasts the dates is looked for only where the discount could stop the link.
        if apart < 1, cosine >= tuning.threshold, tuning.event.outlastsDates(left, right, cosine: cosine, oneOutlet: oneOutlet, isRare: isRare) {
            apart = 1
        }
        let dated = cosine * apart
        // Evidence of one event is looked for only where it could make the link.
        let event = dated * tuning.event.boost >= tuning.threshold
            ? tuning.event.factor(left, right, days: EventEvidence.compared(published: days, event: eventDays), isRare: isRare) : 1
        let factor = apart * event
        let similarity = dated * event
        guard similarity >= tuning.threshold else { return Link(similarity: similarity, event: event) }
        let enough = left.dot(right, beyondStrongest: tuning.topicTerms) * factor >= tuning.eventEvidence
        return Link(similarity: enough ? similarity : 0, event: event)
    }

    /// Whether two articles' outlets are known and one (case ignored).
    static func oneOutlet(_ left: String?, _ right: String?) -> Bool {
        guard let left, let right else { return false }
        return left.caseInsensitiveCompare(right) == .orderedSame
    }

    /// How strongly two segments tie: their ``linkSimilarity``, and the factor evidence of one event put on it
    /// (1 without such evidence), which also eases the likeness their two stories need (``storiesAlike``).
    struct Link: Sendable, Equatable {
        var similarity: Double
        var event: Double
    }

    /// Whether two stories, given the dot product and lengths of their sums of unit vectors and their sizes, are
    /// alike enough to merge through a linking pair with event factor `event`: their centroids' cosine reaches
    /// ``Tuning/centroidThreshold`` and the average similarity of their segments ``Tuning/averageThreshold``, each
    /// eased by the factor (a story that has grown generic does not swallow everything it touches, but two reports
    /// of one event, days apart at most and sharing its rare names, join on weaker overlap).
    func storiesAlike(dot: Double, lengths: Double, sizes: Int, event: Double) -> Bool {
        lengths > 0 && dot / lengths * event >= tuning.centroidThreshold
            && dot / Double(sizes) * event >= tuning.averageThreshold
    }

    /// Pairs of segments sharing at least ``Tuning/minimumSharedTerms`` indexed terms whose ``linkSimilarity``
    /// passes the threshold, strongest first; `days` and `outlets` hold each segment's article's day and outlet,
    /// `eventDays` each segment's event's day, and the corpus holds `articleCount` articles.
    private func candidatePairs(_ vectors: TermVectors, days: [Double?], eventDays: [Double?], outlets: [String?],
                                articleCount: Int) -> [Pair] {
        var postings: [UInt32: [Int]] = [:]
        var top: [[UInt32]] = []
        for (index, vector) in vectors.vectors.enumerated() {
            let strongest = vector.strongestTerms(tuning.indexedTerms)
            top.append(strongest)
            for term in strongest { postings[term, default: []].append(index) }
        }
        // Each segment against the earlier ones, on every core; the sort below fixes the order.
        let tuning = tuning
        let strongest = top, index = postings
        let frequency = vectors.articleFrequency
        let isRare: @Sendable (UInt32) -> Bool = { term in tuning.event.isRare(frequency: Int(frequency[Int(term)]), count: articleCount) }
        let pairs = Array(top.indices).parallelMap { segment -> [Pair] in
            var shared: [Int: Int] = [:]
            for term in strongest[segment] {
                guard let list = index[term], list.count <= tuning.maximumPosting else { continue }
                for other in list.prefix(while: { $0 < segment }) { shared[other, default: 0] += 1 }
            }
            var found: [Pair] = []
            for (other, count) in shared where count >= tuning.minimumSharedTerms {
                let link = linkSimilarity(vectors.vectors[other], vectors.vectors[segment],
                                          days: (days[other], days[segment]), eventDays: (eventDays[other], eventDays[segment]),
                                          oneOutlet: StoryLinker.oneOutlet(outlets[other], outlets[segment]), isRare: isRare)
                if link.similarity >= tuning.threshold {
                    found.append(Pair(left: other, right: segment, similarity: link.similarity, event: link.event))
                }
            }
            return found
        }.flatMap { $0 }
        return pairs.sorted { ($0.similarity, $1.left, $1.right) > ($1.similarity, $0.left, $0.right) }
    }
}
