import SitrepCore

/// Identifies a segment: its article's key and its position in the article.
public struct SegmentKey: Sendable, Hashable, Comparable {
    public var article: Int
    public var segment: Int

    public init(article: Int, segment: Int) {
        self.article = article
        self.segment = segment
    }

    public static func < (lhs: SegmentKey, rhs: SegmentKey) -> Bool { (lhs.article, lhs.segment) < (rhs.article, rhs.segment) }
}

/// One line of the article list.
public struct ArticleRow: Sendable, Hashable {
    public var key: Int
    public var title: String
    public var source: String
    public var segmentCount: Int
    public var truncated: Bool
    /// Opened in the reading view, or marked read (`m`).
    public var read: Bool
    /// Flagged (`F`).
    public var flagged: Bool
    /// The outlet that published it, its date (ISO 8601) and its web address, where the library knows them (a
    /// feed's item, a web page, a file's front matter).
    public var outlet: String?
    public var date: String?
    public var url: String?

    public init(key: Int, title: String, source: String, segmentCount: Int, truncated: Bool, read: Bool = false,
                flagged: Bool = false, outlet: String? = nil, date: String? = nil, url: String? = nil) {
        self.key = key
        self.title = title
        self.source = source
        self.segmentCount = segmentCount
        self.truncated = truncated
        self.read = read
        self.flagged = flagged
        self.outlet = outlet
        self.date = date
        self.url = url
    }
}

/// An article as it was stored, for saving, piping or paging it.
public struct StoredArticle: Sendable, Hashable {
    /// The path of the file it came from.
    public var path: String
    /// Its first line in that file.
    public var line: Int
    /// Its lines of the file.
    public var text: String
    /// The whole file as stored (the pager shows it when the file is not on disk any more).
    public var file: String

    public init(path: String, line: Int, text: String, file: String) {
        self.path = path
        self.line = line
        self.text = text
        self.file = file
    }
}

/// One line of the segment list.
public struct SegmentRow: Sendable, Hashable {
    public var key: SegmentKey
    /// The sub-headline, or the first words of the segment when it has none.
    public var label: String
    public var headed: Bool
    public var quoteCount: Int
    /// Segments of the same story in other articles.
    public var linkedCount: Int
    /// The title of the story the segment belongs to, when other articles cover it too.
    public var storyTitle: String?

    public init(key: SegmentKey, label: String, headed: Bool, quoteCount: Int, linkedCount: Int, storyTitle: String? = nil) {
        self.key = key
        self.label = label
        self.headed = headed
        self.quoteCount = quoteCount
        self.linkedCount = linkedCount
        self.storyTitle = storyTitle
    }
}

/// One quotation in a list.
public struct QuoteRow: Sendable, Hashable {
    public var text: String
    public var kind: String
    /// The speaker's name (an unnamed speaker's description in brackets, ``SitrepCore/SpeakerListing/shownName(_:isNamed:)``);
    /// for an unnamed source, which has no speaker record ("officials said"), its mention.
    public var speaker: String?
    /// Stable speaker identity, for colouring the same speaker the same everywhere.
    public var speakerKey: Int?
    public var source: String
    public var line: Int
    public var segment: SegmentKey
    /// The quotation's key in its source (``ReaderSource/provenance(of:)``), the cue, the speaker as written and the
    /// rule of attribution that decided it, where the source gives them.
    public var key: Int?
    public var cue: String?
    public var mention: String?
    public var sieve: AttributionSieve?

    /// The words as the reader shows them: quotations in quotation marks, reported speech as it stands.
    public var displayText: String { kind == "reported" ? text : "\u{201C}\(text)\u{201D}" }

    public init(text: String, kind: String, speaker: String?, speakerKey: Int?, source: String, line: Int, segment: SegmentKey,
                key: Int? = nil, cue: String? = nil, mention: String? = nil, sieve: AttributionSieve? = nil) {
        self.text = text
        self.kind = kind
        self.speaker = speaker
        self.speakerKey = speakerKey
        self.source = source
        self.line = line
        self.segment = segment
        self.key = key
        self.cue = cue
        self.mention = mention
        self.sieve = sieve
    }

    /// What the row itself tells of why the quotation has its speaker, without the sentence around it.
    public var provenance: QuoteProvenance {
        QuoteProvenance(speaker: speaker, sieve: sieve, cue: cue, mention: mention, alias: nil, sentence: displayText)
    }
}

