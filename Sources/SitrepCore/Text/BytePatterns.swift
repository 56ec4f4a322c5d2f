/// A list of byte patterns looked for together in UTF-8 text, for the parser's hot path (no strings are made).
///
/// A table from each byte value to the patterns that open with it lets ``opens(_:)`` try only those patterns. To
/// look for the patterns anywhere in a text, ``occurs(in:at:)`` goes over its tokens once: a word is looked up by the
/// hash the tokenizer made of it among the patterns' first words, and a mark by its first byte.
struct BytePatterns: Sendable {
    private let patterns: [[UInt8]]
    /// Each pattern's first four bytes as one little-endian word (0 for a pattern shorter than that; with 0x20 set in
    /// every byte when folding case), compared before the whole pattern.
    private let heads: [UInt32]
    private let foldingCase: Bool
    /// For each byte value, a bit per pattern that opens with it (at most 64 patterns).
    private let openers: [UInt64]
    /// ``openers`` for the patterns whose first token is not an ASCII word (a mark, a word with other letters).
    private let markOpeners: [UInt64]
    /// The hashes of the patterns whose first token is an ASCII word, with the pattern's index.
    private let firstWords: [(hash: UInt64, pattern: Int)]
    /// A bit for the top ten bits of each of ``firstWords``' hashes: most words are turned away by one test.
    private let firstWordBits: [UInt64]

    /// Patterns compared byte for byte, or with ASCII letters compared without case when `foldingCase` (the
    /// patterns then written in lower case).
    init(_ patterns: [String], foldingCase: Bool = false) {
        precondition(patterns.count <= 64, "BytePatterns holds at most 64 patterns")
        self.patterns = patterns.map { Array($0.utf8) }
        heads = self.patterns.map { pattern in
            guard pattern.count >= 4 else { return 0 }
            let head = pattern.prefix(4).reversed().reduce(0) { $0 << 8 | UInt32($1) }
            return foldingCase ? head | 0x2020_2020 : head
        }
        self.foldingCase = foldingCase
        var openers = [UInt64](repeating: 0, count: 256)
        for (index, pattern) in self.patterns.enumerated() {
            guard let first = pattern.first else { continue }
            openers[Int(first)] |= 1 << UInt64(index)
            if foldingCase, first >= 0x61, first <= 0x7A { openers[Int(first - 0x20)] |= 1 << UInt64(index) }
        }
        self.openers = openers
        var markOpeners = openers, firstWords: [(hash: UInt64, pattern: Int)] = []
        var firstWordBits = [UInt64](repeating: 0, count: 16)
        for (index, pattern) in self.patterns.enumerated() {
            guard let first = Tokenizer.tokens(pattern).first, first.termHash != 0 else { continue }
            for byte in 0..<256 { markOpeners[byte] &= ~(1 << UInt64(index)) }
            firstWords.append((first.termHash, index))
            let bit = Int(first.termHash >> 54)
            firstWordBits[bit >> 6] |= 1 << UInt64(bit & 63)
        }
        self.markOpeners = markOpeners
        self.firstWords = firstWords
        self.firstWordBits = firstWordBits
    }

    /// One of the patterns opens `bytes`.
    func opens(_ bytes: [UInt8]) -> Bool {
        guard let first = bytes.first else { return false }
        return bytes.withUnsafeBufferPointer { any(in: $0, at: first, start: 0, among: openers) }
    }

    /// One of the patterns ends `bytes[..<end]`.
    func closes(_ bytes: [UInt8], end: Int) -> Bool {
        bytes.withUnsafeBufferPointer { buffer in
            patterns.contains { pattern in
                end >= pattern.count && BytePatterns.matches(buffer, pattern, at: end - pattern.count, foldingCase: foldingCase)
            }
        }
    }

    /// One of the patterns occurs in `bytes` where one of `tokens` (the tokens of `bytes`) starts. A pattern that
    /// opens with a word matches where that word is a whole token ("subscribe" is not found in "subscriber").
    func occurs(in bytes: [UInt8], at tokens: [Token]) -> Bool {
        bytes.withUnsafeBufferPointer { buffer in
            for token in tokens {
                if token.termHash != 0 {
                    let bit = Int(token.termHash >> 54)
                    guard firstWordBits[bit >> 6] & (1 << UInt64(bit & 63)) != 0 else { continue }
                    for word in firstWords where word.hash == token.termHash
                        && BytePatterns.matches(buffer, patterns[word.pattern], at: token.start, foldingCase: foldingCase) {
                        return true
                    }
                } else if markOpeners[Int(buffer[token.start])] != 0,
                          any(in: buffer, at: buffer[token.start], start: token.start, among: markOpeners) {
                    return true
                }
            }
            return false
        }
    }

    @inline(__always)
    private func any(in buffer: UnsafeBufferPointer<UInt8>, at byte: UInt8, start: Int, among openers: [UInt64]) -> Bool {
        var candidates = openers[Int(byte)]
        // The four bytes at `start`, with 0x20 set in each when folding: bytes equal without case stay equal.
        var head: UInt32 = 0
        if buffer.count - start >= 4 {
            head = UInt32(buffer[start]) | UInt32(buffer[start + 1]) << 8 | UInt32(buffer[start + 2]) << 16
                | UInt32(buffer[start + 3]) << 24
            if foldingCase { head |= 0x2020_2020 }
        }
        while candidates != 0 {
            let index = candidates.trailingZeroBitCount
            candidates &= candidates - 1
            guard heads[index] == 0 || heads[index] == head else { continue }
            if BytePatterns.matches(buffer, patterns[index], at: start, foldingCase: foldingCase) { return true }
        }
        return false
    }

    @inline(__always)
    private static func matches(_ buffer: UnsafeBufferPointer<UInt8>, _ pattern: [UInt8], at start: Int,
                                foldingCase: Bool) -> Bool {
        guard buffer.count - start >= pattern.count else { return false }
        for index in pattern.indices {
            let a = buffer[start + index], b = pattern[index]
            if a == b { continue }
            if foldingCase, a | 0x20 == b, b >= 0x61, b <= 0x7A { continue }
            return false
        }
        return true
    }
}
