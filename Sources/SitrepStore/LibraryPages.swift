import GRDB
import GRDBSQLite

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

    /// Quotations of a segment at positions in `range`, in reading order. A segment's quotations are stored with
    /// consecutive ids, so the first one asked for is found from the segment's first id without counting through
    /// those before it (an OFFSET takes a while half a million rows down); otherwise it is counted to.
    public func quotes(ofSegment id: Int, _ range: Range<Int>) throws -> [LibraryQuote] {
        guard !range.isEmpty, range.lowerBound >= 0 else { return [] }
        return try read { db in
            try Library.quotes(db, where: """
                q.segment_id = ?1 AND q.id >= (SELECT CASE
                    WHEN (SELECT max(id) FROM quotes WHERE segment_id = ?1) - (SELECT min(id) FROM quotes WHERE segment_id = ?1) + 1
                         = (SELECT quote_count FROM segments WHERE id = ?1)
                    THEN (SELECT min(id) FROM quotes WHERE segment_id = ?1) + ?2
                    ELSE (SELECT id FROM quotes WHERE segment_id = ?1 ORDER BY id LIMIT 1 OFFSET ?2) END)
                """, arguments: [id, range.lowerBound], limit: range.count)
        }
    }

    /// Where each quotation of a segment is, in reading order, and whose it is: what the reading view needs to
    /// mark them in the text, without reading every quotation in full.
    public func quotePlaces(ofSegment id: Int) throws -> [(passage: Int?, range: Range<Int>?, speaker: Int?)] {
        try read { db in
            // Read with SQLite's own calls: half a million rows decoded through GRDB's rows take seconds.
            let statement = try db.cachedStatement(sql: """
                SELECT passage_id, range_start, range_end, speaker_id FROM quotes WHERE segment_id = ? ORDER BY id
                """)
            try statement.setArguments([id])
            let raw = statement.sqliteStatement
            defer { sqlite3_reset(raw) }
            func integer(_ column: Int32) -> Int? {
                sqlite3_column_type(raw, column) == SQLITE_NULL ? nil : Int(sqlite3_column_int64(raw, column))
            }
            var places: [(passage: Int?, range: Range<Int>?, speaker: Int?)] = []
            var step = sqlite3_step(raw)
            while step == SQLITE_ROW {
                let range = integer(1).flatMap { start in integer(2).flatMap { start <= $0 ? start..<$0 : nil } }
                places.append((integer(0), range, integer(3)))
                step = sqlite3_step(raw)
            }
            guard step == SQLITE_DONE else {
                throw DatabaseError(resultCode: ResultCode(rawValue: step), message: String(cString: sqlite3_errmsg(db.sqliteConnection)))
            }
            return places
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
    /// more), at most `characters` of them. Only the start of each text is read (SQLite's incremental blob I/O):
    /// a paragraph of 50 MB costs what its first lines do.
    public func bodyPassages(ofSegment id: Int, characters: Int) throws -> [LibraryPassage] {
        // Four bytes a character at most, and one more character's worth for the cut.
        let bytes = characters >= Int(Int32.max) / 4 - 1 ? Int(Int32.max) : characters * 4 + 4
        return try read { db in
            try Row.fetchAll(db.cachedStatement(sql: """
                SELECT id, kind, line FROM passages WHERE segment_id = ? AND kind = 'body' ORDER BY id LIMIT ?
                """), arguments: [id, characters]).map { row in
                let passage: Int = row["id"]
                let text = try Library.textPrefix(db, passage: passage, bytes: bytes)
                return LibraryPassage(id: passage, kind: row["kind"], line: row["line"], text: String(text.prefix(characters)))
            }
        }
    }

    /// At most the first `bytes` bytes of a passage's text, cut back to a whole UTF-8 sequence.
    static func textPrefix(_ db: Database, passage: Int, bytes: Int) throws -> String {
        var blob: OpaquePointer?
        let opened = sqlite3_blob_open(db.sqliteConnection, "main", "passages", "text", Int64(passage), 0, &blob)
        defer { sqlite3_blob_close(blob) }
        guard opened == SQLITE_OK, let blob else {
            throw DatabaseError(resultCode: ResultCode(rawValue: opened), message: "cannot read passage \(passage)")
        }
        let total = Int(sqlite3_blob_bytes(blob))
        var buffer = [UInt8](repeating: 0, count: min(bytes, total))
        let read = buffer.withUnsafeMutableBytes { sqlite3_blob_read(blob, $0.baseAddress, Int32($0.count), 0) }
        guard read == SQLITE_OK else {
            throw DatabaseError(resultCode: ResultCode(rawValue: read), message: "cannot read passage \(passage)")
        }
        var end = buffer.count
        if end < total {
            // Back to the start of the sequence the cut fell in.
            while end > 0, buffer[end - 1] & 0xC0 == 0x80 { end -= 1 }
            if end > 0, buffer[end - 1] >= 0xC0 { end -= 1 }
        }
        return String(decoding: buffer[..<end], as: UTF8.self)
    }
}
