import GRDB

/// Each pair of copies is one row, the quotation found later first (the newer one, as articles are added): both orders were stored, and the second row of a
/// pair (the older quotation first) went to a random page of the table, as did its index entry; a quotation
/// carried by 50 articles is paired with each of them, so adding 1,000 articles to a 200,000-article library wrote
/// 130,000 such rows. A quotation's copies are read from both columns (``CopyIndex/copiesOf``).
enum SchemaCopyPairs {
    static let identifier = "copy-pairs-once-v1"

    static func register(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration(identifier) { db in
            try db.execute(sql: "DELETE FROM quote_copies WHERE quote_id < copy_id")
        }
    }
}
