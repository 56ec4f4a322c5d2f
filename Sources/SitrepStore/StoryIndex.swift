import Foundation
import GRDB
import SitrepCore

/// Stories as rows that live across ingests: each new segment is weighed against the library's term frequencies,
/// its candidate stories are found through the index of segments' strongest terms (`postings`), and it joins the
/// story ``StoryLinker/place(_:day:eventDay:outlet:article:exclusive:candidates:stories:statistics:)`` chooses, or opens one. Only the candidates' rows
/// are read, never the rest of the library.
struct StoryIndex {
    let db: Database
    let linker: StoryLinker
    /// Stories whose counts, terms and figure comparisons are to be brought up to date.
    private(set) var touched = Set<Int64>()
    /// Stories whose figures are all compared again (another story was merged in, segments were removed).
    private var refigured = Set<Int64>()
    /// Kinds of figures (categories) that segments joining a story brought, with those segments: only the story's
    /// figures of those kinds are compared again (``FigureComparison`` compares a figure with the story's figures of
    /// its kind alone), and only the counterparts that involve the new segments' figures can change. A story that only
    /// gained segments without figures keeps the same figures, so the same comparisons.
    private var gainedFigures: [Int64: (kinds: Set<String>, segments: Set<Int64>)] = [:]
    /// The segments each story gained in this batch by joining it: a story that only gained segments has its
    /// record brought up to date from them and its stored heads (``SchemaStoryHeads``).
    private var joined: [Int64: [Int64]] = [:]
    /// Stories opened, merged into or cut down in this batch: their records are made again from all their segments.
    private var remade = Set<Int64>()
    /// The library's segment and article frequencies of the terms of the articles being added (see ``count(_:)``).
    private var frequencies: [UInt64: (segments: Int, articles: Int)] = [:]
    /// The library's numbers of segments and articles, the new ones counted in.
    private var totals = (segments: 0, articles: 0)
    /// Stories covered by more than one file gained less those lost so far (the status line's count,
    /// ``LibraryCounts``).
    private(set) var change = LibraryCounts()
    /// The number of files covering each story read or changed so far before this batch (0 for a story made
    /// since): what tells whether it was covered by more than one. (A story's `source_count` is written only by
    /// ``refresh(analyzer:)``, so until then the stored one is the one from before.)
    private var sourcesBefore: [Int64: Int] = [:]

    init(db: Database, linker: StoryLinker) {
        self.db = db
        self.linker = linker
    }

    /// Counts the terms of new articles into the library's term frequencies (before any of them is linked, so
    /// that they are weighed against each other as well).
    mutating func count(_ inputs: [LinkInput]) throws {
        var segments: [UInt64: Int] = [:]
        var articles: [UInt64: Int] = [:]
        var segmentTotal = 0
        for input in inputs {
            let keys = input.termKeys
            for bag in keys.segments { for key in bag { segments[key, default: 0] += 1 } }
            for key in keys.article { articles[key, default: 0] += 1 }
            segmentTotal += keys.segments.count
        }
        let read = try db.cachedStatement(sql: "SELECT segments, articles FROM terms WHERE key = ?")
        let write = try db.cachedStatement(sql: "INSERT OR REPLACE INTO terms(key, segments, articles) VALUES (?, ?, ?)")
        for (key, added) in articles {
            let id = Int64(bitPattern: key)
            let row = try Row.fetchOne(read, arguments: [id])
            let counted = (segments: (row?[0] ?? 0) + (segments[key] ?? 0), articles: (row?[1] ?? 0) + added)
            frequencies[key] = counted
            try write.execute(arguments: [id, counted.segments, counted.articles])
        }
        try StoryIndex.addTotal(db, "term_segments", segmentTotal)
        try StoryIndex.addTotal(db, "term_articles", inputs.count)
        totals = (try Library.generation(db, "term_segments"), try Library.generation(db, "term_articles"))
    }

