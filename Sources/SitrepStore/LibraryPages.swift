import GRDB
import GRDBSQLite

/// Pages of the lists the reader shows, so that a pane reads only the rows it shows: an article of half a million
/// quotations costs a key no more than a short one. Positions are counted in list order (quotation ids follow it).
extension Library {
    /// The segments of an article at positions (ordinals) in `range`.
    public func segments(ofArticle id: Int, _ range: Range<Int>) throws -> [LibrarySegment] {
        try read { db in
            try Library.rows(db, """
                SELECT s.*, st.title AS story_title, st.segment_count AS story_size FROM segments s
                JOIN stories st ON st.id = s.story_id WHERE s.article_id = ? AND s.ordinal >= ? AND s.ordinal < ? ORDER BY s.ordinal
                """, [id, range.lowerBound, range.upperBound], Library.segment)
        }
    }

    /// Quotations of a segment at positions in `range`, in reading order; terms (labels nobody says) are not listed.
    /// A segment's listed quotations are stored with consecutive ids (its terms after them), so the first one asked
    /// for is found from the segment's first id without counting through those before it (an OFFSET takes a while half
    /// a million rows down); otherwise it is counted to.
    public func quotes(ofSegment id: Int, _ range: Range<Int>) throws -> [LibraryQuote] {
        guard !range.isEmpty, range.lowerBound >= 0 else { return [] }
        return try read { db in
            try Library.quotes(db, where: """
                q.segment_id = ?1 AND q.kind != 'term' AND q.id >= (SELECT CASE
                    WHEN (SELECT max(id) FROM quotes WHERE segment_id = ?1 AND kind != 'term')
                         - (SELECT min(id) FROM quotes WHERE segment_id = ?1 AND kind != 'term') + 1
                         = (SELECT quote_count FROM segments WHERE id = ?1)
                    THEN (SELECT min(id) FROM quotes WHERE segment_id = ?1 AND kind != 'term') + ?2
                    ELSE (SELECT id FROM quotes WHERE segment_id = ?1 AND kind != 'term' ORDER BY id LIMIT 1 OFFSET ?2) END)
                """, arguments: [id, range.lowerBound], limit: range.count, cached: true)
        }
    }

    /// Where the first `limit` listed quotations of a segment stand, in reading order: their passages, character
    /// ranges and speakers, what a preview highlights (without the rest of their rows).
    public func quotePlaces(ofSegment id: Int, limit: Int) throws -> [(passage: Int?, range: Range<Int>?, speaker: Int?)] {
        try read { db in
            try Library.rows(db, """
                SELECT passage_id, range_start, range_end, speaker_id FROM quotes
                WHERE segment_id = ? AND kind != 'term' ORDER BY id LIMIT ?
                """, [id, limit]) { ($0["passage_id"], Library.range($0), $0["speaker_id"]) }
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
                               arguments: [id, id, range.lowerBound], limit: range.count, cached: true)
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
        try withText(db, passage: passage) { blob in
            let total = Int(sqlite3_blob_bytes(blob))
            var buffer = [UInt8](repeating: 0, count: min(bytes, total))
            try readBlob(blob, into: &buffer, at: 0, passage: passage)
            var end = buffer.count
            if end < total {
                // Back to the start of the sequence the cut fell in.
                while end > 0, buffer[end - 1] & 0xC0 == 0x80 { end -= 1 }
                if end > 0, buffer[end - 1] >= 0xC0 { end -= 1 }
            }
            return String(decoding: buffer[..<end], as: UTF8.self)
        }
    }
}

/// A body paragraph read a window at a time, for the reading view: its size, the bytes of a stretch of its text, and
/// the quotations and figures placed in a stretch of it, found without reading those before (a paragraph of 50 MB
/// with half a million quotations costs a screen what its visible lines do).
extension Library {
    /// Characters before a stretch from which quotations and figures starting earlier are looked for: one that
    /// starts further back and reaches into the stretch is not marked in it.
    public static let longestPlace = 20_000

    /// The body passages of a segment in order: their ids, lines and sizes in UTF-8 bytes, without their text.
    public func passageSizes(ofSegment id: Int) throws -> [(id: Int, line: Int, bytes: Int)] {
        try read { db in
            try Row.fetchAll(db.cachedStatement(sql: """
                SELECT id, line FROM passages WHERE segment_id = ? AND kind = 'body' ORDER BY id
                """), arguments: [id]).map { row in
                let passage: Int = row["id"]
                return (passage, row["line"], try Library.withText(db, passage: passage) { blob in Int(sqlite3_blob_bytes(blob)) })
            }
        }
    }

    /// The UTF-8 bytes of a passage's text in `range` (clamped to it).
    public func passageText(_ passage: Int, bytes range: Range<Int>) throws -> [UInt8] {
        try read { db in
            try Library.withText(db, passage: passage) { blob in
                let total = Int(sqlite3_blob_bytes(blob))
                let range = range.clamped(to: 0..<total)
                var buffer = [UInt8](repeating: 0, count: range.count)
                try Library.readBlob(blob, into: &buffer, at: range.lowerBound, passage: passage)
                return buffer
            }
        }
    }

