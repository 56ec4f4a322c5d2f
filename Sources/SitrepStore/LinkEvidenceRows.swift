import Foundation
import GRDB
import SitrepCore

/// The evidence of each segment of the stories a batch touched (``SitrepCore/LinkEvidence``), made again from all
/// their segments as they are and written on the segments' rows (``SchemaLinkEvidence``): the names each segment
/// writes (read from its passages once, then kept), its article's day, its figures another source of the story
/// gives alike and its quotations another article of the story carries too. Made from
/// the story as it stands, not from the order its segments joined it: a library built file by file and one built
/// at once hold the same evidence.
struct LinkEvidenceRows {
    let db: Database
    let lexicon: Lexicon

    /// Makes the evidence of every segment of `stories` again (after their records and figure comparisons are up to
    /// date: it reads both).
    func update(stories: [Int64]) throws {
        let members = try db.cachedStatement(sql: """
            SELECT s.id, s.article_id, a.day, s.names, s.link_evidence FROM segments s JOIN articles a ON a.id = s.article_id
            WHERE s.story_id = ? ORDER BY s.id
            """)
        let figures = try db.cachedStatement(sql: """
            SELECT f.segment_id, f.number, f.category, f.counts FROM figures f JOIN segments s ON s.id = f.segment_id
            WHERE s.story_id = ? AND f.comparison = 'agree' ORDER BY f.segment_id, f.id
            """)
        let quoted = try db.cachedStatement(sql: """
            SELECT DISTINCT q.segment_id FROM segments s JOIN quotes q ON q.segment_id = s.id
            JOIN quote_copies c ON c.quote_id = q.id JOIN quotes o ON o.id = c.copy_id
            JOIN segments os ON os.id = o.segment_id
            WHERE s.story_id = ? AND os.story_id = s.story_id AND o.article_id != q.article_id
            """)
        let write = try db.cachedStatement(sql: "UPDATE segments SET link_evidence = ? WHERE id = ?")
        for story in stories {
            let rows = try Row.fetchAll(members, arguments: [story])
            // A story of one article links nothing: its segments' names are not read until another article joins.
            guard Set(rows.map { $0["article_id"] as Int64 }).count > 1 else {
                for row in rows where row["link_evidence"] as String? != nil {
                    try write.execute(arguments: [nil as String?, row["id"] as Int64])
                }
                continue
            }
            var worded: [Int64: [String]] = [:]
            for row in try Row.fetchAll(figures, arguments: [story]) {
                worded[row[0], default: []].append(LinkEvidence.figure(number: row[1], category: row[2], counts: row[3]))
            }
            let carriers = Set(try Int64.fetchAll(quoted, arguments: [story]))
            let evidence = LinkEvidence.story(try rows.map { row in
                let segment: Int64 = row["id"]
                return LinkEvidence.Member(article: row["article_id"], day: row["day"],
                                           names: try names(of: segment, stored: row["names"]),
                                           figures: worded[segment] ?? [], quoted: carriers.contains(segment))
            })
            // Only what changed is written.
            for (row, found) in zip(rows, evidence) {
                let encoded = try found.map(LinkEvidenceRows.encoded)
                if encoded != row["link_evidence"] as String? { try write.execute(arguments: [encoded, row["id"] as Int64]) }
            }
        }
    }

    /// The names a segment writes: as stored on its row (one a line), else read from its passages (the headline and
    /// standfirst with the first segment, then its heading and body, as linking reads it) and stored.
    private func names(of segment: Int64, stored: String?) throws -> [String] {
        if let stored { return stored.isEmpty ? [] : stored.components(separatedBy: "\n") }
        let texts = try String.fetchAll(db.cachedStatement(sql: """
            SELECT text FROM passages WHERE segment_id = ? AND kind IN ('title', 'standfirst', 'heading', 'body') ORDER BY id
            """), arguments: [segment])
        let names = LinkEvidence.names(in: texts, lexicon: lexicon)
        try db.cachedStatement(sql: "UPDATE segments SET names = ? WHERE id = ?")
            .execute(arguments: [names.joined(separator: "\n"), segment])
        return names
    }

    /// Evidence as its row keeps it: JSON, keys sorted.
    static func encoded(_ evidence: LinkEvidence) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(evidence), as: UTF8.self)
    }

    /// Evidence read from its row; nil for none (or what is not evidence).
    static func decoded(_ text: String?) -> LinkEvidence? {
        text.flatMap { try? JSONDecoder().decode(LinkEvidence.self, from: Data($0.utf8)) }
    }
}