    private static func addTotal(_ db: Database, _ key: String, _ added: Int) throws {
        try db.execute(sql: """
            INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = CAST(value AS INTEGER) + ?
            """, arguments: [key, "\(added)", added])
    }

    /// The library's term frequencies for the terms of one article (counted by ``count(_:)``).
    private func statistics(_ input: LinkInput) -> TermStatistics {
        var segments: [UInt64: Int] = [:]
        var articles: [UInt64: Int] = [:]
        for key in input.termKeys.article {
            guard let counted = frequencies[key] else { continue }
            segments[key] = counted.segments
            articles[key] = counted.articles
        }
        return TermStatistics(segmentCount: totals.segments, articleCount: totals.articles,
                              segmentFrequency: segments, articleFrequency: articles)
    }

    /// Links the segments of a new article (rows `segments` of article `article`) into stories, in order; returns
    /// the story of each.
    mutating func link(_ input: LinkInput, article: Int64, segments: [Int64]) throws -> [Int64] {
        let statistics = statistics(input)
        let vectors = linker.vectors(of: input, statistics: statistics)
        let exclusive = linker.isExclusive(input)
        var storyOf: [Int64] = []
        for (ordinal, (segment, vector)) in zip(segments, vectors).enumerated() {
            let terms = linker.indexTerms(of: vector)
            let found = try candidates(terms)
            var states: [Int64: StoryState] = [:]
            for id in Set(found.map(\.story)) { states[id] = try state(id) }
            let placement = linker.place(vector, day: input.day, eventDay: input.eventDay(of: ordinal), outlet: input.outlet,
                                         article: article, exclusive: exclusive,
                                         candidates: found, stories: states, statistics: statistics)
            let story: Int64
            if let joined = placement.story {
                story = joined
                for other in placement.merged { try merge(other, into: story) }
                self.joined[story, default: []].append(segment)
                try grow(story, with: vector, liveBlog: exclusive ? article : nil)
            } else {
                let title = input.headings[ordinal] ?? input.title
                try db.cachedStatement(sql: """
                    INSERT INTO stories(title, shared_terms, segment_count, source_count, sum, shared_keys)
                    VALUES (?, '', 1, 1, ?, ?)
                    """).execute(arguments: [title, vector.blob, vector.blob])
                story = db.lastInsertedRowID
                remade.insert(story)
                sourcesBefore[story] = 0
                open[story] = Open(sum: vector, shared: vector, size: 1, liveBlogs: exclusive ? [article] : [], changed: false)
            }
            try db.cachedStatement(sql: "UPDATE segments SET story_id = ?, vector = ? WHERE id = ?")
                .execute(arguments: [story, vector.blob, segment])
            let posting = try db.cachedStatement(sql: "INSERT OR IGNORE INTO postings(term, segment_id) VALUES (?, ?)")
            for term in terms { try posting.execute(arguments: [Int64(bitPattern: term), segment]) }
            touched.insert(story)
            // (Read from the rows: a relinked segment's figures are stored, not in its input.)
            let kinds = try db.cachedStatement(sql: "SELECT DISTINCT category FROM figures WHERE segment_id = ? AND category IS NOT NULL")
            let brought = try String.fetchAll(kinds, arguments: [segment])
            if !brought.isEmpty {
                gainedFigures[story, default: ([], [])].kinds.formUnion(brought)
                gainedFigures[story, default: ([], [])].segments.insert(segment)
            }
            storyOf.append(story)
        }
        return storyOf
    }

    /// The newest segments read of one term's postings at most: a term a long-running story keeps using finds
    /// the story through its latest segments, and the work of finding a new segment's candidates stops growing with
    /// the library (it is bounded by ``StoryLinker/Tuning/indexedTerms`` times this).
    static let postingsRead = 250

    /// Candidates weighed for one new segment at most, those sharing the most of its terms (then the newest)
    /// first: a segment of a story told by hundreds of articles still costs a bounded number of comparisons.
    static let candidatesRead = 64

