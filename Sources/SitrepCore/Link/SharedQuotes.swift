/// Recognises one quotation carried by several sources despite spelling variants (organise/organize,
/// Kim Jong Un/Kim Jong-un): quotations whose word keys mostly coincide are copies of each other.
public enum SharedQuotes {
    /// A word used by more quotations than this is too common to block on: comparisons stay linear in the
    /// number of quotations.
    public static let maximumBlock = 256
    /// Quotations of fewer words are too short to be recognised as copies.
    static let minimumWords = 4

    /// The word keys of a quotation, sorted and distinct: each word reduced with ``NameKey`` and British
    /// -ise/-isation read as -ize/-ization, then hashed. Empty when the quotation has fewer than
    /// ``minimumWords`` words.
    static func keys(of text: String) -> [UInt64] {
        if let keys = QuoteWords.keys(of: text) { return keys }
        let words = text.split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "-" })
        guard words.count >= minimumWords else { return [] }
        var keys: [UInt64] = []
        keys.reserveCapacity(words.count)
        var count = 0
        for word in words {
            let key = wordKey(String(word))
            guard !key.isEmpty else { continue }
            count += 1
            let bytes = Array(key.utf8)
            keys.append(TermKey.hash(bytes, 0, bytes.count))
        }
        guard count >= minimumWords else { return [] }
        return Array(Set(keys)).sorted()
    }

    /// For each quotation index, the indices of its copies in other articles, given each quotation's ``keys(of:)``
    /// and article.
    ///
    /// Quotations are blocked on their three rarest words that some other quotation also uses (rarest: fewest
    /// quotations use it, then the smaller key), so only quotations sharing one of those words are compared,
    /// and a spelling variant in one word does not hide a copy.
    static func copies(keys: [[UInt64]], articles: [Int]) -> [Int: [Int]] {
        var frequency: [UInt64: Int] = [:]
        for words in keys { for word in words { frequency[word, default: 0] += 1 } }
        var index: [UInt64: [Int]] = [:]
        for (position, words) in keys.enumerated() where !words.isEmpty {
            // (Each word's frequency looked up once, not again at every comparison of the sort.)
            let shared = words.compactMap { word -> (quotations: Int, word: UInt64)? in
                let quotations = frequency[word]!
                return quotations > 1 && quotations <= maximumBlock ? (quotations, word) : nil
            }
            let anchors = shared.sorted { ($0.quotations, $0.word) < ($1.quotations, $1.word) }.prefix(3)
            for anchor in anchors { index[anchor.word, default: []].append(position) }
        }
        var compared = Set<Int>()
        var result: [Int: [Int]] = [:]
        for positions in index.values {
            for (offset, left) in positions.enumerated() {
                for right in positions[(offset + 1)...] where articles[left] != articles[right] {
                    guard compared.insert(left * keys.count + right).inserted else { continue }
                    if areCopies(keys[left], keys[right]) {
                        result[left, default: []].append(right)
                        result[right, default: []].append(left)
                    }
                }
            }
        }
        return result.mapValues { $0.sorted() }
    }

    private static func wordKey(_ word: String) -> String {
        var key = NameKey.key(word)
        for (british, american) in [("isation", "ization"), ("ise", "ize"), ("ised", "ized"), ("our", "or")]
            where key.hasSuffix(british) {
            key = String(key.dropLast(british.count)) + american
            break
        }
        return key
    }

    /// Words of a quotation a library indexes it under, so that its copies find it (any copy very likely holds
    /// one of them): of its words that are not function words, the ``anchorCount`` of the smallest keys (keys
    /// are hashes, so this is a random choice two copies make alike, as in MinHash). Empty when the quotation has
    /// no ``keys(of:)``.
    static func anchors(of text: String, keys: [UInt64], lexicon: Lexicon) -> [UInt64] {
        guard !keys.isEmpty else { return [] }
        if let anchors = QuoteWords.anchors(of: text, lexicon: lexicon) { return anchors }
        var anchors = Set<UInt64>()
        for word in text.split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "-" })
            where !lexicon.stopwords.contains(word.lowercased()) {
            let key = wordKey(String(word))
            guard !key.isEmpty else { continue }
            let bytes = Array(key.utf8)
            anchors.insert(TermKey.hash(bytes, 0, bytes.count))
        }
        return Array(anchors.sorted().prefix(anchorCount))
    }

    /// Words a quotation is indexed under.
    static let anchorCount = 6

    /// Whether two quotations are copies of each other, by their ``keys(of:)``.
    public static func areCopies(_ a: [UInt64], _ b: [UInt64]) -> Bool { similarity(a, b) >= copySimilarity }

    /// Share of word keys two quotations must have in common to be copies.
    static let copySimilarity = 0.8

    /// Share of word keys the two sorted, distinct key lists have in common (Dice coefficient).
    static func similarity(_ a: [UInt64], _ b: [UInt64]) -> Double {
        guard !a.isEmpty, !b.isEmpty else { return 0 }
        var i = 0, j = 0, common = 0
        while i < a.count && j < b.count {
            if a[i] == b[j] { common += 1; i += 1; j += 1 } else if a[i] < b[j] { i += 1 } else { j += 1 }
        }
        return 2 * Double(common) / Double(a.count + b.count)
    }
}
