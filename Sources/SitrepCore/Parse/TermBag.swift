/// Weighted content terms of some text, for measuring how much two stretches of text are about the same thing.
///
/// Terms are words that are not stop words, lower-cased, with a possessive `'s` and a plural `s` removed, kept
/// as 64-bit keys hashed straight from the text's bytes (no string is made on this hot path). A name
/// (a capitalised word that does not open a sentence) counts double.
public struct TermBag: Sendable {
    /// The place of each term's key in `keys` and `sums`, probed without hashing through `Hasher`.
    private var places = KeyTable()
    /// Each term's key and summed weight, in the order the terms first came.
    private var keys: [UInt64] = []
    private var sums: [Double] = []

    public init() {}

    /// Each term's key and summed weight, as a dictionary made anew on each call (for comparing bags; hot code reads
    /// ``counts``).
    public var weights: [UInt64: Double] { Dictionary(uniqueKeysWithValues: zip(keys, sums)) }

    /// Adds a paragraph's terms.
    public mutating func add(_ paragraph: Paragraph, tokens: [Token], lexicon: Lexicon) {
        TermKey.forEachTerm(paragraph, tokens: tokens, lexicon: lexicon) { key, weight in
            let place = places.id(key)
            if place == keys.count {
                keys.append(key)
                sums.append(weight)
            } else {
                sums[place] += weight
            }
        }
    }

    /// The bag in its compact form.
    var counts: TermCounts {
        // (Keys are distinct: sorted as plain integers, each finds its sum by its place in the table.)
        let sorted = keys.sorted()
        return TermCounts(keys: sorted, weights: sorted.map { key in Float(sums[places.find(key)!]) })
    }
}

/// A term bag as parallel arrays sorted by key: 12 bytes a term. Weights are sums of 1s and 2s, exact in a Float.
public struct TermCounts: Sendable {
    public internal(set) var keys: [UInt64]
    public internal(set) var weights: [Float]
}

/// A paragraph's terms as ids of an article's ``KeyTable``, with their weights (an id may repeat).
struct TermList {
    /// One term of the paragraph.
    struct Term {
        var id: Int32
        var weight: Float
    }

    var terms: [Term] = []

    init() {}

    /// The terms of a paragraph, interning new keys in `table`.
    init(_ paragraph: Paragraph, tokens: [Token], lexicon: Lexicon, table: inout KeyTable) {
        terms.reserveCapacity(tokens.count / 2)
        TermKey.forEachTerm(paragraph, tokens: tokens, lexicon: lexicon) { key, weight in
            terms.append(Term(id: Int32(table.id(key)), weight: Float(weight)))
        }
    }

    /// The share of the terms' weight whose ids are below `known` (terms the table held before this paragraph);
    /// 1 when there are no terms.
    func share(below known: Int) -> Double {
        var shared = 0.0, total = 0.0
        for term in terms {
            total += Double(term.weight)
            if Int(term.id) < known { shared += Double(term.weight) }
        }
        return total > 0 ? shared / total : 1
    }
}

/// Term keys: FNV-1a hashes of normalised word bytes.
public enum TermKey {
    /// Calls `body` with the key and weight of each term of a paragraph: names (capitalised, not opening a
    /// sentence) weigh 2, other words 1.
    @inline(__always)
    static func forEachTerm(_ paragraph: Paragraph, tokens: [Token], lexicon: Lexicon, _ body: (UInt64, Double) -> Void) {
        paragraph.bytes.withUnsafeBufferPointer { bytes in
            var sentenceStart = true
            for token in tokens {
                if token.kind == .punctuation {
                    if ParagraphShape.isSentenceEnd(token.first) { sentenceStart = true }
                    continue
                }
                defer { sentenceStart = false }
                guard token.kind == .word, token.end - token.start >= 3,
                      let key = key(of: token, bytes, lexicon: lexicon) else { continue }
                body(key, token.isCapitalized && !sentenceStart ? 2 : 1)
            }
        }
    }

    /// The key of a word token of `bytes`, from the hash the tokenizer made of it: the same key as
    /// ``key(_:_:_:lexicon:)`` gives for its bytes.
    @inline(__always)
    static func key(of token: Token, _ bytes: UnsafeBufferPointer<UInt8>, lexicon: Lexicon) -> UInt64? {
        guard token.termHash != 0 else { return key(bytes, token.start, token.end, lexicon: lexicon) }
        var stop = token.end, whole = token.termHash
        // Possessive 's: take the s and the apostrophe back out of the hash.
        if stop - token.start > 2, bytes[stop - 1] | 0x20 == 0x73, bytes[stop - 2] == 0x27 {
            stop -= 2
            whole = unmix(unmix(whole, 0x73), 0x27)
        }
        guard stop - token.start >= 3 else { return nil }
        return key(hashed: whole, bytes, token.start, stop, lexicon: lexicon)
    }

