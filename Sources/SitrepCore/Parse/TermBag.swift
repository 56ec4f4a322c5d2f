/// Weighted content terms of some text, for measuring how much two stretches of text are about the same thing.
///
/// Terms are lower-cased words that are not stop words, with a plural `s` and possessive removed; a name
/// (capitalised word that does not open a sentence) counts double.
public struct TermBag: Sendable {
    public private(set) var weights: [String: Double] = [:]

    public init() {}

    /// Adds a paragraph's terms.
    public mutating func add(_ paragraph: Paragraph, tokens: [Token], lexicon: Lexicon) {
        var sentenceStart = true
        for token in tokens {
            if token.kind == .punctuation {
                if ParagraphShape.terminators.contains(token.first) { sentenceStart = true }
                continue
            }
            defer { sentenceStart = false }
            guard token.kind == .word, token.end - token.start >= 3 else { continue }
            guard let term = TermBag.term(paragraph.text(of: token), lexicon: lexicon) else { continue }
            let isName = token.isCapitalized && !sentenceStart
            weights[term, default: 0] += isName ? 2 : 1
        }
    }

    /// Adds another bag's terms.
    public mutating func add(_ other: TermBag) {
        for (term, weight) in other.weights { weights[term, default: 0] += weight }
    }

    /// The bag with each term's weight multiplied by its factor (terms without one are dropped).
    public func scaled(by factors: [String: Double]) -> TermBag {
        var bag = TermBag()
        for (term, weight) in weights { if let factor = factors[term], factor > 0 { bag.weights[term] = weight * factor } }
        return bag
    }

    /// The normalised form of a word, or nil for stop words.
    public static func term(_ word: String, lexicon: Lexicon) -> String? {
        var lower = word.lowercased()
        if lower.hasSuffix("'s") || lower.hasSuffix("\u{2019}s") { lower = String(lower.dropLast(2)) }
        guard lower.count >= 3, !lexicon.stopwords.contains(lower) else { return nil }
        if lower.count > 4, lower.hasSuffix("s"), !lower.hasSuffix("ss"), !lower.hasSuffix("us") {
            lower.removeLast()
        }
        return lower
    }

    /// Cosine similarity of two bags, 0 when either is empty.
    public func cosine(_ other: TermBag) -> Double {
        var dot = 0.0, left = 0.0, right = 0.0
        for (term, weight) in weights {
            left += weight * weight
            if let theirs = other.weights[term] { dot += weight * theirs }
        }
        for weight in other.weights.values { right += weight * weight }
        guard left > 0, right > 0 else { return 0 }
        return dot / (left.squareRoot() * right.squareRoot())
    }

    /// The share of this bag's weight whose terms also occur in `other`.
    public func coverage(by other: TermBag) -> Double {
        var shared = 0.0, total = 0.0
        for (term, weight) in weights {
            total += weight
            if other.weights[term] != nil { shared += weight }
        }
        return total > 0 ? shared / total : 0
    }
}
