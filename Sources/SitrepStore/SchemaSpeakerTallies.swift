import GRDB

/// Each speaker keeps the running totals its record is made from (``SpeakerTally/bytes``), so that an ingest adds
/// a new article's evidence to them instead of reading every article of the speaker again (``SpeakerIndex``). A
/// speaker without one (stored before this migration) has its tally made from all its articles the next time it is
/// touched.
enum SchemaSpeakerTallies {
    static let identifier = "speaker-tallies-v1"

    static func register(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration(identifier) { db in
            try db.execute(sql: "ALTER TABLE speakers ADD COLUMN tally BLOB")
        }
    }
}
