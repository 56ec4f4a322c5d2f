import GRDB
import GRDBSQLite
import SitrepCore

/// Which quotations to list.
public struct QuoteFilter: Sendable, Equatable {
    /// Speakers matching this (see ``SpeakerQuery``).
    public var speaker: SpeakerQuery?
    /// Only this speaker (an id from ``Library/speakers(matching:limit:)``).
    public var speakerID: Int?
    /// Only quotations of segments of this story.
    public var story: Int?
    /// An FTS5 query over the quoted words.
    public var text: String?
    /// Kinds to list (`direct`, `partial`, `reported`, `term`); all when empty.
    public var kinds: Set<String>
    public var limit: Int?

    public init(speaker: SpeakerQuery? = nil, speakerID: Int? = nil, story: Int? = nil, text: String? = nil,
                kinds: Set<String> = [], limit: Int? = nil) {
        self.speaker = speaker
        self.speakerID = speakerID
        self.story = story
        self.text = text
        self.kinds = kinds
        self.limit = limit
    }
}

extension Library {
    // MARK: Counts and lists

    /// Number of articles, quotations, speakers, stories covered by two or more source files, and stored files. The
    /// derived counts are the ones the last rebuild wrote down (counting millions of rows takes a while on a cold
    /// file); they are counted when no rebuild wrote them.
    public func counts() throws -> (articles: Int, quotes: Int, speakers: Int, linkedStories: Int, sources: Int) {
        try read { db in
            let sources = try Int.fetchOne(db, sql: "SELECT count(*) FROM sources") ?? 0
            let counts = try LibraryCounts.written(db) ?? LibraryCounts.counted(db)
            return (counts.articles, counts.quotes, counts.speakers, counts.linkedStories, sources)
        }
    }

    /// Articles at list positions `range` (the list is in source path order, then reading order).
    public func articles(_ range: Range<Int>) throws -> [LibraryArticle] {
        guard !range.isEmpty, range.lowerBound >= 0 else { return [] }
        return try read { db in
            let page = try PositionGaps.page(range, of: "a", db)
            return try Library.rows(db, "SELECT * FROM articles a WHERE \(page.sql)", page.arguments, Library.article)
        }
    }

    /// One article by id.
    public func article(_ id: Int) throws -> LibraryArticle? {
        try read { db in try Library.rows(db, "SELECT * FROM articles WHERE id = ?", [id], Library.article).first }
    }

    /// The list position of an article.
    public func position(ofArticle id: Int) throws -> Int? {
        try read { db in
            try Int.fetchOne(db.cachedStatement(sql: "SELECT position FROM articles WHERE id = ?"), arguments: [id])
                .map { try PositionGaps.index(ofPosition: $0, db) }
        }
    }

    /// The segments of an article, in order.
    public func segments(ofArticle id: Int) throws -> [LibrarySegment] {
        try read { db in
            try Row.fetchAll(db.cachedStatement(sql: """
                SELECT s.*, st.title AS story_title, st.segment_count AS story_size FROM segments s
                JOIN stories st ON st.id = s.story_id WHERE s.article_id = ? ORDER BY s.ordinal
                """), arguments: [id]).map(Library.segment)
        }
    }

    /// One segment by its article and position.
    public func segment(article: Int, ordinal: Int) throws -> LibrarySegment? {
        try read { db in
            try Library.rows(db, """
                SELECT s.*, \(Library.storySize) FROM segments s WHERE s.article_id = ? AND s.ordinal = ?
                """, [article, ordinal], Library.segment).first
        }
    }

    /// The other segments of a segment's story, in list order (the first `limit`), with their articles' sources; with
    /// `putOff`, the evidence of their links only where it is kept (``makePutOffEvidence()`` makes the rest).
    public func linked(toSegment id: Int, limit: Int, putOff: Bool = false) throws
        -> [(segment: LibrarySegment, source: String)] {
        try read { db in try withEvidence(db, try Library.linked(db, toSegment: id, limit: limit), putOff: putOff) }
    }