/// A stretch of a reading paragraph to draw differently: a quotation (with its speaker) or a figure.
public struct Highlight: Sendable, Hashable {
    public enum Kind: Sendable, Hashable { case quote(speakerKey: Int?), figure }
    /// Character offsets in the paragraph text.
    public var range: Range<Int>
    public var kind: Kind

    public init(range: Range<Int>, kind: Kind) {
        self.range = range
        self.kind = kind
    }
}

/// A paragraph of the reading view.
public struct ReadingParagraph: Sendable, Hashable {
    public var text: String
    public var line: Int
    public var highlights: [Highlight]

    public init(text: String, line: Int, highlights: [Highlight]) {
        self.text = text
        self.line = line
        self.highlights = highlights
    }
}

/// A segment of the same story elsewhere.
public struct LinkRow: Sendable, Hashable {
    public var key: SegmentKey
    public var label: String
    public var source: String
    /// What links it to the story ("Kharkiv, Zelensky · same day · 3 killed"), when the source knows it.
    public var reason: String?

    public init(key: SegmentKey, label: String, source: String, reason: String? = nil) {
        self.key = key
        self.label = label
        self.source = source
        self.reason = reason
    }

    /// The reason shown for a segment's evidence in a story whose segments share `terms` most
    /// (``SitrepCore/LinkEvidence/summary(terms:)``); nil without evidence or when it says nothing.
    public static func reason(_ evidence: LinkEvidence?, terms: [String] = []) -> String? {
        guard let summary = evidence?.summary(terms: terms), !summary.isEmpty else { return nil }
        return summary
    }
}

/// What the reading view shows of a segment.
public struct ReadingDocument: Sendable, Hashable {
    public var articleTitle: String
    public var heading: String?
    public var source: String
    public var lines: ClosedRange<Int>
    /// The outlet that published the article and its date (ISO 8601), where the source knows them.
    public var outlet: String?
    public var date: String?
    public var paragraphs: [ReadingParagraph]
    /// The segment's quotations in reading order (the first ones only, in a preview; none when ``pages`` reads
    /// them).
    public var quotes: [QuoteRow]
    /// How many quotations the segment has.
    public var quoteCount: Int
    /// The first ``linkedShown`` segments of the same story elsewhere, in list order.
    public var linked: [LinkRow]
    /// How many segments the story has besides this one (a story can hold thousands).
    public var linkedCount: Int
    /// Where the paragraphs and quotations are read from a window at a time, when they are not held here.
    public var pages: ReadingPages?

    /// Linked segments a reading document lists; `]` and `[` go through all of them.
    public static let linkedShown = 50
    /// Quotations a preview lists and highlights at most.
    public static let previewQuotes = 100
    /// Quotations the reading view lists at most after the text (all are highlighted in it); the rest are counted.
    public static let quotesListed = 500

    public init(articleTitle: String, heading: String?, source: String, lines: ClosedRange<Int>,
                paragraphs: [ReadingParagraph], quotes: [QuoteRow], quoteCount: Int? = nil, linked: [LinkRow],
                linkedCount: Int, pages: ReadingPages? = nil, outlet: String? = nil, date: String? = nil) {
        self.articleTitle = articleTitle
        self.outlet = outlet
        self.date = date
        self.heading = heading
        self.source = source
        self.lines = lines
        self.paragraphs = paragraphs
        self.quotes = quotes
        self.quoteCount = quoteCount ?? quotes.count
        self.linked = linked
        self.linkedCount = linkedCount
        self.pages = pages
    }
}

/// A full-text search hit.
public struct SearchRow: Sendable, Hashable {
    public var segment: SegmentKey
    public var source: String
    public var line: Int
    public var title: String
    /// The words around the match; the matched words are between the two marks of ``marks``.
    public var snippet: String

    /// Marks around matched words in ``snippet`` (control characters, never in news text).
    public static let marks: (start: Character, end: Character) = ("\u{2}", "\u{3}")

    public init(segment: SegmentKey, source: String, line: Int, title: String, snippet: String) {
        self.segment = segment
        self.source = source
        self.line = line
        self.title = title
        self.snippet = snippet
    }
}

/// A speaker offered by the speaker prompt.
public struct SpeakerRow: Sendable, Hashable {
    public var key: Int
    public var name: String
    public var description: String?
    public var quoteCount: Int
    /// What kind of speaker it is; nil when unknown.
    public var kind: SpeakerKind?
    /// The dates of the earliest and latest article quoting the speaker, as the articles write them.
    public var firstDate: String?
    public var lastDate: String?
    /// Whether an article gives the speaker a proper name; an unnamed speaker's `name` is its description.
    public var isNamed: Bool
    /// How many articles quote the speaker, and when one alone does, its outlet (when known) and title.
    public var articleCount: Int
    public var outlet: String?
    public var articleTitle: String?

