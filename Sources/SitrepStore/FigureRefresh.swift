import GRDB
import SitrepCore

/// Compares the figures of stories that changed (``FigureComparison``): each story's figures are read, compared
/// across its sources, and their comparison written again; figures of other stories are not read.
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
        let relations = FigureComparison.compare(items).relations
        let statement = try db.cachedStatement(sql: "UPDATE figures SET comparison = ? WHERE id = ?")
        for (index, row) in rows.enumerated() {
            try statement.execute(arguments: [relations[index], row["id"] as Int64])
        }
    }
}