    /// ``linked(toSegment:limit:putOff:)`` inside a read of the library, without the evidence of the links.
    static func linked(_ db: Database, toSegment id: Int, limit: Int) throws -> [(segment: LibrarySegment, source: String)] {
        // Chosen from the index of the story's places (``SchemaStoryPlaces``) and the articles' positions
        // (``SchemaArticlePositions``), then only those rows read.
        try Row.fetchAll(db.cachedStatement(sql: """
            WITH chosen AS (
                SELECT s.id FROM segments me JOIN segments s ON s.story_id = me.story_id AND s.id != me.id
                JOIN articles a \(try SchemaArticlePositions.positionOnly(db)) ON a.id = s.article_id
                WHERE me.id = ? ORDER BY a.position, s.ordinal LIMIT ?)
            SELECT s.*, \(Library.storySize), a.source AS source FROM chosen JOIN segments s ON s.id = chosen.id
            JOIN articles a ON a.id = s.article_id ORDER BY a.position, s.ordinal
            """), arguments: [id, limit]).map { (Library.segment($0), $0["source"]) }
    }

    /// The segment of a segment's story in another article that comes next in list order (or before it, when not
    /// `forward`), wrapping around, with its article's source; nil when the story is in no other article. Where it
    /// is going is all it gives: the evidence of its link is not made (``linked(toSegment:limit:putOff:)`` gives it).
    public func adjacentLinked(toSegment id: Int, forward: Bool) throws -> (segment: LibrarySegment, source: String)? {
        try read { db in try Library.adjacentLinked(db, toSegment: id, forward: forward) }
    }

    /// ``adjacentLinked(toSegment:forward:)`` inside a read of the library.
    static func adjacentLinked(_ db: Database, toSegment id: Int, forward: Bool) throws
        -> (segment: LibrarySegment, source: String)? {
        // Those on the wanted side sort first; among them the nearest; with none there, the farthest (the wrap).
        let order = forward
            ? "((a.position, s.ordinal) > (ma.position, me.ordinal)) DESC, a.position, s.ordinal"
            : "((a.position, s.ordinal) < (ma.position, me.ordinal)) DESC, a.position DESC, s.ordinal DESC"
        let positionOnly = try SchemaArticlePositions.positionOnly(db)
        return try Row.fetchOne(db.cachedStatement(sql: """
            WITH chosen AS (
                SELECT s.id FROM segments me JOIN articles ma \(positionOnly) ON ma.id = me.article_id
                JOIN segments s ON s.story_id = me.story_id AND s.article_id != me.article_id
                JOIN articles a \(positionOnly) ON a.id = s.article_id WHERE me.id = ? ORDER BY \(order) LIMIT 1)
            SELECT s.*, \(Library.storySize), a.source AS source FROM chosen JOIN segments s ON s.id = chosen.id
            JOIN articles a ON a.id = s.article_id
            """), arguments: [id]).map { (Library.segment($0), $0["source"]) }
    }

    /// The segments of a story, in list order, with their articles' sources.
    public func segments(ofStory id: Int) throws -> [(segment: LibrarySegment, source: String)] {
        try read { db in
            let found: [(segment: LibrarySegment, source: String)] = try Row.fetchAll(db.cachedStatement(sql: """
                SELECT s.*, \(Library.storySize), a.source AS source FROM segments s JOIN articles a ON a.id = s.article_id
                WHERE s.story_id = ? ORDER BY a.position, s.ordinal
                """), arguments: [id]).map { (Library.segment($0), $0["source"]) }
            return try withEvidence(db, found)
        }
    }

