import Foundation
import GRDB
import SitrepCore

/// What the library keeps about a subscribed feed between reloads.
public struct FeedState: Sendable, Equatable {
    /// The validators of the last full answer, sent back as `If-None-Match` and `If-Modified-Since`.
    public var etag: String?
    public var lastModified: String?
    /// When the feed was last asked for, and last answered (with items or "not modified").
    public var lastFetch: Date?
    public var lastSuccess: Date?
    /// Why the last fetch failed; nil after a success.
    public var failure: String?
    /// The feed's own title, from its last full answer.
    public var title: String?

    public init(etag: String? = nil, lastModified: String? = nil, lastFetch: Date? = nil, lastSuccess: Date? = nil,
                failure: String? = nil, title: String? = nil) {
        self.etag = etag
        self.lastModified = lastModified
        self.lastFetch = lastFetch
        self.lastSuccess = lastSuccess
        self.failure = failure
        self.title = title
    }
}

/// An article from the web, to be stored as a file of the library: its text, and where it came from.
public struct WebSource: Sendable {
    public var source: SourceText
    /// What identifies it within its feed: the item's GUID, else its URL (the page's URL for a page).
    public var key: String
    public var url: String?
    public var outlet: String?
    public var author: String?
    /// ISO 8601 in UTC.
    public var published: String?
    /// How its text is cut into articles: a feed's item is one article (``ArticleParser/Boundaries/wholeSource``,
    /// its story segments still found); nil finds articles from the text, as for a page, which may hold briefs.
    public var boundaries: ArticleParser.Boundaries?

    public init(source: SourceText, key: String, url: String?, outlet: String?, author: String?, published: String?,
                boundaries: ArticleParser.Boundaries? = nil) {
        self.source = source
        self.boundaries = boundaries
        self.key = key
        self.url = url
        self.outlet = outlet
        self.author = author
        self.published = published
    }
}

/// Where an article of the library came from, for the reader's list: its web address, outlet and date.
public struct ArticleOrigin: Sendable, Equatable {
    public var url: String?
    public var outlet: String?
    /// The item's publication date, else the article's front-matter date (ISO 8601).
    public var date: String?
}

/// The feeds and web articles tables: one migration, registered by ``Schema``.
enum FeedStore {
    static func register(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("feeds-v1") { db in
            try db.execute(sql: """
                -- Each subscribed feed's validators and the outcome of its last fetch.
                CREATE TABLE feeds(
                    url TEXT PRIMARY KEY, title TEXT, etag TEXT, last_modified TEXT, last_fetch REAL,
                    last_success REAL, failure TEXT);
                -- Each stored file that came from the web (a feed item or a page): sources.path is its name.
                CREATE TABLE web_articles(
                    path TEXT PRIMARY KEY, feed_url TEXT, item_key TEXT NOT NULL, url TEXT, outlet TEXT, author TEXT,
                    published TEXT);
                CREATE INDEX web_articles_by_feed ON web_articles(feed_url);
                """)
        }
    }
}