    /// Segments sharing at least ``StoryLinker/minimumSharedTerms`` of `terms` among their own strongest terms,
    /// each term's postings read from the newest (terms held by too many segments find nothing), at most
    /// ``candidatesRead`` of them, in the order of their ids.
    private mutating func candidates(_ terms: [UInt64]) throws -> [StoryCandidate] {
        var shared: [Int64: Int] = [:]
        let postings = try db.cachedStatement(sql: "SELECT segment_id FROM postings WHERE term = ? ORDER BY segment_id DESC LIMIT ?")
        for term in terms {
            let key = Int64(bitPattern: term)
            // The batch's counts hold every term of its articles, so every index term of their segments.
            guard (frequencies[term]?.segments ?? 0) <= linker.maximumPosting else { continue }
            let segments = try Int64.fetchCursor(postings, arguments: [key, StoryIndex.postingsRead])
            while let segment = try segments.next() { shared[segment, default: 0] += 1 }
        }
        let row = try db.cachedStatement(sql: """
            SELECT s.story_id, s.vector, a.day, s.event_day, \(Library.frontMatterOutlet) AS outlet
            FROM segments s JOIN articles a ON a.id = s.article_id WHERE s.id = ?
            """)
        let chosen = shared.filter { $0.value >= linker.minimumSharedTerms }
            .sorted { ($0.value, $0.key) > ($1.value, $1.key) }.prefix(StoryIndex.candidatesRead).map(\.key)
        return try chosen.sorted().compactMap { segment in
            if let known = read[segment] {
                return StoryCandidate(segment: segment, story: current(known.story), vector: known.vector, day: known.day,
                                      eventDay: known.eventDay, outlet: known.outlet)
            }
            // (Columns by their place: a row read once per candidate is not searched by column name.)
            guard let found = try Row.fetchOne(row, arguments: [segment]),
                  let vector = TermVector(blob: found[1]) else { return nil }
            let candidate = StoryCandidate(segment: segment, story: found[0], vector: vector, day: found[2],
                                           eventDay: found[3], outlet: found[4])
            if read.count >= StoryIndex.readSegments { read = [:] }
            read[segment] = (candidate.story, vector, candidate.day, candidate.eventDay, candidate.outlet)
            return candidate
        }
    }

    /// Segments read as candidates by this batch, with the story each was in then: a segment of a large story is a
    /// candidate of many new segments.
    private var read: [Int64: (story: Int64, vector: TermVector, day: Double?, eventDay: Double?, outlet: String?)] = [:]
    /// Segments kept read at most (a few kilobytes each).
    static let readSegments = 10_000
    /// Stories merged by this batch, each with the story it went into.
    private var mergedInto: [Int64: Int64] = [:]

    /// Stories that took another in since ``takeMerged()`` was last called.
    private var absorbing: [Int64] = []

    /// The stories (as they stand now) that took another in since the last call: the bare surnames in them choose
    /// their speaker again (``SpeakerIndex/storiesMerged(_:)``).
    mutating func takeMerged() -> Set<Int64> {
        defer { absorbing = [] }
        return Set(absorbing.map(current))
    }

    /// The story a story id stands for now in this batch.
    private func current(_ story: Int64) -> Int64 {
        var story = story
        while let next = mergedInto[story] { story = next }
        return story
    }

    /// What linking needs of a story while a batch is linked: read from its row once, changed in memory as
    /// segments join it, written back once at the batch's end (``refresh(analyzer:)``).
    private struct Open {
        var sum: TermVector
        var shared: TermVector
        var size: Int
        /// Live blogs it holds a segment of (only known when live blogs keep their segments apart).
        var liveBlogs: Set<Int64>
        /// Whether it changed since it was read.
        var changed: Bool
    }

    /// The stories the batch has read or changed so far.
    private var open: [Int64: Open] = [:]

