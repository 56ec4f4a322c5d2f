import Foundation
import GRDB
import SitrepCore

/// Speakers as rows that live across ingests. What each article says of each speaker it quotes is kept
/// (`entities`: its ``SpeakerEvidence`` and the keys it is matched by); a new article's speakers are matched against
/// the library's through those keys, as ``SpeakerDirectory`` matches them across a corpus: a full name by its key;
/// a bare surname to the bearer of that surname speaking in the same story or prominent in the same period
/// (``SpeakerDirectory/bearer(inStory:inPeriod:)``), else to the other bare mentions of it; an unnamed description
/// to the speaker known by it in the same story. A new full name makes the bare mentions of its surnames in its
/// stories and period choose again, so that the library holds what one analysis of all its files finds whatever
/// order they came in. When a new article shows two speakers to be one, the later is merged into the earlier, whose
/// id the merged one resolves to from then on.
struct SpeakerIndex {
    let db: Database
    let lexicon: Lexicon
    /// Writes each article's evidence of a speaker (one encoder for every entity of a batch).
    private let encoder = JSONEncoder()
    /// Speakers whose records (name, aliases, kind, counts) are to be made again.
    private var touched = Set<Int64>()
    /// Speakers that gained evidence, with the `entities` rows that brought it: unless the speaker is also in
    /// ``whole``, these rows are added to its stored ``SpeakerTally`` rather than its record made again from all its
    /// articles.
    private var grown: [Int64: [Int64]] = [:]
    /// Speakers whose records are made again in full from all their articles: they took another in, gave or took an
    /// article's evidence, or lost an article.
    private var whole = Set<Int64>()
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
        let day = try Double.fetchOne(db.cachedStatement(sql: "SELECT day FROM articles WHERE id = ?"), arguments: [article])
        for (local, entity) in evidence.enumerated() where entity.count > 0 {
            let stories = Set(entity.segments.compactMap { $0 < storyOfSegment.count ? storyOfSegment[$0] : nil })
            let identity = entity.identity(lexicon: lexicon)
            let places = entity.descriptionKeys.filter { !$0.isEmpty }
            var weights: [ClosedRange<Double>: [String: Int]] = [:]
            var speaker = try match(identity, stories: stories, day: day, weights: &weights)
            if speaker == nil, case .unnamed = identity { speaker = try describedSpeaker(places, stories: stories, article: article, named: nil) }
            let id = try speaker ?? newSpeaker()
            let row = try insert(entity, identity: identity, article: article, day: day, speaker: id)
            let names: [String]
            switch identity {
            case let .full(_, first, last): names = SpeakerIndex.parts(first: first, last: last).map(SpeakerIndex.bearing)
            case let .bare(part): names = [SpeakerIndex.mentioning(part)]
            case .unnamed: names = []
            }
            var newBearers: [String: Set<Int64>] = [:]
            if case let .full(key, first, last) = identity {
                for part in SpeakerIndex.parts(first: first, last: last) {
                    newBearers[part] = try stories.filter { try !bears(key, part, inStory: $0) }
                }
            }
            for story in stories.sorted() {
                for description in [SpeakerIndex.presence] + names + places {
                    try db.cachedStatement(sql: "INSERT INTO places(description, story_id, entity_id) VALUES (?, ?, ?)")
                        .execute(arguments: [description, story, row])
                }
            }
            var final = id
            if case let .full(_, first, last) = identity {
                for part in SpeakerIndex.parts(first: first, last: last) {
                    try reconsiderBare(part, stories: newBearers[part] ?? [], day: day)
                }
            }
            if entity.name != nil {
                // Unnamed speakers of the same story known by this one's description are this one.
                if let other = try describedSpeaker(places, stories: stories, article: article, named: final), other != final {
                    try merge(other, into: final)
                }
            }
            final = try resolve(final)
            touched.insert(final)
            grown[final, default: []].append(row)
            placed[local] = Placed(entity: row, speaker: final)
        }
        // A later entity of the article may have moved or merged an earlier one's speaker.
        for (local, place) in placed {
            let now = try Int64.fetchOne(db.cachedStatement(sql: "SELECT speaker_id FROM entities WHERE id = ?"), arguments: [place.entity])
            placed[local]?.speaker = try resolve(now ?? place.speaker)
        }
        return placed
    }

    /// The name parts a full name carries, each once, first name first: the order in which their bare mentions
    /// choose again (a fixed order, so that new speakers take the same ids in every run).
    static func parts(first: String?, last: String?) -> [String] {
        var parts: [String] = []
        for part in [first, last].compactMap({ $0 }) where !parts.contains(part) { parts.append(part) }
        return parts
    }

    /// Whether a full name (by its key) already bears `part` in `story` (a place of one of its rows there): the bare
    /// mentions of `part` in that story then keep the same bearers in it, so a new row of that name there does not
    /// make them choose again (their choice depends on the bearers in their stories, never on how often one speaks
    /// there). Reads the story's bearers of `part` up to the first of that name.
    private func bears(_ key: String, _ part: String, inStory story: Int64) throws -> Bool {
        try Bool.fetchOne(db.cachedStatement(sql: """
            SELECT EXISTS (SELECT 1 FROM places p CROSS JOIN entities e ON e.id = p.entity_id
                           WHERE p.description = ? AND p.story_id = ? AND e.full_key = ?)
            """), arguments: [SpeakerIndex.bearing(part), story, key]) ?? false
    }

    /// The description of a place that only says the speaker speaks in a story. Every speaker of every story has
    /// one, so a query that knows the speaker's row reads its places by `entity_id` and writes `+description`:
    /// SQLite could otherwise take an index by description and go through the presence of every speaker of the
    /// library (``SchemaPlaceRanges``, ``SchemaPlaceIndex``).
    static let presence = ""

    /// The description of a full name's place under one part of its name (a control character first: no
    /// description of a speaker starts so): the bearers of a surname speaking in a story are read from these, not
    /// from every place of a long story.
    static func bearing(_ part: String) -> String { "\u{1}" + part }

    /// The description of a bare mention's place under its name part: the bare mentions of a surname in a story.
    static func mentioning(_ part: String) -> String { "\u{2}" + part }

    /// The speaker an identity matches among the library's, if any (a bare surname a full name carries always
    /// matches one: a bearer, or the speaker its mentions stand apart as).
    /// `weights` keeps the bearers' weights by period while bare mentions of one part choose again: choosing moves
    /// only bare rows, so the full names' weights in a period stay the same through the loop.
    private mutating func match(_ identity: SpeakerEvidence.Identity, stories: Set<Int64>, day: Double?,
                                weights: inout [ClosedRange<Double>: [String: Int]]) throws -> Int64? {
        switch identity {
        case let .full(key, _, _):
            return try speaker(ofKey: key)
        case let .bare(part):
            let totals = try self.totals(of: part)
            if totals.isEmpty {
                // No full name carries it: the bare mentions of it (or a one-word name of that key) are one speaker,
                // the one they stand apart as when a full name comes.
                let apart = try Int64.fetchOne(db.cachedStatement(sql: "SELECT speaker_id FROM entities WHERE bare = ? OR full_key = ? LIMIT 1"),
                                               arguments: [part, part]) ?? newSpeaker()
                try keepApart(part, apart)
                return apart
            }
            // The bearers speaking in its stories, read from their places under the part.
            var inStory = Set<String>()
            if !stories.isEmpty {
                inStory = Set(try String.fetchAll(db, sql: """
                    SELECT DISTINCT e.full_key FROM places p CROSS JOIN entities e ON e.id = p.entity_id
                    WHERE p.description = ? AND p.story_id IN (\(stories.map(String.init).joined(separator: ",")))
                    """, arguments: [SpeakerIndex.bearing(part)]))
            }
            // The bearers speaking in its period, read from the ranges of the indexes by name part and day (a row that
            // gives the part as first and last name counts once). Undated rows are of every period: an undated
            // mention weighs the library's totals, a dated one adds the undated totals to its period's.
            var weight = totals.mapValues(\.all)
            if let day {
                let period = try self.period(of: part, around: day)
                weight = weights[period] ?? totals.compactMapValues { $0.undated > 0 ? $0.undated : nil }
                if weights[period] == nil { for row in try Row.fetchAll(db.cachedStatement(sql: """
                    SELECT full_key, sum(count) AS weight FROM (
                        SELECT id, full_key, count FROM entities WHERE first = ?1 AND day BETWEEN ?2 AND ?3
                        UNION SELECT id, full_key, count FROM entities WHERE last = ?1 AND day BETWEEN ?2 AND ?3)
                    GROUP BY full_key
                    """), arguments: [part, SpeakerIndex.bound(period.lowerBound), SpeakerIndex.bound(period.upperBound)]) {
                    weight[row["full_key"], default: 0] += row["weight"] as Int
                }; weights[period] = weight }
            }
            if let bearer = SpeakerDirectory.bearer(inStory: inStory, inPeriod: weight) {
                return try speaker(ofKey: bearer)
            }
            // No bearer stands out: the bare mentions are one speaker, apart from them all.
            return try apartSpeaker(part, totals: totals)
        case .unnamed:
            return nil
        }
    }

    /// The speaker of a full name, by its key.
    private func speaker(ofKey key: String) throws -> Int64? {
        try Int64.fetchOne(db.cachedStatement(sql: "SELECT speaker_id FROM entities WHERE full_key = ? LIMIT 1"), arguments: [key])
    }

    /// How many quotations a full name carrying a part has in the library: in all its articles, and in its undated
    /// ones.
    struct Total {
        var all: Int
        var undated: Int
    }

    /// The totals of each full name carrying `part` (`surname_totals`, kept by triggers).
    private func totals(of part: String) throws -> [String: Total] {
        var totals: [String: Total] = [:]
        for row in try Row.fetchAll(db.cachedStatement(sql: "SELECT full_key, weight, undated FROM surname_totals WHERE part = ?"),
                                    arguments: [part]) {
            totals[row["full_key"]] = Total(all: row["weight"], undated: row["undated"])
        }
        return totals
    }

    /// The speaker the bare mentions of `part` that no bearer takes stand apart as (`bare_groups`). When it was
    /// emptied into a bearer, the same id comes back (it no longer resolves to that bearer); a library from before
    /// the groups were kept finds it among the bare mentions, apart from the bearers' speakers (`totals`).
    private mutating func apartSpeaker(_ part: String, totals: [String: Total]) throws -> Int64 {
        let kept = try Int64.fetchOne(db.cachedStatement(sql: "SELECT speaker_id FROM bare_groups WHERE part = ?"), arguments: [part])
        if let kept, try Bool.fetchOne(db.cachedStatement(sql: "SELECT EXISTS (SELECT 1 FROM speakers WHERE id = ?)"),
                                       arguments: [kept]) == true {
            return kept
        }
        var found: Int64?
        if kept == nil {
            let bearers = try totals.keys.sorted().compactMap { try speaker(ofKey: $0) }
            found = try Int64.fetchOne(db, sql: """
                SELECT speaker_id FROM entities WHERE bare = ? AND speaker_id NOT IN (\(bearers.map(String.init).joined(separator: ",")))
                LIMIT 1
                """, arguments: [part])
        }
        let apart: Int64
        if let found {
            apart = found
        } else if let kept {
            try db.cachedStatement(sql: "INSERT INTO speakers(id, name, kind, quote_count) VALUES (?, '', 'person', 0)")
                .execute(arguments: [kept])
            try db.cachedStatement(sql: "DELETE FROM merged WHERE kind = 'speaker' AND old_id = ?").execute(arguments: [kept])
            change.speakers += 1
            apart = kept
        } else {
            apart = try newSpeaker()
        }
        try keepApart(part, apart)
        return apart
    }

    /// Keeps `speaker` as the one the bare mentions of `part` stand apart as.
    private func keepApart(_ part: String, _ speaker: Int64) throws {
        try db.cachedStatement(sql: """
            INSERT INTO bare_groups(part, speaker_id) VALUES (?, ?)
            ON CONFLICT(part) DO UPDATE SET speaker_id = excluded.speaker_id WHERE speaker_id IS NOT excluded.speaker_id
            """).execute(arguments: [part, speaker])
    }

    /// The undated bare mentions of `part` with no bearer in their stories (its undated group) are of every period:
    /// they all go where the library's totals say (``SpeakerDirectory/bearer(inStory:inPeriod:)`` with no bearer in
    /// the story). When that changed since they were placed, or is not known, they move together.
    private mutating func regroup(_ part: String) throws {
        let totals = try self.totals(of: part)
        guard !totals.isEmpty else { return }
        let decided = SpeakerDirectory.bearer(inStory: [], inPeriod: totals.mapValues(\.all)) ?? ""
        let known = try String.fetchOne(db.cachedStatement(sql: "SELECT bearer FROM bare_groups WHERE part = ?"), arguments: [part])
        guard known != decided else { return }
        let members = try Row.fetchAll(db.cachedStatement(sql: """
            SELECT e.id, e.speaker_id FROM entities e WHERE e.bare = ?1 AND e.day IS NULL AND NOT EXISTS (
                SELECT 1 FROM places p JOIN places q ON q.description = ?2 AND q.story_id = p.story_id
                WHERE p.entity_id = e.id AND +p.description = ?3)
            ORDER BY e.id
            """), arguments: [part, SpeakerIndex.bearing(part), SpeakerIndex.presence])
        if !members.isEmpty {
            let target = try decided.isEmpty ? apartSpeaker(part, totals: totals) : speaker(ofKey: decided) ?? newSpeaker()
            let moving = members.filter { $0["speaker_id"] != target }
            let list = moving.map { String($0["id"] as Int64) }.joined(separator: ",")
            if !moving.isEmpty {
                try db.execute(sql: "UPDATE entities SET speaker_id = ? WHERE id IN (\(list))", arguments: [target])
                try db.execute(sql: "UPDATE quotes SET speaker_id = ? WHERE entity_id IN (\(list))", arguments: [target])
                var left: [Int64] = []
                for old in moving.map({ $0["speaker_id"] as Int64 }) where !left.contains(old) { left.append(old) }
                try moved(from: left, to: target)
            }
        }
        try db.cachedStatement(sql: """
            INSERT INTO bare_groups(part, bearer) VALUES (?, ?) ON CONFLICT(part) DO UPDATE SET bearer = excluded.bearer
            """).execute(arguments: [part, decided])
    }

    /// The speaker other articles of the same story describe as this one is described: for an unnamed speaker
    /// (`named` nil), the one named speaker so described, else the unnamed one; for a named one, an unnamed speaker
    /// so described when no other named speaker is.
    private func describedSpeaker(_ descriptions: [String], stories: Set<Int64>, article: Int64, named: Int64?) throws -> Int64? {
        for description in descriptions {
            for story in stories.sorted() {
                let members = try Row.fetchAll(db.cachedStatement(sql: SpeakerIndex.describedAlike),
                                               arguments: [description, story, article])
                let namedSpeakers = Set(members.filter { $0[1] as Bool }.map { $0[0] as Int64 })
                let unnamed = members.filter { !($0[1] as Bool) }.map { $0[0] as Int64 }
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

    /// The speaker (column 0) and whether it is named (column 1) of each place of a description (parameter 1) in a
    /// story (2) from articles other than one (3), in the order of their rows: the places come in that order from
    /// their index, and each row's speaker from the index of entities' speakers (``SchemaEntitySpeakers``), never
    /// from the table.
    static let describedAlike = """
        SELECT e.speaker_id, e.named FROM places p JOIN entities e INDEXED BY \(SchemaEntitySpeakers.index) ON e.id = p.entity_id
        WHERE p.description = ? AND p.story_id = ? AND e.article_id != ? ORDER BY p.entity_id
        """

    /// The days of the period of a bare mention of `part` on `day` (``SpeakerDirectory/period(around:days:)``), from
    /// the ``SpeakerDirectory/periodArticles`` dated full names carrying `part` nearest on either side: four index
    /// ranges, each read no further than that many rows.
    private func period(of part: String, around day: Double) throws -> ClosedRange<Double> {
        let count = SpeakerDirectory.periodArticles
        var days: [Int64: Double] = [:]
        for column in ["first", "last"] {
            for (comparison, order) in [("<=", "DESC"), (">", "ASC")] {
                for row in try Row.fetchAll(db.cachedStatement(sql: """
                    SELECT id, day FROM entities WHERE \(column) = ? AND day \(comparison) ? ORDER BY day \(order) LIMIT ?
                    """), arguments: [part, day, count]) {
                    days[row["id"]] = row["day"]
                }
            }
        }
        return SpeakerDirectory.period(around: day, days: Array(days.values))
    }

    /// A new full name carrying `part` speaks in `stories` on `day` (or was removed from them): each bare mention
    /// of `part` whose period holds that day, or in those stories, chooses its speaker again, and moves there when
    /// it changed (see ``move(_:from:to:)``); the undated group follows the library's totals (``regroup(_:)``). A
    /// mention before `day` whose period holds it has fewer than ``SpeakerDirectory/periodArticles`` dated full
    /// names carrying `part` between it and `day`, and likewise after: the mentions looked at lie between the days
    /// of that many such names before and after `day`. An undated full name is of every period: every dated
    /// mention looks again (none in a library of undated files), the undated ones as one group.
    private mutating func reconsiderBare(_ part: String, stories: Set<Int64>, day: Double?) throws {
        try regroup(part)
        var reach = -Double.infinity...Double.infinity
        if let day {
            let count = SpeakerDirectory.periodArticles
            var before: [Int64: Double] = [:], after: [Int64: Double] = [:]
            for column in ["first", "last"] {
                for row in try Row.fetchAll(db.cachedStatement(sql: """
                    SELECT id, day FROM entities WHERE \(column) = ? AND day < ? ORDER BY day DESC LIMIT ?
                    """), arguments: [part, day, count]) { before[row["id"]] = row["day"] }
                for row in try Row.fetchAll(db.cachedStatement(sql: """
                    SELECT id, day FROM entities WHERE \(column) = ? AND day > ? ORDER BY day ASC LIMIT ?
                    """), arguments: [part, day, count]) { after[row["id"]] = row["day"] }
            }
            let earlier = before.values.sorted(by: >), later = after.values.sorted()
            reach = (earlier.count >= count ? earlier[count - 1] : -Double.infinity)...(later.count >= count ? later[count - 1] : Double.infinity)
        }
        var candidates = Set(try Int64.fetchAll(db.cachedStatement(sql: """
            SELECT id FROM entities WHERE bare = ?1 AND day BETWEEN ?2 AND ?3
            """), arguments: [part, SpeakerIndex.bound(reach.lowerBound), SpeakerIndex.bound(reach.upperBound)]))
        if !stories.isEmpty {
            candidates.formUnion(try Int64.fetchAll(db, sql: """
                SELECT DISTINCT entity_id FROM places
                WHERE description = ? AND story_id IN (\(stories.map(String.init).joined(separator: ",")))
                """, arguments: [SpeakerIndex.mentioning(part)]))
        }
        try choose(candidates.sorted(), part: part)
    }

    /// Bare mentions of `part` (their rows) choose their speaker again, each from its own stories and period.
    private mutating func choose(_ entities: [Int64], part: String) throws {
        var weights: [ClosedRange<Double>: [String: Int]] = [:]
        for entity in entities {
            guard let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT speaker_id, day FROM entities WHERE id = ?"),
                                             arguments: [entity]) else { continue }
            let current: Int64 = row["speaker_id"]
            let itsStories = Set(try Int64.fetchAll(db.cachedStatement(sql: """
                SELECT story_id FROM places WHERE entity_id = ? AND +description = ?
                """), arguments: [entity, SpeakerIndex.presence]))
            let target = try match(.bare(part), stories: itsStories, day: row["day"], weights: &weights).map(resolve) ?? newSpeaker()
            if target != current { try move(entity, from: current, to: target) }
        }
    }

    /// Stories took others in: a bare mention in one of them whose surname a full name of the same story carries
    /// chooses its speaker again (its bearers in the story may have changed), as a new full name in the story makes
    /// it do, so that the order in which files linked the stories does not matter.
    mutating func storiesMerged(_ stories: Set<Int64>) throws {
        for story in stories.sorted() {
            var bearing = Set<String>()
            var mentions: [String: [Int64]] = [:]
            for row in try Row.fetchAll(db.cachedStatement(sql: """
                SELECT description, entity_id FROM places WHERE story_id = ? AND description BETWEEN char(1) AND char(3)
                ORDER BY entity_id
                """), arguments: [story]) {
                let description: String = row["description"]
                let part = String(description.dropFirst())
                if description.hasPrefix(SpeakerIndex.bearing("")) { bearing.insert(part) } else { mentions[part, default: []].append(row["entity_id"]) }
            }
            for (part, entities) in mentions.sorted(by: { $0.key < $1.key }) where bearing.contains(part) {
                try choose(entities, part: part)
            }
        }
    }

    /// A full name of articles about to be removed, as ``reconsider(_:)`` needs it once its rows are gone: the name
    /// parts it carries, its day and the stories it speaks in.
    struct RemovedName: Hashable {
        var parts: [String]
        var day: Double?
        var stories: [Int64]
    }

    /// The full names of the listed articles (ids joined by commas), read before their rows are deleted.
    static func fullNames(ofArticles list: String, _ db: Database) throws -> [RemovedName] {
        var names: [RemovedName] = []
        for row in try Row.fetchAll(db, sql: """
            SELECT id, first, last, day FROM entities WHERE article_id IN (\(list)) AND full_key IS NOT NULL ORDER BY id
            """) {
            let stories = try Int64.fetchAll(db.cachedStatement(sql: """
                SELECT DISTINCT story_id FROM places WHERE entity_id = ? AND +description = ? ORDER BY story_id
                """), arguments: [row["id"], presence])
            let name = RemovedName(parts: parts(first: row["first"], last: row["last"]), day: row["day"], stories: stories)
            if !name.parts.isEmpty, !names.contains(name) { names.append(name) }
        }
        return names
    }

    /// Full names were removed: the bare mentions of their name parts in their stories and periods choose their
    /// speaker again, as when a full name comes (``reconsiderBare(_:stories:day:)``), so that the library holds what
    /// one analysis of the files left finds.
    mutating func reconsider(_ removed: [RemovedName]) throws {
        for name in removed {
            for part in name.parts { try reconsiderBare(part, stories: Set(name.stories), day: name.day) }
        }
    }

    /// A day bound as SQL compares it: an open end is a day no article has.
    static func bound(_ day: Double) -> Double { min(max(day, -1e18), 1e18) }

    /// Moves one article's evidence of a speaker (and its quotations) to another speaker; a speaker left with no
    /// evidence is merged into the one that took it, so that its id still resolves.
    private mutating func move(_ entity: Int64, from old: Int64, to new: Int64) throws {
        try db.cachedStatement(sql: "UPDATE entities SET speaker_id = ? WHERE id = ?").execute(arguments: [new, entity])
        try db.cachedStatement(sql: "UPDATE quotes SET speaker_id = ? WHERE entity_id = ?").execute(arguments: [new, entity])
        try moved(from: [old], to: new)
    }

    /// Evidence moved from the speakers `old` to `new`: their records are made again, and one left with no evidence
    /// is merged into `new`, so that its id still resolves.
    private mutating func moved(from old: [Int64], to new: Int64) throws {
        for speaker in old + [new] {
            touched.insert(speaker)
            grown[speaker] = nil
            whole.insert(speaker)
        }
        for speaker in old {
            let left = try Bool.fetchOne(db.cachedStatement(sql: "SELECT EXISTS (SELECT 1 FROM entities WHERE speaker_id = ?)"),
                                         arguments: [speaker]) ?? false
            if !left { try merge(speaker, into: new) }
        }
    }

    private mutating func newSpeaker() throws -> Int64 {
        try db.cachedStatement(sql: "INSERT INTO speakers(name, kind, quote_count) VALUES ('', 'person', 0)").execute()
        change.speakers += 1
        return db.lastInsertedRowID
    }

    private func insert(_ entity: SpeakerEvidence, identity: SpeakerEvidence.Identity, article: Int64, day: Double?,
                        speaker: Int64) throws -> Int64 {
        var key: String?, first: String?, last: String?, bare: String?
        switch identity {
        case let .full(full, firstPart, lastPart): (key, first, last) = (full, firstPart, lastPart)
        case let .bare(part): bare = part
        case .unnamed: break
        }
        let evidence = String(decoding: try encoder.encode(entity), as: UTF8.self)
        try db.cachedStatement(sql: """
            INSERT INTO entities(article_id, speaker_id, full_key, first, last, bare, named, count, evidence, day)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [article, speaker, key, first, last, bare, entity.name != nil, entity.count, evidence, day])
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
        whole.insert(speaker)
    }

    /// Marks speakers whose articles changed.
    mutating func touch(_ speakers: [Int64]) {
        touched.formUnion(speakers)
        whole.formUnion(speakers)
    }

    /// Makes the touched speakers' records again from what their articles say of them: name, aliases, kind,
    /// description, number of quotations. A speaker that only gained articles has their evidence added to its stored
    /// ``SpeakerTally`` (its other articles are not read); any other, or one stored without a tally, has its tally
    /// made again from all its articles. A speaker no article quotes any more is removed.
    mutating func refresh() throws {
        var search = try BatchedSearch(db, BatchedSearch.aliases)
        let alias = try db.cachedStatement(sql: "INSERT INTO aliases(speaker_id, alias, keys) VALUES (?, ?, ?)")
        let aliasesOf = try db.cachedStatement(sql: "SELECT id, alias FROM aliases WHERE speaker_id = ? ORDER BY id")
        let record = try db.cachedStatement(sql: """
            UPDATE speakers SET name = ?, kind = ?, description = ?, evidence_count = ?, tally = ?,
                (\(SpeakerSpan.columns)) = (?, ?, ?, ?, ?) WHERE id = ?
            """)
        let gone = try db.cachedStatement(sql: "DELETE FROM speakers WHERE id = ?")
        let unmerged = try db.cachedStatement(sql: "DELETE FROM merged WHERE kind = 'speaker' AND new_id = ?")
        // Aliases of records made again, removed together at the end (each removal statement writes the alias
        // index to disk).
        var stale: [Int64] = []
        for speaker in touched.sorted() {
            let known = try Row.fetchAll(aliasesOf, arguments: [speaker]).map { (id: $0[0] as Int64, alias: $0[1] as String) }
            var tally: SpeakerTally
            var span: SpeakerSpan
            if let rows = grown[speaker], !whole.contains(speaker), let grownTally = try grownTally(speaker, rows: rows) {
                tally = grownTally
                span = try grownSpan(speaker, rows: rows)
            } else {
                tally = try wholeTally(speaker)
                span = try wholeSpan(speaker)
            }
            guard tally.articles > 0 else {
                stale += known.map(\.id)
                try gone.execute(arguments: [speaker])
                change.speakers -= db.changesCount
                try unmerged.execute(arguments: [speaker])
                continue
            }
            let made = tally.speaker
            try record.execute(arguments: [made.name, made.kind.rawValue, made.description, tally.articles,
                                            Data(tally.bytes), span.quotes, span.articles, span.firstDate,
                                            span.lastDate, span.firstArticle, speaker])
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
        whole = []
    }

    /// The speaker's stored tally with the evidence of its new `entities` rows added; nil when it has none stored
    /// (a library made before tallies), its bytes are not a tally, a row is no longer the speaker's, or the stored
    /// tally does not count the speaker's other articles (its rows were changed behind it).
    private func grownTally(_ speaker: Int64, rows: [Int64]) throws -> SpeakerTally? {
        guard let stored = try Data.fetchOne(db.cachedStatement(sql: "SELECT tally FROM speakers WHERE id = ?"), arguments: [speaker]),
              var tally = SpeakerTally(bytes: [UInt8](stored)) else { return nil }
        let articles = try Int.fetchOne(db.cachedStatement(sql: "SELECT count(*) FROM entities WHERE speaker_id = ?"),
                                        arguments: [speaker]) ?? 0
        guard articles - rows.count == tally.articles else { return nil }
        let added = try db.cachedStatement(sql: "\(SpeakerIndex.evidenceRows) WHERE e.id = ? AND e.speaker_id = ?")
        let decoder = JSONDecoder()
        for row in rows {
            guard let found = try Row.fetchOne(added, arguments: [row, speaker]) else { return nil }
            SpeakerIndex.add(found, to: &tally, decoder: decoder)
        }
        return tally
    }

    /// The speaker's stored span combined with the span of the quotations of its new `entities` rows (of articles
    /// new to the library, that it had no quotation in before: its tally grew by them). The quotations are found by
    /// their entities (`+` keeps SQLite from reading all the speaker's quotations through its index instead).
    private func grownSpan(_ speaker: Int64, rows: [Int64]) throws -> SpeakerSpan {
        let stored = try Row.fetchOne(db.cachedStatement(sql: "SELECT \(SpeakerSpan.columns) FROM speakers WHERE id = ?"),
                                      arguments: [speaker]).map { SpeakerSpan($0) } ?? SpeakerSpan()
        let gained = try Row.fetchOne(db.cachedStatement(sql: SpeakerSpan.counted(where: """
            q.entity_id IN (SELECT value FROM json_each(?)) AND +q.speaker_id = ?
            """)), arguments: ["[" + rows.map(String.init).joined(separator: ",") + "]", speaker])
        return gained.map { stored.combined(with: SpeakerSpan($0, from: 1)) } ?? stored
    }

    /// The span of all the speaker's quotations.
    private func wholeSpan(_ speaker: Int64) throws -> SpeakerSpan {
        try Row.fetchOne(db.cachedStatement(sql: SpeakerSpan.counted(where: "q.speaker_id = ?")), arguments: [speaker])
            .map { SpeakerSpan($0, from: 1) } ?? SpeakerSpan()
    }

    /// The tally of everything the speaker's articles say of it, read in the order of the files' paths.
    private func wholeTally(_ speaker: Int64) throws -> SpeakerTally {
        var tally = SpeakerTally()
        let decoder = JSONDecoder()
        let rows = try Row.fetchCursor(db.cachedStatement(sql: """
            \(SpeakerIndex.evidenceRows) WHERE e.speaker_id = ? ORDER BY a.source, a.first_line, e.id
            """), arguments: [speaker])
        while let row = try rows.next() { SpeakerIndex.add(row, to: &tally, decoder: decoder) }
        return tally
    }

    /// Selects `entities` rows (as `e`) as ``add(_:to:decoder:)`` reads them: evidence, file, first line, row.
    private static let evidenceRows = """
        SELECT e.evidence, a.source, a.first_line, e.id FROM entities e JOIN articles a ON a.id = e.article_id
        """

    /// Adds the evidence of a row of ``evidenceRows`` to `tally`, at its place; evidence that does not decode is left out.
    private static func add(_ row: Row, to tally: inout SpeakerTally, decoder: JSONDecoder) {
        guard let evidence = try? decoder.decode(SpeakerEvidence.self, from: Data((row[0] as String).utf8)) else { return }
        tally.add(evidence, at: SpeakerTally.Place(source: row[1], line: row[2], row: row[3]))
    }
}
