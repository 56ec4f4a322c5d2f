/// The tokens of one paragraph as lower-case words, made once for all the passes that read the paragraph: each
/// token's lower-cased text and its ``WordKey``, so that comparing a word with a word list is a probe of a
/// ``WordSet``, not a string made, lower-cased and hashed at every comparison.
struct TokenWords: Sendable {
    /// Each token's text lower-cased: what `lowercased()` of the text gives.
    let lowered: [String]
    /// Each token's ``WordKey`` of its lower-cased text.
    let keys: [UInt64]

    /// The words of `tokens` of `bytes` (the paragraph they were read from).
    init(_ bytes: [UInt8], tokens: [Token]) {
        var lowered: [String] = [], keys: [UInt64] = []
        lowered.reserveCapacity(tokens.count)
        keys.reserveCapacity(tokens.count)
        bytes.withUnsafeBufferPointer { buffer in
            for token in tokens {
                if let ascii = ASCIIBytes.lowercased(buffer, token.start, token.end) {
                    lowered.append(ascii)
                    // The tokenizer's hash of an ASCII word is the key of its lower-cased bytes already.
                    keys.append(token.termHash != 0 ? token.termHash : WordKey.of(buffer, token.start, token.end))
                } else {
                    let lower = String(decoding: buffer[token.start..<token.end], as: UTF8.self).lowercased()
                    lowered.append(lower)
                    keys.append(WordKey.of(lower))
                }
            }
        }
        self.lowered = lowered
        self.keys = keys
    }
}

/// The key of a lower-case word: FNV-1a of its UTF-8 bytes, ASCII capitals folded (the ``TermKey`` hash of the
/// whole word, which the tokenizer makes of every ASCII word as it reads it).
enum WordKey {
    /// The key of the bytes `bytes[start..<end]`.
    @inline(__always)
    static func of(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> UInt64 {
        var hash = TermKey.hashSeed
        for index in start..<end { hash = TermKey.mix(hash, bytes[index]) }
        return hash
    }

    /// The key of a word.
    static func of(_ word: String) -> UInt64 {
        var word = word
        return word.withUTF8 { of($0, 0, $0.count) }
    }
}

/// Lower-case words with a value each, probed by ``WordKey``: one table probe and one comparison of the word found,
/// in place of hashing a string.
///
/// Words with other scalars than ASCII are kept in a dictionary of strings and looked up only for words with such
/// scalars, so that canonically equivalent spellings ("é" as one scalar or as "e" and an accent) still match, as
/// they match in a `Set<String>`.
struct WordTable<Value> {
    /// The words, kept in one object: a table is read only, and lists of the lexicon are handed to the passes by
    /// value, so a copy of the table costs one reference count, not one for each of its arrays and dictionaries.
    private let storage: Storage

    /// Read only once made (`let`s, so that reading them takes no exclusive access).
    private final class Storage {
        /// Key to index in `words` and `values`.
        let table: KeyTable
        let words: [String]
        /// The UTF-8 bytes of each word of `words`, for probes by a token's bytes.
        let wordBytes: [[UInt8]]
        let values: [Value]
        /// Words with scalars beyond ASCII.
        let others: [String: Value]
        /// ASCII words whose key another word of the table has already (none in practice): looked up as strings.
        let collided: [String: Value]

        /// The storage of `entries` (a word given twice keeps its first value).
        init<Entries: Sequence>(_ entries: Entries) where Entries.Element == (String, Value) {
            var table = KeyTable(capacity: entries.underestimatedCount)
            var words: [String] = [], wordBytes: [[UInt8]] = [], values: [Value] = []
            var others: [String: Value] = [:], collided: [String: Value] = [:]
            for (word, value) in entries {
                if word.utf8.contains(where: { $0 >= 0x80 }) {
                    if others[word] == nil { others[word] = value }
                    continue
                }
                let key = WordKey.of(word)
                if let index = table.find(key) {
                    if words[index] != word, collided[word] == nil { collided[word] = value }
                    continue
                }
                _ = table.id(key)
                words.append(word)
                wordBytes.append(Array(word.utf8))
                values.append(value)
            }
            self.table = table
            self.words = words
            self.wordBytes = wordBytes
            self.values = values
            self.others = others
            self.collided = collided
        }
    }

    /// The table of `entries` (a word given twice keeps its first value).
    init<Entries: Sequence>(_ entries: Entries) where Entries.Element == (String, Value) {
        storage = Storage(entries)
    }

