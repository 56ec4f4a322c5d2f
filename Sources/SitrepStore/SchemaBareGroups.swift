import GRDB

/// What matching a bare surname reads without going through every row of the surname (``SpeakerIndex``):
/// - `surname_totals`: for each name part, how many quotations each full name carrying it has in the whole library
///   (`weight`) and in undated articles (`undated`), kept up to date by triggers as full names are added and removed.
///   An undated bare mention is of every period: its bearer is chosen from the totals, once for all the undated
///   mentions of the part that have no bearer in their stories (the part's undated group); an undated full name is of
///   every period too: a dated mention's period adds the undated totals;
/// - `bare_groups`: for each name part, the speaker its bare mentions that no bearer takes stand apart as (kept when
///   that speaker is emptied into a bearer, so that the same id comes back when they stand apart again), and the full
///   name the undated group goes to ('' apart, NULL not known: a removed full name makes it unknown);
/// - places of full names under each part of the name (``SpeakerIndex/bearing(_:)``) and of bare mentions under theirs
///   (``SpeakerIndex/mentioning(_:)``), so that the bearers and bare mentions of a surname in a story are read from
///   their own rows, not from every place of a long story.
/// The indexes by name part without day are dropped: no query reads them any more (the day indexes start the same).
enum SchemaBareGroups {
    static let identifier = "bare-groups-v1"

    static func register(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration(identifier) { db in
            try db.execute(sql: """
                CREATE TABLE surname_totals(
                    part TEXT NOT NULL, full_key TEXT NOT NULL, weight INTEGER NOT NULL, undated INTEGER NOT NULL,
                    PRIMARY KEY (part, full_key)) WITHOUT ROWID;
                INSERT INTO surname_totals(part, full_key, weight, undated)
                    SELECT part, full_key, sum(count), sum(CASE WHEN day IS NULL THEN count ELSE 0 END) FROM (
                        SELECT first AS part, full_key, count, day FROM entities WHERE first IS NOT NULL AND full_key IS NOT NULL
                        UNION ALL SELECT last, full_key, count, day FROM entities
                            WHERE last IS NOT NULL AND full_key IS NOT NULL AND last IS NOT first)
                    GROUP BY part, full_key;
                CREATE TABLE bare_groups(part TEXT PRIMARY KEY, speaker_id INTEGER, bearer TEXT) WITHOUT ROWID;
                CREATE TRIGGER surname_totals_added AFTER INSERT ON entities WHEN new.first IS NOT NULL BEGIN
                    INSERT INTO surname_totals(part, full_key, weight, undated)
                        VALUES (new.first, new.full_key, new.count, CASE WHEN new.day IS NULL THEN new.count ELSE 0 END)
                        ON CONFLICT(part, full_key) DO UPDATE
                        SET weight = weight + excluded.weight, undated = undated + excluded.undated;
                    INSERT INTO surname_totals(part, full_key, weight, undated)
                        SELECT new.last, new.full_key, new.count, CASE WHEN new.day IS NULL THEN new.count ELSE 0 END
                        WHERE new.last IS NOT NULL AND new.last IS NOT new.first
                        ON CONFLICT(part, full_key) DO UPDATE
                        SET weight = weight + excluded.weight, undated = undated + excluded.undated;
                END;
                CREATE TRIGGER surname_totals_removed AFTER DELETE ON entities WHEN old.first IS NOT NULL BEGIN
                    UPDATE surname_totals
                        SET weight = weight - old.count, undated = undated - CASE WHEN old.day IS NULL THEN old.count ELSE 0 END
                        WHERE part IN (old.first, old.last) AND full_key = old.full_key;
                    DELETE FROM surname_totals WHERE part IN (old.first, old.last) AND full_key = old.full_key AND weight <= 0;
                    UPDATE bare_groups SET bearer = NULL WHERE part IN (old.first, old.last);
                END;
                INSERT INTO places(description, story_id, entity_id)
                    SELECT DISTINCT char(1) || e.first, p.story_id, e.id FROM places p JOIN entities e ON e.id = p.entity_id
                    WHERE p.description = '' AND e.first IS NOT NULL AND e.full_key IS NOT NULL;
                INSERT INTO places(description, story_id, entity_id)
                    SELECT DISTINCT char(1) || e.last, p.story_id, e.id FROM places p JOIN entities e ON e.id = p.entity_id
                    WHERE p.description = '' AND e.last IS NOT NULL AND e.full_key IS NOT NULL AND e.last IS NOT e.first;
                INSERT INTO places(description, story_id, entity_id)
                    SELECT DISTINCT char(2) || e.bare, p.story_id, e.id FROM places p JOIN entities e ON e.id = p.entity_id
                    WHERE p.description = '' AND e.bare IS NOT NULL;
                DROP INDEX entities_by_first_key;
                DROP INDEX entities_by_last_key;
                DROP INDEX entities_by_bare;
                """)
        }
    }
}
