import SitrepCore

/// An article as the library lists it.
public struct LibraryArticle: Sendable, Hashable, Codable {
    public var id: Int
    public var source: String
    public var title: String
    public var kind: String
    public var lines: [Int]
    public var date: String?
    public var segmentCount: Int
    public var quoteCount: Int
    public var truncated: Bool
}

/// A story segment of an article.
public struct LibrarySegment: Sendable, Hashable, Codable {
    public var id: Int
    public var article: Int
    /// Position in its article, from 0.
    public var ordinal: Int
    public var heading: String?
    public var label: String
    public var lines: [Int]
    public var story: Int
    /// The story's title, when the query fetched it.
    public var storyTitle: String?
    public var quoteCount: Int
    /// Segments of the same story in other articles.
    public var linkedCount: Int
    /// What links it to its story's segments in other articles, given with the segments shown as links (those of a
    /// story, those linked to a segment); nil when nothing links it (or when it is not listed as a link).
    public var evidence: LinkEvidence? = nil
}

/// A speaker as a quotation names it.
public struct SpeakerName: Sendable, Hashable, Codable {
    public var id: Int
    public var name: String
    /// Whether an article gives the speaker a proper name; an unnamed speaker's `name` is its description
    /// (``LibrarySpeaker/isNamed``).
    public var named: Bool

    /// The name as shown: an unnamed speaker's description in brackets (``SitrepCore/SpeakerListing/shownName(_:isNamed:)``).
    public var shown: String { SpeakerListing.shownName(name, isNamed: named) }
}

/// A quotation with where it stands and who said it.
public struct LibraryQuote: Sendable, Hashable, Codable {
    public var id: Int
    public var text: String
    public var kind: String
    public var cue: String?
    /// The speaker as written where the quotation is attributed.
    public var mention: String?
    public var speaker: SpeakerName?
    public var source: String
    public var line: Int
    public var column: Int
    public var article: Int
    public var segment: Int
    /// Position of the segment in its article, from 0.
    public var segmentOrdinal: Int
    public var story: Int
    /// The same quotation carried by other articles: their quotation ids.
    public var copies: [Int]
    /// Where the quotation lies in its passage (`LibraryPassage`), in characters, when it was placed.
    public var passage: Int?
    public var range: Range<Int>?
    /// The rule of attribution that decided the speaker (``AttributionSieve``'s raw value), if any did.
    public var sieve: String? = nil
}

/// A canonical speaker.
public struct LibrarySpeaker: Sendable, Hashable, Codable {
    public var id: Int
    public var name: String
    public var aliases: [String]
    /// What kind of speaker it is; nil when the library holds a kind this version does not know.
    public var kind: SpeakerKind?
    public var description: String?
    public var quoteCount: Int
    /// The dates of the earliest and the latest article quoting the speaker, as the articles give them (nil when
    /// none gives one): with the description and kind, what tells two speakers of one name apart.
    public var firstDate: String?
    public var lastDate: String?
    /// Whether an article gives the speaker a proper name: an unnamed speaker ("a federal judge") is listed by its
    /// description, which is no name (``SitrepCore/Speaker/isNamed``).
    public var isNamed: Bool
    /// How many articles quote the speaker, and when one alone does, its outlet (when known) and title.
    public var articleCount: Int
    public var outlet: String?
    public var articleTitle: String?

    /// The speaker as a list shows it, with what tells it apart from another of the same name.
    public var listing: SpeakerListing {
        SpeakerListing(name: name, isNamed: isNamed, kind: kind, description: description, quoteCount: quoteCount,
                       firstDate: firstDate, lastDate: lastDate, articleCount: articleCount, outlet: outlet,
                       articleTitle: articleTitle)
    }
}

/// Segments of different articles that cover one story.
public struct LibraryStory: Sendable, Hashable, Codable {
    public var id: Int
    public var title: String
    public var sharedTerms: [String]
    public var segmentCount: Int
    public var sourceCount: Int
}

/// A figure with what it counts, placed in its passage.
public struct LibraryFigure: Sendable, Hashable, Codable {
    public var number: String
    public var value: Double
    public var counts: String
    public var category: String?
    public var comparison: String?
    public var source: String
    public var line: Int
    public var passage: Int?
    public var range: Range<Int>?
    /// The figure's id, its article's id and its segment's place in the article.
    public var id: Int
    public var article: Int
    public var segmentOrdinal: Int
    public var hedge: String?
    /// Who gives it, and the day and place it refers to, as written (nil in a library from before they were kept).
    public var saidBy: String?
    public var date: String?
    public var place: String?
    /// A vague quantity ("dozens"): ``value`` is only its least.
    public var isVague: Bool
    /// The upper end of a range: ``value`` is then its lower end.
    public var upperValue: Double?
    /// The group it counts, as sources are compared by ("people", "officer").
    public var group: String?
    /// How many figures of other sources it is compared with.
    public var counterpartCount: Int
}

/// A paragraph of an article: its title, standfirst, a sub-headline or a body paragraph.
public struct LibraryPassage: Sendable, Hashable, Codable {
    public var id: Int
    public var kind: String
    public var line: Int
    public var text: String
}

/// One full-text search hit.
public struct SearchHit: Sendable, Hashable, Codable {
    /// Marks around the matched words in ``snippet`` (control characters, never in news text).
    public static let markStart = "\u{2}"
    public static let markEnd = "\u{3}"

    public var source: String
    public var line: Int
    /// `title`, `standfirst`, `heading` or `body`.
    public var kind: String
    public var article: Int
    public var articleTitle: String
    /// The segment the passage belongs to, and its position in its article.
    public var segment: Int?
    public var segmentOrdinal: Int?
    /// The words around the match, matched words between ``markStart`` and ``markEnd``.
    public var snippet: String
    /// bm25 rank: lower is better.
    public var rank: Double
}
