import Foundation
import GRDB
import SitrepCore

/// Speakers as rows that live across ingests. What each article says of each speaker it quotes is kept
/// (`entities`: its ``SpeakerEvidence`` and the keys it is matched by); a new article's speakers are matched against
/// the library's through those keys, as ``SpeakerDirectory`` matches them across a corpus: a full name by its key;
/// a bare surname to the one full name that carries it, or the one speaking in the same story, or a far more
/// prominent one, else to the other bare mentions of it; an unnamed description to the speaker known by it in the
/// same story. When a new article shows two speakers to be one, the later is merged into the earlier, whose id the
/// merged one resolves to from then on.
struct SpeakerIndex {
    let db: Database
    let lexicon: Lexicon
    /// Writes each article's evidence of a speaker (one encoder for every entity of a batch).
    private let encoder = JSONEncoder()
    /// Speakers whose records (name, aliases, kind, counts) are to be made again.
    private var touched = Set<Int64>()
    /// Speakers that only gained evidence (no merge, no removal), with the aliases it brings: a speaker with many
    /// articles has these added to its record rather than the record made again from all its articles.
    private var grown: [Int64: [String]] = [:]
    /// Speakers made less speakers removed so far (the status line's count, ``LibraryCounts``).
    private(set) var change = LibraryCounts()

    init(db: Database, lexicon: Lexicon) {
        self.db = db
        self.lexicon = lexicon
    }

    /// An article's speaker as stored: its `entities` row and its speaker.
    struct Placed {
        var entity: Int64
        var speaker: Int64
    }

    /// Stores and matches the speakers of a new article (its local entities, in order); `storyOfSegment` gives
    /// the story of each of its segments. Returns where each local entity went (entities that never speak are
    /// left out).
    mutating func add(_ evidence: [SpeakerEvidence], article: Int64, storyOfSegment: [Int64]) throws -> [Int: Placed] {
        var placed: [Int: Placed] = [:]
        for (local, entity) in evidence.enumerated() where entity.count > 0 {
            let stories = Set(entity.segments.compactMap { $0 < storyOfSegment.count ? storyOfSegment[$0] : nil })
            let identity = entity.identity(lexicon: lexicon)
            let places = entity.descriptionKeys.filter { !$0.isEmpty }
            var speaker = try match(identity, stories: stories)
            if speaker == nil, case .unnamed = identity { speaker = try describedSpeaker(places, stories: stories, article: article, named: nil) }
            let id = try speaker ?? newSpeaker()
            let row = try insert(entity, identity: identity, article: article, speaker: id)
            for story in stories {
                for description in [SpeakerIndex.presence] + places {
                    try db.cachedStatement(sql: "INSERT INTO places(description, story_id, entity_id) VALUES (?, ?, ?)")
                        .execute(arguments: [description, story, row])
                }
            }
            var final = id
            if case let .full(key, first, last) = identity {
                for part in Set([first, last].compactMap { $0 }) { try adoptBare(part, key: key, into: final) }
            }
            if entity.name != nil {
                // Unnamed speakers of the same story known by this one's description are this one.
                if let other = try describedSpeaker(places, stories: stories, article: article, named: final), other != final {
                    try merge(other, into: final)
                }
            }
            final = try resolve(final)
            touched.insert(final)
            grown[final, default: []] += entity.aliases
            placed[local] = Placed(entity: row, speaker: final)
        }
        return placed
    }

    /// The description of a place that only says the speaker speaks in a story.
    static let presence = ""

    /// The speaker an identity matches among the library's, if any.
    private func match(_ identity: SpeakerEvidence.Identity, stories: Set<Int64>) throws -> Int64? {
        switch identity {
        case let .full(key, _, _):
            return try Int64.fetchOne(db.cachedStatement(sql: "SELECT speaker_id FROM entities WHERE full_key = ? LIMIT 1"),
                                      arguments: [key])
        case let .bare(part):
            // Read from the indexes by name part alone (a row that gives the part as first and last name counts once).
            let carriers = try Row.fetchAll(db.cachedStatement(sql: """
                SELECT full_key, sum(count) AS weight FROM (
                    SELECT id, full_key, count FROM entities WHERE first = ?1
                    UNION SELECT id, full_key, count FROM entities WHERE last = ?1)
                GROUP BY full_key
                """), arguments: [part])
            if carriers.isEmpty {
                // No full name carries it: the bare mentions of it (or a one-word name of that key) are one speaker.
                return try Int64.fetchOne(db.cachedStatement(sql: "SELECT speaker_id FROM entities WHERE bare = ? OR full_key = ? LIMIT 1"),
                                          arguments: [part, part])
            }
            let keys = Set(carriers.map { $0["full_key"] as String })
            var weight: [String: Int] = [:]
            for row in carriers { weight[row["full_key"]] = row["weight"] }
            var inStory = Set<String>()
            if !stories.isEmpty {
                inStory = Set(try String.fetchAll(db, sql: """
                    SELECT DISTINCT e.full_key FROM entities e JOIN places p ON p.entity_id = e.id
                    WHERE (e.first = ? OR e.last = ?) AND p.description = ? AND p.story_id IN (\(stories.map(String.init).joined(separator: ",")))
                    """, arguments: [part, part, SpeakerIndex.presence]))
            }
            if let bearer = SpeakerDirectory.bearer(of: keys, inStory: inStory, weight: weight) {
                return try match(.full(key: bearer, first: nil, last: nil), stories: stories)
            }
            // Two or more bearers and none stands out: the bare mentions are one speaker, apart from them all.
            return try Int64.fetchOne(db.cachedStatement(sql: """
                SELECT speaker_id FROM entities WHERE bare = ?1 AND speaker_id NOT IN (
                    SELECT speaker_id FROM entities WHERE first = ?1 UNION SELECT speaker_id FROM entities WHERE last = ?1)
                LIMIT 1
                """), arguments: [part])
        case .unnamed:
            return nil
        }
    }