    /// The value of `word`, whose ``WordKey`` is `key`, or nil when the table does not hold it.
    @inline(__always)
    func value(_ word: String, key: UInt64) -> Value? {
        let storage = storage
        if let index = storage.table.find(key), storage.words[index] == word { return storage.values[index] }
        if !storage.collided.isEmpty, let value = storage.collided[word] { return value }
        guard !storage.others.isEmpty, word.isBeyondASCII else { return nil }
        return storage.others[word]
    }

    /// The value of `word`, or nil when the table does not hold it.
    subscript(_ word: String) -> Value? { value(word, key: WordKey.of(word)) }

    /// The value of the ASCII word `bytes[start..<end]`, whose ``WordKey`` is `key`, compared as written or, when
    /// `lowered`, with its capitals lowered: what ``value(_:key:)`` gives for that word's text (lower-cased), without
    /// making the text. The bytes must all be ASCII.
    @inline(__always)
    func value(ascii bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, key: UInt64, lowered: Bool) -> Value? {
        let storage = storage
        if let index = storage.table.find(key), WordTable.equal(storage.wordBytes[index], bytes, start, end, lowered: lowered) {
            return storage.values[index]
        }
        // An ASCII word is never among `others`; a word in `collided` is looked up as a string.
        guard !storage.collided.isEmpty else { return nil }
        let text = String(decoding: bytes[start..<end], as: UTF8.self)
        return storage.collided[lowered ? text.lowercased() : text]
    }

    /// The value of `word` lower-cased: what `self[word.lowercased()]` gives, found from the word's bytes without
    /// making the lower-cased text when they are all ASCII.
    @inline(__always)
    func value<Word: StringProtocol>(lowering word: Word) -> Value? {
        let found = word.utf8.withContiguousStorageIfAvailable { bytes -> Value?? in
            guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
            return .some(value(ascii: bytes, 0, bytes.count, key: WordKey.of(bytes, 0, bytes.count), lowered: true))
        }
        if let found = found ?? nil { return found }
        return self[word.lowercased()]
    }

    /// Whether `word` holds the bytes `bytes[start..<end]`, ASCII capitals of those lowered when `lowered`.
    @inline(__always)
    private static func equal(_ word: [UInt8], _ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int,
                              lowered: Bool) -> Bool {
        guard word.count == end - start else { return false }
        for offset in 0..<word.count {
            var byte = bytes[start + offset]
            if lowered, byte >= 0x41, byte <= 0x5A { byte |= 0x20 }
            if word[offset] != byte { return false }
        }
        return true
    }

    /// Every word of the table.
    var allWords: [String] { storage.words + storage.collided.keys + storage.others.keys }
}

// The storage holds only `let`s of Sendable types when `Value` is Sendable.
extension WordTable: @unchecked Sendable where Value: Sendable {}

/// A set of lower-case words probed by ``WordKey``.
struct WordSet: Sendable {
    private let table: WordTable<Bool>

    init<Words: Sequence>(_ words: Words) where Words.Element == String {
        table = WordTable(words.lazy.map { ($0, true) })
    }

    /// Whether the set holds `word`, whose ``WordKey`` is `key`.
    @inline(__always)
    func contains(_ word: String, key: UInt64) -> Bool { table.value(word, key: key) != nil }

    /// Whether the set holds `word`.
    func contains(_ word: String) -> Bool { table[word] != nil }

    /// Whether the set holds `word` lower-cased: what `contains(word.lowercased())` answers, without making the
    /// lower-cased text when the word is ASCII.
    @inline(__always)
    func contains<Word: StringProtocol>(lowering word: Word) -> Bool { table.value(lowering: word) != nil }

    /// Whether the set holds the ASCII word `bytes[start..<end]`, whose ``WordKey`` is `key` (lower-cased first when
    /// `lowered`).
    @inline(__always)
    func contains(ascii bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, key: UInt64, lowered: Bool) -> Bool {
        table.value(ascii: bytes, start, end, key: key, lowered: lowered) != nil
    }

    /// The words of this set and of `other`.
    func union(_ other: WordSet) -> WordSet { WordSet(table.allWords + other.table.allWords) }
}

extension WordSet: ExpressibleByArrayLiteral {
    init(arrayLiteral words: String...) { self.init(words) }
}
