import GRDB
import SitrepCore

/// Writes an analysis of the whole library into the derived tables, replacing what was there. Ids follow the
/// analysis: article `i` is row `i + 1`, speakers and stories likewise; segments are numbered in reading order.
struct IndexWriter {
    let db: Database
    let analysis: Analysis

    func replaceAll() throws {
        for table in ["articles", "segments", "passages", "speakers", "aliases", "quotes", "quote_copies", "stories", "figures"] {
            try db.execute(sql: "DELETE FROM \(table)")
        }
        let segmentIDs = try writeArticles()
        try writeStories()
        let passages = try writePassages(segmentIDs)
        try writeSpeakers()
        try writeQuotes(segmentIDs, passages)
        try writeFigures(segmentIDs, passages)
        for index in ["passages_fts", "aliases_fts", "quotes_fts"] {
            try db.execute(sql: "INSERT INTO \(index)(\(index)) VALUES('rebuild')")
        }
    }

    /// Articles and their segments; returns each segment's row id.
    private func writeArticles() throws -> [SegmentRef: Int64] {
        var quoteCounts: [SegmentRef: Int] = [:]
        for quote in analysis.quotes { quoteCounts[SegmentRef(article: quote.article, segment: quote.segment), default: 0] += 1 }
        let sourceIDs = Dictionary(uniqueKeysWithValues: try Row.fetchAll(db, sql: "SELECT id, path FROM sources").map {
            (row: Row) -> (String, Int64) in (row["path"], row["id"])
        })
        let articleStatement = try db.makeStatement(sql: """
            INSERT INTO articles(id, position, source_id, source, kind, title, title_derived, standfirst, byline,
                dateline, truncated, first_line, last_line, date, segment_count, quote_count)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        let segmentStatement = try db.makeStatement(sql: """
            INSERT INTO segments(id, article_id, ordinal, heading, label, first_line, last_line, story_id,
                quote_count, linked_count) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        var segmentIDs: [SegmentRef: Int64] = [:]
        var nextSegment: Int64 = 1
        for (index, article) in analysis.articles.enumerated() {
            let refs = article.segments.indices.map { SegmentRef(article: index, segment: $0) }
            try articleStatement.execute(arguments: [
                index + 1, index, sourceIDs[article.source], article.source, article.kind.rawValue, article.title,
                article.titleDerived, article.standfirst, article.byline, article.dateline, article.truncated,
                article.lines.lowerBound, article.lines.upperBound, article.metadata["date"], article.segments.count,
                refs.reduce(0) { $0 + (quoteCounts[$1] ?? 0) },
            ])
            for (ordinal, segment) in article.segments.enumerated() {
                let ref = refs[ordinal]
                segmentIDs[ref] = nextSegment
                let story = analysis.storyOfSegment[ref].map { $0 + 1 } ?? 0
                try segmentStatement.execute(arguments: [
                    nextSegment, index + 1, ordinal, segment.heading, segment.label, segment.lines.lowerBound,
                    segment.lines.upperBound, story, quoteCounts[ref] ?? 0, analysis.linked(to: ref).count,
                ])
                nextSegment += 1
            }
        }
        return segmentIDs
    }

    private func writeStories() throws {
        let statement = try db.makeStatement(sql: """
            INSERT INTO stories(id, title, shared_terms, segment_count, source_count) VALUES (?, ?, ?, ?, ?)
            """)
        for (index, story) in analysis.stories.enumerated() {
            let sources = Set(story.segments.map { analysis.articles[$0.article].source })
            try statement.execute(arguments: [index + 1, story.title, story.sharedTerms.joined(separator: ", "),
                                              story.segments.count, sources.count])
        }
    }

    /// A paragraph stored as a passage: its row id and the paragraph, to place quotations and figures in.
    struct Passage {
        var id: Int64
        var paragraph: Paragraph
    }

    /// Titles, standfirsts, headings and body paragraphs, per article.
    private func writePassages(_ segmentIDs: [SegmentRef: Int64]) throws -> [[Passage]] {
        let statement = try db.makeStatement(sql: """
            INSERT INTO passages(article_id, segment_id, kind, line, text) VALUES (?, ?, ?, ?, ?)
            """)
        var result: [[Passage]] = []
        for (index, article) in analysis.articles.enumerated() {
            var passages: [Passage] = []
            func add(_ paragraph: Paragraph?, _ kind: String, _ segment: Int64?) throws {
                guard let paragraph else { return }
                try statement.execute(arguments: [index + 1, segment, kind, paragraph.firstLine, paragraph.text])
                passages.append(Passage(id: db.lastInsertedRowID, paragraph: paragraph))
            }
            let first = segmentIDs[SegmentRef(article: index, segment: 0)]
            try add(article.titleParagraph, "title", first)
            try add(article.standfirstParagraph, "standfirst", first)
            for (ordinal, segment) in article.segments.enumerated() {
                let id = segmentIDs[SegmentRef(article: index, segment: ordinal)]
                try add(segment.headingParagraph, "heading", id)
                for paragraph in segment.paragraphs { try add(paragraph, "body", id) }
            }
            // Captions and credits are searchable too, filed under the segment they stand in.
            for caption in article.captions {
                let ordinal = article.segments.lastIndex { $0.lines.lowerBound <= caption.span.start.line } ?? 0
                try statement.execute(arguments: [index + 1, segmentIDs[SegmentRef(article: index, segment: ordinal)],
                                                  "caption", caption.span.start.line, caption.text])
            }
            result.append(passages)
        }
        return result
    }

    private func writeSpeakers() throws {
        var counts: [Int: Int] = [:]
        for quote in analysis.quotes { if let speaker = quote.speaker { counts[speaker, default: 0] += 1 } }
        let speaker = try db.makeStatement(sql: "INSERT INTO speakers(id, name, kind, description, quote_count) VALUES (?, ?, ?, ?, ?)")
        let alias = try db.makeStatement(sql: "INSERT INTO aliases(speaker_id, alias, keys) VALUES (?, ?, ?)")
        for (index, record) in analysis.speakers.enumerated() {
            try speaker.execute(arguments: [index + 1, record.name, record.kind.rawValue, record.description, counts[index] ?? 0])
            for name in record.aliases {
                try alias.execute(arguments: [index + 1, name, SpeakerQuery.keys(of: name).joined(separator: " ")])
            }
        }
    }

    /// Where spans stand among an article's passages: for each, the passage and the character range in it. Spans
    /// are grouped by passage so that each passage is read once, however many quotations and figures it holds.
    private func place(_ spans: [SourceSpan], in passages: [Passage]) -> [(Int64, Range<Int>)?] {
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

    /// ``place(_:in:)`` for spans of many articles.
    private func placeByArticle(_ spans: [(article: Int, span: SourceSpan)], _ passages: [[Passage]]) -> [(Int64, Range<Int>)?] {
        var byArticle: [Int: [Int]] = [:]
        for (index, item) in spans.enumerated() { byArticle[item.article, default: []].append(index) }
        var placed = [(Int64, Range<Int>)?](repeating: nil, count: spans.count)
        for (article, indices) in byArticle {
            for (index, result) in zip(indices, place(indices.map { spans[$0].span }, in: passages[article])) { placed[index] = result }
        }
        return placed
    }

    private func writeQuotes(_ segmentIDs: [SegmentRef: Int64], _ passages: [[Passage]]) throws {
        let statement = try db.makeStatement(sql: """
            INSERT INTO quotes(id, article_id, segment_id, passage_id, speaker_id, kind, text, cue, mention, source,
                line, "column", end_line, end_column, unclosed, range_start, range_end)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        let placements = placeByArticle(analysis.quotes.map { ($0.article, $0.span) }, passages)
        for (index, quote) in analysis.quotes.enumerated() {
            let placed = placements[index]
            try statement.execute(arguments: [
                index + 1, quote.article + 1, segmentIDs[SegmentRef(article: quote.article, segment: quote.segment)],
                placed?.0, quote.speaker.map { $0 + 1 }, quote.kind.rawValue, quote.text, quote.cue, quote.mention,
                quote.span.file, quote.span.start.line, quote.span.start.column, quote.span.end.line,
                quote.span.end.column, quote.unclosed, placed?.1.lowerBound, placed?.1.upperBound,
            ])
        }
        let copy = try db.makeStatement(sql: "INSERT INTO quote_copies(quote_id, copy_id) VALUES (?, ?)")
        for (quote, copies) in SharedQuotes.copies(analysis.quotes) {
            for other in copies { try copy.execute(arguments: [quote + 1, other + 1]) }
        }
    }

    private func writeFigures(_ segmentIDs: [SegmentRef: Int64], _ passages: [[Passage]]) throws {
        let comparisons = FigureComparison.compare(analysis)
        let statement = try db.makeStatement(sql: """
            INSERT INTO figures(article_id, segment_id, passage_id, source, line, "column", number, value, counts,
                category, hedge, comparison, range_start, range_end)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        let placements = placeByArticle(analysis.figures.map { ($0.article, $0.span) }, passages)
        for (index, figure) in analysis.figures.enumerated() {
            let placed = placements[index]
            try statement.execute(arguments: [
                figure.article + 1, segmentIDs[SegmentRef(article: figure.article, segment: figure.segment)],
                placed?.0, figure.span.file, figure.span.start.line, figure.span.start.column, figure.number,
                figure.value, figure.counts, figure.category, figure.hedge, comparisons[index],
                placed?.1.lowerBound, placed?.1.upperBound,
            ])
        }
    }
}
