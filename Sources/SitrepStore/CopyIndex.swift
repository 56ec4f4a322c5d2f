import Foundation
import GRDB
import SitrepCore

/// Quotations carried by several articles, found as each article comes: a new quotation is compared with the
/// quotations that hold one of its rarest words among their own rarest (``SharedQuotes``), not with every other.
struct CopyIndex {
    let db: Database

    /// Rarest words of a quotation kept in the index.
    static let anchorsKept = 4
    /// Rarest words of a new quotation looked up in the index.
    static let anchorsLooked = 8

    /// Finds the copies of an article's quotations (row ids `quotes`, word keys `words`) and indexes them.
    func add(quotes: [Int64], words: [[UInt64]], article: Int64) throws {
        let count = try db.cachedStatement(sql: "SELECT count FROM quote_words WHERE word = ?")
        let anchored = try db.cachedStatement(sql: "SELECT quote_id FROM quote_anchors WHERE word = ?")
        let other = try db.cachedStatement(sql: "SELECT article_id, words FROM quotes WHERE id = ?")
        let copy = try db.cachedStatement(sql: "INSERT OR IGNORE INTO quote_copies(quote_id, copy_id) VALUES (?, ?), (?, ?)")
        let used = try db.cachedStatement(sql: """
            INSERT INTO quote_words(word, count) VALUES (?, 1) ON CONFLICT(word) DO UPDATE SET count = count + 1
            """)
        let anchor = try db.cachedStatement(sql: "INSERT OR IGNORE INTO quote_anchors(word, quote_id) VALUES (?, ?)")
        for (quote, keys) in zip(quotes, words) where !keys.isEmpty {
            let counted = try keys.map { key in (key, try Int.fetchOne(count, arguments: [Int64(bitPattern: key)]) ?? 0) }
                .sorted { ($0.1, $0.0) < ($1.1, $1.0) }
            var candidates = Set<Int64>()
            for (key, _) in counted.filter({ $0.1 >= 1 && $0.1 < SharedQuotes.maximumBlock }).prefix(CopyIndex.anchorsLooked) {
                candidates.formUnion(try Int64.fetchAll(anchored, arguments: [Int64(bitPattern: key)]))
            }
            for candidate in candidates.sorted() {
                guard let row = try Row.fetchOne(other, arguments: [candidate]), row["article_id"] as Int64 != article,
                      SharedQuotes.areCopies(keys, KeyBytes.keys(row["words"])) else { continue }
                try copy.execute(arguments: [quote, candidate, candidate, quote])
            }
            for key in keys { try used.execute(arguments: [Int64(bitPattern: key)]) }
            for (key, _) in counted.prefix(CopyIndex.anchorsKept) {
                try anchor.execute(arguments: [Int64(bitPattern: key), quote])
            }
            try db.cachedStatement(sql: "UPDATE quotes SET words = ? WHERE id = ?").execute(arguments: [KeyBytes.blob(keys), quote])
        }
    }

    /// Takes the quotations of removed articles (`articles`: their ids, comma-separated) out of the index and
    /// their copies' lists.
    func remove(articles: String) throws {
        let unused = try db.cachedStatement(sql: "UPDATE quote_words SET count = count - 1 WHERE word = ?")
        for blob in try Data.fetchAll(db, sql: "SELECT words FROM quotes WHERE article_id IN (\(articles)) AND words IS NOT NULL") {
            for key in KeyBytes.keys(blob) { try unused.execute(arguments: [Int64(bitPattern: key)]) }
        }
        try db.execute(sql: """
            DELETE FROM quote_words WHERE count <= 0;
            DELETE FROM quote_anchors WHERE quote_id IN (SELECT id FROM quotes WHERE article_id IN (\(articles)));
            DELETE FROM quote_copies WHERE quote_id IN (SELECT id FROM quotes WHERE article_id IN (\(articles)))
                OR copy_id IN (SELECT id FROM quotes WHERE article_id IN (\(articles)));
            """)
    }
}
