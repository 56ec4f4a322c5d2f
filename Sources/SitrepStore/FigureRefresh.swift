import GRDB
import SitrepCore

/// Compares the figures of stories that changed (``FigureComparison``): each story's figures are read, compared
/// across its sources, and their comparison and counterparts written again; figures of other stories are not read.
struct FigureRefresh {
    let db: Database
    let lexicon: Lexicon

    func compare(stories: [Int64]) throws {
        guard !stories.isEmpty else { return }
        let rows = try Row.fetchAll(db, sql: """
            SELECT f.id, f.article_id, a.source_id, s.story_id, f.category, f.value, f.vague, f.counted_group, a.day
            FROM figures f JOIN segments s ON s.id = f.segment_id JOIN articles a ON a.id = f.article_id
            WHERE s.story_id IN (\(stories.map(String.init).joined(separator: ","))) ORDER BY f.id
            """)
        let items = rows.map { row in
            FigureComparison.Item(article: Int(row["article_id"] as Int64), source: String(row["source_id"] as Int64),
                                  story: Int(row["story_id"] as Int64), category: row["category"], value: row["value"],
                                  isVague: row["vague"], group: row["counted_group"], day: row["day"])
        }
        let compared = FigureComparison.compare(items)
        // What is stored already: a figure whose comparison and counterparts did not change is not written again
        // (a large story's figures mostly keep theirs when a few join it).
        let ids = rows.map { $0["id"] as Int64 }
        var stored: [Int64: (comparison: String?, counterparts: [Int64])] = [:]
        for row in try Row.fetchAll(db, sql: """
            SELECT f.id, f.comparison, (SELECT group_concat(c.counterpart_id) FROM figure_counterparts c WHERE c.figure_id = f.id)
            FROM figures f JOIN segments s ON s.id = f.segment_id
            WHERE s.story_id IN (\(stories.map(String.init).joined(separator: ",")))
            """) {
            let list = (row[2] as String?)?.split(separator: ",").compactMap { Int64($0) } ?? []
            stored[row[0]] = (row[1], list)
        }
        let statement = try db.cachedStatement(sql: "UPDATE figures SET comparison = ? WHERE id = ?")
        let forget = try db.cachedStatement(sql: "DELETE FROM figure_counterparts WHERE figure_id = ?")
        let counterpart = try db.cachedStatement(sql: "INSERT INTO figure_counterparts(figure_id, counterpart_id) VALUES (?, ?)")
        for (index, id) in ids.enumerated() {
            let relation = compared.relations[index]
            let counterparts = (compared.counterparts[index] ?? []).map { ids[$0] }
            let old = stored[id] ?? (nil, [])
            if old.comparison != relation { try statement.execute(arguments: [relation, id]) }
            guard old.counterparts != counterparts else { continue }
            try forget.execute(arguments: [id])
            for other in counterparts { try counterpart.execute(arguments: [id, other]) }
        }
    }
}
