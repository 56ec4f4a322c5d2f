import GRDB

/// The stored files not analysed yet are read from an index of only those: every ingest asks for them
/// (``Library/pendingSources``), and without it SQLite went through the row of every file of the library, a cost of
/// each ingest that grew with the library however few files it added.
enum SchemaPendingSources {
    static let identifier = "pending-sources-v1"

    static func register(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration(identifier) { db in
            try db.execute(sql: "CREATE INDEX sources_pending ON sources(id) WHERE analysed = 0")
        }
    }
}