    public init(key: Int, name: String, description: String?, quoteCount: Int, kind: SpeakerKind? = nil,
                firstDate: String? = nil, lastDate: String? = nil, isNamed: Bool = true, articleCount: Int = 0,
                outlet: String? = nil, articleTitle: String? = nil) {
        self.key = key
        self.name = name
        self.description = description
        self.quoteCount = quoteCount
        self.kind = kind
        self.firstDate = firstDate
        self.lastDate = lastDate
        self.isNamed = isNamed
        self.articleCount = articleCount
        self.outlet = outlet
        self.articleTitle = articleTitle
    }

    /// The row made from a listing of the speaker.
    public init(key: Int, _ listing: SpeakerListing) {
        self.init(key: key, name: listing.name, description: listing.description, quoteCount: listing.quoteCount,
                  kind: listing.kind, firstDate: listing.firstDate, lastDate: listing.lastDate, isNamed: listing.isNamed,
                  articleCount: listing.articleCount, outlet: listing.outlet, articleTitle: listing.articleTitle)
    }

    /// The speaker as a list shows it (``SitrepCore/SpeakerListing``).
    public var listing: SpeakerListing {
        SpeakerListing(name: name, isNamed: isNamed, kind: kind, description: description, quoteCount: quoteCount,
                       firstDate: firstDate, lastDate: lastDate, articleCount: articleCount, outlet: outlet,
                       articleTitle: articleTitle)
    }

    /// The row as listed: name and number of quotations, then what tells two speakers of one name apart (the
    /// description, the kind, the dates they are quoted between, the one article quoting them): "Trump (13) —
    /// businessman · person · 2016-11-02 – 2017-01-20". An unnamed speaker's description stands in brackets, never
    /// as a name, and its kind says so: "[federal judge] (1) · unnamed person · 2016-11-02 · CNN, “Fees rise”".
    public var label: String {
        let listing = self.listing
        var parts = ["\(listing.shownName) (\(quoteCount))" + (listing.shownDescription.map { " \u{2014} \($0)" } ?? "")]
        if let kind = listing.shownKind { parts.append(kind) }
        if let span = listing.span { parts.append(span) }
        if let origin = listing.origin { parts.append(origin) }
        return parts.joined(separator: " \u{00B7} ")
    }
}

/// A search the source could not run (a malformed query), with a one-line reason.
public struct SearchError: Error, Sendable, Equatable {
    public var message: String
    public init(_ message: String) { self.message = message }
}

