import GRDB

/// The rows a batch added to one of the library's searchable tables (passages, quotations, aliases), put in its
/// full-text index in one statement when the batch is done (see ``SchemaBatchedSearch``). Rows get ever larger
/// ids, so the batch's rows are those above the largest id when it began; a row is in the index before anything
/// can remove it (removal takes its words out of the index through a trigger).
struct BatchedSearch {
    /// A table and its FTS5 index.
    struct Index: Sendable {
        var table: String
        var search: String
        var columns: String
    }

    static let passages = Index(table: "passages", search: "passages_fts", columns: "text")
    static let quotes = Index(table: "quotes", search: "quotes_fts", columns: "text")
    static let aliases = Index(table: "aliases", search: "aliases_fts", columns: "alias, keys")

    let index: Index
    /// The largest id already in the index.
    private var indexed: Int64

    /// Starts a batch of rows of `index`'s table: every row there now is indexed.
    init(_ db: Database, _ index: Index) throws {
        self.index = index
        indexed = try BatchedSearch.lastID(db, index)
    }

    /// Puts the rows added since the batch began (or since the last call) in the index.
    mutating func fill(_ db: Database) throws {
        let last = try BatchedSearch.lastID(db, index)
        guard last > indexed else { return }
        try db.execute(sql: """
            INSERT INTO \(index.search)(rowid, \(index.columns)) SELECT id, \(index.columns) FROM \(index.table) WHERE id > ?
            """, arguments: [indexed])
        indexed = last
    }

    private static func lastID(_ db: Database, _ index: Index) throws -> Int64 {
        try Int64.fetchOne(db.cachedStatement(sql: "SELECT coalesce(max(id), 0) FROM \(index.table)")) ?? 0
    }
}
