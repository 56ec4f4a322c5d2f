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
    /// For each of ``segments``, what links it to the story's segments in other articles (nil for one with none).
    public var evidence: [LinkEvidence?] = []

    /// The evidence of the story's segment `ref`, when it has any.
    public func evidence(of ref: SegmentRef) -> LinkEvidence? {
        segments.firstIndex(of: ref).flatMap { $0 < evidence.count ? evidence[$0] : nil }
    }
}

/// A number in the text and what it counts: people or things affected by or taking part in violence, war,
/// disaster or repression ("at least 32 people were killed", "dozens more injured", "5,200 troops").
public struct Figure: Sendable, Hashable {
    public var span: SourceSpan
    /// The number as written ("23,000", "two", "a dozen", "tens of thousands").
    public var number: String
    /// The value; for a vague quantity ("dozens", "hundreds") the least it means (24, 200).
    public var value: Double
    /// The upper end of a range ("between 10 and 15", "10 to 15", "10-15"): ``value`` is then its lower end.
    public var upperValue: Double? = nil
    /// The upper end of a range as written ("15", "15,000"): the end of ``number``.
    public var upperNumber: String? = nil
    /// The number is a vague quantity ("dozens", "scores", "thousands"): ``value`` is only its least.
    public var isVague: Bool = false
    /// What it counts, in the text's words ("people", "U.S. troops", "homes").
    public var counts: String
    /// The group it counts, as figures of different sources are compared by: "people" for people in general
    /// ("others", "victims"), else the counted noun, lower-cased, singular ("officer", "home").
    public var group: String = "people"
    /// The kind of count: killed, injured, casualties, missing, detained, displaced, evacuated, without-power,
    /// damaged, destroyed, deployed, exchanged, launched or other; nil when nothing says it.
    public var category: String?
    /// Hedge read from the words before the number: at-least, about, more-than, less-than, up-to or nearly.
    public var hedge: String?
    public var article: Int
    public var segment: Int
    /// Who gives the figure, as the text names them ("officials", "the Health Ministry", "Asim Bajwa"): the
    /// speaker of the quotation or reported speech it stands in; nil when the writer gives it on their own.
    public var saidBy: String? = nil
    /// The day the figure refers to, as written ("on Wednesday", "Aug. 3"), when its sentence gives one.
    public var date: String? = nil
    /// The place the figure refers to, as written ("in Diyarbakir"), when its sentence gives one.
    public var place: String? = nil

    /// The value when the number is exact; nil for a vague quantity.
    public var exactValue: Double? { isVague ? nil : value }
}
