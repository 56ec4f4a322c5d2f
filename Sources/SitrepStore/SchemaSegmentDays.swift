import GRDB

/// Each segment carries its article's day and outlet: a new segment is compared with up to 64 candidate segments
/// (``StoryIndex``), and each candidate read its article's row for them as well as its own (a second page from
/// disk in a large library, and the outlet parsed out of the article's front matter each time). Both are the
/// article's for as long as the segment exists.
enum SchemaSegmentDays {
    static let identifier = "segment-days-v1"

    static func register(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration(identifier) { db in
            try db.execute(sql: """
                ALTER TABLE segments ADD COLUMN day REAL;
                ALTER TABLE segments ADD COLUMN outlet TEXT;
                UPDATE segments SET (day, outlet) = (
                    SELECT a.day, \(Library.frontMatterOutlet) FROM articles a WHERE a.id = segments.article_id);
                """)
        }
    }
}
