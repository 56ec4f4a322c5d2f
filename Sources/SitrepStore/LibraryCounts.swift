import GRDB

/// What the reader's status line shows of a library (articles, quotations, speakers, stories covered by more than
/// one source file), written down in `meta` so that opening a large library counts nothing. Each batch adds what it changed
/// to the written figures rather than counting the tables again, so that writing them costs the same at any size of
/// library.
struct LibraryCounts: Equatable {
    var articles = 0
    var quotes = 0
    var speakers = 0
    var linkedStories = 0

    /// The `meta` key the counts are written under. (Libraries written before stories were counted by their
    /// sources keep a stale `counts` row that is no longer read.)
    static let key = "library-counts"

    /// The counts as written down, nil when none are.
    static func written(_ db: Database) throws -> LibraryCounts? {
        let numbers = try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = ?", arguments: [key])?
            .split(separator: " ").compactMap { Int($0) }
        guard let numbers, numbers.count == 4 else { return nil }
        return LibraryCounts(articles: numbers[0], quotes: numbers[1], speakers: numbers[2], linkedStories: numbers[3])
    }

    /// The counts of the library's tables, counted row by row.
    static func counted(_ db: Database) throws -> LibraryCounts {
        let row = try Row.fetchOne(db, sql: """
            SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM quotes), (SELECT count(*) FROM speakers),
                   (SELECT count(*) FROM stories WHERE source_count > 1)
            """)!
        return LibraryCounts(articles: row[0], quotes: row[1], speakers: row[2], linkedStories: row[3])
    }

    /// Writes down the counts with `change` (what a batch added, negative for what it removed) added; a library
    /// with none written down yet (its first batch, a reindex) is counted in full.
    static func add(_ change: LibraryCounts, _ db: Database) throws {
        let counts = try written(db).map { $0 + change } ?? counted(db)
        try db.execute(sql: "INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)", arguments: [
            key, "\(counts.articles) \(counts.quotes) \(counts.speakers) \(counts.linkedStories)",
        ])
    }

    /// Writes down the counts of the library's tables, counted in full (after relinking the whole library).
    static func recount(_ db: Database) throws {
        try db.execute(sql: "DELETE FROM meta WHERE key = ?", arguments: [key])
        try add(LibraryCounts(), db)
    }

    static func + (left: LibraryCounts, right: LibraryCounts) -> LibraryCounts {
        LibraryCounts(articles: left.articles + right.articles, quotes: left.quotes + right.quotes,
                      speakers: left.speakers + right.speakers, linkedStories: left.linkedStories + right.linkedStories)
    }
}
