import GRDB

/// The indexes of `places` give, after the columns a query names, the speaker's row (`entity_id`), and read a story's
/// places of one kind as one range: a story's bearers and bare mentions of surnames (``SpeakerIndex/storiesMerged(_:)``)
/// were read by going through every place of the story (the old index held the story alone), and each member of a
/// description in a story (``SpeakerIndex``'s unnamed speakers, bearers in a story) was read from the table row. Both
/// grew with the length of a story, so with the library.
enum SchemaPlaceRanges {
    static let identifier = "place-ranges-v1"

    static func register(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration(identifier) { db in
            try db.execute(sql: """
                DROP INDEX places_by_story;
                DROP INDEX places_by_description;
                CREATE INDEX places_by_story_description ON places(story_id, description, entity_id);
                CREATE INDEX places_by_description_entity ON places(description, story_id, entity_id);
                """)
        }
    }
}
