import Foundation
import GRDB
import SitrepCore

/// Writes what the analysis of newly stored files found, article by article, and links each article into the
/// library as it comes (``StoryIndex``, ``SpeakerIndex``, ``CopyIndex``): nothing already stored is read again
/// beyond the rows a new article is compared with. Removes what came from one file the same way. Ids are never
/// reused: a row keeps its id for as long as it exists.
struct IndexWriter {
    let db: Database
    let analyzer: Analyzer
    private var stories: StoryIndex
    private var speakers: SpeakerIndex
    private var copies: CopyIndex
    /// Where the next article goes in the list (order of ingest).
    private var nextPosition: Int64
    /// The passages and quotations written, put in their full-text indexes at the end.
    private var search: [BatchedSearch]
    /// The articles and quotations written (the status line's counts).
    private var written = LibraryCounts()

    init(db: Database, analyzer: Analyzer) throws {
        self.db = db
        self.analyzer = analyzer
        stories = StoryIndex(db: db, linker: analyzer.linker)
        speakers = SpeakerIndex(db: db, lexicon: analyzer.lexicon)
        copies = CopyIndex(db: db)
        nextPosition = try Int64.fetchOne(db, sql: "SELECT coalesce(max(position) + 1, 0) FROM articles") ?? 0
        search = [try BatchedSearch(db, BatchedSearch.passages), try BatchedSearch(db, BatchedSearch.quotes)]
    }

    /// Writes and links the articles of newly analysed files, in order; `sourceIDs` gives each file's row by the
    /// bytes of its path.
    mutating func add(_ local: [ArticleAnalysis], sourceIDs: [[UInt8]: Int64]) throws {
        try stories.count(local.map(\.linkInput))
        var ordinals: [Int64: Int] = [:]
        for item in local {
            let sourceID = sourceIDs[Array(item.article.source.utf8)] ?? 0
            let ordinal = ordinals[sourceID, default: 0]
            ordinals[sourceID] = ordinal + 1
            try add(item, sourceID: sourceID, ordinal: ordinal)
        }
        try finish()
    }

    /// Brings what the added articles touched up to date: stories' counts and terms, speakers' records, figure
    /// comparisons, the full-text indexes, the counts the status line shows.
    private mutating func finish() throws {
        try speakers.refresh()
        try stories.refresh(analyzer: analyzer)
        for index in search.indices { try search[index].fill(db) }
        try LibraryCounts.add(written + speakers.change + stories.change, db)
    }

    /// One article: its rows, then its links.
    private mutating func add(_ item: ArticleAnalysis, sourceID: Int64, ordinal: Int) throws {
        let ids = try writeArticle(item, sourceID: sourceID, ordinal: ordinal)
        written.articles += 1
        written.quotes += item.quotes.count
        let passages = try writePassages(item, ids)
        let quoteIDs = try writeQuotes(item, ids, passages)
        try writeFigures(item, ids, passages)
        let input = item.linkInput
        let storyOf = try stories.link(input, article: ids.article, segments: ids.segments)
        let merged = stories.takeMerged()
        try speakers.storiesMerged(merged)
        let entities = try speakers.add(input.speakerEvidence, article: ids.article, storyOfSegment: storyOf)
        let statement = try db.cachedStatement(sql: "UPDATE quotes SET entity_id = ?, speaker_id = ? WHERE id = ?")
        for (quote, entity) in zip(quoteIDs, input.quoteEntities) where entity >= 0 {
            guard let placed = entities[Int(entity)] else { continue }
            try statement.execute(arguments: [placed.entity, placed.speaker, quote])
        }
        try copies.add(quotes: quoteIDs, words: input.quoteKeys, anchors: input.quoteAnchors, article: ids.article)
    }

    /// Row ids of an article and of its segments, in order.
    struct ArticleIDs {
        var article: Int64
        var segments: [Int64]
    }

