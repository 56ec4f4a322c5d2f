/// Evidence that two texts report one event rather than two events of one kind: their dates agree and they share
/// several rare terms (the event's people, places, organisations and wording, which few other articles hold).
/// Such a pair links on weaker overall word overlap than a pair without it (``StoryLinker/linkSimilarity``); a pair
/// sharing very many rare terms is one event whatever its dates.
public struct EventEvidence: Sendable {
    /// Days apart within which two dated articles' dates agree (one event is reported over a few days).
    public var agreeingDays: Double = 3
    /// Rare terms two segments must share.
    public var sharedRareTerms: Int = 5
    /// Share of a library's articles at most that a rare term is held by ...
    public var rareShare: Double = 0.025
    /// ... or at most this many articles (a term no article but the two holds is rare in a library of any size).
    public var rareArticles: Int = 2
    /// Factor on the similarity of a pair with the evidence.
    public var boost: Double = 1.5
    /// Rare terms two segments must share for their dates not to count against them at all: reports of one event
    /// months apart (the verdict of a trial, the release of hostages, a late follow-up) still share its people,
    /// places and wording, where two events of one kind years apart share their topic's words and a name or two.
    public var lastingTerms: Int = 12
    /// Cosine at which two segments are close copies of one report (about twice the linking threshold: most of their
    /// weighted words agree) ...
    public var closeCosine: Double = 0.4
    /// ... and the rare terms such close copies from two outlets must share for their dates not to count: a report
    /// republished months later, or an archive page dated when it was fetched, is the same event's text, where two
    /// events of one kind share their topic's words but rarely most of their wording and several of their names.
    /// Close copies within one outlet are its furniture (a footer, a licensing note) as often as one event.
    public var closeTerms: Int = 6

    public init() {}

    /// Whether a term held by `frequency` of a library's `count` articles is rare.
    func isRare(frequency: Int, count: Int) -> Bool {
        Double(frequency) <= max(Double(rareArticles), rareShare * Double(count))
    }

    /// The days two segments' dates are compared on: their events' days (``EventDay``) where both are known, else
    /// their articles' days of publication.
    static func compared(published: (Double?, Double?), event: (Double?, Double?)) -> (Double?, Double?) {
        guard let left = event.0, let right = event.1 else { return published }
        return (left, right)
    }

    /// Whether two days (``compared(published:event:)``) agree: both known, at most ``agreeingDays`` apart.
    func datesAgree(_ left: Double?, _ right: Double?) -> Bool {
        guard let left, let right else { return false }
        return abs(left - right) <= agreeingDays
    }

    /// Whether two segments whose vectors' cosine is `cosine` share ``lastingTerms`` terms `isRare` holds rare, or
    /// ``closeTerms`` when they are close copies (``closeCosine``) from two outlets (`oneOutlet` false): evidence of
    /// one event however far apart their dates are.
    func outlastsDates<Term>(_ left: SparseTerms<Term>, _ right: SparseTerms<Term>, cosine: Double, oneOutlet: Bool,
                             isRare: (Term) -> Bool) -> Bool {
        let close = cosine >= closeCosine && !oneOutlet
        return left.countShared(right, where: isRare) >= (close ? closeTerms : lastingTerms)
    }

    /// The factor evidence of one event puts on two segments' similarity: ``boost`` when their dates
    /// (``compared(published:event:)``) agree and they share ``sharedRareTerms`` terms `isRare` holds rare, else 1.
    func factor<Term>(_ left: SparseTerms<Term>, _ right: SparseTerms<Term>, days: (Double?, Double?),
                      isRare: (Term) -> Bool) -> Double {
        guard datesAgree(days.0, days.1) else { return 1 }
        return left.countShared(right, where: isRare) >= sharedRareTerms ? boost : 1
    }
}
