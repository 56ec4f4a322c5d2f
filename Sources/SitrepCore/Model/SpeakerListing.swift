/// A speaker as a list of speakers shows it, with what tells it apart from another of the same name: its
/// description, kind, number of quotations, the dates its quotations span and, when one article alone quotes it,
/// that article's outlet and title. An unnamed speaker ("a federal judge") is known by its description inside one
/// story: its description is shown in brackets, never as a name, and its kind says "unnamed".
public struct SpeakerListing: Sendable, Hashable {
    /// The canonical name; an unnamed speaker's is its description.
    public var name: String
    /// Whether an article gives the speaker a proper name.
    public var isNamed: Bool
    /// What kind of speaker it is; nil when unknown.
    public var kind: SpeakerKind?
    /// The speaker's description ("federal judge", "spokesperson for the ministry"), if any.
    public var description: String?
    /// How many quotations the speaker has.
    public var quoteCount: Int
    /// The dates of the earliest and latest article quoting the speaker, as the articles write them.
    public var firstDate: String?
    /// The date of the latest article quoting the speaker (see ``firstDate``).
    public var lastDate: String?
    /// How many articles quote the speaker.
    public var articleCount: Int
    /// The outlet and title of the one article quoting the speaker; nil when several do (or the outlet is unknown).
    public var outlet: String?
    /// The title of the one article quoting the speaker (see ``outlet``).
    public var articleTitle: String?

    /// A listing of the given fields; the dates, article count, outlet and title default to unknown.
    public init(name: String, isNamed: Bool, kind: SpeakerKind?, description: String?, quoteCount: Int,
                firstDate: String? = nil, lastDate: String? = nil, articleCount: Int = 0, outlet: String? = nil,
                articleTitle: String? = nil) {
        self.name = name
        self.isNamed = isNamed
        self.kind = kind
        self.description = description
        self.quoteCount = quoteCount
        self.firstDate = firstDate
        self.lastDate = lastDate
        self.articleCount = articleCount
        self.outlet = outlet
        self.articleTitle = articleTitle
    }

    /// The name as listed: an unnamed speaker's (its description) in brackets.
    public var shownName: String { SpeakerListing.shownName(name, isNamed: isNamed) }

    /// A speaker's name wherever it is shown (a list of speakers, a quotation's speaker): an unnamed speaker's
    /// description in brackets, "[federal judge]", so that it never reads as a name.
    public static func shownName(_ name: String, isNamed: Bool) -> String { isNamed ? name : "[\(name)]" }

    /// The kind as listed, "unnamed" before it when no article names the speaker; nil when there is nothing to say.
    public var shownKind: String? {
        isNamed ? kind?.rawValue : kind.map { "unnamed \($0.rawValue)" } ?? "unnamed"
    }

    /// The description, unless it only repeats an unnamed speaker's name.
    public var shownDescription: String? { description.flatMap { isNamed || $0 != name ? $0 : nil } }

    /// "2016-11-02 – 2017-01-20", or one date when both are the same; nil without dates.
    public var span: String? {
        guard let first = firstDate else { return lastDate }
        guard let last = lastDate, last != first else { return first }
        return "\(first) \u{2013} \(last)"
    }

    /// Where the speaker is quoted when one article alone quotes it: "CNN, “Harbour fees rise again”" (the title
    /// alone when the outlet is unknown); nil when several articles do, or none has a title.
    public var origin: String? {
        guard articleCount == 1, let title = articleTitle, !title.isEmpty else { return nil }
        return (outlet.map { "\($0), " } ?? "") + "\u{201C}\(title)\u{201D}"
    }

    /// Everything a listing shows of the speaker, in order: two speakers with equal parts read the same.
    public var shownParts: [String] {
        [shownName, "\(quoteCount)", shownDescription ?? "", shownKind ?? "", span ?? "", origin ?? ""]
    }
}

extension Analysis {
    /// Each speaker as listed (by speaker index): its quotations counted, the dates they span, and the outlet and
    /// title of its article when one article alone quotes it.
    public func speakerListings() -> [SpeakerListing] {
        var counts = Array(repeating: 0, count: speakers.count)
        var dates: [(first: String, last: String)?] = Array(repeating: nil, count: speakers.count)
        var quoting: [Set<Int>] = Array(repeating: [], count: speakers.count)
        for quote in quotes {
            guard let speaker = quote.speaker else { continue }
            counts[speaker] += 1
            quoting[speaker].insert(quote.article)
            if let date = articles[quote.article].metadata["date"] {
                let known = dates[speaker] ?? (date, date)
                dates[speaker] = (min(known.first, date), max(known.last, date))
            }
        }
        return speakers.enumerated().map { index, speaker in
            let only = quoting[index].count == 1 ? quoting[index].first.map { articles[$0] } : nil
            return SpeakerListing(name: speaker.name, isNamed: speaker.isNamed, kind: speaker.kind,
                                  description: speaker.description, quoteCount: counts[index],
                                  firstDate: dates[index]?.first, lastDate: dates[index]?.last,
                                  articleCount: quoting[index].count,
                                  outlet: only.flatMap { Publication.outlet(in: $0.metadata) }, articleTitle: only?.title)
        }
    }
}
