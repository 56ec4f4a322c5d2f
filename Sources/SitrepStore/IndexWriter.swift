import GRDB
import SitrepCore

/// Writes the derived tables from the stored files, a batch of files at a time: what each article holds on its own
/// is written as soon as it is read, and only its compact link input (``LinkInput``) stays in memory until every
/// file has been read; then the links (stories, speakers, shared quotations, figure comparisons) are written over
/// the rows. Ids follow the order of the articles: article `i` is row `i + 1`, quotations, figures, speakers and
/// stories likewise; segments are numbered in reading order.
struct IndexWriter {
    let db: Database
    let analyzer: Analyzer
    /// Row id of each stored file by the bytes of its path: two paths that differ only in Unicode normalisation
    /// are two files to the file system and to SQLite, though Swift compares them as equal strings.
    private var sourceIDs: [[UInt8]: Int64] = [:]
    private var corpus = LinkCorpus()
    /// Row id of each article's first segment (its others follow it).
    private var firstSegment: [Int64] = []
    private var articleSource: [Int64] = []
    private var segmentCount: Int64 = 0
    private var quoteCount = 0
    private var figureCount = 0

    /// Empties the derived tables.
    init(db: Database, analyzer: Analyzer) throws {
        self.db = db
        self.analyzer = analyzer
        for table in ["articles", "segments", "passages", "speakers", "aliases", "quotes", "quote_copies", "stories", "figures"] {
            try db.execute(sql: "DELETE FROM \(table)")
        }
        try FigureRows.clear(db)
        sourceIDs = Dictionary(uniqueKeysWithValues: try Row.fetchAll(db, sql: "SELECT id, path FROM sources").map {
            (row: Row) -> ([UInt8], Int64) in (Array((row["path"] as String).utf8), row["id"])
        })
    }

    /// Writes what articles hold on their own: articles, segments, passages, quotations and figures. Their links
    /// follow in ``finish()``.
    mutating func add(_ local: [ArticleAnalysis]) throws {
        let segmentIDs = try writeArticles(local)
        let passages = try writePassages(local, segmentIDs)
        try writeQuotes(local, segmentIDs, passages)
        try writeFigures(local, segmentIDs, passages)
        corpus.append(contentsOf: local.map(\.linkInput))
    }

    /// Links the articles written so far and writes the links; then fills the full-text indexes.
    func finish() throws {
        let links = analyzer.link(corpus)
        try writeStories(links)
        try writeSpeakers(links)
        let copy = try db.makeStatement(sql: "INSERT INTO quote_copies(quote_id, copy_id) VALUES (?, ?)")
        for (quote, copies) in links.quoteCopies.sorted(by: { $0.key < $1.key }) {
            for other in copies { try copy.execute(arguments: [quote + 1, other + 1]) }
        }
        try FigureRows.writeComparisons(db, links)
        for index in ["passages_fts", "aliases_fts", "quotes_fts"] {
            try db.execute(sql: "INSERT INTO \(index)(\(index)) VALUES('rebuild')")
        }
        // What the reader's status line shows, so that opening a large library counts nothing.
        let counts = [firstSegment.count, quoteCount, links.speakers.count, links.stories.filter { $0.segments.count > 1 }.count]
        try db.execute(sql: "INSERT OR REPLACE INTO meta(key, value) VALUES ('counts', ?)",
                       arguments: [counts.map(String.init).joined(separator: " ")])
    }