    /// The speaker other articles of the same story describe as this one is described: for an unnamed speaker
    /// (`named` nil), the one named speaker so described, else the unnamed one; for a named one, an unnamed speaker
    /// so described when no other named speaker is.
    private func describedSpeaker(_ descriptions: [String], stories: Set<Int64>, article: Int64, named: Int64?) throws -> Int64? {
        for description in descriptions {
            for story in stories.sorted() {
                let members = try Row.fetchAll(db.cachedStatement(sql: """
                    SELECT e.speaker_id, e.named FROM places p JOIN entities e ON e.id = p.entity_id
                    WHERE p.description = ? AND p.story_id = ? AND e.article_id != ? ORDER BY e.id
                    """), arguments: [description, story, article])
                let namedSpeakers = Set(members.filter { $0["named"] as Bool }.map { $0["speaker_id"] as Int64 })
                let unnamed = members.filter { !($0["named"] as Bool) }.map { $0["speaker_id"] as Int64 }
                if let named {
                    guard namedSpeakers.subtracting([named]).isEmpty, let other = unnamed.first(where: { $0 != named }) else { continue }
                    return other
                }
                if namedSpeakers.count == 1 { return namedSpeakers.first }
                if let first = unnamed.first { return first }
            }
        }
        return nil
    }

    /// When `key` is the first full name to carry `part`, the bare mentions of `part` become its speaker's.
    private mutating func adoptBare(_ part: String, key: String, into speaker: Int64) throws {
        // Four ranges of the indexes by name part and full name, each stopping at its first row, rather than every
        // article that gives the part.
        let others = try Bool.fetchOne(db.cachedStatement(sql: """
            SELECT EXISTS (SELECT 1 FROM entities WHERE first = ?1 AND full_key < ?2)
                OR EXISTS (SELECT 1 FROM entities WHERE first = ?1 AND full_key > ?2)
                OR EXISTS (SELECT 1 FROM entities WHERE last = ?1 AND full_key < ?2)
                OR EXISTS (SELECT 1 FROM entities WHERE last = ?1 AND full_key > ?2)
            """), arguments: [part, key]) ?? false
        guard !others else { return }
        for bare in try Int64.fetchAll(db.cachedStatement(sql: "SELECT DISTINCT speaker_id FROM entities WHERE bare = ? AND speaker_id != ?"),
                                       arguments: [part, speaker]) {
            try merge(bare, into: speaker)
        }
    }

    private mutating func newSpeaker() throws -> Int64 {
        try db.cachedStatement(sql: "INSERT INTO speakers(name, kind, quote_count) VALUES ('', 'person', 0)").execute()
        change.speakers += 1
        return db.lastInsertedRowID
    }

