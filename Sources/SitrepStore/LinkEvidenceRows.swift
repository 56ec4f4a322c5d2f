import GRDB
import SitrepCore

/// The evidence of the segments of a story (``SitrepCore/LinkEvidence``), made when it is shown from what the
/// story's rows hold: each segment's names (written on its row once, as the segment is stored,
/// ``SchemaLinkEvidence``), its article's day and its event's day (``SchemaEventDays``), its figures another source of the story gives alike and its
/// quotations another article of the story carries too. Nothing is made while files are added (adding one never
/// reads its story again) and nothing is written while reading; made from the story as it stands, not from the
/// order its segments joined it, a library built file by file and one built at once show the same evidence.
enum LinkEvidenceRows {
    /// Stores the names each new segment writes (`texts`: its passages' texts in order, the headline and
    /// standfirst with the first segment, then its heading and body).
    static func storeNames(_ db: Database, segments: [Int64], texts: [[String]], lexicon: Lexicon) throws {
        let write = try db.cachedStatement(sql: "UPDATE segments SET names = ? WHERE id = ?")
        for (segment, texts) in zip(segments, texts) {
            try write.execute(arguments: [LinkEvidence.names(in: texts, lexicon: lexicon).joined(separator: "\n"), segment])
        }
    }

    /// The evidence of each segment (by id) of the stories `stories` (every story when nil) that have another
    /// article: three reads, whatever the stories' sizes (their segments' names, days and events' days, their agreeing figures,
    /// their quotations copied within the story); `lexicon` reads the names of segments stored before names were
    /// kept.
    static func evidence(_ db: Database, stories: [Int64]?, lexicon: Lexicon = .standard) throws -> [Int64: LinkEvidence] {
        if stories?.isEmpty == true { return [:] }
        let within = stories.map { "s.story_id IN (\($0.map(String.init).joined(separator: ",")))" } ?? "1"
        // A library an older Sitrep wrote is read as it is (reading never migrates): a column it lacks reads as none.
        let kept = Set(try db.columns(in: "segments").map(\.name))
        let eventDay = kept.contains("event_day") ? "s.event_day" : "NULL AS event_day"
        let namesColumn = kept.contains("names") ? "s.names" : "NULL AS names"
        let rows = try Row.fetchAll(db, sql: """
            SELECT s.id, s.story_id, s.article_id, a.day, \(eventDay), \(namesColumn)
            FROM segments s JOIN articles a ON a.id = s.article_id WHERE \(within) ORDER BY s.id
            """)
        var worded: [Int64: [String]] = [:]
        for row in try Row.fetchAll(db, sql: """
            SELECT f.segment_id, f.number, f.category, f.counts FROM figures f JOIN segments s ON s.id = f.segment_id
            WHERE \(within) AND f.comparison = 'agree' ORDER BY f.segment_id, f.id
            """) {
            worded[row[0], default: []].append(LinkEvidence.figure(number: row[1], category: row[2], counts: row[3]))
        }
        // (Each pair of copies is stored once: the quotation is read in either column.)
        let carriers = Set(try ["quote_id", "copy_id"].flatMap { column in
            try Int64.fetchAll(db, sql: """
                SELECT DISTINCT q.segment_id FROM segments s JOIN quotes q ON q.segment_id = s.id
                JOIN quote_copies c ON c.\(column) = q.id
                JOIN quotes o ON o.id = c.\(column == "quote_id" ? "copy_id" : "quote_id")
                JOIN segments os ON os.id = o.segment_id
                WHERE \(within) AND os.story_id = s.story_id AND o.article_id != q.article_id
                """)
        })
        var found: [Int64: LinkEvidence] = [:]
        for members in Dictionary(grouping: rows, by: { $0["story_id"] as Int64 }).values
        where Set(members.map { $0["article_id"] as Int64 }).count > 1 {
            let evidence = LinkEvidence.story(try members.map { row in
                let segment: Int64 = row["id"]
                return LinkEvidence.Member(article: row["article_id"], day: row["day"], eventDay: row["event_day"],
                                           names: try names(db, of: segment, stored: row["names"], lexicon: lexicon),
                                           figures: worded[segment] ?? [], quoted: carriers.contains(segment))
            })
            for (row, evidence) in zip(members, evidence) { found[row["id"]] = evidence }
        }
        return found
    }

    /// The names a segment writes: as stored on its row (one a line), else (a segment stored before names were
    /// kept) read from its passages as ``storeNames(_:segments:texts:lexicon:)`` reads them.
    private static func names(_ db: Database, of segment: Int64, stored: String?, lexicon: Lexicon) throws -> [String] {
        if let stored { return stored.isEmpty ? [] : stored.components(separatedBy: "\n") }
        let texts = try String.fetchAll(db.cachedStatement(sql: """
            SELECT text FROM passages WHERE segment_id = ? AND kind IN ('title', 'standfirst', 'heading', 'body') ORDER BY id
            """), arguments: [segment])
        return LinkEvidence.names(in: texts, lexicon: lexicon)
    }
}
