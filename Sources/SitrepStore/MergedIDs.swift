import GRDB

/// Kinds of rows that can be merged into another of their kind.
public enum MergedKind: String, Sendable {
    case speaker, story
}

extension Library {
    /// The id a speaker or story id stands for now: itself, or the row it was merged into (ids given out before a
    /// merge keep working).
    public func resolve(_ kind: MergedKind, _ id: Int) throws -> Int {
        try read { db in try Library.resolved(db, kind, id) }
    }

    static func resolved(_ db: Database, _ kind: MergedKind, _ id: Int) throws -> Int {
        // A library written before merges were kept has none.
        guard try db.tableExists("merged") else { return id }
        return try Int.fetchOne(db.cachedStatement(sql: "SELECT new_id FROM merged WHERE kind = ? AND old_id = ?"),
                                arguments: [kind.rawValue, id]) ?? id
    }
}
