import GRDB

/// Where each story's record comes from, kept on its row so that a story that only gains segments has its record
/// brought up to date from them rather than from all its segments: its first segment in the order of the files'
/// paths (`first_segment`, whose paragraphs spell its shared terms and whose article's title it takes when no
/// segment has a heading) and the first of its segments with a heading (`title_segment`, whose heading is its
/// title). A story written before this migration has neither until its record is made again in full.
enum SchemaStoryHeads {
    static let identifier = "story-heads-v1"

    static func register(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration(identifier) { db in
            try db.execute(sql: """
                ALTER TABLE stories ADD COLUMN first_segment INTEGER;
                ALTER TABLE stories ADD COLUMN title_segment INTEGER;
                """)
        }
    }
}
