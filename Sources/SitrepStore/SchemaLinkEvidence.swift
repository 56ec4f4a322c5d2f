import GRDB

/// What a segment brings to the evidence of its links (``SitrepCore/LinkEvidence``, made when shown,
/// ``LinkEvidenceRows``), kept on its row: the names it writes (`names`, one a line, made once from its passages as
/// it is stored). A segment stored before this migration has none: its names are read from its passages when shown.
enum SchemaLinkEvidence {
    static let identifier = "link-evidence-v1"

    static func register(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration(identifier) { db in
            try db.execute(sql: "ALTER TABLE segments ADD COLUMN names TEXT")
        }
    }
}
