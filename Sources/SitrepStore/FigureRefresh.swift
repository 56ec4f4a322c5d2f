import GRDB
import SitrepCore

/// Compares the figures of stories that changed (``FigureComparison``): each story's figures (or those of the kinds
/// that changed) are read, compared across its sources, and their comparison and counterparts written again;
/// figures of other stories are not read.
struct FigureRefresh {
    let db: Database
    let lexicon: Lexicon

    /// Compares every figure of `stories` again.
    func compare(stories: [Int64]) throws {
        guard !stories.isEmpty else { return }
        try compare(where: "s.story_id IN (\(stories.map(String.init).joined(separator: ",")))", arguments: [])
    }

    /// Compares the figures of one story of the kinds (categories) `kinds` again: a figure is compared only with
    /// the figures of its kind, so the others keep their comparisons.
    func compare(story: Int64, kinds: [String]) throws {
        guard !kinds.isEmpty else { return }
        let marks = Array(repeating: "?", count: kinds.count).joined(separator: ", ")
        let values: [any DatabaseValueConvertible] = [story] + kinds.map { $0 as any DatabaseValueConvertible }
        try compare(where: "s.story_id = ? AND f.category IN (\(marks))", arguments: StatementArguments(values))
    }

    private func compare(where condition: String, arguments: StatementArguments) throws {
        // With what is stored already: a figure whose comparison and counterparts did not change is not written
        // again (a large story's figures mostly keep theirs when a few join it).
        let rows = try Row.fetchAll(db, sql: """
            SELECT f.id, f.article_id, a.source_id, s.story_id, f.category, f.value, f.vague, f.counted_group, a.day,
                f.comparison, (SELECT group_concat(c.counterpart_id) FROM figure_counterparts c WHERE c.figure_id = f.id)
                    AS counterparts
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
        let statement = try db.cachedStatement(sql: "UPDATE figures SET comparison = ? WHERE id = ?")
        let forget = try db.cachedStatement(sql: "DELETE FROM figure_counterparts WHERE figure_id = ?")
        let counterpart = try db.cachedStatement(sql: "INSERT INTO figure_counterparts(figure_id, counterpart_id) VALUES (?, ?)")
        for (index, id) in ids.enumerated() {
            let relation = compared.relations[index]
            let counterparts = (compared.counterparts[index] ?? []).map { ids[$0] }
            let row = rows[index]
            if row[9] as String? != relation { try statement.execute(arguments: [relation, id]) }
            let stored = (row[10] as String?)?.split(separator: ",").compactMap { Int64($0) } ?? []
            guard stored != counterparts else { continue }
            try forget.execute(arguments: [id])
            for other in counterparts { try counterpart.execute(arguments: [id, other]) }
        }
    }
}