    private func insert(_ entity: SpeakerEvidence, identity: SpeakerEvidence.Identity, article: Int64, speaker: Int64) throws -> Int64 {
        var key: String?, first: String?, last: String?, bare: String?
        switch identity {
        case let .full(full, firstPart, lastPart): (key, first, last) = (full, firstPart, lastPart)
        case let .bare(part): bare = part
        case .unnamed: break
        }
        let evidence = String(decoding: try encoder.encode(entity), as: UTF8.self)
        try db.cachedStatement(sql: """
            INSERT INTO entities(article_id, speaker_id, full_key, first, last, bare, named, count, evidence)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [article, speaker, key, first, last, bare, entity.name != nil, entity.count, evidence])
        return db.lastInsertedRowID
    }

    /// The speaker an id stands for now (itself, or the one it was merged into).
    private func resolve(_ speaker: Int64) throws -> Int64 {
        try Int64.fetchOne(db.cachedStatement(sql: "SELECT new_id FROM merged WHERE kind = 'speaker' AND old_id = ?"),
                           arguments: [speaker]) ?? speaker
    }

    /// Moves everything of speaker `other` to `speaker`; `other`'s id resolves to `speaker` from now on.
    private mutating func merge(_ other: Int64, into speaker: Int64) throws {
        change.speakers -= try Int.fetchOne(db.cachedStatement(sql: "SELECT count(*) FROM speakers WHERE id = ?"), arguments: [other]) ?? 0
        try db.execute(sql: """
            UPDATE entities SET speaker_id = ? WHERE speaker_id = ?;
            UPDATE quotes SET speaker_id = ? WHERE speaker_id = ?;
            DELETE FROM aliases WHERE speaker_id = ?;
            DELETE FROM speakers WHERE id = ?;
            UPDATE merged SET new_id = ? WHERE kind = 'speaker' AND new_id = ?;
            INSERT OR REPLACE INTO merged(kind, old_id, new_id) VALUES ('speaker', ?, ?);
            """, arguments: [speaker, other, speaker, other, other, other, speaker, other, other, speaker])
        touched.remove(other)
        touched.insert(speaker)
        // Merged: its record is made again in full.
        grown[other] = nil
        grown[speaker] = nil
        merged.insert(speaker)
    }

    /// Speakers that took another in: their records are made again in full.
    private var merged = Set<Int64>()

    /// A speaker with at least this many articles has its record made again in full only when their number has
    /// doubled since the last time (its name and kind are settled by then); in between, new aliases are added.
    static let settledEvidence = 256

    /// Marks speakers whose articles changed.
    mutating func touch(_ speakers: [Int64]) { touched.formUnion(speakers) }

    /// Makes the touched speakers' records again from what their articles say of them: name, aliases, kind,
    /// description, number of quotations. A speaker no article quotes any more is removed. A speaker of many
    /// articles that only gained some (see ``settledEvidence``) keeps its record, with the new aliases added.
    mutating func refresh() throws {
        var search = try BatchedSearch(db, BatchedSearch.aliases)
        let decoder = JSONDecoder()
        let alias = try db.cachedStatement(sql: "INSERT INTO aliases(speaker_id, alias, keys) VALUES (?, ?, ?)")
        let aliasesOf = try db.cachedStatement(sql: "SELECT id, alias FROM aliases WHERE speaker_id = ? ORDER BY id")
        let quoteCount = try db.cachedStatement(sql: """
            UPDATE speakers SET quote_count = (SELECT count(*) FROM quotes WHERE speaker_id = ?1) WHERE id = ?1
            """)
        let record = try db.cachedStatement(sql: """
            UPDATE speakers SET name = ?, kind = ?, description = ?, evidence_count = ?,
                quote_count = (SELECT count(*) FROM quotes WHERE speaker_id = ?5) WHERE id = ?5
            """)
        let gone = try db.cachedStatement(sql: "DELETE FROM speakers WHERE id = ?")
        let unmerged = try db.cachedStatement(sql: "DELETE FROM merged WHERE kind = 'speaker' AND new_id = ?")
        // Aliases of records made again, removed together at the end (each removal statement writes the alias
        // index to disk).
        var stale: [Int64] = []
        for speaker in touched.sorted() {
            let articles = try Int.fetchOne(db.cachedStatement(sql: "SELECT count(*) FROM entities WHERE speaker_id = ?"),
                                            arguments: [speaker]) ?? 0
            let settled = try Int.fetchOne(db.cachedStatement(sql: "SELECT evidence_count FROM speakers WHERE id = ?"),
                                           arguments: [speaker]) ?? 0
            let known = try Row.fetchAll(aliasesOf, arguments: [speaker]).map { (id: $0[0] as Int64, alias: $0[1] as String) }
            if let aliases = grown[speaker], !merged.contains(speaker), settled >= SpeakerIndex.settledEvidence,
               articles < 2 * settled {
                for name in Set(aliases).subtracting(known.map(\.alias)).sorted() {
                    try alias.execute(arguments: [speaker, name, SpeakerQuery.keys(of: name).joined(separator: " ")])
                }
                try quoteCount.execute(arguments: [speaker])
                continue
            }
            // In the order of the files' paths, as one analysis of them all reads them, so that the record is the same
            // whatever order the files came in.
            let evidence = try String.fetchAll(db.cachedStatement(sql: """
                SELECT e.evidence FROM entities e JOIN articles a ON a.id = e.article_id WHERE e.speaker_id = ?
                ORDER BY a.source, a.first_line, e.id
                """), arguments: [speaker]).compactMap { try? decoder.decode(SpeakerEvidence.self, from: Data($0.utf8)) }
            guard !evidence.isEmpty else {
                stale += known.map(\.id)
                try gone.execute(arguments: [speaker])
                change.speakers -= db.changesCount
                try unmerged.execute(arguments: [speaker])
                continue
            }
            let made = SpeakerEvidence.canonical(evidence)
            try record.execute(arguments: [made.name, made.kind.rawValue, made.description, evidence.count, speaker])
            // The same aliases in the same order: the rows stay.
            guard known.map(\.alias) != made.aliases else { continue }
            stale += known.map(\.id)
            for name in made.aliases {
                try alias.execute(arguments: [speaker, name, SpeakerQuery.keys(of: name).joined(separator: " ")])
            }
        }
        if !stale.isEmpty {
            try db.execute(sql: "DELETE FROM aliases WHERE id IN (\(stale.map(String.init).joined(separator: ",")))")
        }
        try search.fill(db)
        touched = []
        grown = [:]
        merged = []
    }
}
