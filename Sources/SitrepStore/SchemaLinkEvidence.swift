import GRDB

/// What links each segment to its story's segments in other articles (``SitrepCore/LinkEvidence``), kept on the
/// segment's row: the names it writes (`names`, one a line, made once from its passages) and its evidence
/// (`link_evidence`, JSON; NULL for a segment with no other article in its story). A library written before this
/// migration has none until its stories are touched again (`sitrep relink` touches them all).
enum SchemaLinkEvidence {
    static let identifier = "link-evidence-v1"

    static func register(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration(identifier) { db in
            try db.execute(sql: """
                ALTER TABLE segments ADD COLUMN names TEXT;
                ALTER TABLE segments ADD COLUMN link_evidence TEXT;
                """)
        }
    }
}
