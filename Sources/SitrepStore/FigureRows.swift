import GRDB
import SitrepCore

/// What the library keeps of a figure beyond the first version's columns (who gives it, the day and place it refers
/// to, whether it is vague, the upper end of a range, the group it counts) and each figure's counterparts in other
/// sources: their migration, the rows the index writer writes, and the reads. A library written before this
/// migration is still read: the later columns read as nothing, and a figure has no counterparts; the migration
/// (made by the next command that writes) has its figures written again by the next rebuild.
enum FigureRows {
    /// The migration's name, registered after the first version's tables.
    static let migration = "figures-v2"

    static func register(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration(migration) { db in
            try db.execute(sql: """
                ALTER TABLE figures ADD COLUMN said_by TEXT;
                ALTER TABLE figures ADD COLUMN date TEXT;
                ALTER TABLE figures ADD COLUMN place TEXT;
                ALTER TABLE figures ADD COLUMN vague INTEGER;
                ALTER TABLE figures ADD COLUMN upper_value REAL;
                ALTER TABLE figures ADD COLUMN counted_group TEXT;
                -- The figures of the same story, kind and counted group that other sources give.
                CREATE TABLE figure_counterparts(figure_id INTEGER NOT NULL, counterpart_id INTEGER NOT NULL);
                CREATE INDEX figure_counterparts_by_figure ON figure_counterparts(figure_id);
                """)
            // Figures written before have none of it: the next ingest or rebuild writes them again.
            if try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM figures)") == true { try Library.bumpGeneration(db) }
        }
    }

    /// Empties the counterparts, before a rebuild writes them again.
    static func clear(_ db: Database) throws {
        try db.execute(sql: "DELETE FROM figure_counterparts")
    }

    /// The statement that writes a figure's row (see ``arguments(id:article:segment:placed:figure:)``).
    static func insertStatement(_ db: Database) throws -> Statement {
        try db.cachedStatement(sql: """
            INSERT INTO figures(id, article_id, segment_id, passage_id, source, line, "column", number, value, counts,
                category, hedge, range_start, range_end, said_by, date, place, vague, upper_value, counted_group)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
    }

    /// A figure's row: its id, article and segment rows, and where it stands in its passage.
    static func arguments(id: Int, article: Int, segment: Int64, placed: (Int64, Range<Int>)?,
                          figure: Figure) -> StatementArguments {
        [
            id, article, segment, placed?.0, figure.span.file, figure.span.start.line, figure.span.start.column,
            figure.number, figure.value, figure.counts, figure.category, figure.hedge,
            placed?.1.lowerBound, placed?.1.upperBound, figure.saidBy, figure.date, figure.place, figure.isVague,
            figure.upperValue, figure.group,
        ]
    }

    /// Writes each compared figure's relation to the other sources and its counterparts (figure `i` is row `i + 1`).
    static func writeComparisons(_ db: Database, _ links: Links) throws {
        let comparison = try db.makeStatement(sql: "UPDATE figures SET comparison = ? WHERE id = ?")
        for (figure, result) in links.figureComparisons.sorted(by: { $0.key < $1.key }) {
            try comparison.execute(arguments: [result, figure + 1])
        }
        let counterpart = try db.makeStatement(sql: "INSERT INTO figure_counterparts(figure_id, counterpart_id) VALUES (?, ?)")
        for (figure, others) in links.figureCounterparts.sorted(by: { $0.key < $1.key }) {
            for other in others { try counterpart.execute(arguments: [figure + 1, other + 1]) }
        }
    }

    /// The columns a figure is read with: its row, its segment's place in its article, and how many counterparts
    /// it has (none in a library from before this migration).
    static func columns(_ db: Database) throws -> String {
        let counted = try db.tableExists("figure_counterparts")
            ? "(SELECT count(*) FROM figure_counterparts c WHERE c.figure_id = f.id)" : "0"
        return "f.*, s.ordinal AS segment_ordinal, \(counted) AS counterpart_count"
    }

    /// A figure from a row read with ``columns(_:)``.
    static func figure(_ row: Row) -> LibraryFigure {
        LibraryFigure(number: row["number"], value: row["value"], counts: row["counts"], category: row["category"],
                      comparison: row["comparison"], source: row["source"], line: row["line"],
                      passage: row["passage_id"], range: Library.range(row), id: row["id"], article: row["article_id"],
                      segmentOrdinal: row["segment_ordinal"], hedge: row["hedge"], saidBy: row["said_by"],
                      date: row["date"], place: row["place"], isVague: (row["vague"] as Bool?) ?? false,
                      upperValue: row["upper_value"], group: row["counted_group"],
                      counterpartCount: row["counterpart_count"] ?? 0)
    }
}

extension Library {
    /// Figures of a segment, in order; the first `limit` when one is given.
    public func figures(ofSegment id: Int, limit: Int = .max) throws -> [LibraryFigure] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT \(try FigureRows.columns(db)) FROM figures f JOIN segments s ON s.id = f.segment_id
                WHERE f.segment_id = ? ORDER BY f.id LIMIT ?
                """, arguments: [id, limit]).map(FigureRows.figure)
        }
    }

    /// The first `limit` figures of the story a segment belongs to, set side by side: by kind (none last), counted
    /// group, then source and reading order. A segment in no story gives its own figures.
    public func storyFigures(ofSegment id: Int, limit: Int) throws -> [LibraryFigure] {
        try read { db in
            let story = try Int.fetchOne(db, sql: "SELECT story_id FROM segments WHERE id = ?", arguments: [id]) ?? 0
            let group = try db.columns(in: "figures").contains { $0.name == "counted_group" } ? "f.counted_group" : "lower(f.counts)"
            return try Row.fetchAll(db, sql: """
                SELECT \(try FigureRows.columns(db)) FROM figures f JOIN segments s ON s.id = f.segment_id
                WHERE \(story > 0 ? "s.story_id" : "s.id") = ?
                ORDER BY f.category IS NULL, f.category, \(group), f.source, f.id LIMIT ?
                """, arguments: [story > 0 ? story : id, limit]).map(FigureRows.figure)
        }
    }

    /// A figure (by id) and then its counterparts in other sources; empty when there is no such figure.
    public func figureWithCounterparts(_ id: Int) throws -> [LibraryFigure] {
        try read { db in
            let columns = try FigureRows.columns(db)
            guard let figure = try Row.fetchOne(db, sql: """
                SELECT \(columns) FROM figures f JOIN segments s ON s.id = f.segment_id WHERE f.id = ?
                """, arguments: [id]).map(FigureRows.figure) else { return [] }
            guard try db.tableExists("figure_counterparts") else { return [figure] }
            return [figure] + (try Row.fetchAll(db, sql: """
                SELECT \(columns) FROM figure_counterparts c JOIN figures f ON f.id = c.counterpart_id
                JOIN segments s ON s.id = f.segment_id WHERE c.figure_id = ? ORDER BY c.rowid
                """, arguments: [id]).map(FigureRows.figure))
        }
    }
}
