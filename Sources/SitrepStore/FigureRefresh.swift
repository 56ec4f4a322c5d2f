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
        let statement = try db.cachedStatement(sql: "UPDATE figures SET comparison = ? WHERE id = ?")
        let forget = try db.cachedStatement(sql: "DELETE FROM figure_counterparts WHERE figure_id = ?")
        let counterpart = try db.cachedStatement(sql: "INSERT INTO figure_counterparts(figure_id, counterpart_id) VALUES (?, ?)")
        for (index, row) in rows.enumerated() {
            let id: Int64 = row["id"]
            try statement.execute(arguments: [compared.relations[index], id])
            try forget.execute(arguments: [id])
            for other in compared.counterparts[index] ?? [] {
                try counterpart.execute(arguments: [id, rows[other]["id"] as Int64])
            }
        }
    }
}