extension Library {
    /// The stored state of every feed, by URL.
    public func feedStates() throws -> [String: FeedState] {
        try read { db in
            var states: [String: FeedState] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT * FROM feeds") {
                states[row["url"]] = FeedState(
                    etag: row["etag"], lastModified: row["last_modified"],
                    lastFetch: (row["last_fetch"] as Double?).map(Date.init(timeIntervalSince1970:)),
                    lastSuccess: (row["last_success"] as Double?).map(Date.init(timeIntervalSince1970:)),
                    failure: row["failure"], title: row["title"])
            }
            return states
        }
    }

    /// Stores web articles and, for a feed, its new state, in one transaction: either all of it is kept or none.
    /// An article already stored under the same name with the same hash is left alone; a changed one replaces it.
    @discardableResult
    public func storeWeb(_ articles: [WebSource], feed: String?, state: FeedState?) throws -> [SourceChange] {
        try write { db in
            var changes: [SourceChange] = []
            for article in articles {
                let change = try Library.store(db, name: article.source.name, bytes: article.source.bytes,
                                               hash: ContentHash.of(article.source.bytes), boundaries: article.boundaries)
                if change == .unchanged { changes.append(.unchanged); continue }
                try db.execute(
                    sql: """
                        INSERT OR REPLACE INTO web_articles(path, feed_url, item_key, url, outlet, author, published)
                        VALUES (?, ?, ?, ?, ?, ?, ?)
                        """,
                    arguments: [article.source.name, feed, article.key, article.url, article.outlet, article.author,
                                article.published])
                changes.append(change)
            }
            if let feed, let state { try Library.saveFeedState(db, url: feed, state) }
            return changes
        }
    }

    /// Records the state of feeds that brought nothing to store (not modified, or failed), in one transaction.
    public func saveFeedStates(_ states: [String: FeedState]) throws {
        guard !states.isEmpty else { return }
        try write { db in
            for (url, state) in states { try Library.saveFeedState(db, url: url, state) }
        }
    }

    private static func saveFeedState(_ db: Database, url: String, _ state: FeedState) throws {
        try db.execute(
            sql: """
                INSERT OR REPLACE INTO feeds(url, title, etag, last_modified, last_fetch, last_success, failure)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [url, state.title, state.etag, state.lastModified, state.lastFetch?.timeIntervalSince1970,
                        state.lastSuccess?.timeIntervalSince1970, state.failure])
    }

    /// The keys (GUID, else URL) of the items of a feed that are stored.
    public func storedItemKeys(feed: String) throws -> Set<String> {
        try read { db in
            Set(try String.fetchAll(db, sql: "SELECT item_key FROM web_articles WHERE feed_url = ?", arguments: [feed]))
        }
    }

    /// The outlet an article `a`'s front matter names (``Publication/outletKeys``, first present wins), as SQL.
    static let frontMatterOutlet = "COALESCE(" + Publication.outletKeys.map { key in
        "NULLIF(json_extract(a.metadata, '$.\(key)'), '')"
    }.joined(separator: ", ") + ")"

    /// Where the given articles came from (by article id): URL, outlet (a feed's or page's, else the one its front
    /// matter names) and date, for the reader's list.
    public func origins(ofArticles ids: [Int]) throws -> [Int: ArticleOrigin] {
        guard !ids.isEmpty else { return [:] }
        return try read { db in
            // The ids as one JSON array: one statement, prepared once, for lists of any length.
            let list = "[" + ids.map(String.init).joined(separator: ",") + "]"
            var origins: [Int: ArticleOrigin] = [:]
            for (id, origin) in try Library.rows(db, """
                SELECT a.id, w.url, COALESCE(w.outlet, \(Library.frontMatterOutlet)) AS outlet,
                    COALESCE(w.published, a.date) AS date
                FROM articles a LEFT JOIN web_articles w ON w.path = a.source
                WHERE a.id IN (SELECT value FROM json_each(?))
                """, [list], { row in
                    (row["id"] as Int, ArticleOrigin(url: row["url"], outlet: row["outlet"], date: row["date"]))
                }) {
                origins[id] = origin
            }
            return origins
        }
    }

    /// A range of the library's articles, newest first (by the item's publication date, else the article's own
    /// date; undated articles last, in library order), with where each came from.
    public func articlesNewestFirst(_ range: Range<Int>) throws -> [(article: LibraryArticle, origin: ArticleOrigin)] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT a.*, w.url AS origin_url, COALESCE(w.outlet, \(Library.frontMatterOutlet)) AS origin_outlet,
                    COALESCE(w.published, a.date) AS origin_date
                FROM articles a LEFT JOIN web_articles w ON w.path = a.source
                ORDER BY origin_date IS NULL, origin_date DESC, a.position LIMIT ? OFFSET ?
                """, arguments: [range.count, range.lowerBound]).map { row in
                (Library.article(row), ArticleOrigin(url: row["origin_url"], outlet: row["origin_outlet"],
                                                     date: row["origin_date"]))
            }
        }
    }
}