    /// A story's state, read from its row the first time the batch needs it.
    private mutating func opened(_ story: Int64) throws -> Open? {
        if let known = open[story] { return known }
        guard let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT sum, shared_keys, segment_count, source_count FROM stories WHERE id = ?"),
                                         arguments: [story]),
              let sum = TermVector(blob: row["sum"]) else { return nil }
        // Only live blogs whose segments stay apart need to be known (and none when they do not stay apart).
        let articles = linker.tuning.oneSegmentPerLiveBlog ? try Int64.fetchAll(db.cachedStatement(sql: """
            SELECT DISTINCT s.article_id FROM segments s JOIN articles a ON a.id = s.article_id
            WHERE s.story_id = ? AND a.kind = 'live-blog'
            """), arguments: [story]) : []
        let state = Open(sum: sum, shared: TermVector(blob: row["shared_keys"]) ?? sum, size: row["segment_count"],
                         liveBlogs: Set(articles), changed: false)
        if sourcesBefore[story] == nil { sourcesBefore[story] = row["source_count"] }
        open[story] = state
        return state
    }

    private mutating func state(_ story: Int64) throws -> StoryState? {
        try opened(story).map { StoryState(sum: $0.sum, size: $0.size, articles: $0.liveBlogs) }
    }

    /// A segment's vector (of live blog `liveBlog`, when it is one that keeps apart) added to a story's sum and
    /// shared terms.
    private mutating func grow(_ story: Int64, with vector: TermVector, liveBlog: Int64?) throws {
        guard var state = try opened(story) else { return }
        state.sum = linker.sum(state.sum, adding: vector)
        state.shared = linker.shared(state.shared, with: vector)
        state.size += 1
        if let liveBlog { state.liveBlogs.insert(liveBlog) }
        state.changed = true
        open[story] = state
    }

    /// Moves every segment of story `other` into `story`; `other`'s id resolves to `story` from now on.
    private mutating func merge(_ other: Int64, into story: Int64) throws {
        guard let theirs = try opened(other) else { return }
        if var mine = try opened(story) {
            mine.sum = linker.sum(mine.sum, adding: theirs.sum)
            mine.shared = linker.shared(mine.shared, with: theirs.shared)
            // Its size too, at once: the next segment's average link weighs the whole merged story.
            mine.size += theirs.size
            mine.liveBlogs.formUnion(theirs.liveBlogs)
            mine.changed = true
            open[story] = mine
        }
        open[other] = nil
        try removed(other)
        mergedInto[other] = story
        absorbing.append(story)
        try db.execute(sql: """
            UPDATE segments SET story_id = ? WHERE story_id = ?;
            UPDATE places SET story_id = ? WHERE story_id = ?;
            DELETE FROM stories WHERE id = ?;
            UPDATE merged SET new_id = ? WHERE kind = 'story' AND new_id = ?;
            INSERT OR REPLACE INTO merged(kind, old_id, new_id) VALUES ('story', ?, ?);
            """, arguments: [story, other, story, other, other, story, other, other, story])
        touched.remove(other)
        touched.insert(story)
        refigured.remove(other)
        gainedFigures[other] = nil
        refigured.insert(story)
        joined[other] = nil
        remade.insert(story)
    }

    /// Counts a story removed (merged, or left with no segment) out of the stories covered by more than one file.
    private mutating func removed(_ story: Int64) throws {
        if try storedSources(story) > 1 { change.linkedStories -= 1 }
        sourcesBefore[story] = nil
    }

    /// The number of files that covered a story before this batch changed it.
    private mutating func storedSources(_ story: Int64) throws -> Int {
        if let known = sourcesBefore[story] { return known }
        let stored = try Int.fetchOne(db.cachedStatement(sql: "SELECT source_count FROM stories WHERE id = ?"), arguments: [story]) ?? 0
        sourcesBefore[story] = stored
        return stored
    }

    /// Writes the sums, shared terms and sizes the batch changed.
    private mutating func close() throws {
        let statement = try db.cachedStatement(sql: "UPDATE stories SET sum = ?, shared_keys = ?, segment_count = ? WHERE id = ?")
        for (story, state) in open.sorted(by: { $0.key < $1.key }) where state.changed {
            try statement.execute(arguments: [state.sum.blob, state.shared.blob, state.size, story])
        }
        open = [:]
    }

    /// Makes the sums and shared terms of stories that lost segments again from the segments they keep; a story
    /// left with none is removed (with the merges that pointed at it).
    mutating func rebuildSums(_ stories: [Int64]) throws {
        for story in stories {
            _ = try storedSources(story)
            let vectors = try Data.fetchAll(db, sql: "SELECT vector FROM segments WHERE story_id = ? ORDER BY id", arguments: [story])
                .compactMap { TermVector(blob: $0) }
            guard let first = vectors.first else {
                try db.execute(sql: "DELETE FROM stories WHERE id = ?; DELETE FROM merged WHERE kind = 'story' AND new_id = ?",
                               arguments: [story, story])
                try removed(story)
                continue
            }
            var sum = first
            var shared = first
            for vector in vectors.dropFirst() {
                sum = linker.sum(sum, adding: vector)
                shared = linker.shared(shared, with: vector)
            }
            try db.execute(sql: "UPDATE stories SET sum = ?, shared_keys = ? WHERE id = ?",
                           arguments: [sum.blob, shared.blob, story])
            touched.insert(story)
            refigured.insert(story)
            remade.insert(story)
        }
    }

    /// Brings the touched stories' counts, titles and shared terms up to date, and the figure comparisons of those
    /// whose figures changed. A story's first segment is its first in the order of the files' paths, as one analysis
    /// of all the files reads them: its title is the first heading among its segments, else the first segment's
    /// article's title; its shared terms are spelled as its first segment writes them. A story that only gained
    /// segments is brought up to date from them (``grew(_:by:analyzer:paragraphs:)``), the others from all theirs.
    mutating func refresh(analyzer: Analyzer) throws {
        try close()
        let paragraphs = try db.cachedStatement(sql: """
            SELECT text FROM passages WHERE segment_id = ? AND kind IN ('title', 'standfirst', 'heading', 'body') ORDER BY id
            """)
        let members = try db.cachedStatement(sql: """
            SELECT s.id, s.heading, a.title, a.source_id FROM segments s JOIN articles a ON a.id = s.article_id
            WHERE s.story_id = ? ORDER BY a.source, a.first_line, s.ordinal
            """)
        for story in touched.sorted() {
            if !remade.contains(story), let segments = joined[story],
               try grew(story, by: segments, analyzer: analyzer, paragraphs: paragraphs) { continue }
            let rows = try Row.fetchAll(members, arguments: [story])
            guard let first = rows.first,
                  let shared = try Data.fetchOne(db, sql: "SELECT shared_keys FROM stories WHERE id = ?", arguments: [story])
            else { continue }
            let keys = TermVector(blob: shared).map { linker.shownTerms($0, size: rows.count) } ?? []
            let spelled = analyzer.spellings(of: keys, in: try String.fetchAll(paragraphs, arguments: [first["id"] as Int64]))
            let title = rows.lazy.compactMap { $0["heading"] as String? }.first ?? first["title"]
            let sources = Set(rows.map { $0["source_id"] as Int64 }).count
            change.linkedStories += (sources > 1 ? 1 : 0) - (try storedSources(story) > 1 ? 1 : 0)
            sourcesBefore[story] = sources
            let titled = rows.first { $0["heading"] as String? != nil }
            try db.cachedStatement(sql: """
                UPDATE stories SET title = ?, segment_count = ?, source_count = ?, shared_terms = ?, first_segment = ?,
                    title_segment = ? WHERE id = ?
                """).execute(arguments: [title, rows.count, sources, spelled.joined(separator: ", "), first["id"] as Int64,
                                          titled.map { $0["id"] as Int64 }, story])
        }
        let figures = FigureRefresh(db: db, lexicon: analyzer.lexicon)
        try figures.compare(stories: touched.intersection(refigured).sorted())
        for (story, gained) in gainedFigures.sorted(by: { $0.key < $1.key })
        where touched.contains(story) && !refigured.contains(story) {
            try figures.compare(story: story, kinds: gained.kinds.sorted(), gained: gained.segments)
        }
        touched = []
        refigured = []
        gainedFigures = [:]
        joined = [:]
        remade = []
    }

    /// A segment as the order of a story's segments sees it: the path of its file, its article's first line, its
    /// place in the article.
    private struct Head {
        var segment: Int64
        var heading: String?
        var title: String
        var source: Int64
        var path: [UInt8]
        var line: Int
        var ordinal: Int

        /// Whether it comes before `other` (paths compared byte by byte, as SQLite orders them).
        func precedes(_ other: Head) -> Bool {
            if path != other.path { return path.lexicographicallyPrecedes(other.path) }
            return (line, ordinal) < (other.line, other.ordinal)
        }
    }

    private func head(_ segment: Int64) throws -> Head? {
        guard let row = try Row.fetchOne(db.cachedStatement(sql: """
            SELECT s.heading, a.title, a.source_id, a.source, a.first_line, s.ordinal
            FROM segments s JOIN articles a ON a.id = s.article_id WHERE s.id = ?
            """), arguments: [segment]) else { return nil }
        return Head(segment: segment, heading: row["heading"], title: row["title"], source: row["source_id"],
                    path: Array((row["source"] as String).utf8), line: row["first_line"], ordinal: row["ordinal"])
    }

    /// Brings the record of a story that only gained `segments` up to date from them and its stored heads, without
    /// reading its other segments: its first segment and titled segment are the earlier of the stored one and the
    /// new ones, and a new segment's file adds to its files when no segment stored before is of that file. False
    /// when its heads are not stored (a story from before them): its record is then made again in full.
    private mutating func grew(_ story: Int64, by segments: [Int64], analyzer: Analyzer, paragraphs: Statement) throws -> Bool {
        guard let row = try Row.fetchOne(db.cachedStatement(sql: """
                  SELECT first_segment, title_segment, shared_keys, segment_count FROM stories WHERE id = ?
                  """), arguments: [story]),
              let stored = row["first_segment"] as Int64?, let before = try head(stored) else { return false }
        let gained = try segments.compactMap(head)
        let first = gained.reduce(before) { $1.precedes($0) ? $1 : $0 }
        let titled = try ([(row["title_segment"] as Int64?).flatMap(head)] + gained.filter { $0.heading != nil })
            .compactMap { $0 }.min { $0.precedes($1) }
        // Its size as linking left it (``close()``), not counted again from its segments.
        let size: Int = row["segment_count"]
        // Read from the file's few segments (`+` keeps SQLite from going through the story's, which grow with it).
        let older = try db.cachedStatement(sql: """
            SELECT EXISTS (SELECT 1 FROM articles a JOIN segments s ON s.article_id = a.id
                           WHERE a.source_id = ? AND +s.story_id = ? AND +s.id < ?)
            """)
        let earliest = segments.min() ?? 0
        var sources = try storedSources(story)
        for source in Set(gained.map(\.source)) where try Bool.fetchOne(older, arguments: [source, story, earliest]) != true {
            sources += 1
        }
        let keys = TermVector(blob: row["shared_keys"]).map { linker.shownTerms($0, size: size) } ?? []
        let spelled = analyzer.spellings(of: keys, in: try String.fetchAll(paragraphs, arguments: [first.segment]))
        change.linkedStories += (sources > 1 ? 1 : 0) - (try storedSources(story) > 1 ? 1 : 0)
        sourcesBefore[story] = sources
        try db.cachedStatement(sql: """
            UPDATE stories SET title = ?, segment_count = ?, source_count = ?, shared_terms = ?, first_segment = ?,
                title_segment = ? WHERE id = ?
            """).execute(arguments: [titled?.heading ?? first.title, size, sources, spelled.joined(separator: ", "),
                                      first.segment, titled?.segment, story])
        return true
    }
}
