import Foundation
import GRDB
import SitrepCore

extension Library {
    /// Makes the library's stories and speakers again from what its articles' analysis stored (segments' terms,
    /// what each article says of its speakers), as one ingest of all its files in the order of their paths would
    /// link them; no file is analysed again. Stories and speakers keep their ids where they survive: each new one
    /// takes the id of the old one that gave it the most segments (speakers: articles), and an old id no new one
    /// took resolves to the one that took most of its segments. One transaction: an interrupted relink leaves the
    /// library as it was. `progress` is told the files linked so far and how many there are, after each batch.
    public func relink(analyzer: Analyzer = Analyzer(), progress: (_ linked: Int, _ total: Int) -> Void = { _, _ in }) throws {
        try write { db in
            guard try Bool.fetchOne(db, sql: """
                SELECT NOT EXISTS (SELECT 1 FROM segments s WHERE NOT EXISTS (SELECT 1 FROM segment_terms t WHERE t.segment_id = s.id))
                """) == true else {
                throw LibraryError.needsReindex(path: path)
            }
            let lastStory = try Library.lastID(db, "stories")
            let lastSpeaker = try Library.lastID(db, "speakers")
            try db.execute(sql: """
                CREATE TEMP TABLE relink_segments(segment_id INTEGER PRIMARY KEY, old INTEGER NOT NULL);
                INSERT INTO relink_segments SELECT id, story_id FROM segments;
                CREATE TEMP TABLE relink_entities(entity_id INTEGER PRIMARY KEY, article_id INTEGER NOT NULL,
                    old INTEGER NOT NULL, evidence TEXT NOT NULL, new_entity INTEGER);
                INSERT INTO relink_entities SELECT id, article_id, speaker_id, evidence, NULL FROM entities;
                CREATE INDEX temp.relink_entities_by_article ON relink_entities(article_id);
                DELETE FROM stories; DELETE FROM places; DELETE FROM postings; DELETE FROM terms;
                DELETE FROM entities; DELETE FROM aliases; DELETE FROM speakers; DELETE FROM bare_groups;
                DELETE FROM meta WHERE key IN ('term_segments', 'term_articles');
                UPDATE segments SET story_id = 0;
                """)
            let sources = try Int64.fetchAll(db, sql: "SELECT id FROM sources WHERE analysed = 1 ORDER BY path")
            var done = 0
            for start in stride(from: 0, to: sources.count, by: Library.rebuildBatch) {
                let batch = Array(sources[start..<min(sources.count, start + Library.rebuildBatch)])
                try Library.relink(db, sources: batch, analyzer: analyzer, path: path)
                done += batch.count
                progress(done, sources.count)
            }
            // Merges made while relinking joined stories and speakers that only existed in between.
            try db.execute(sql: """
                DELETE FROM merged WHERE kind = 'story' AND old_id > ?;
                DELETE FROM merged WHERE kind = 'speaker' AND old_id > ?;
                """, arguments: [lastStory, lastSpeaker])
            try Library.keepIDs(db, kind: "story", table: "stories", references: [("segments", "story_id"), ("places", "story_id")], pairs: """
                SELECT s.story_id, r.old, count(*) FROM segments s JOIN relink_segments r ON r.segment_id = s.id
                GROUP BY s.story_id, r.old
                """)
            try Library.keepIDs(db, kind: "speaker", table: "speakers",
                                references: [("entities", "speaker_id"), ("quotes", "speaker_id"), ("aliases", "speaker_id"),
                                             ("bare_groups", "speaker_id")], pairs: """
                SELECT e.speaker_id, r.old, count(*) FROM relink_entities r JOIN entities e ON e.id = r.new_entity
                GROUP BY e.speaker_id, r.old
                """)
            try db.execute(sql: "DROP TABLE relink_segments; DROP TABLE relink_entities")
            try LibraryCounts.recount(db)
            try Library.bumpBuilt(db)
        }
    }

    /// The largest id a table has given (ids are never given again).
    private static func lastID(_ db: Database, _ table: String) throws -> Int64 {
        try Int64.fetchOne(db, sql: "SELECT seq FROM sqlite_sequence WHERE name = ?", arguments: [table]) ?? 0
    }