    /// Segments with the evidence of their links (``LinkEvidenceRows``), made from their stories as they are; with
    /// `putOff`, only the evidence kept of their stories as they are (``LinkEvidenceCache``).
    func withEvidence(_ db: Database, _ found: [(segment: LibrarySegment, source: String)], putOff: Bool = false) throws
        -> [(segment: LibrarySegment, source: String)] {
        let evidence = try linkEvidence.evidence(db, stories: Array(Set(found.map { Int64($0.segment.story) })).sorted(),
                                                 of: Set(found.map { Int64($0.segment.id) }), putOff: putOff)
        return found.map { item in
            var segment = item.segment
            segment.evidence = evidence[Int64(segment.id)]
            return (segment, item.source)
        }
    }

    /// Whether segments were given without the evidence of their links because it was put off (`putOff`).
    public var hasPutOffEvidence: Bool { linkEvidence.hasPutOff }

    /// Makes the evidence of one story put off by the queries asked with `putOff`, the one asked last (a large
    /// story's takes a while; call again while ``hasPutOffEvidence``); true when one was made, which those queries
    /// now give.
    public func makePutOffEvidence() throws -> Bool {
        guard linkEvidence.hasPutOff else { return false }
        return try read { db in try linkEvidence.makePutOff(db) }
    }

    /// The passages (heading and body paragraphs) of a segment, in order; the article's title and standfirst
    /// come with its first segment.
    public func passages(ofSegment id: Int) throws -> [LibraryPassage] {
        try read { db in
            try Row.fetchAll(db.cachedStatement(sql: "SELECT id, kind, line, text FROM passages WHERE segment_id = ? ORDER BY id"),
                             arguments: [id]).map { row in
                LibraryPassage(id: row["id"], kind: row["kind"], line: row["line"], text: row["text"])
            }
        }
    }

    // MARK: Quotations and speakers

    /// Quotations of a segment, in reading order (its terms, labels nobody says, are not listed).
    public func quotes(ofSegment id: Int) throws -> [LibraryQuote] {
        try read { db in try Library.quotes(db, where: "q.segment_id = ? AND q.kind != 'term'", arguments: [id], cached: true) }
    }

    /// One quotation by its id, with the aliases of its speaker (for telling why it has that speaker).
    public func quote(_ id: Int) throws -> (quote: LibraryQuote, aliases: [String])? {
        try read { db in
            guard let quote = try Library.quotes(db, where: "q.id = ?", arguments: [id], cached: true).first else { return nil }
            let aliases = try quote.speaker.map { speaker in
                try String.fetchAll(db, sql: "SELECT alias FROM aliases WHERE speaker_id = ? ORDER BY id", arguments: [speaker.id])
            } ?? []
            return (quote, aliases)
        }
    }

    /// Quotations matching a filter, in list order.
    public func quotes(_ filter: QuoteFilter) throws -> [LibraryQuote] {
        try read { db in
            var clauses: [String] = []
            var arguments: StatementArguments = []
            if let speaker = filter.speaker {
                guard let (clause, match) = try Library.speakerClause(db, "q.speaker_id", matching: speaker) else { return [] }
                clauses.append(clause)
                arguments += match
            }
            if let id = filter.speakerID {
                clauses.append("q.speaker_id = ?")
                arguments += [try Library.resolved(db, .speaker, id)]
            }
            if let story = filter.story {
                clauses.append("q.segment_id IN (SELECT id FROM segments WHERE story_id = ?)")
                arguments += [try Library.resolved(db, .story, story)]
            }
            if let text = filter.text {
                clauses.append("q.id IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ?)")
                arguments += [text]
            }
            if !filter.kinds.isEmpty {
                clauses.append("q.kind IN (\(Array(repeating: "?", count: filter.kinds.count).joined(separator: ",")))")
                for kind in filter.kinds.sorted() { arguments += [kind] }
            }
            do {
                return try Library.quotes(db, where: clauses.isEmpty ? "1" : clauses.joined(separator: " AND "),
                                          arguments: arguments, limit: filter.limit)
            } catch let error as DatabaseError where error.resultCode == .SQLITE_ERROR {
                throw LibraryError.badQuery(query: filter.text ?? "", detail: error.message ?? "syntax error")
            }
        }
    }

