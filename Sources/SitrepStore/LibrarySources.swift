import Foundation
import GRDB
import SitrepCore

/// What storing one file did.
public enum SourceChange: String, Sendable {
    case added, replaced, unchanged
}

extension Library {
    /// The content hash stored for a file and how it is cut into articles, nil when the file is not in the library.
    public func storedFile(_ path: String) throws -> (hash: String, boundaries: ArticleParser.Boundaries)? {
        try read { db in
            try Row.fetchOne(db, sql: "SELECT hash, one_article FROM sources WHERE path = ?", arguments: [path]).map { row in
                (row["hash"], (row["one_article"] as Bool) ? .wholeSource : .detected)
            }
        }
    }

    /// Stores one decoded file in its own transaction, replacing an earlier version (and everything read out of
    /// it); an unchanged file is left alone. The new version is analysed by ``rebuild(analyzer:progress:)``, its
    /// articles found as `boundaries` says: nil keeps what the stored version had (found from the text for a
    /// new file). The same bytes to be cut another way are analysed again.
    @discardableResult
    public func store(_ source: SourceText, hash: String, boundaries: ArticleParser.Boundaries? = nil) throws -> SourceChange {
        try write { db in try Library.store(db, name: source.name, bytes: source.bytes, hash: hash, boundaries: boundaries) }
    }

    /// Stores a file's bytes under its name unless the same bytes, to be cut the same way, are stored there; a
    /// replaced file loses what was read out of its earlier version, and waits to be analysed again.
    static func store(_ db: Database, name: String, bytes: [UInt8], hash: String,
                      boundaries: ArticleParser.Boundaries? = nil) throws -> SourceChange {
        let existing = try Row.fetchOne(db, sql: "SELECT id, hash, one_article FROM sources WHERE path = ?", arguments: [name])
        let wasWhole = existing.map { $0["one_article"] as Bool } ?? false
        let whole = boundaries.map { $0 == .wholeSource } ?? wasWhole
        if let existing, existing["hash"] as String == hash, whole == wasWhole { return .unchanged }
        if let existing { try IndexWriter.removeArticles(db, ofSource: existing["id"]) }
        try db.execute(
            sql: """
                INSERT INTO sources(path, hash, size, content, ingested_at, one_article) VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT(path) DO UPDATE SET hash = excluded.hash, size = excluded.size,
                    content = excluded.content, ingested_at = excluded.ingested_at, analysed = 0,
                    one_article = excluded.one_article
                """,
            arguments: [name, hash, bytes.count, Data(bytes), Date().timeIntervalSince1970, whole])
        try Library.bumpBuilt(db)
        return existing == nil ? .added : .replaced
    }

    /// Removes files from the library (by stored path) with everything read out of them, in one transaction.
    public func remove(paths: [String]) throws -> Int {
        try write { db in
            var removed = 0
            for path in paths {
                guard let id = try Int64.fetchOne(db, sql: "SELECT id FROM sources WHERE path = ?", arguments: [path]) else { continue }
                try IndexWriter.removeArticles(db, ofSource: id)
                try db.execute(sql: "DELETE FROM sources WHERE id = ?", arguments: [id])
                removed += 1
            }
            if removed > 0 { try Library.bumpBuilt(db) }
            return removed
        }
    }

    /// Paths of every stored file, sorted.
    public func sourcePaths() throws -> [String] {
        try read { db in try String.fetchAll(db, sql: "SELECT path FROM sources ORDER BY path") }
    }

    /// Every stored file, decoded again, in path order (for a rebuild or an export of the whole library).
    public func sources() throws -> [SourceText] {
        try read { db in try Library.sources(db) }
    }

    static func sources(_ db: Database) throws -> [SourceText] {
        decode(try Row.fetchAll(db, sql: "SELECT path, content FROM sources ORDER BY path"))
    }

    /// The stored files of the given ids, decoded again, in path order.
    static func sources(_ db: Database, ids: [Int64]) throws -> [SourceText] {
        let marks = Array(repeating: "?", count: ids.count).joined(separator: ", ")
        return decode(try Row.fetchAll(db, sql: "SELECT path, content FROM sources WHERE id IN (\(marks)) ORDER BY path",
                                       arguments: StatementArguments(ids)))
    }

    /// Stored files (rows with `path` and `content`) decoded again; a file that no longer decodes is left out.
    static func decode(_ rows: [Row]) -> [SourceText] {
        rows.compactMap { row in
            let bytes: Data = row["content"]
            return try? SourceText.decode(name: row["path"], bytes: Array(bytes))
        }
    }

    /// Files are stored that are not analysed yet (an ingest was interrupted, or the library was written before
    /// the analysis was kept per file).
    public var needsRebuild: Bool {
        get throws {
            try read { db in try Bool.fetchOne(db, sql: "SELECT EXISTS (\(Library.pendingSources))") ?? false }
        }
    }

    static func generation(_ db: Database, _ key: String) throws -> Int {
        try Int.fetchOne(db, sql: "SELECT CAST(value AS INTEGER) FROM meta WHERE key = ?", arguments: [key]) ?? 0
    }
}
