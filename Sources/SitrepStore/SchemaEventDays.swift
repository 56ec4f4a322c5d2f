import GRDB

/// The day each segment's event happened (``SitrepCore/EventDay``: a dateline's date, a date its lead writes out, or
/// a weekday or "yesterday" resolved against its article's date), kept on its row as it is stored (`event_day`, a
/// day number as ``SitrepCore/StoryLinker`` counts days; NULL when its text does not date it), so that incremental
/// linking, `sitrep relink` and the evidence of links read it without reading the text again. A segment stored
/// before this migration has none: its dates are compared by its article's day until `sitrep reindex`.
enum SchemaEventDays {
    static let identifier = "event-days-v1"

    static func register(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration(identifier) { db in
            try db.execute(sql: "ALTER TABLE segments ADD COLUMN event_day REAL")
        }
    }
}