    private mutating func writeArticle(_ item: ArticleAnalysis, sourceID: Int64, ordinal: Int) throws -> ArticleIDs {
        let article = item.article
        try db.cachedStatement(sql: """
            INSERT INTO articles(position, source_id, ordinal, source, kind, title, title_derived, standfirst, byline,
                dateline, truncated, first_line, last_line, date, day, segment_count, quote_count, captions, notes,
                metadata)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [
                nextPosition, sourceID, ordinal, article.source, article.kind.rawValue, article.title,
                article.titleDerived, article.standfirst, article.byline, article.dateline, article.truncated,
                article.lines.lowerBound, article.lines.upperBound, article.metadata["date"], item.linkInput.day,
                article.segments.count, item.quotes.count(where: { $0.kind != .term }), try IndexWriter.json(article.captions.map(\.text)),
                try IndexWriter.json(article.notes), try IndexWriter.json(article.metadata),
            ])
        nextPosition += 1
        let articleID = db.lastInsertedRowID
        var quoteCounts = [Int](repeating: 0, count: article.segments.count)
        // (Terms are stored but not counted among a segment's quotations: the reader lists no term.)
        for quote in item.quotes where quote.kind != .term { quoteCounts[quote.segment] += 1 }
        // (`linked_count` is no longer read: a segment's links are counted from its story's row.)
        let segment = try db.cachedStatement(sql: """
            INSERT INTO segments(article_id, ordinal, heading, label, first_line, last_line, story_id, quote_count,
                linked_count, event_day) VALUES (?, ?, ?, ?, ?, ?, 0, ?, 0, ?)
            """)
        let terms = try db.cachedStatement(sql: "INSERT INTO segment_terms(segment_id, terms) VALUES (?, ?)")
        var segments: [Int64] = []
        for (ordinal, piece) in article.segments.enumerated() {
            try segment.execute(arguments: [articleID, ordinal, piece.heading, piece.label, piece.lines.lowerBound,
                                            piece.lines.upperBound, quoteCounts[ordinal], item.linkInput.eventDay(of: ordinal)])
            segments.append(db.lastInsertedRowID)
            // What `sitrep relink` links the segment by again.
            if ordinal < item.linkInput.terms.count {
                try terms.execute(arguments: [db.lastInsertedRowID, Data(item.linkInput.terms[ordinal].bytes)])
            }
        }
        return ArticleIDs(article: articleID, segments: segments)
    }

    /// A paragraph stored as a passage: its row id and the paragraph, to place quotations and figures in.
    struct Passage {
        var id: Int64
        var paragraph: Paragraph
    }

    /// Titles, standfirsts, headings and body paragraphs; captions too (searchable, filed under their segment).
    private func writePassages(_ item: ArticleAnalysis, _ ids: ArticleIDs) throws -> [Passage] {
        let statement = try db.cachedStatement(sql: """
            INSERT INTO passages(article_id, segment_id, kind, line, text) VALUES (?, ?, ?, ?, ?)
            """)
        let article = item.article
        var passages: [Passage] = []
        // Each segment's texts as its names are read from (``SitrepCore/LinkEvidence/names(in:lexicon:)``).
        var texts = [[String]](repeating: [], count: ids.segments.count)
        func add(_ paragraph: Paragraph?, _ kind: String, _ ordinal: Int) throws {
            guard let paragraph else { return }
            let segment = ids.segments.indices.contains(ordinal) ? ids.segments[ordinal] : nil
            try statement.execute(arguments: [ids.article, segment, kind, paragraph.firstLine, paragraph.text])
            passages.append(Passage(id: db.lastInsertedRowID, paragraph: paragraph))
            if segment != nil { texts[ordinal].append(paragraph.text) }
        }
        try add(article.titleParagraph, "title", 0)
        try add(article.standfirstParagraph, "standfirst", 0)
        for (ordinal, segment) in article.segments.enumerated() {
            try add(segment.headingParagraph, "heading", ordinal)
            for paragraph in segment.paragraphs { try add(paragraph, "body", ordinal) }
        }
        try LinkEvidenceRows.storeNames(db, segments: ids.segments, texts: texts, lexicon: analyzer.lexicon)
        for caption in article.captions {
            let ordinal = article.segments.lastIndex { $0.lines.lowerBound <= caption.span.start.line } ?? 0
            try statement.execute(arguments: [ids.article, ids.segments.isEmpty ? nil : ids.segments[ordinal], "caption",
                                              caption.span.start.line, caption.text])
        }
        return passages
    }

    /// Where spans stand among an article's passages: for each, the passage and the character range in it. Spans
    /// are grouped by passage so that each passage is read once, however many quotations and figures it holds.
    private static func place(_ spans: [SourceSpan], in passages: [Passage]) -> [(Int64, Range<Int>)?] {
        var byLine: [Int: [Int]] = [:]
        for (index, passage) in passages.enumerated() {
            for line in passage.paragraph.firstLine...max(passage.paragraph.firstLine, passage.paragraph.lastLine) {
                byLine[line, default: []].append(index)
            }
        }
        var placed = [(Int64, Range<Int>)?](repeating: nil, count: spans.count)
        var pending = Array(spans.indices)
        // Most spans fall in the first passage of their line; the rare rest try the next one.
        for attempt in 0..<3 where !pending.isEmpty {
            var byPassage: [Int: [Int]] = [:]
            for index in pending {
                let candidates = byLine[spans[index].start.line] ?? []
                if attempt < candidates.count { byPassage[candidates[attempt], default: []].append(index) }
            }
            pending = []
            for (passage, indices) in byPassage {
                let ranges = passages[passage].paragraph.characterRanges(of: indices.map { spans[$0] })
                for (index, range) in zip(indices, ranges) {
                    if let range { placed[index] = (passages[passage].id, range) } else { pending.append(index) }
                }
            }
        }
        return placed
    }

    /// Quotations, their speakers to come; returns their row ids in the order of the article's quotations.
    private func writeQuotes(_ item: ArticleAnalysis, _ ids: ArticleIDs, _ passages: [Passage]) throws -> [Int64] {
        let statement = try db.cachedStatement(sql: """
            INSERT INTO quotes(article_id, segment_id, passage_id, kind, text, cue, mention, source,
                line, "column", end_line, end_column, unclosed, range_start, range_end, sieve)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        var rows = [Int64](repeating: 0, count: item.quotes.count)
        let placements = IndexWriter.place(item.quotes.map(\.span), in: passages)
        // Terms after the quotations listed, so that a segment's listed quotations keep consecutive ids.
        let order = item.quotes.indices.filter { item.quotes[$0].kind != .term } + item.quotes.indices.filter { item.quotes[$0].kind == .term }
        for index in order {
            let (quote, placed) = (item.quotes[index], placements[index])
            try statement.execute(arguments: [
                ids.article, ids.segments[quote.segment], placed?.0, quote.kind.rawValue, quote.text, quote.cue,
                quote.mention, quote.span.file, quote.span.start.line, quote.span.start.column, quote.span.end.line,
                quote.span.end.column, quote.unclosed, placed?.1.lowerBound, placed?.1.upperBound, quote.sieve?.rawValue,
            ])
            rows[index] = db.lastInsertedRowID
        }
        return rows
    }

    /// Figures, their comparisons to come (``StoryIndex/refresh(analyzer:)``).
    private func writeFigures(_ item: ArticleAnalysis, _ ids: ArticleIDs, _ passages: [Passage]) throws {
        let statement = try db.cachedStatement(sql: """
            INSERT INTO figures(article_id, segment_id, passage_id, source, line, "column", number, value, counts,
                category, hedge, range_start, range_end, vague, counted_group, end_line, end_column, said_by, date, place,
                upper_value)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        let keys = item.linkInput.figures
        for (index, (figure, placed)) in zip(item.figures, IndexWriter.place(item.figures.map(\.span), in: passages)).enumerated() {
            try statement.execute(arguments: [
                ids.article, ids.segments[figure.segment], placed?.0, figure.span.file, figure.span.start.line,
                figure.span.start.column, figure.number, figure.value, figure.counts, figure.category, figure.hedge,
                placed?.1.lowerBound, placed?.1.upperBound, figure.isVague, keys[index].group, figure.span.end.line,
                figure.span.end.column, figure.saidBy, figure.date, figure.place, figure.upperValue,
            ])
        }
    }

    /// A value as compact JSON with sorted keys (lists and maps of an article kept for its export).
    static func json(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    /// Removes every article of a stored file and what hangs on them, and brings the stories and speakers they
    /// were part of up to date. No other article's row is written: their positions leave a gap (``PositionGaps``).
    static func removeArticles(_ db: Database, ofSource source: Int64) throws {
        let articles = try Int64.fetchAll(db, sql: "SELECT id FROM articles WHERE source_id = ?", arguments: [source])
        guard !articles.isEmpty else { return }
        let list = articles.map(String.init).joined(separator: ",")
        let storyIDs = try Int64.fetchAll(db, sql: "SELECT DISTINCT story_id FROM segments WHERE article_id IN (\(list))")
        let speakerIDs = try Int64.fetchAll(db, sql: "SELECT DISTINCT speaker_id FROM entities WHERE article_id IN (\(list))")
        let quotes = try Int.fetchOne(db, sql: "SELECT count(*) FROM quotes WHERE article_id IN (\(list))") ?? 0
        let fullNames = try SpeakerIndex.fullNames(ofArticles: list, db)
        let positions = try Int.fetchAll(db, sql: "SELECT position FROM articles WHERE id IN (\(list))")
        try CopyIndex(db: db).remove(articles: list)
        try db.execute(sql: """
            DELETE FROM places WHERE entity_id IN (SELECT id FROM entities WHERE article_id IN (\(list)));
            DELETE FROM entities WHERE article_id IN (\(list));
            DELETE FROM quotes WHERE article_id IN (\(list));
            DELETE FROM figure_counterparts WHERE figure_id IN (SELECT id FROM figures WHERE article_id IN (\(list)))
                OR counterpart_id IN (SELECT id FROM figures WHERE article_id IN (\(list)));
            DELETE FROM figures WHERE article_id IN (\(list));
            DELETE FROM passages WHERE article_id IN (\(list));
            DELETE FROM postings WHERE segment_id IN (SELECT id FROM segments WHERE article_id IN (\(list)));
            DELETE FROM segment_terms WHERE segment_id IN (SELECT id FROM segments WHERE article_id IN (\(list)));
            DELETE FROM segments WHERE article_id IN (\(list));
            DELETE FROM articles WHERE id IN (\(list));
            """)
        try PositionGaps.remove(positions, db)
        var speakers = SpeakerIndex(db: db, lexicon: .standard)
        speakers.touch(speakerIDs)
        try speakers.reconsider(fullNames)
        try speakers.refresh()
        var stories = StoryIndex(db: db, linker: StoryLinker())
        try stories.rebuildSums(storyIDs)
        try stories.refresh(analyzer: Analyzer())
        let removed = LibraryCounts(articles: -articles.count, quotes: -quotes)
        try LibraryCounts.add(removed + speakers.change + stories.change, db)
    }
}
