/// ``SharedQuotes``' word keys read from bytes, for the common text whose words are all ASCII: every scalar of it
/// is ASCII or in the General Punctuation block (curly quotes, dashes, ellipsis), except the two joiners. In such a
/// text each scalar is a character of its own and only ASCII letters and digits are letters and numbers, so its
/// words are the runs of ASCII letters, digits and hyphens, and their keys are the ones the character-by-character
/// reading gives, without a string made or a property looked up per character.
enum QuoteWords {
    /// ``SharedQuotes/keys(of:)``, or nil when the text is not of that kind.
    static func keys(of text: String) -> [UInt64]? {
        var words = 0
        var keys: [UInt64] = []
        let read = forEachWord(text) { word in
            words += 1
            if let key = key(word) { keys.append(key) }
        }
        guard read else { return nil }
        guard words >= SharedQuotes.minimumWords, keys.count >= SharedQuotes.minimumWords else { return [] }
        return Array(Set(keys)).sorted()
    }

    /// ``SharedQuotes/anchors(of:keys:lexicon:)``, or nil when the text is not of that kind.
    static func anchors(of text: String, lexicon: Lexicon) -> [UInt64]? {
        var anchors = Set<UInt64>()
        let read = forEachWord(text) { word in
            let lower = String(unsafeUninitializedCapacity: word.count) { out in
                for index in word.indices { out[index] = ASCIIBytes.lowercased(word[index]) }
                return word.count
            }
            guard !lexicon.stopwords.contains(lower), let key = key(word) else { return }
            anchors.insert(key)
        }
        guard read else { return nil }
        return Array(anchors.sorted().prefix(SharedQuotes.anchorCount))
    }

    /// The hashed ``NameKey`` of an ASCII word with British -ise/-isation read as -ize/-ization, as
    /// ``SharedQuotes`` keys words; nil when the key is empty.
    private static func key(_ word: UnsafeBufferPointer<UInt8>) -> UInt64? {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: word.count + 1) { out -> UInt64? in
            guard var count = NameBytes.key(word, into: out), count > 0 else { return nil }
            for (british, american) in spellings where count >= british.count
                && out[(count - british.count)..<count].elementsEqual(british) {
                for (offset, byte) in american.enumerated() { out[count - british.count + offset] = byte }
                count += american.count - british.count
                break
            }
            var hash = TermKey.hashSeed
            for byte in out[..<count] { hash = TermKey.mix(hash, byte) }
            return hash
        }
    }

    /// British endings and their American spellings, in the order they are tried.
    private static let spellings: [([UInt8], [UInt8])] = [("isation", "ization"), ("ise", "ize"), ("ised", "ized"), ("our", "or")]
        .map { (Array($0.utf8), Array($1.utf8)) }

    /// Calls `body` with each word of `text` (a run of ASCII letters, digits and hyphens) when the text is of the
    /// kind read from bytes, and says whether it was.
    private static func forEachWord(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Void) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            guard isReadable(bytes) else { return false }
            var start = 0
            while start < bytes.count {
                guard isWordByte(bytes[start]) else { start += 1; continue }
                var end = start + 1
                while end < bytes.count, isWordByte(bytes[end]) { end += 1 }
                body(UnsafeBufferPointer(rebasing: bytes[start..<end]))
                start = end
            }
            return true
        }
    }

    /// ASCII letters, digits and the hyphen.
    @inline(__always)
    private static func isWordByte(_ byte: UInt8) -> Bool {
        byte == 0x2D || byte &- 0x30 < 10 || (byte | 0x20) &- 0x61 < 26
    }

    /// Every scalar ASCII or in U+2000...U+206F but for U+200C and U+200D (the joiners, which extend a character).
    private static func isReadable(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x80 { index += 1; continue }
            // U+2000...U+203F are E2 80 80...BF, U+2040...U+206F are E2 81 80...AF.
            guard byte == 0xE2, index + 2 < bytes.count else { return false }
            let second = bytes[index + 1], third = bytes[index + 2]
            switch second {
            case 0x80: guard third >= 0x80, third <= 0xBF, third != 0x8C, third != 0x8D else { return false }
            case 0x81: guard third >= 0x80, third <= 0xAF else { return false }
            default: return false
            }
            index += 3
        }
        return true
    }
}
