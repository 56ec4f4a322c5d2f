import Foundation
import GRDB
import SitrepCore

/// Quotations carried by several articles, found as each article comes. Each quotation is indexed under a few of
/// its words (``SharedQuotes/anchors(of:keys:lexicon:)``); a new quotation is compared (``SharedQuotes/areCopies(_:_:)``)
/// only with the quotations indexed under one of its own, those sharing the most first; a word that already indexes
/// too many quotations is too common to block on and is passed over.
struct CopyIndex {
    let db: Database

    /// Candidates compared with a new quotation at most, those sharing the most of its words first: a quotation
    /// carried by hundreds of articles still costs a bounded number of comparisons.
    static let comparisons = 64
    /// Indexed words a candidate must share with a new quotation (or all of them, when it has fewer).
    static let sharedAnchors = 2

    /// Words found indexing more than ``SharedQuotes/maximumBlock`` quotations: rows are only added while
    /// articles are, so such a word stays too common, and its list is not read again.
    private var blocked = Set<Int64>()

    init(db: Database) {
        self.db = db
    }

    /// Finds the copies of an article's quotations (row ids `quotes`, word keys `words`) and indexes them.
    mutating func add(quotes: [Int64], words: [[UInt64]], anchors: [[UInt64]], article: Int64) throws {
        let indexed = try db.cachedStatement(sql: "SELECT quote_id FROM quote_anchors WHERE word = ? LIMIT ?")
        let other = try db.cachedStatement(sql: "SELECT article_id, words FROM quotes WHERE id = ?")
        let copy = try db.cachedStatement(sql: "INSERT OR IGNORE INTO quote_copies(quote_id, copy_id) VALUES (?, ?)")
        let anchor = try db.cachedStatement(sql: "INSERT OR IGNORE INTO quote_anchors(word, quote_id) VALUES (?, ?)")
        let stored = try db.cachedStatement(sql: "UPDATE quotes SET words = ? WHERE id = ?")
        for ((quote, keys), words) in zip(zip(quotes, words), anchors) where !keys.isEmpty {
            var hits: [Int64: Int] = [:]
            for word in words.map({ Int64(bitPattern: $0) }) where !blocked.contains(word) {
                let found = try Int64.fetchAll(indexed, arguments: [word, SharedQuotes.maximumBlock + 1])
                guard found.count <= SharedQuotes.maximumBlock else {
                    blocked.insert(word)
                    continue
                }
                for candidate in found { hits[candidate, default: 0] += 1 }
            }
            // A copy shares most words, so most of the indexed ones: a candidate sharing one of several is none.
            let least = min(CopyIndex.sharedAnchors, words.count)
            let candidates = hits.filter { $0.value >= least }.sorted { ($0.value, $1.key) > ($1.value, $0.key) }
                .prefix(CopyIndex.comparisons).map(\.key)
            for candidate in candidates {
                guard let row = try Row.fetchOne(other, arguments: [candidate]), row["article_id"] as Int64 != article,
                      SharedQuotes.areCopies(keys, KeyBytes.keys(row["words"])) else { continue }
                // (Each pair once: the candidate was indexed before, so it never finds this quotation again.)
                try copy.execute(arguments: [quote, candidate])
            }
            for word in words { try anchor.execute(arguments: [Int64(bitPattern: word), quote]) }
            try stored.execute(arguments: [KeyBytes.blob(keys), quote])
        }
    }

    /// The pairs of copies in both orders (columns `quote_id`, `copy_id`), for a query to read a quotation's
    /// copies from: each pair is stored once, the quotation found later first (``SchemaCopyPairs``); a library an older
    /// Sitrep wrote holds both orders, which `UNION` reads as one.
    static let copiesOf = """
        (SELECT quote_id, copy_id FROM quote_copies UNION SELECT copy_id AS quote_id, quote_id AS copy_id FROM quote_copies)
        """

    /// Takes the quotations of removed articles (`articles`: their ids, comma-separated) out of the index and
    /// their copies' lists.
    func remove(articles: String) throws {
        try db.execute(sql: """
            DELETE FROM quote_anchors WHERE quote_id IN (SELECT id FROM quotes WHERE article_id IN (\(articles)));
            DELETE FROM quote_copies WHERE quote_id IN (SELECT id FROM quotes WHERE article_id IN (\(articles)))
                OR copy_id IN (SELECT id FROM quotes WHERE article_id IN (\(articles)));
            """)
    }
}
