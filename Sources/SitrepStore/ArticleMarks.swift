import Foundation
import GRDB
import SitrepCore

/// What a reader marked on an article: read, flagged.
public struct ArticleMark: Sendable, Hashable {
    public var read: Bool
    public var flagged: Bool

    public init(read: Bool = false, flagged: Bool = false) {
        self.read = read
        self.flagged = flagged
    }
}

/// The article list in an order, cut down by a filter: what the reader's article pane shows.
public struct ArticleList: Sendable, Hashable {
    /// The orders of the list.
    public enum Order: String, Sendable, CaseIterable {
        /// Order of ingest (the library's positions).
        case ingest
        /// Newest first; undated articles last.
        case date
        /// By outlet (its front matter's, else the source file the article came from), then in order of ingest.
        case outlet
        /// By title, case ignored.
        case title
        /// Most quotations first.
        case quotes
    }

    /// What the list is cut down to.
    public enum Filter: Sendable, Hashable {
        /// Articles from sources whose path or front-matter outlet contains the text (case ignored).
        case outlet(String)
        /// Articles quoting a speaker matching the name (as `sitrep quotes --speaker` matches).
        case speaker(String)
        /// Articles with a segment in the story of this id.
        case story(Int)
        /// Articles a passage of which matches the full-text query.
        case words(String)
        case unread, flagged
    }

    public var order: Order
    public var filter: Filter?

    public init(order: Order = .ingest, filter: Filter? = nil) {
        self.order = order
        self.filter = filter
    }
}

/// Read and flagged marks, kept in `article_marks` keyed by an article's source path and first line (article ids
/// change when the library is rebuilt; those two do not). The table is created by the first mark, not by a
/// migration, so that libraries without it stay readable by older versions; reads work without it.
extension Library {
    static let marksTable = """
        CREATE TABLE IF NOT EXISTS article_marks(
            source TEXT NOT NULL, first_line INTEGER NOT NULL, read INTEGER NOT NULL DEFAULT 0,
            flagged INTEGER NOT NULL DEFAULT 0, PRIMARY KEY(source, first_line));
        CREATE INDEX IF NOT EXISTS articles_by_source_line ON articles(source, first_line)
        """

    static func hasMarks(_ db: Database) throws -> Bool {
        try Bool.fetchOne(db.cachedStatement(sql: "SELECT count(*) > 0 FROM sqlite_master WHERE name = 'article_marks'")) ?? false
    }

    /// The columns and join that give each article `a` its marks (`read`, `flagged`, 0 without a mark).
    private static func marksJoin(_ db: Database) throws -> (columns: String, join: String) {
        guard try hasMarks(db) else { return ("0 AS read, 0 AS flagged", "") }
        return ("coalesce(m.read, 0) AS read, coalesce(m.flagged, 0) AS flagged",
                "LEFT JOIN article_marks m ON m.source = a.source AND m.first_line = a.first_line")
    }

    /// The ORDER BY terms of an order.
    private static func orderTerms(_ order: ArticleList.Order) -> String {
        switch order {
        case .ingest: "a.position"
        case .date: "a.date IS NULL, a.date DESC, a.position"
        case .outlet: "COALESCE(\(Library.frontMatterOutlet), a.source), a.position"
        case .title: "a.title COLLATE NOCASE, a.position"
        case .quotes: "a.quote_count DESC, a.position"
        }
    }

    /// The WHERE condition of a filter with its arguments; nil when nothing can match.
    private static func condition(_ db: Database, _ filter: ArticleList.Filter?) throws -> (String, StatementArguments)? {
        switch filter {
        case nil: return ("1", [])
        case let .outlet(name):
            return ("(instr(lower(a.source), lower(?)) > 0 OR instr(lower(\(Library.frontMatterOutlet)), lower(?)) > 0)",
                    [name, name])
        case let .speaker(name):
            guard let (clause, arguments) = try speakerClause(db, "speaker_id", matching: SpeakerQuery(name)) else { return nil }
            return ("a.id IN (SELECT article_id FROM quotes WHERE \(clause))", arguments)
        case let .story(id): return ("a.id IN (SELECT article_id FROM segments WHERE story_id = ?)", [id])
        case let .words(query):
            return ("a.id IN (SELECT article_id FROM passages WHERE id IN "
                    + "(SELECT rowid FROM passages_fts WHERE passages_fts MATCH ?))", [query])
        case .unread: return (try hasMarks(db) ? "coalesce(m.read, 0) = 0" : "1", [])
        case .flagged: return (try hasMarks(db) ? "coalesce(m.flagged, 0) = 1" : "0", [])
        }
    }

    /// Runs a query of the list, turning a malformed full-text query into ``LibraryError/badQuery(query:detail:)``.
    private func readList<T>(_ list: ArticleList, _ body: (Database, _ from: String, _ arguments: StatementArguments) throws -> T,
                             none: T) throws -> T {
        do {
            return try pool.read { db in
                guard let (condition, arguments) = try Library.condition(db, list.filter) else { return none }
                let join = try Library.marksJoin(db).join
                return try body(db, "FROM articles a \(join) WHERE \(condition)", arguments)
            }
        } catch let error as DatabaseError where error.resultCode == .SQLITE_ERROR {
            if case let .words(query) = list.filter { throw LibraryError.badQuery(query: query, detail: error.message ?? "syntax error") }
            throw LibraryError.from(error, path: path)
        } catch {
            throw LibraryError.from(error, path: path)
        }
    }

