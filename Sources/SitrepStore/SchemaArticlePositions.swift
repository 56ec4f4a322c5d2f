import GRDB

/// The position of each article by its id, in an index of its own: the reader lists the other segments of a story in
/// list order and finds the next one in another article (`]`, `[`) by their articles' positions, and read the row of
/// each member's article for it (a story of 2,000 segments in a 200,000-article library: 37 ms from disk at a key,
/// each row on a page of its own). The index holds a few bytes an article and stays in memory.
enum SchemaArticlePositions {
    static let identifier = "article-positions-v1"
    /// The index, named where a query reads through it (`INDEXED BY`).
    static let index = "articles_position_of"

    static func register(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration(identifier) { db in
            try db.execute(sql: "CREATE INDEX \(index) ON articles(id, position)")
        }
    }

    /// How a query joins an article to read only its position: through the index where the library has it (SQLite
    /// would read the table by row id), else as before (a library from before, opened read-only).
    static func positionOnly(_ db: Database) throws -> String {
        try db.indexes(on: "articles").contains { $0.name == index } ? "INDEXED BY \(index)" : ""
    }
}
