import GRDB

/// The rule of attribution (``AttributionSieve``) that decided each quotation's speaker, kept beside its cue so that a
/// reader can ask why. Rows written before this migration have none until their file is analysed again.
enum SchemaQuoteSieves {
    static let identifier = "quote-sieves-v1"

    static func register(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration(identifier) { db in
            try db.execute(sql: "ALTER TABLE quotes ADD COLUMN sieve TEXT")
        }
    }
}
