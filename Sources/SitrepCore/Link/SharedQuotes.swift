/// Recognises one quotation carried by several sources despite spelling variants (organise/organize,
/// Kim Jong Un/Kim Jong-un): quotations whose word keys mostly coincide are copies of each other.
public enum SharedQuotes {
    /// A word used by more quotations than this is too common to block on: comparisons stay linear in the
    /// number of quotations.
    public static let maximumBlock = 256

    /// For each quotation index, the indices of its copies in other articles.
    ///
    /// Quotations are blocked on their three rarest words that some other quotation also uses (rarest: fewest
    /// quotations use it; then the longest, then the first alphabetically), so only quotations sharing one of
    /// those words are compared, and a spelling variant in one word does not hide a copy.
    public static func copies(_ quotes: [Quotation]) -> [Int: [Int]] {
        let keys = wordKeys(quotes.map { $0.kind == .reported ? "" : $0.text })
        let sets = keys.map(Set.init)
        var frequency: [String: Int] = [:]
        for (words, set) in zip(keys, sets) where words.count >= 4 { for word in set { frequency[word, default: 0] += 1 } }
        var index: [String: [Int]] = [:]
        for (position, words) in keys.enumerated() where words.count >= 4 {
            let shared = sets[position].filter { frequency[$0]! > 1 && frequency[$0]! <= maximumBlock }
            let anchors = shared.sorted { (frequency[$0]!, -$0.count, $0) < (frequency[$1]!, -$1.count, $1) }.prefix(3)
            for anchor in anchors { index[anchor, default: []].append(position) }
        }
        var compared = Set<Int>()
        var result: [Int: [Int]] = [:]
        for positions in index.values {
            for (offset, left) in positions.enumerated() {
                for right in positions[(offset + 1)...] where quotes[left].article != quotes[right].article {
                    guard compared.insert(left * quotes.count + right).inserted else { continue }
                    if similarity(sets[left], sets[right]) >= 0.8 {
                        result[left, default: []].append(right)
                        result[right, default: []].append(left)
                    }
                }
            }
        }
        return result.mapValues { $0.sorted() }
    }

    /// The words of each text reduced with ``NameKey`` and with British -ise/-isation read as -ize/-ization,
    /// each distinct word reduced once (on every core).
    static func wordKeys(_ texts: [String]) -> [[String]] {
        let split = texts.map(words)
        var distinct = Set<String>()
        for words in split { distinct.formUnion(words) }
        let list = Array(distinct)
        let key = Dictionary(uniqueKeysWithValues: zip(list, list.parallelMap(wordKey)))
        return split.map { words in words.map { key[$0]! }.filter { !$0.isEmpty } }
    }

    private static func words(of text: String) -> [String] {
        text.split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "-" }).map(String.init)
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

    /// Share of word keys the two texts have in common (Dice coefficient over sets).
    static func similarity(_ a: Set<String>, _ b: Set<String>) -> Double {
        guard !a.isEmpty, !b.isEmpty else { return 0 }
        return 2 * Double(a.intersection(b).count) / Double(a.count + b.count)
    }
}
