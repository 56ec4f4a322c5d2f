import GRDB

/// What a speaker's quotations span: how many quotations and articles, the dates of the earliest and latest article
/// (as the articles give them), and the first article by id (the one article, when only one quotes the speaker: what
/// tells two speakers of one name apart in a list). Stored on the speaker's row (``SchemaSpeakerSpans``) and kept by
/// ``SpeakerIndex/refresh()``: a speaker that only gained articles has the span of those combined with its stored
/// one, so that neither an ingest nor a list of the most quoted speakers reads all of a speaker's quotations.
struct SpeakerSpan: Equatable {
    var quotes = 0
    var articles = 0
    var firstDate: String?
    var lastDate: String?
    var firstArticle: Int64?

    /// The span of the quotations of two disjoint sets of articles (a speaker's stored articles and the new ones).
    func combined(with other: SpeakerSpan) -> SpeakerSpan {
        SpeakerSpan(quotes: quotes + other.quotes, articles: articles + other.articles,
                    firstDate: [firstDate, other.firstDate].compactMap { $0 }.min(),
                    lastDate: [lastDate, other.lastDate].compactMap { $0 }.max(),
                    firstArticle: [firstArticle, other.firstArticle].compactMap { $0 }.min())
    }

    /// The one article quoting the speaker, when only one does.
    var loneArticle: Int64? { articles == 1 ? firstArticle : nil }

    /// The span read from `row`: its columns from `start` on in the order of ``columns``.
    init(_ row: Row, from start: Int = 0) {
        quotes = row[start] ?? 0
        articles = row[start + 1] ?? 0
        firstDate = row[start + 2]
        lastDate = row[start + 3]
        firstArticle = row[start + 4]
    }

    init(quotes: Int = 0, articles: Int = 0, firstDate: String? = nil, lastDate: String? = nil, firstArticle: Int64? = nil) {
        (self.quotes, self.articles, self.firstDate, self.lastDate, self.firstArticle)
            = (quotes, articles, firstDate, lastDate, firstArticle)
    }

    /// The columns of `speakers` that hold the span, in the order ``init(_:from:)`` reads them.
    static let columns = "quote_count, article_count, first_date, last_date, first_article"

    /// Selects the speaker and its span (in the order of ``columns``) from the quotations (`q`, with their articles
    /// `a`) that `condition` keeps, one row a speaker.
    static func counted(where condition: String) -> String {
        """
        SELECT q.speaker_id, count(*), count(DISTINCT q.article_id), min(a.date), max(a.date), min(q.article_id)
        FROM quotes q JOIN articles a ON a.id = q.article_id WHERE \(condition) GROUP BY q.speaker_id
        """
    }

    /// Whether the library stores spans (one written before ``SchemaSpeakerSpans`` and opened read-only does not:
    /// its spans are counted from its quotations).
    static func stored(_ db: Database) throws -> Bool {
        try db.columns(in: "speakers").contains { $0.name == "article_count" }
    }
}
