import GRDB

/// The index of a story's segments gives, after the story, each segment's article and position in it: the reader
/// lists a story's other segments in list order, and finds the next one in another article (`]`, `[`), from the
/// index and the articles' positions, reading the rows of the few it shows only (it read the row of every segment
/// of the story, each holding its term vector: a story of hundreds of segments took milliseconds a key).
enum SchemaStoryPlaces {
    static let identifier = "story-places-v1"

    static func register(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration(identifier) { db in
            try db.execute(sql: """
                DROP INDEX IF EXISTS segments_by_story;
                CREATE INDEX segments_by_story_place ON segments(story_id, article_id, ordinal);
                """)
        }
    }
}
