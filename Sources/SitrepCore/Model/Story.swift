/// Where a segment is: its article's index in ``Analysis/articles`` and its index in that article.
public struct SegmentRef: Sendable, Hashable, Comparable {
    public var article: Int
    public var segment: Int

    public init(article: Int, segment: Int) {
        self.article = article
        self.segment = segment
    }

    public static func < (lhs: SegmentRef, rhs: SegmentRef) -> Bool {
        (lhs.article, lhs.segment) < (rhs.article, rhs.segment)
    }
}

/// Segments of different articles that cover the same story.
public struct Story: Sendable, Hashable {
    public var title: String
    public var segments: [SegmentRef]
    /// The terms and names the linked segments share most, strongest first: why they are linked.
    public var sharedTerms: [String]
}

/// A number in the text and what it counts.
public struct Figure: Sendable, Hashable {
    public var span: SourceSpan
    /// The number as written ("23,000", "two").
    public var number: String
    public var value: Double
    /// What it counts, in the text's words ("households without electricity").
    public var counts: String
    /// The kind of count, when a cue word says it (killed, injured, deployed, ...).
    public var category: String?
    /// Hedge before the number: "about", "more than", "likely exceeded".
    public var hedge: String?
    public var article: Int
    public var segment: Int
}