/// Where the reader gets what it shows: an analysis held in memory, or the library on disk.
/// Lists are asked for by position, their lengths come with the row above them (``ArticleRow/segmentCount``,
/// ``SegmentRow/quoteCount``), so a pane loads only the rows it shows: an article of half a million quotations
/// costs a key no more than a short one.
public protocol ReaderSource: Sendable {
    /// One line about what is open ("2 files · 6 articles · 47 quotations").
    var summary: String { get }
    /// A number that changes when what the source holds changes (see the extension's default).
    var generation: Int { get }
    /// How many articles there are in all.
    var articleCount: Int { get }
    /// How many articles a view of the list holds; an error when its limit cannot be applied (a malformed query).
    func articleCount(in view: ArticleView) throws(CommandError) -> Int
    /// Articles at positions in `range` of a view of the list.
    func articles(in view: ArticleView, _ range: Range<Int>) -> [ArticleRow]
    /// The position of an article in a view of the list; nil when the view does not hold it.
    func position(ofArticle key: Int, in view: ArticleView) -> Int?
    /// How many articles are not read.
    func unreadCount() -> Int
    /// Marks an article read or not, flagged or not; an error (one line) when the marks cannot be kept.
    func setMarks(read: Bool, flagged: Bool, ofArticle key: Int) throws(CommandError)
    /// The article as stored, for saving, piping or paging it.
    func stored(ofArticle key: Int) -> StoredArticle?
    /// Segments of an article at positions in `range` (clamped to the article's).
    func segments(ofArticle key: Int, _ range: Range<Int>) -> [SegmentRow]
    /// Quotations of a segment at positions in `range` (clamped to the segment's), in reading order.
    func quotes(of segment: SegmentKey, _ range: Range<Int>) -> [QuoteRow]
    /// What the reading view shows of a segment: all of it (or its ``ReadingDocument/pages``, to read it a window
    /// at a time), or with `previewCharacters`, a preview: its paragraphs
    /// cut to that many characters in all, and only its first ``ReadingDocument/previewQuotes`` quotations (listed and
    /// highlighted). A preview shows no more lines than that many characters fill: when its paragraphs fill them,
    /// what follows them (the quotations listed, the same story elsewhere) may be left out.
    func reading(_ segment: SegmentKey, previewCharacters: Int?) -> ReadingDocument?
    /// The segment of the same story in another article that comes next (or before) in list order, wrapping
    /// around; nil when the story is in no other article. Its ``LinkRow/reason`` may be left out: a jump shows where
    /// it goes, not why it is linked.
    func adjacentLinked(to segment: SegmentKey, forward: Bool) -> LinkRow?
    /// Full-text search, best hits first.
    func search(_ query: String, limit: Int) throws(SearchError) -> [SearchRow]
    /// Speakers whose names or aliases match what was typed (case, diacritics and honorifics ignored, prefixes
    /// match), most quoted first; all speakers for an empty text.
    func speakers(matching text: String, limit: Int) -> [SpeakerRow]
    /// How many quotations a speaker has, across sources.
    func quoteCount(ofSpeaker key: Int) -> Int
    /// Quotations of a speaker at positions in `range` of the list across sources.
    func quotes(ofSpeaker key: Int, _ range: Range<Int>) -> [QuoteRow]
    /// The first `limit` figures of the story a segment belongs to (of the segment alone when no other article
    /// covers it), set side by side: by kind (none last), counted group, then source and reading order.
    func storyFigures(of segment: SegmentKey, limit: Int) -> [FigureRow]
    /// A figure and then its counterparts: the figures of the same story, kind and counted group that other
    /// sources give; empty when there is no such figure.
    func figureWithCounterparts(_ key: Int) -> [FigureRow]
    /// Why a quotation has its speaker: with the sentence around it marked, where the source can read it.
    func provenance(of quote: QuoteRow) -> QuoteProvenance
    /// What failed reading the source since the last call (a damaged library: what was not read is missing from
    /// the screen, and the status line says why); nil when nothing did.
    func problem() -> String?
    /// Whether the source put off work for what it gave last (the evidence of a large story's links, left out of its
    /// ``LinkRow/reason``s), to be done after the screen is drawn, while no key waits (``doPutOffWork()``).
    var hasPutOffWork: Bool { get }
    /// Does the work put off; true when the source now gives more for what it gave (the screen is drawn again).
    func doPutOffWork() -> Bool
    /// Runs `body` as one frame (a key's reduce, a screen's render): what the source reads in it may be read once and
    /// given again within it (counts several panes show, a segment each pane looks up), never after it, so that the
    /// next frame shows what the source holds then. Frames may nest: what is kept goes with the outermost.
    func frame<T>(_ body: () -> T) -> T
}

extension ReaderSource {
    /// A number that changes when what the source holds changes (another process added to the library); the
    /// reader polls it while idle and redraws. A source that never changes keeps 0.
    public var generation: Int { 0 }

    /// A source that cannot fail has no problem to tell.
    public func problem() -> String? { nil }

    /// A source that gives everything at once puts nothing off.
    public var hasPutOffWork: Bool { false }

    /// A source that gives everything at once has nothing to do later.
    public func doPutOffWork() -> Bool { false }

    /// A source that reads nothing twice keeps nothing for a frame.
    public func frame<T>(_ body: () -> T) -> T { body() }

    /// What the row tells, when the source cannot read the sentence around the quotation.
    public func provenance(of quote: QuoteRow) -> QuoteProvenance { quote.provenance }

    /// Articles at positions in `range` of the list in order of ingest, unlimited.
    public func articles(_ range: Range<Int>) -> [ArticleRow] { articles(in: ArticleView(), range) }

    /// The position of an article in the list in order of ingest.
    public func position(ofArticle key: Int) -> Int? { position(ofArticle: key, in: ArticleView()) }

    /// One article by its key.
    public func article(_ key: Int) -> ArticleRow? {
        guard let position = position(ofArticle: key) else { return nil }
        return articles(position..<(position + 1)).first
    }

    /// The whole reading document of a segment.
    public func reading(_ segment: SegmentKey) -> ReadingDocument? { reading(segment, previewCharacters: nil) }
}
