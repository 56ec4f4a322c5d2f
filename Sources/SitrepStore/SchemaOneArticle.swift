import GRDB

/// How each stored file is cut into articles: `one_article` is 1 for a file kept whole as one article
/// (`--one-article`, a folder's settings), so that analysing it again (a reindex, an interrupted ingest finished)
/// cuts it as it was first cut.
enum SchemaOneArticle {
    static let identifier = "one-article-v1"

    static func register(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration(identifier) { db in
            try db.execute(sql: "ALTER TABLE sources ADD COLUMN one_article INTEGER NOT NULL DEFAULT 0")
        }
    }
}