    /// The key of a word in `bytes[start..<end]`, or nil for a stop word or a word under three letters.
    public static func key(_ bytes: [UInt8], _ start: Int, _ end: Int, lexicon: Lexicon) -> UInt64? {
        bytes.withUnsafeBufferPointer { key($0, start, end, lexicon: lexicon) }
    }

    /// ``key(_:_:_:lexicon:)`` over a buffer, for callers that hold one for a whole paragraph.
    static func key(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, lexicon: Lexicon) -> UInt64? {
        var stop = end
        // Possessive 's or ’s.
        if stop - start > 2, bytes[stop - 1] | 0x20 == 0x73 {
            if bytes[stop - 2] == 0x27 { stop -= 2 }
            else if stop - start > 4, bytes[stop - 2] == 0x99, bytes[stop - 3] == 0x80, bytes[stop - 4] == 0xE2 { stop -= 4 }
        }
        guard stop - start >= 3 else {
            return bytes[start..<stop].contains { $0 >= 0x80 } ? nonASCIIKey(bytes, start, stop, lexicon: lexicon) : nil
        }
        var whole = hashSeed
        for index in start..<stop {
            let byte = bytes[index]
            if byte >= 0x80 { return nonASCIIKey(bytes, start, stop, lexicon: lexicon) }
            whole = mix(whole, byte)
        }
        return key(hashed: whole, bytes, start, stop, lexicon: lexicon)
    }

    /// The key of the ASCII word in `bytes[start..<stop]` (its possessive taken off) whose hash is `whole`: nil
    /// for a stop word; a plural s taken off, so that "troops" and "troop" are one term ("us", "ss" and short words
    /// keep theirs).
    @inline(__always)
    private static func key(hashed whole: UInt64, _ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ stop: Int,
                            lexicon: Lexicon) -> UInt64? {
        if lexicon.stopwordKeys.find(whole) != nil { return nil }
        if stop - start > 4, bytes[stop - 1] | 0x20 == 0x73 {
            let before = bytes[stop - 2] | 0x20
            if before != 0x73 && before != 0x75 { return unmix(whole, 0x73) }
        }
        return whole
    }

    /// The key of a word with non-ASCII letters: lower-cased as a string, then hashed whole.
    private static func nonASCIIKey(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ stop: Int, lexicon: Lexicon) -> UInt64? {
        let word = String(decoding: bytes[start..<stop], as: UTF8.self).lowercased()
        return key(Array(word.utf8), lexicon: lexicon)
    }

    /// The key of a whole lower-case word given as bytes (used for non-ASCII words and for word lists).
    public static func key(_ word: [UInt8], lexicon: Lexicon?) -> UInt64? {
        guard word.count >= 3 else { return nil }
        let whole = hash(word, 0, word.count)
        if let lexicon, lexicon.stopwordKeys.find(whole) != nil { return nil }
        return whole
    }

    /// FNV-1a over bytes, ASCII letters folded to lower case.
    @inline(__always)
    static func hash(_ bytes: [UInt8], _ start: Int, _ end: Int) -> UInt64 {
        var value = hashSeed
        for index in start..<end { value = mix(value, bytes[index]) }
        return value
    }

    /// FNV-1a's offset basis and prime.
    static let hashSeed: UInt64 = 0xcbf29ce484222325, hashPrime: UInt64 = 0x100000001b3
    /// The inverse of ``hashPrime`` modulo 2^64, which takes the last byte back out of a hash.
    private static let inversePrime: UInt64 = 0xce965057aff6957b

    /// The hash after one more byte, an ASCII capital folded to lower case.
    @inline(__always)
    static func mix(_ hash: UInt64, _ byte: UInt8) -> UInt64 {
        (hash ^ UInt64(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)) &* hashPrime
    }

    /// The hash before its last byte, given that (folded) byte.
    @inline(__always)
    static func unmix(_ hash: UInt64, _ byte: UInt8) -> UInt64 {
        (hash &* inversePrime) ^ UInt64(byte)
    }
}
