import GRDB

/// Pages of the lists the reader shows, so that a pane reads only the rows it shows: an article of half a million
/// quotations costs a key no more than a short one. Positions are counted in list order (quotation ids follow it).
extension Library {
    /// The segments of an article at positions (ordinals) in `range`.
    public func segments(ofArticle id: Int, _ range: Range<Int>) throws -> [LibrarySegment] {
        try read { db in
            try Row.fetchAll(db.cachedStatement(sql: """
                SELECT s.*, st.title AS story_title FROM segments s JOIN stories st ON st.id = s.story_id
                WHERE s.article_id = ? AND s.ordinal >= ? AND s.ordinal < ? ORDER BY s.ordinal
                """), arguments: [id, range.lowerBound, range.upperBound]).map(Library.segment)
        }
    }

    /// Quotations of a segment at positions in `range`, in reading order.
    public func quotes(ofSegment id: Int, _ range: Range<Int>) throws -> [LibraryQuote] {
        guard !range.isEmpty, range.lowerBound >= 0 else { return [] }
        return try read { db in
            try Library.quotes(db, where: "q.segment_id = ? AND q.id >= (SELECT id FROM quotes WHERE segment_id = ? ORDER BY id LIMIT 1 OFFSET ?)",
                               arguments: [id, id, range.lowerBound], limit: range.count)
        }
    }

    /// How many quotations a speaker has.
    public func quoteCount(ofSpeaker id: Int) throws -> Int {
        try read { db in try Int.fetchOne(db.cachedStatement(sql: "SELECT count(*) FROM quotes WHERE speaker_id = ?"), arguments: [id]) ?? 0 }
    }

    /// Quotations of a speaker at positions in `range` of the list across sources.
    public func quotes(ofSpeaker id: Int, _ range: Range<Int>) throws -> [LibraryQuote] {
        guard !range.isEmpty, range.lowerBound >= 0 else { return [] }
        return try read { db in
            try Library.quotes(db, where: "q.speaker_id = ? AND q.id >= (SELECT id FROM quotes WHERE speaker_id = ? ORDER BY id LIMIT 1 OFFSET ?)",
                               arguments: [id, id, range.lowerBound], limit: range.count)
        }
    }

    /// The first body passages of a segment, their text cut to `characters` characters each (a preview shows no
    /// more), at most `characters` of them.
    public func bodyPassages(ofSegment id: Int, characters: Int) throws -> [LibraryPassage] {
        try read { db in
            try Row.fetchAll(db.cachedStatement(sql: """
                SELECT id, kind, line, substr(text, 1, ?) AS text FROM passages WHERE segment_id = ? AND kind = 'body'
                ORDER BY id LIMIT ?
                """), arguments: [characters, id, characters]).map { row in
                LibraryPassage(id: row["id"], kind: row["kind"], line: row["line"], text: row["text"])
            }
        }
    }

    /// The first `limit` figures of a segment, in order.
    public func figures(ofSegment id: Int, limit: Int) throws -> [LibraryFigure] {
        try read { db in
            try Row.fetchAll(db.cachedStatement(sql: "SELECT * FROM figures WHERE segment_id = ? ORDER BY id LIMIT ?"),
                             arguments: [id, limit]).map { row in
                LibraryFigure(number: row["number"], value: row["value"], counts: row["counts"], category: row["category"],
                              comparison: row["comparison"], source: row["source"], line: row["line"],
                              passage: row["passage_id"], range: Library.range(row))
            }
        }
    }
}
