import GRDB

/// The speakers a description names in a story (``SpeakerIndex``: an unnamed speaker is the one other articles of
/// its story describe alike) are read from an index of each `entities` row's speaker, whether it is named and its
/// article, by row id. Through the table, each place of the description in the story read its speaker's full row
/// (with its evidence), a page of its own: a description such as a surname in a long story holds over a thousand
/// places, and a new article's speakers asked it for each of their descriptions in each of their stories.
enum SchemaEntitySpeakers {
    static let identifier = "entity-speakers-v1"
    /// The index, named where a query reads through it (`INDEXED BY`).
    static let index = "entities_speaker_of"

    static func register(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration(identifier) { db in
            try db.execute(sql: "CREATE INDEX \(index) ON entities(id, speaker_id, named, article_id)")
        }
    }
}