    /// Articles and their segments (story and links to come); returns each segment's row id.
    private mutating func writeArticles(_ local: [ArticleAnalysis]) throws -> [[Int64]] {
        let articleStatement = try db.cachedStatement(sql: """
            INSERT INTO articles(id, position, source_id, source, kind, title, title_derived, standfirst, byline,
                dateline, truncated, first_line, last_line, date, segment_count, quote_count)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        let segmentStatement = try db.cachedStatement(sql: """
            INSERT INTO segments(id, article_id, ordinal, heading, label, first_line, last_line, story_id,
                quote_count, linked_count) VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?, 0)
            """)
        var segmentIDs: [[Int64]] = []
        for item in local {
            let article = item.article
            let index = firstSegment.count
            var quoteCounts = [Int](repeating: 0, count: article.segments.count)
            for quote in item.quotes { quoteCounts[quote.segment] += 1 }
            let sourceID = sourceIDs[Array(article.source.utf8)] ?? 0
            try articleStatement.execute(arguments: [
                index + 1, index, sourceID, article.source, article.kind.rawValue, article.title,
                article.titleDerived, article.standfirst, article.byline, article.dateline, article.truncated,
                article.lines.lowerBound, article.lines.upperBound, article.metadata["date"], article.segments.count,
                item.quotes.count,
            ])
            firstSegment.append(segmentCount + 1)
            articleSource.append(sourceID)
            var ids: [Int64] = []
            for (ordinal, segment) in article.segments.enumerated() {
                segmentCount += 1
                ids.append(segmentCount)
                try segmentStatement.execute(arguments: [
                    segmentCount, index + 1, ordinal, segment.heading, segment.label, segment.lines.lowerBound,
                    segment.lines.upperBound, quoteCounts[ordinal],
                ])
            }
            segmentIDs.append(ids)
        }
        return segmentIDs
    }

    /// Stories, and each segment's story and number of linked segments.
    private func writeStories(_ links: Links) throws {
        let statement = try db.makeStatement(sql: """
            INSERT INTO stories(id, title, shared_terms, segment_count, source_count) VALUES (?, ?, ?, ?, ?)
            """)
        let segment = try db.makeStatement(sql: "UPDATE segments SET story_id = ?, linked_count = ? WHERE id = ?")
        let paragraphs = try db.makeStatement(sql: """
            SELECT text FROM passages WHERE segment_id = ? AND kind IN ('title', 'standfirst', 'heading', 'body') ORDER BY id
            """)
        for (index, story) in links.stories.enumerated() {
            let ids = story.segments.map { firstSegment[$0.article] + Int64($0.segment) }
            // Shared terms are spelled as the story's first segment writes them (headline included).
            var shared: [String] = []
            if !story.sharedKeys.isEmpty {
                shared = analyzer.spellings(of: story.sharedKeys, in: try String.fetchAll(paragraphs, arguments: [ids[0]]))
            }
            let sources = Set(story.segments.map { articleSource[$0.article] })
            try statement.execute(arguments: [index + 1, story.title, shared.joined(separator: ", "),
                                              story.segments.count, sources.count])
            for id in ids { try segment.execute(arguments: [index + 1, story.segments.count - 1, id]) }
        }
    }

    /// A paragraph stored as a passage: its row id and the paragraph, to place quotations and figures in.
    struct Passage {
        var id: Int64
        var paragraph: Paragraph
    }

    /// Titles, standfirsts, headings and body paragraphs, per article.
    private func writePassages(_ local: [ArticleAnalysis], _ segmentIDs: [[Int64]]) throws -> [[Passage]] {
        let statement = try db.cachedStatement(sql: """
            INSERT INTO passages(article_id, segment_id, kind, line, text) VALUES (?, ?, ?, ?, ?)
            """)
        var result: [[Passage]] = []
        for (offset, item) in local.enumerated() {
            let article = item.article
            let articleID = firstSegment.count - local.count + offset + 1
            var passages: [Passage] = []
            func add(_ paragraph: Paragraph?, _ kind: String, _ segment: Int64?) throws {
                guard let paragraph else { return }
                try statement.execute(arguments: [articleID, segment, kind, paragraph.firstLine, paragraph.text])
                passages.append(Passage(id: db.lastInsertedRowID, paragraph: paragraph))
            }
            let ids = segmentIDs[offset]
            try add(article.titleParagraph, "title", ids.first)
            try add(article.standfirstParagraph, "standfirst", ids.first)
            for (ordinal, segment) in article.segments.enumerated() {
                try add(segment.headingParagraph, "heading", ids[ordinal])
                for paragraph in segment.paragraphs { try add(paragraph, "body", ids[ordinal]) }
            }
            // Captions and credits are searchable too, filed under the segment they stand in.
            for caption in article.captions {
                let ordinal = article.segments.lastIndex { $0.lines.lowerBound <= caption.span.start.line } ?? 0
                try statement.execute(arguments: [articleID, ids.isEmpty ? nil : ids[ordinal], "caption",
                                                  caption.span.start.line, caption.text])
            }
            result.append(passages)
        }
        return result
    }

    /// Speakers with their aliases, and each quotation's speaker.
    private func writeSpeakers(_ links: Links) throws {
        var counts = [Int](repeating: 0, count: links.speakers.count)
        let quote = try db.makeStatement(sql: "UPDATE quotes SET speaker_id = ? WHERE id = ?")
        for (index, speaker) in links.quoteSpeakers.enumerated() where speaker >= 0 {
            counts[Int(speaker)] += 1
            try quote.execute(arguments: [Int(speaker) + 1, index + 1])
        }
        let speaker = try db.makeStatement(sql: "INSERT INTO speakers(id, name, kind, description, quote_count) VALUES (?, ?, ?, ?, ?)")
        let alias = try db.makeStatement(sql: "INSERT INTO aliases(speaker_id, alias, keys) VALUES (?, ?, ?)")
        for (index, record) in links.speakers.enumerated() {
            try speaker.execute(arguments: [index + 1, record.name, record.kind.rawValue, record.description, counts[index]])
            for name in record.aliases {
                try alias.execute(arguments: [index + 1, name, SpeakerQuery.keys(of: name).joined(separator: " ")])
            }
        }
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

    /// Calls `body` for each quotation or figure of each article, in order, with its article's row id, its
    /// segment's row id, and where it stands among the article's passages.
    private static func placeEach<Item>(_ local: [ArticleAnalysis], firstArticle: Int, segmentIDs: [[Int64]],
                                        passages: [[Passage]], items: (ArticleAnalysis) -> [Item],
                                        at: (Item) -> (span: SourceSpan, segment: Int),
                                        _ body: (Item, Int, Int64, (Int64, Range<Int>)?) throws -> Void) throws {
        for (offset, item) in local.enumerated() {
            let list = items(item)
            let placements = place(list.map { at($0).span }, in: passages[offset])
            for (element, placed) in zip(list, placements) {
                try body(element, firstArticle + offset, segmentIDs[offset][at(element).segment], placed)
            }
        }
    }

    /// Quotations, their speakers to come.
    private mutating func writeQuotes(_ local: [ArticleAnalysis], _ segmentIDs: [[Int64]], _ passages: [[Passage]]) throws {
        let statement = try db.cachedStatement(sql: """
            INSERT INTO quotes(id, article_id, segment_id, passage_id, kind, text, cue, mention, source,
                line, "column", end_line, end_column, unclosed, range_start, range_end)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        var id = quoteCount
        try IndexWriter.placeEach(local, firstArticle: firstSegment.count - local.count + 1, segmentIDs: segmentIDs,
                                  passages: passages, items: \.quotes, at: { ($0.span, $0.segment) }) { quote, article, segment, placed in
            id += 1
            try statement.execute(arguments: [
                id, article, segment, placed?.0, quote.kind.rawValue, quote.text, quote.cue, quote.mention,
                quote.span.file, quote.span.start.line, quote.span.start.column, quote.span.end.line,
                quote.span.end.column, quote.unclosed, placed?.1.lowerBound, placed?.1.upperBound,
            ])
        }
        quoteCount = id
    }

    /// Figures (see ``FigureRows``), their comparisons to come.
    private mutating func writeFigures(_ local: [ArticleAnalysis], _ segmentIDs: [[Int64]], _ passages: [[Passage]]) throws {
        let statement = try FigureRows.insertStatement(db)
        var id = figureCount
        try IndexWriter.placeEach(local, firstArticle: firstSegment.count - local.count + 1, segmentIDs: segmentIDs,
                                  passages: passages, items: \.figures, at: { ($0.span, $0.segment) }) { figure, article, segment, placed in
            id += 1
            try statement.execute(arguments: FigureRows.arguments(id: id, article: article, segment: segment, placed: placed,
                                                                  figure: figure))
        }
        figureCount = id
    }
}
