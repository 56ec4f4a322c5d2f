/// Recognises one quotation carried by several sources despite spelling variants (organise/organize,
/// Kim Jong Un/Kim Jong-un): quotations whose word keys mostly coincide are copies of each other.
public enum SharedQuotes {
    /// For each quotation index, the indices of its copies in other articles.
    public static func copies(_ quotes: [Quotation]) -> [Int: [Int]] {
        var keys: [[String]] = []
        var index: [String: [Int]] = [:]
        for (position, quote) in quotes.enumerated() {
            let words = wordKeys(quote.text)
            keys.append(words)
            guard quote.kind != .reported, words.count >= 4 else { continue }
            // Block on the rarest-looking word: the longest one.
            if let anchor = words.max(by: { ($0.count, $1) < ($1.count, $0) }) {
                index[anchor, default: []].append(position)
            }
        }
        var result: [Int: [Int]] = [:]
        for positions in index.values where positions.count > 1 {
            for (offset, left) in positions.enumerated() {
                for right in positions[(offset + 1)...] where quotes[left].article != quotes[right].article {
                    if similarity(keys[left], keys[right]) >= 0.8 {
                        result[left, default: []].append(right)
                        result[right, default: []].append(left)
                    }
                }
            }
        }
        return result.mapValues { $0.sorted() }
    }

    /// Words reduced with ``NameKey`` and with British -ise/-isation read as -ize/-ization.
    static func wordKeys(_ text: String) -> [String] {
        text.split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "-" }).map { word in
            var key = NameKey.key(String(word))
            for (british, american) in [("isation", "ization"), ("ise", "ize"), ("ised", "ized"), ("our", "or")]
                where key.hasSuffix(british) {
                key = String(key.dropLast(british.count)) + american
                break
            }
            return key
        }.filter { !$0.isEmpty }
    }

    /// Share of word keys the two texts have in common (Dice coefficient over sets).
    static func similarity(_ left: [String], _ right: [String]) -> Double {
        let a = Set(left), b = Set(right)
        guard !a.isEmpty, !b.isEmpty else { return 0 }
        return 2 * Double(a.intersection(b).count) / Double(a.count + b.count)
    }
}