    /// Speakers matching a query (all speakers when nil), most quoted first.
    public func speakers(matching query: SpeakerQuery? = nil, limit: Int? = nil) throws -> [LibrarySpeaker] {
        try read { db in try Library.speakers(db, matching: query, limit: limit) }
    }

    /// ``speakers(matching:limit:)`` inside a read of the library.
    static func speakers(_ db: Database, matching query: SpeakerQuery?, limit: Int?) throws -> [LibrarySpeaker] {
        // The stored spans follow the speaker's own columns.
        let stored = try SpeakerSpan.stored(db)
        var sql = "SELECT id, name, kind, description, \(stored ? SpeakerSpan.columns : "quote_count") FROM speakers"
        var arguments: StatementArguments = []
        if let query {
            guard let (clause, match) = try Library.speakerClause(db, "id", matching: query) else { return [] }
            sql += " WHERE " + clause
            arguments = match
        }
        sql += " ORDER BY quote_count DESC, name"
        if let limit { sql += " LIMIT \(limit)" }
        let rows = try Row.fetchAll(db, sql: sql, arguments: arguments)
        var speakers: [LibrarySpeaker] = []
        speakers.reserveCapacity(rows.count)
        for start in stride(from: 0, to: rows.count, by: speakersPage) {
            speakers += try page(db, Array(rows[start..<min(rows.count, start + speakersPage)]), stored: stored)
        }
        return speakers
    }

    /// Speakers listed a page at a time: what a page's speakers need besides their rows is read in three queries for
    /// the page (four from a library that does not store spans), not three for each speaker.
    static let speakersPage = 500