    /// Links the articles of some stored files (`sources`, in order) again, as an ingest of them links them;
    /// `path` names the library in an error.
    private static func relink(_ db: Database, sources: [Int64], analyzer: Analyzer, path: String) throws {
        let order = Dictionary(uniqueKeysWithValues: sources.enumerated().map { ($1, $0) })
        let articles = try Row.fetchAll(db, sql: """
            SELECT id, source_id, ordinal, source, title, kind, day, \(Library.frontMatterOutlet) AS outlet FROM articles a
            WHERE source_id IN (\(sources.map(String.init).joined(separator: ",")))
            """).sorted { (order[$0["source_id"]] ?? 0, $0["ordinal"] as Int) < (order[$1["source_id"]] ?? 0, $1["ordinal"] as Int) }
        let segments = try db.cachedStatement(sql: """
            SELECT s.id, s.heading, s.event_day, t.terms FROM segments s LEFT JOIN segment_terms t ON t.segment_id = s.id
            WHERE s.article_id = ? ORDER BY s.ordinal
            """)
        var inputs: [(article: Int64, segments: [Int64], input: LinkInput)] = []
        for row in articles {
            let rows = try Row.fetchAll(segments, arguments: [row["id"] as Int64])
            let terms = try rows.map { segment in
                guard let bytes = segment["terms"] as Data?, let terms = TermCounts(bytes: [UInt8](bytes)) else {
                    throw LibraryError.needsReindex(path: path)
                }
                return terms
            }
            let input = LinkInput(storedSource: row["source"], title: row["title"], headings: rows.map { $0["heading"] },
                                  isLiveBlog: row["kind"] == Article.Kind.liveBlog.rawValue, day: row["day"],
                                  eventDays: rows.map { $0["event_day"] }, outlet: row["outlet"], terms: terms)
            inputs.append((row["id"], rows.map { $0["id"] }, input))
        }
        var stories = StoryIndex(db: db, linker: analyzer.linker)
        var speakers = SpeakerIndex(db: db, lexicon: analyzer.lexicon)
        try stories.count(inputs.map(\.input))
        let entities = try db.cachedStatement(sql: "SELECT entity_id, evidence FROM relink_entities WHERE article_id = ? ORDER BY entity_id")
        let quotes = try db.cachedStatement(sql: "UPDATE quotes SET entity_id = ?, speaker_id = ? WHERE entity_id = ?")
        let moved = try db.cachedStatement(sql: "UPDATE relink_entities SET new_entity = ? WHERE entity_id = ?")
        let decoder = JSONDecoder()
        for item in inputs {
            let storyOf = try stories.link(item.input, article: item.article, segments: item.segments)
            let merged = stories.takeMerged()
            try speakers.storiesMerged(merged)
            let stored = try Row.fetchAll(entities, arguments: [item.article])
            let evidence = try stored.map { try decoder.decode(SpeakerEvidence.self, from: Data(($0["evidence"] as String).utf8)) }
            let placed = try speakers.add(evidence, article: item.article, storyOfSegment: storyOf)
            for (local, row) in stored.enumerated() {
                guard let place = placed[local] else { continue }
                try quotes.execute(arguments: [place.entity, place.speaker, row["entity_id"] as Int64])
                try moved.execute(arguments: [place.entity, row["entity_id"] as Int64])
            }
        }
        try speakers.refresh()
        try stories.refresh(analyzer: analyzer)
    }

    /// Gives the stories or speakers made by a relink the ids of the old ones they continue: `pairs` counts, for
    /// each new id and old id, the members the old one gave the new one. The most members first, each new one takes
    /// one old id and each old id goes to one new one; an old id left over resolves (`merged`) to the new one that
    /// took most of its members. `references` are the columns that hold the ids.
    private static func keepIDs(_ db: Database, kind: String, table: String, references: [(table: String, column: String)],
                                pairs: String) throws {
        let counted = try Row.fetchAll(db, sql: pairs).map { (new: $0[0] as Int64, old: $0[1] as Int64, count: $0[2] as Int) }
            .sorted { ($0.count, $1.new, $1.old) > ($1.count, $0.new, $0.old) }
        var idOf: [Int64: Int64] = [:]
        var taken = Set<Int64>()
        var mostOf: [Int64: Int64] = [:]
        for pair in counted {
            if mostOf[pair.old] == nil { mostOf[pair.old] = pair.new }
            guard idOf[pair.new] == nil, !taken.contains(pair.old) else { continue }
            idOf[pair.new] = pair.old
            taken.insert(pair.old)
        }
        try db.execute(sql: "CREATE TEMP TABLE relink_ids(new INTEGER PRIMARY KEY, old INTEGER NOT NULL)")
        let insert = try db.makeStatement(sql: "INSERT INTO relink_ids(new, old) VALUES (?, ?)")
        for (new, old) in idOf.sorted(by: { $0.key < $1.key }) { try insert.execute(arguments: [new, old]) }
        // The old ids are free (their rows are gone) and smaller than every new one: no id is held twice on the way.
        try db.execute(sql: """
            UPDATE \(table) SET id = (SELECT old FROM relink_ids WHERE new = \(table).id) WHERE id IN (SELECT new FROM relink_ids)
            """)
        for reference in references {
            try db.execute(sql: """
                UPDATE \(reference.table) SET \(reference.column) = m.old FROM relink_ids m WHERE \(reference.table).\(reference.column) = m.new
                """)
        }
        let resolve = try db.makeStatement(sql: """
            UPDATE merged SET new_id = ? WHERE kind = ? AND new_id = ?;
            """)
        let record = try db.makeStatement(sql: "INSERT OR REPLACE INTO merged(kind, old_id, new_id) VALUES (?, ?, ?)")
        for (old, new) in mostOf.sorted(by: { $0.key < $1.key }) where !taken.contains(old) {
            let target = idOf[new] ?? new
            try resolve.execute(arguments: [target, kind, old])
            try record.execute(arguments: [kind, old, target])
        }
        try db.execute(sql: "DROP TABLE relink_ids")
    }
}
