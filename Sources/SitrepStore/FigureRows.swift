import GRDB
import SitrepCore

/// How a figure is read from the library: its row (with who gives it, the day and place it refers to, whether it is
/// vague, the upper end of a range, the group it counts) and its counterparts in other sources (written by
/// ``FigureRefresh``). A library written before those columns is still read: they read as nothing, and a figure has
/// no counterparts.
enum FigureRows {
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
            try Library.rows(db, """
                SELECT \(try FigureRows.columns(db)) FROM figures f JOIN segments s ON s.id = f.segment_id
                WHERE f.segment_id = ? ORDER BY f.id LIMIT ?
                """, [id, limit], FigureRows.figure)
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
