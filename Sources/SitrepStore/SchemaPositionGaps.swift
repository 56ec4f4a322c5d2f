import GRDB

/// The positions of removed articles are kept as gaps (``PositionGaps``) instead of every later article being
/// numbered again: removing a file wrote the row of every article ingested after it, a cost that grew with the
/// library and changed rows the removal had nothing to do with. A library from before has no gap.
enum SchemaPositionGaps {
    static let identifier = "position-gaps-v1"

    static func register(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration(identifier) { db in
            try db.execute(sql: "CREATE TABLE position_gaps(position INTEGER PRIMARY KEY, size INTEGER NOT NULL)")
        }
    }
}