    /// How many articles the list holds.
    public func articleCount(_ list: ArticleList) throws -> Int {
        // The whole list: the count the last rebuild wrote down.
        if list.filter == nil { return try counts().articles }
        return try readList(list, { db, from, arguments in
            try Int.fetchOne(db, sql: "SELECT count(*) \(from)", arguments: arguments) ?? 0
        }, none: 0)
    }

    /// The articles at positions in `range` of the list, with their marks.
    public func articles(_ list: ArticleList, _ range: Range<Int>) throws -> [(article: LibraryArticle, mark: ArticleMark)] {
        guard !range.isEmpty, range.lowerBound >= 0 else { return [] }
        return try readList(list, { db, from, arguments in
            let columns = try Library.marksJoin(db).columns
            var all = arguments
            // The whole list in order of ingest is a range of positions from the page's first (``PositionGaps``), found
            // without counting through those before.
            let page: String
            if list == ArticleList() {
                let positions = try PositionGaps.page(range, of: "a", db)
                (page, all) = ("AND " + positions.sql, all + positions.arguments)
            } else {
                (page, all) = ("ORDER BY \(Library.orderTerms(list.order)) LIMIT ? OFFSET ?", all + [range.count, range.lowerBound])
            }
            return try Library.rows(db, "SELECT a.*, \(columns) \(from) \(page)", all) { row in
                (Library.article(row), ArticleMark(read: row["read"], flagged: row["flagged"]))
            }
        }, none: [])
    }

    /// The ids of the articles of the list, in its order: one query, which a reader keeps while the list stays the
    /// same, so that paging through a sorted or limited list of 200,000 articles does not sort them again per page.
    public func articleIDs(_ list: ArticleList) throws -> [Int] {
        try readList(list, { db, from, arguments in
            try Int.fetchAll(db, sql: "SELECT a.id \(from) ORDER BY \(Library.orderTerms(list.order))", arguments: arguments)
        }, none: [])
    }

    /// Articles by id with their marks, in the order of `ids` (ids the library does not hold are left out).
    public func articles(ids: [Int]) throws -> [(article: LibraryArticle, mark: ArticleMark)] {
        guard !ids.isEmpty else { return [] }
        return try read { db in
            let columns = try Library.marksJoin(db)
            let rows = try Row.fetchAll(db, sql: """
                SELECT a.*, \(columns.columns) FROM articles a \(columns.join)
                WHERE a.id IN (\(ids.map(String.init).joined(separator: ",")))
                """)
            let byID = Dictionary(rows.map { (Int($0["id"] as Int64), $0) }, uniquingKeysWith: { first, _ in first })
            return ids.compactMap { id in
                byID[id].map { (Library.article($0), ArticleMark(read: $0["read"], flagged: $0["flagged"])) }
            }
        }
    }

    /// How many articles the library holds are marked read (counted from the marks, through the index made with them).
    public func readCount() throws -> Int {
        try read { db in
            guard try Library.hasMarks(db) else { return 0 }
            return try Int.fetchOne(db.cachedStatement(sql: """
                SELECT count(*) FROM article_marks m WHERE m.read = 1
                AND EXISTS (SELECT 1 FROM articles a WHERE a.source = m.source AND a.first_line = m.first_line)
                """)) ?? 0
        }
    }

    /// Marks an article, creating the marks table the first time. A library opened read-only is written through
    /// a connection of its own, opened now; ``LibraryError/readOnly(path:)`` when the file cannot be written.
    public func setMark(_ mark: ArticleMark, ofArticle id: Int) throws {
        let write: (Database) throws -> Void = { db in
            try db.execute(sql: Library.marksTable)
            try db.execute(sql: """
                INSERT INTO article_marks(source, first_line, read, flagged)
                SELECT source, first_line, ?, ? FROM articles WHERE id = ?
                ON CONFLICT(source, first_line) DO UPDATE SET read = excluded.read, flagged = excluded.flagged
                """, arguments: [mark.read, mark.flagged, id])
        }
        do {
            if let writer = try markWriter.writer(path: path) { try writer.write(write) } else { try pool.write(write) }
        } catch {
            throw LibraryError.from(error, path: path)
        }
    }
}

/// The connection that writes marks into a library opened read-only, opened on the first mark (reading never
/// writes otherwise). The lock guards the lazily opened queue.
final class MarkWriter: @unchecked Sendable {
    /// Whether the library was opened read-only (otherwise its own pool writes, and this stays closed).
    private let needed: Bool
    private let lock = NSLock()
    private var queue: DatabaseQueue?

    init(needed: Bool) { self.needed = needed }

    /// The writing connection to `path`, opened on first use; nil when the library's own pool writes.
    func writer(path: String) throws -> DatabaseQueue? {
        guard needed else { return nil }
        lock.lock()
        defer { lock.unlock() }
        if let queue { return queue }
        guard FileManager.default.isWritableFile(atPath: path) else { throw LibraryError.readOnly(path: path) }
        var configuration = Configuration()
        configuration.busyMode = .timeout(3)
        configuration.label = "sitrep-marks"
        let opened = try DatabaseQueue(path: path, configuration: configuration)
        queue = opened
        return opened
    }
}
