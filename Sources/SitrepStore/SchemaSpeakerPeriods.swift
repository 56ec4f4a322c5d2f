import GRDB

/// Each article's evidence of a speaker carries its article's day, so that a bare surname is matched to the bearer
/// prominent in its period through index ranges of name part and day (``SpeakerIndex``): the cost of adding an article
/// is bounded by its period, not by how many articles of the library give the name. A bare surname's own rows are
/// found by day the same way when a bearer arrives in their period.
enum SchemaSpeakerPeriods {
    static let identifier = "speaker-periods-v1"

    static func register(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration(identifier) { db in
            try db.execute(sql: """
                ALTER TABLE entities ADD COLUMN day REAL;
                UPDATE entities SET day = (SELECT day FROM articles WHERE articles.id = entities.article_id);
                CREATE INDEX entities_by_first_day ON entities(first, day, full_key, count);
                CREATE INDEX entities_by_last_day ON entities(last, day, full_key, count);
                CREATE INDEX entities_by_bare_day ON entities(bare, day);
                """)
        }
    }
}
