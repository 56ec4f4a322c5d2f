import GRDB

/// The full-text indexes of passages, quotations and aliases are filled once per batch of new rows
/// (``BatchedSearch``), not by a trigger per row: SQLite opens a savepoint for every statement whose trigger writes
/// into an FTS5 table, and FTS5 writes its pending words to disk at each one, so a trigger per row made one tiny
/// index segment per passage. Removing rows still goes through the triggers (their words must be taken out as they
/// were). The indexes keep what they hold.
enum SchemaBatchedSearch {
    static let identifier = "batched-search-v1"

    static func register(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration(identifier) { db in
            try db.execute(sql: """
                DROP TRIGGER passages_added;
                DROP TRIGGER quotes_added;
                DROP TRIGGER aliases_added;
                """)
        }
    }
}
