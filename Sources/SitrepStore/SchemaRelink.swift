import GRDB

/// What `sitrep relink` needs to link the library's articles again without analysing their files again: each
/// segment's terms as the analysis counted them (``TermCounts``), kept apart from the segments' rows, which linking
/// reads all the time. Segments stored before this migration have none; such a library is relinked after
/// `sitrep reindex`. Also the indexes matching a speaker by one part of its name reads without the rows: each
/// part with the full names that carry it, their counts and speakers.
enum SchemaRelink {
    static let identifier = "living-v2"

    static func register(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration(identifier) { db in
            try db.execute(sql: """
                CREATE TABLE segment_terms(segment_id INTEGER PRIMARY KEY, terms BLOB NOT NULL);
                DROP INDEX entities_by_first;
                DROP INDEX entities_by_last;
                CREATE INDEX entities_by_first_key ON entities(first, full_key, count, speaker_id);
                CREATE INDEX entities_by_last_key ON entities(last, full_key, count, speaker_id);
                """)
        }
    }
}
