import Foundation
import GRDB
import SitrepCore

extension Library {
    /// The library as the interchange format (`sitrep export`), read from its rows: nothing is analysed again.
    /// Ids are the library's own, with the kind's prefix (`a12`, `s40`, `q7`, `p3`, `st9`, `f2`): the same numbers
    /// `quotes --json`, `stories` and `--story` give, for as long as the rows exist. Articles, quotations and
    /// figures come in list order (order of ingest), speakers and stories by id.
    public func exportDocument() throws -> ExportDocument {
        try read { db in
            let decoder = JSONDecoder()
            func decoded<T: Decodable>(_ type: T.Type, _ text: String?, _ fallback: T) -> T {
                text.flatMap { try? decoder.decode(T.self, from: Data($0.utf8)) } ?? fallback
            }
            var segments: [Int64: [ExportDocument.SegmentRecord]] = [:]
            var storyOfSegment: [Int64: Int64] = [:]
            var storySegments: [Int64: [String]] = [:]
            var storyLinks: [Int64: [(segment: String, evidence: LinkEvidence)]] = [:]
            let evidence = try LinkEvidenceRows.evidence(db, stories: nil)
            for row in try Row.fetchAll(db, sql: """
                SELECT s.* FROM segments s JOIN articles a ON a.id = s.article_id ORDER BY a.position, s.ordinal
                """) {
                let id: Int64 = row["id"], story: Int64 = row["story_id"]
                storyOfSegment[id] = story
                storySegments[story, default: []].append("s\(id)")
                if let found = evidence[id] { storyLinks[story, default: []].append(("s\(id)", found)) }
                segments[row["article_id"], default: []].append(ExportDocument.SegmentRecord(
                    id: "s\(id)", heading: row["heading"], lines: [row["first_line"], row["last_line"]], story: "st\(story)"))
            }
            let articles = try Row.fetchAll(db, sql: "SELECT * FROM articles ORDER BY position").map { row in
                let id: Int64 = row["id"]
                return ExportDocument.ArticleRecord(
                    id: "a\(id)", source: row["source"], lines: [row["first_line"], row["last_line"]], title: row["title"],
                    titleDerived: row["title_derived"], standfirst: row["standfirst"], byline: row["byline"],
                    dateline: row["dateline"], captions: decoded([String].self, row["captions"], []),
                    truncated: row["truncated"], kind: row["kind"], notes: decoded([String].self, row["notes"], []),
                    metadata: decoded([String: String].self, row["metadata"], [:]), segments: segments[id] ?? [])
            }
            var copies: [Int64: [String]] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT quote_id, copy_id FROM \(CopyIndex.copiesOf) ORDER BY quote_id, copy_id") {
                copies[row["quote_id"], default: []].append("q\(row["copy_id"] as Int64)")
            }
            let quotes = try Row.fetchAll(db, sql: """
                SELECT q.*, sp.name AS speaker_name FROM quotes q JOIN articles a ON a.id = q.article_id
                LEFT JOIN speakers sp ON sp.id = q.speaker_id ORDER BY a.position, q.id
                """).map { row in
                let id: Int64 = row["id"], speaker: Int64? = row["speaker_id"]
                return ExportDocument.QuoteRecord(
                    id: "q\(id)", article: "a\(row["article_id"] as Int64)", segment: "s\(row["segment_id"] as Int64)",
                    source: row["source"], line: row["line"], column: row["column"], endLine: row["end_line"],
                    endColumn: row["end_column"], text: row["text"], kind: row["kind"], speaker: speaker.map { "p\($0)" },
                    speakerName: row["speaker_name"], mention: row["mention"], cue: row["cue"], unclosed: row["unclosed"],
                    copies: copies[id] ?? [], sieve: row["sieve"])
            }
            var aliases: [Int64: [String]] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT speaker_id, alias FROM aliases ORDER BY id") {
                aliases[row["speaker_id"], default: []].append(row["alias"])
            }
            let speakers = try Row.fetchAll(db, sql: "SELECT * FROM speakers ORDER BY id").map { row in
                let id: Int64 = row["id"]
                return ExportDocument.SpeakerRecord(id: "p\(id)", name: row["name"], aliases: aliases[id] ?? [],
                                                    kind: row["kind"], description: row["description"], quotes: row["quote_count"],
                                                    named: try Library.isNamed(db, speaker: id))
            }
            let stories = try Row.fetchAll(db, sql: "SELECT id, title, shared_terms FROM stories ORDER BY id").map { row in
                let id: Int64 = row["id"], text: String = row["shared_terms"]
                let terms = text.isEmpty ? [] : text.components(separatedBy: ", ")
                return ExportDocument.StoryRecord(id: "st\(id)", title: row["title"], segments: storySegments[id] ?? [],
                                                  sharedTerms: terms, links: (storyLinks[id] ?? []).map {
                                                      ExportDocument.LinkRecord(segment: $0.segment, evidence: $0.evidence, terms: terms)
                                                  })
            }
            return ExportDocument(articles: articles, quotes: quotes, speakers: speakers, stories: stories,
                                  figures: try Library.exportFigures(db, storyOfSegment: storyOfSegment))
        }
    }

    /// The figures with their comparisons and counterparts.
    private static func exportFigures(_ db: Database, storyOfSegment: [Int64: Int64]) throws -> [ExportDocument.FigureRecord] {
        let rows = try Row.fetchAll(db, sql: """
            SELECT f.* FROM figures f JOIN articles a ON a.id = f.article_id ORDER BY a.position, f.id
            """)
        var counterparts: [Int64: [String]] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT figure_id, counterpart_id FROM figure_counterparts ORDER BY rowid") {
            counterparts[row["figure_id"], default: []].append("f\(row["counterpart_id"] as Int64)")
        }
        return rows.map { row in
            let vague: Bool = row["vague"], value: Double = row["value"], segment: Int64 = row["segment_id"]
            return ExportDocument.FigureRecord(
                id: "f\(row["id"] as Int64)", source: row["source"], line: row["line"], column: row["column"],
                endLine: row["end_line"], endColumn: row["end_column"], number: row["number"], value: vague ? nil : value,
                upperValue: row["upper_value"],
                least: value, vague: vague, counts: row["counts"], category: row["category"], hedge: row["hedge"],
                saidBy: row["said_by"], date: row["date"], place: row["place"], article: "a\(row["article_id"] as Int64)",
                segment: "s\(segment)", story: "st\(storyOfSegment[segment] ?? 0)", comparison: row["comparison"],
                counterparts: counterparts[row["id"]] ?? [])
        }
    }
}