    /// How many characters (grapheme clusters) a passage's text holds in a stretch of bytes that starts and ends
    /// at spaces or at its ends. Read a megabyte at a time; ASCII text without carriage returns is counted by bytes.
    public func passageCharacters(_ passage: Int, bytes range: Range<Int>) throws -> Int {
        try read { db in
            try Library.withText(db, passage: passage) { blob in
                let range = range.clamped(to: 0..<Int(sqlite3_blob_bytes(blob)))
                var count = 0, start = range.lowerBound
                let chunk = 1 << 20
                while start < range.upperBound {
                    var end = min(range.upperBound, start + chunk)
                    var buffer = [UInt8](repeating: 0, count: end - start)
                    try Library.readBlob(blob, into: &buffer, at: start, passage: passage)
                    // Cut at the last space, so that no character is split between two reads.
                    if end < range.upperBound, let space = buffer.lastIndex(of: 0x20), space > 0 {
                        buffer.removeSubrange(space...)
                        end = start + space
                    }
                    let plain = buffer.withUnsafeBytes(Library.isPlainASCII)
                    count += plain ? buffer.count : String(decoding: buffer, as: UTF8.self).count
                    start = end
                }
                return count
            }
        }
    }

    /// Where the listed quotations (with their speakers; not terms) and then the figures of a segment stand in a
    /// stretch of characters of one of its passages, in list order. A segment's quotations and figures are stored with
    /// consecutive ids in reading order: the first of the stretch is found by halving the ids.
    public func places(ofSegment segment: Int, passage: Int, characters range: Range<Int>) throws
        -> [(range: Range<Int>, figure: Bool, speaker: Int?)] {
        try read { db in
            var found: [(range: Range<Int>, figure: Bool, speaker: Int?)] = []
            for table in ["quotes", "figures"] {
                let speaker = table == "quotes" ? "speaker_id" : "NULL"
                // (Terms, labels nobody says, are no listed quotation and are stored after them: they are not placed.)
                let listed = table == "quotes" ? " AND kind != 'term'" : ""
                // Each bound on its own: SQLite finds one from the index at once, both by reading it through.
                let bounds = try Row.fetchOne(db.cachedStatement(sql: """
                    SELECT (SELECT min(id) FROM \(table) WHERE segment_id = ?1\(listed)), (SELECT max(id) FROM \(table) WHERE segment_id = ?1\(listed))
                    """), arguments: [segment])
                guard let low: Int = bounds?[0], let high: Int = bounds?[1] else { continue }
                let probe = try db.cachedStatement(sql: """
                    SELECT id, passage_id, range_start FROM \(table)
                    WHERE id >= ? AND id <= ? AND segment_id = ? AND range_start IS NOT NULL\(listed) ORDER BY id LIMIT 1
                    """)
                /// The first id at or after which every placed row stands at or after `start` of the passage.
                func first(from start: Int) throws -> Int {
                    var lower = low, upper = high + 1, best = high + 1
                    while lower < upper {
                        let middle = (lower + upper) / 2
                        guard let row = try Row.fetchOne(probe, arguments: [middle, high, segment]) else { upper = middle; continue }
                        let id: Int = row[0], at: (Int, Int) = (row[1] ?? Int.min, row[2])
                        if at < (passage, start) { lower = id + 1 } else { best = min(best, id); upper = middle }
                    }
                    return best
                }
                let from = try first(from: range.lowerBound - Library.longestPlace), to = try first(from: range.upperBound)
                guard from < to else { continue }
                let rows = try Row.fetchAll(db.cachedStatement(sql: """
                    SELECT range_start, range_end, \(speaker) FROM \(table)
                    WHERE id >= ? AND id < ? AND segment_id = ? AND passage_id = ? AND range_end > ? AND range_start <= range_end\(listed)
                    ORDER BY id
                    """), arguments: [from, to, segment, passage, range.lowerBound])
                for row in rows {
                    found.append(((row[0] as Int)..<(row[1] as Int), table == "figures", row[2]))
                }
            }
            return found
        }
    }

    /// Whether bytes are ASCII without a carriage return (one character a byte), eight at a time.
    static func isPlainASCII(_ bytes: UnsafeRawBufferPointer) -> Bool {
        let high: UInt64 = 0x8080_8080_8080_8080, ones: UInt64 = 0x0101_0101_0101_0101
        var index = 0, seen: UInt64 = 0
        while index + 8 <= bytes.count {
            let word = bytes.loadUnaligned(fromByteOffset: index, as: UInt64.self)
            // A byte of `word` equal to 13 is a zero byte of `carriage`.
            let carriage = word ^ (ones &* 0x0D)
            if (carriage &- ones) & ~carriage & high != 0 { return false }
            seen |= word
            index += 8
        }
        while index < bytes.count {
            if bytes[index] == 0x0D { return false }
            seen |= UInt64(bytes[index])
            index += 1
        }
        return seen & high == 0
    }

    /// Runs `body` with an open handle on a passage's text (SQLite's incremental blob I/O, read-only).
    static func withText<T>(_ db: Database, passage: Int, _ body: (OpaquePointer) throws -> T) throws -> T {
        var blob: OpaquePointer?
        let opened = sqlite3_blob_open(db.sqliteConnection, "main", "passages", "text", Int64(passage), 0, &blob)
        defer { sqlite3_blob_close(blob) }
        guard opened == SQLITE_OK, let blob else {
            throw DatabaseError(resultCode: ResultCode(rawValue: opened), message: "cannot read passage \(passage)")
        }
        return try body(blob)
    }

    /// Fills `buffer` from a blob at `offset`.
    static func readBlob(_ blob: OpaquePointer, into buffer: inout [UInt8], at offset: Int, passage: Int) throws {
        let read = buffer.withUnsafeMutableBytes { sqlite3_blob_read(blob, $0.baseAddress, Int32($0.count), Int32(offset)) }
        guard read == SQLITE_OK else {
            throw DatabaseError(resultCode: ResultCode(rawValue: read), message: "cannot read passage \(passage)")
        }
    }
}
