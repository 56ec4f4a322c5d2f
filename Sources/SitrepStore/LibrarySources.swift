import Foundation
import GRDB
import SitrepCore

/// What storing one file did.
public enum SourceChange: String, Sendable {
    case added, replaced, unchanged
}

extension Library {
    /// The content hash stored for a file, nil when the file is not in the library.
    public func storedHash(of path: String) throws -> String? {
        try read { db in try String.fetchOne(db, sql: "SELECT hash FROM sources WHERE path = ?", arguments: [path]) }
    }

    /// Stores one decoded file in its own transaction, replacing an earlier version; an unchanged file is left
    /// alone. The derived tables are brought up to date by ``rebuild(analyzer:progress:)``.
    @discardableResult
    public func store(_ source: SourceText, hash: String) throws -> SourceChange {
        try write { db in
            let existing = try String.fetchOne(db, sql: "SELECT hash FROM sources WHERE path = ?", arguments: [source.name])
            if existing == hash { return .unchanged }
            try db.execute(
                sql: """
                    INSERT INTO sources(path, hash, size, content, ingested_at) VALUES (?, ?, ?, ?, ?)
                    ON CONFLICT(path) DO UPDATE SET hash = excluded.hash, size = excluded.size,
                        content = excluded.content, ingested_at = excluded.ingested_at
                    """,
                arguments: [source.name, hash, source.bytes.count, Data(source.bytes), Date().timeIntervalSince1970])
            try Library.bumpGeneration(db)
            return existing == nil ? .added : .replaced
        }
    }

    /// Removes files from the library (by stored path); the derived tables follow at the next rebuild.
    public func remove(paths: [String]) throws -> Int {
        try write { db in
            var removed = 0
            for path in paths {
                try db.execute(sql: "DELETE FROM sources WHERE path = ?", arguments: [path])
                removed += db.changesCount
            }
            if removed > 0 { try Library.bumpGeneration(db) }
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

    private static func decode(_ rows: [Row]) -> [SourceText] {
        rows.compactMap { row in
            let bytes: Data = row["content"]
            return try? SourceText.decode(name: row["path"], bytes: Array(bytes))
        }
    }

    /// Files were stored since the derived tables were last rebuilt.
    public var needsRebuild: Bool {
        get throws {
            try read { db in try Library.generation(db, "generation") != Library.generation(db, "built") }
        }
    }

    static func generation(_ db: Database, _ key: String) throws -> Int {
        try Int.fetchOne(db, sql: "SELECT CAST(value AS INTEGER) FROM meta WHERE key = ?", arguments: [key]) ?? 0
    }

    static func bumpGeneration(_ db: Database) throws {
        try db.execute(sql: """
            INSERT INTO meta(key, value) VALUES ('generation', '1')
            ON CONFLICT(key) DO UPDATE SET value = CAST(value AS INTEGER) + 1
            """)
    }
}
