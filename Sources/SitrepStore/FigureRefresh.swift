import GRDB
import SitrepCore

/// Compares the figures of stories that changed (``FigureComparison``): each story's figures (or those of the kinds
/// that changed) are read, compared across its sources, and their comparison and counterparts written again where
/// they changed; figures of other stories are not read.
struct FigureRefresh {
    let db: Database
    let lexicon: Lexicon

    /// Compares every figure of `stories` again, each one's stored counterparts read to see whether they changed.
    func compare(stories: [Int64]) throws {
        guard !stories.isEmpty else { return }
        try compare(where: "s.story_id IN (\(stories.map(String.init).joined(separator: ",")))", arguments: [],
                    gained: nil)
    }

    /// Compares the figures of one story of the kinds (categories) `kinds` again after it gained the segments
    /// `gained` and nothing else changed: a figure is compared only with the figures of its kind, so the others keep
    /// their comparisons, and a figure compared before keeps its counterparts unless one of the gained segments' is
    /// among them (its first counterparts of other sources only change by taking a new figure in), so only theirs
    /// are read and written (those of a "subset" are filtered by value after they are taken: they are checked).
    func compare(story: Int64, kinds: [String], gained: Set<Int64>) throws {
        guard !kinds.isEmpty else { return }
        let marks = Array(repeating: "?", count: kinds.count).joined(separator: ", ")
        let values: [any DatabaseValueConvertible] = [story] + kinds.map { $0 as any DatabaseValueConvertible }
        try compare(where: "s.story_id = ? AND f.category IN (\(marks))", arguments: StatementArguments(values),
                    gained: gained)
    }

    /// Compares the figures `condition` selects; `gained` holds the segments new to them since they were last
    /// compared (nil: any may have changed, every figure's counterparts are checked).
    private func compare(where condition: String, arguments: StatementArguments, gained: Set<Int64>?) throws {
        let rows = try Row.fetchAll(db, sql: """
            SELECT f.id, f.article_id, a.source_id, s.story_id, f.category, f.value, f.vague, f.counted_group, a.day,
                f.comparison, f.segment_id
            FROM figures f JOIN segments s ON s.id = f.segment_id JOIN articles a ON a.id = f.article_id
            WHERE \(condition) ORDER BY f.id
            """, arguments: arguments)
        // (Columns by their place, as selected above: every figure of a long story is read.)
        let items = rows.map { row in
            FigureComparison.Item(article: Int(row[1] as Int64), source: String(row[2] as Int64),
                                  story: Int(row[3] as Int64), category: row[4], value: row[5],
                                  isVague: row[6], group: row[7], day: row[8])
        }
        let compared = FigureComparison.compare(items)
        let ids = rows.map { $0[0] as Int64 }
        let isNew = rows.map { row in gained.map { $0.contains(row[10] as Int64) } ?? true }
        let statement = try db.cachedStatement(sql: "UPDATE figures SET comparison = ? WHERE id = ?")
        for (index, id) in ids.enumerated() {
            let relation = compared.relations[index]
            let stored = rows[index][9] as String?
            if stored != relation { try statement.execute(arguments: [relation, id]) }
            let counterparts = compared.counterparts[index] ?? []
            // (A subset's list is filtered by value after it is taken: a new figure the filter drops may still push
            // another out of it. One that was a subset is checked too, whatever made it something else.)
            guard isNew[index] || counterparts.contains(where: { isNew[$0] }) || relation == "subset" || stored == "subset"
            else { continue }
            try write(counterparts.map { ids[$0] }, of: id)
        }
    }

    /// Writes a figure's counterparts: its stored rows that begin the list are kept (with their ids), the rest are
    /// written again.
    private func write(_ counterparts: [Int64], of figure: Int64) throws {
        let stored = try Row.fetchAll(db.cachedStatement(sql: """
            SELECT rowid, counterpart_id FROM figure_counterparts WHERE figure_id = ? ORDER BY rowid
            """), arguments: [figure])
        let kept = zip(stored, counterparts).prefix { $0[1] as Int64 == $1 }.count
        if kept < stored.count {
            try db.cachedStatement(sql: "DELETE FROM figure_counterparts WHERE figure_id = ? AND rowid >= ?")
                .execute(arguments: [figure, stored[kept][0] as Int64])
        }
        let insert = try db.cachedStatement(sql: "INSERT INTO figure_counterparts(figure_id, counterpart_id) VALUES (?, ?)")
        for other in counterparts[kept...] { try insert.execute(arguments: [figure, other]) }
    }
}