    /// A page of speakers' rows with their aliases, the dates and number of the articles quoting them, whether one
    /// names them, and the title and outlet of the one article quoting a speaker when only one does (what tells two
    /// speakers of one name apart).
    private static func page(_ db: Database, _ rows: [Row], stored: Bool) throws -> [LibrarySpeaker] {
        let ids: [Int] = rows.map { $0["id"] }
        guard !ids.isEmpty else { return [] }
        let list = ids.map(String.init).joined(separator: ",")
        var aliases: [Int: [String]] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT speaker_id, alias FROM aliases WHERE speaker_id IN (\(list)) ORDER BY id") {
            aliases[row[0], default: []].append(row[1])
        }
        var spans: [Int: SpeakerSpan] = [:]
        if stored {
            for (row, id) in zip(rows, ids) { spans[id] = SpeakerSpan(row, from: 4) }
        } else {
            for row in try Row.fetchAll(db, sql: SpeakerSpan.counted(where: "q.speaker_id IN (\(list))")) {
                spans[row[0]] = SpeakerSpan(row, from: 1)
            }
        }
        let named = Set(try Int.fetchAll(db, sql: """
            SELECT s.id FROM speakers s WHERE s.id IN (\(list)) AND \(Library.isNamed("s.id"))
            """))
        // The one article quoting a speaker, when only one does.
        let alone: [Int: Int64] = spans.compactMapValues(\.loneArticle)
        var origins: [Int64: (title: String?, outlet: String?)] = [:]
        if !alone.isEmpty {
            for row in try Row.fetchAll(db, sql: """
                SELECT a.id, a.title, COALESCE(w.outlet, \(Library.frontMatterOutlet)) AS outlet
                FROM articles a LEFT JOIN web_articles w ON w.path = a.source
                WHERE a.id IN (\(Set(alone.values).sorted().map(String.init).joined(separator: ",")))
                """) {
                origins[row["id"]] = (row["title"], row["outlet"])
            }
        }
        return zip(rows, ids).map { row, id in
            let span = spans[id] ?? SpeakerSpan(quotes: row["quote_count"])
            let origin = alone[id].flatMap { origins[$0] }
            return LibrarySpeaker(id: id, name: row["name"], aliases: aliases[id] ?? [],
                                  kind: SpeakerKind(rawValue: row["kind"]),
                                  description: row["description"], quoteCount: span.quotes,
                                  firstDate: span.firstDate, lastDate: span.lastDate, isNamed: named.contains(id),
                                  articleCount: span.articles, outlet: origin?.outlet, articleTitle: origin?.title)
        }
    }

    /// Whether an article gives the speaker a proper name: as for ``SitrepCore/Speaker/isNamed``, whether any of the
    /// evidence its record is made from has one (`entities.named`).
    static func isNamed(_ db: Database, speaker id: some DatabaseValueConvertible) throws -> Bool {
        try Bool.fetchOne(db.cachedStatement(sql: "SELECT \(isNamed("?"))"),
                          arguments: [id]) ?? false
    }

    /// The SQL condition that the speaker whose id is `speaker` (a column or a parameter) is named, answered from the
    /// index of named entities (``SchemaNamedEntities``): one probe, whatever the number of the speaker's entities.
    static func isNamed(_ speaker: String) -> String {
        "EXISTS(SELECT 1 FROM entities WHERE speaker_id = \(speaker) AND named)"
    }

    /// Speakers whose aliases match: candidates from the alias index (any word as a prefix of a word of an alias or
    /// of its transliteration keys), kept when every word of the query matches one of their aliases.
    static func speakerIDs(_ db: Database, matching query: SpeakerQuery) throws -> [Int] {
        guard !query.words.isEmpty else { return [] }
        let rows = try Row.fetchAll(db, sql: """
            SELECT a.speaker_id, a.alias FROM aliases a
            WHERE a.speaker_id IN (SELECT speaker_id FROM aliases WHERE id IN
                (SELECT rowid FROM aliases_fts WHERE aliases_fts MATCH ?))
            """, arguments: [aliasMatch(query)])
        var aliases: [Int: [String]] = [:]
        for row in rows { aliases[row[0], default: []].append(row[1]) }
        return aliases.filter { query.matches(aliases: $0.value) }.keys.sorted()
    }

    /// The SQL condition that `column` (a speaker id) is one of the speakers matching a query, with its arguments;
    /// nil when no speaker matches. For one word, the alias index's prefix match is the whole test and is made
    /// inside the condition (a common surname matches thousands of speakers); a longer query is resolved to ids.
    static func speakerClause(_ db: Database, _ column: String, matching query: SpeakerQuery) throws
        -> (String, StatementArguments)? {
        if query.words.count == 1 {
            return ("\(column) IN (SELECT speaker_id FROM aliases WHERE id IN "
                    + "(SELECT rowid FROM aliases_fts WHERE aliases_fts MATCH ?))", [aliasMatch(query)])
        }
        let ids = try speakerIDs(db, matching: query)
        return ids.isEmpty ? nil : ("\(column) IN (\(ids.map(String.init).joined(separator: ",")))", [])
    }

    /// The FTS5 query for a speaker query: each word as a prefix of an alias word or of its transliteration key.
    private static func aliasMatch(_ query: SpeakerQuery) -> String {
        var terms: [String] = []
        for (typed, key) in zip(query.typed, query.keys) {
            terms.append("alias : \"\(typed)\"*")
            if !key.isEmpty { terms.append("keys : \"\(key)\"*") }
        }
        return terms.joined(separator: " OR ")
    }

    /// Quotations matching a condition on `q`, in list order, the first `limit`; `cached` as for ``rows(_:_:_:cached:_:)``
    /// (the reader's pages: their condition holds no values).
    static func quotes(_ db: Database, where clause: String, arguments: StatementArguments,
                       limit: Int? = nil, cached: Bool = false) throws -> [LibraryQuote] {
        // Quotation ids follow list order (the index is written article by article), so the matching ids are
        // chosen first, in id order and up to the limit, and only those rows are read in full.
        let sql = """
            WITH chosen AS (
                SELECT q.id FROM quotes q WHERE \(clause) ORDER BY q.id\(limit.map { " LIMIT \($0)" } ?? ""))
            SELECT q.*, sp.name AS speaker_name, s.ordinal AS segment_ordinal, s.story_id AS story,
                   \(Library.isNamed("q.speaker_id")) AS speaker_named,
                   (SELECT group_concat(id) FROM (SELECT copy_id AS id FROM quote_copies WHERE quote_id = q.id
                       UNION SELECT quote_id FROM quote_copies WHERE copy_id = q.id ORDER BY 1)) AS copy_ids
            FROM chosen JOIN quotes q ON q.id = chosen.id JOIN segments s ON s.id = q.segment_id
            LEFT JOIN speakers sp ON sp.id = q.speaker_id
            ORDER BY q.id
            """
        return try Library.rows(db, sql, arguments, cached: cached) { row in
            let speakerID: Int? = row["speaker_id"]
            let copies: String? = row["copy_ids"]
            return LibraryQuote(
                id: row["id"], text: row["text"], kind: row["kind"], cue: row["cue"], mention: row["mention"],
                speaker: speakerID.map { SpeakerName(id: $0, name: row["speaker_name"], named: row["speaker_named"]) }, source: row["source"],
                line: row["line"], column: row["column"], article: row["article_id"], segment: row["segment_id"],
                segmentOrdinal: row["segment_ordinal"], story: row["story"],
                copies: (copies ?? "").split(separator: ",").compactMap { Int($0) }, passage: row["passage_id"],
                range: range(row), sieve: row["sieve"])
        }
    }

    // MARK: Stories

    /// Stories, those linking the most segments first; with `linkedOnly`, only stories covered by two or more
    /// source files (segments of one file linked together are not coverage by several).
    public func stories(linkedOnly: Bool = true, limit: Int? = nil) throws -> [LibraryStory] {
        try read { db in
            var sql = "SELECT * FROM stories"
            if linkedOnly { sql += " WHERE source_count > 1" }
            sql += " ORDER BY segment_count DESC, source_count DESC, id"
            if let limit { sql += " LIMIT \(limit)" }
            return try Row.fetchAll(db, sql: sql).map { row in
                let terms: String = row["shared_terms"]
                return LibraryStory(id: row["id"], title: row["title"],
                                    sharedTerms: terms.isEmpty ? [] : terms.components(separatedBy: ", "),
                                    segmentCount: row["segment_count"], sourceCount: row["source_count"])
            }
        }
    }

    // MARK: Search

    /// Passages ranked per search: the newest this many matches (by passage id), so a word found in half the
    /// library is answered as fast as a rare one.
    public static let searchCandidates = 1000
    /// Bytes of a paragraph's start in which a search hit's snippet is looked for (its whole text, but for the
    /// longest paragraphs).
    public static let snippetBytes = 1 << 18
    /// Bytes of a paragraph's start in which a snippet is looked for first.
    static let firstSnippetBytes = 1 << 12

    /// A search hit's snippet: looked for in the paragraph's start, a longer start only while no word matches in
    /// it (a paragraph of 50 MB is not read through, nor its first 256 KB word by word when it matches early).
    static func snippet(_ db: Database, passage: Int, words: [SearchSnippet.Word]) throws -> String {
        let total = try withText(db, passage: passage) { Int(sqlite3_blob_bytes($0)) }
        var bytes = firstSnippetBytes
        while true {
            var text = try textPrefix(db, passage: passage, bytes: bytes)
            let cut = total > bytes
            // A start cut within a word ends at the space before it.
            if cut, let space = text.lastIndex(of: " ") { text = String(text[..<space]) }
            let snippet = SearchSnippet.snippet(of: text, words: words, marks: (SearchHit.markStart, SearchHit.markEnd))
            guard cut, !snippet.contains(SearchHit.markStart), bytes < snippetBytes else {
                return cut && !snippet.hasSuffix("\u{2026}") ? snippet + "\u{2026}" : snippet
            }
            bytes *= 4
        }
    }

    /// Full-text search over titles, standfirsts, headings and paragraphs (FTS5 query syntax), best first among
    /// the newest ``searchCandidates`` matching passages.
    public func search(_ query: String, limit: Int = 50) throws -> [SearchHit] {
        do {
            return try pool.read { db in
                let ranked = try Row.fetchAll(db.cachedStatement(sql: """
                    SELECT id, score FROM (
                        SELECT rowid AS id, rank AS score FROM passages_fts WHERE passages_fts MATCH ?
                        ORDER BY rowid DESC LIMIT \(Library.searchCandidates))
                    ORDER BY score, id LIMIT ?
                    """), arguments: [query, limit])
                guard !ranked.isEmpty else { return [] }
                let ids: [Int64] = ranked.map { $0["id"] }
                let rows = try Row.fetchAll(db, sql: """
                    SELECT p.id, p.line, p.kind, p.article_id, p.segment_id, a.source, a.title, s.ordinal
                    FROM passages p JOIN articles a ON a.id = p.article_id LEFT JOIN segments s ON s.id = p.segment_id
                    WHERE p.id IN (\(ids.map(String.init).joined(separator: ",")))
                    """)
                let byID = Dictionary(uniqueKeysWithValues: rows.map { ($0["id"] as Int64, $0) })
                let words = SearchSnippet.words(of: query)
                return try zip(ids, ranked).compactMap { id, rank in
                    guard let row = byID[id] else { return nil }
                    let snippet = try Library.snippet(db, passage: row["id"], words: words)
                    return SearchHit(source: row["source"], line: row["line"], kind: row["kind"], article: row["article_id"],
                                     articleTitle: row["title"], segment: row["segment_id"], segmentOrdinal: row["ordinal"],
                                     snippet: snippet, rank: rank["score"])
                }
            }
        } catch let error as DatabaseError where error.resultCode == .SQLITE_ERROR {
            throw LibraryError.badQuery(query: query, detail: error.message ?? "syntax error")
        } catch {
            throw LibraryError.from(error, path: path)
        }
    }

    // MARK: Rows

    static func article(_ row: Row) -> LibraryArticle {
        LibraryArticle(id: row["id"], source: row["source"], title: row["title"], kind: row["kind"],
                       lines: [row["first_line"], row["last_line"]], date: row["date"],
                       segmentCount: row["segment_count"], quoteCount: row["quote_count"], truncated: row["truncated"])
    }

    /// A segment row with `story_size`, its story's number of segments: the segments it is linked to are the
    /// others (read from the story's row, so that a segment joining a story of thousands writes one row, not every
    /// member's).
    static func segment(_ row: Row) -> LibrarySegment {
        LibrarySegment(id: row["id"], article: row["article_id"], ordinal: row["ordinal"], heading: row["heading"],
                       label: row["label"], lines: [row["first_line"], row["last_line"]], story: row["story_id"],
                       storyTitle: row.hasColumn("story_title") ? row["story_title"] : nil,
                       quoteCount: row["quote_count"], linkedCount: max(0, (row["story_size"] as Int? ?? 1) - 1))
    }

    /// The column `story_size` of a query on segments `s`.
    static let storySize = "(SELECT segment_count FROM stories WHERE id = s.story_id) AS story_size"


    static func range(_ row: Row) -> Range<Int>? {
        guard let start: Int = row["range_start"], let end: Int = row["range_end"], start <= end else { return nil }
        return start..<end
    }
}

extension Library {
    /// Every segment's source file, story and number of body paragraphs: how the library's stories cover its files.
    public func segmentStories() throws -> [(source: String, story: Int, paragraphs: Int)] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT a.source, s.story_id, (SELECT count(*) FROM passages p WHERE p.segment_id = s.id AND p.kind = 'body') AS paragraphs
                FROM segments s JOIN articles a ON a.id = s.article_id ORDER BY s.id
                """).map { ($0["source"], $0["story_id"], $0["paragraphs"]) }
        }
    }
}
