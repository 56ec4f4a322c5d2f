/// ``NameKey`` read from the bytes of an all-ASCII name with a table, the common case: for ASCII, folding case and
/// diacritics is lower-casing, the letters and digits are the scalars kept, and no letter is Cyrillic, so the key
/// is the one the folded string gives, made without a `Unicode.Scalar.Properties` lookup per character.
enum NameBytes {
    /// What each byte of a name becomes in its key: ASCII letters lower-cased (`y` read as `i`), digits kept, other
    /// ASCII dropped (0); bytes from 0x80 up are not ASCII (0xFF).
    private static let table: [UInt8] = (0..<256).map { (byte: Int) -> UInt8 in
        switch byte {
        case 0x59, 0x79: return 0x69
        case 0x41...0x5A: return UInt8(byte | 0x20)
        case 0x61...0x7A, 0x30...0x39: return UInt8(byte)
        case 0x80...: return notASCII
        default: return 0
        }
    }
    private static let notASCII: UInt8 = 0xFF

    /// ``NameKey/key(_:)`` of an all-ASCII name; nil when a byte is not ASCII.
    static func key(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count) { out in
            guard let count = key(bytes, into: out) else { return nil }
            return String(decoding: UnsafeBufferPointer(rebasing: out[..<count]), as: UTF8.self)
        }
    }

    /// Writes the key of `bytes` into `out` (at least as long) and returns its length; nil when a byte is not ASCII.
    @inline(__always)
    static func key(_ bytes: UnsafeBufferPointer<UInt8>, into out: UnsafeMutableBufferPointer<UInt8>) -> Int? {
        var count = 0
        var previous: UInt8 = 0
        for byte in bytes {
            let mapped = table[Int(byte)]
            if mapped == 0 { continue }
            if mapped == notASCII { return nil }
            // Doubled letters count once (the same letter twice in the key, whatever lay between them).
            if mapped == previous { continue }
            out[count] = mapped
            count += 1
            previous = mapped
        }
        return count
    }

    /// ``NameKey/description(_:)`` of an all-ASCII text; nil when a byte is not ASCII.
    static func description(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
        var words: [Range<Int>] = []
        var start = 0
        while start < bytes.count {
            guard bytes[start] != 0x20 else { start += 1; continue }
            var end = start
            while end < bytes.count, bytes[end] != 0x20 { end += 1 }
            words.append(start..<end)
            start = end
        }
        // No determiner first ("a", "an", "the", in any case).
        if let first = words.first {
            let word = bytes[first].map { ASCIIBytes.lowercased($0) }
            if word == [0x61] || word == [0x61, 0x6E] || word == [0x74, 0x68, 0x65] { words.removeFirst() }
        }
        // The plural s of the last word dropped.
        if let last = words.last, last.count > 3, ASCIIBytes.lowercased(bytes[last.upperBound - 1]) == 0x73 {
            words[words.count - 1] = last.lowerBound..<(last.upperBound - 1)
        }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        for word in words {
            if !out.isEmpty { out.append(0x20) }
            for index in word { out.append(ASCIIBytes.lowercased(bytes[index])) }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// ``NameKey/parts(_:lexicon:)`` of an all-ASCII name; nil when a byte is not ASCII.
    static func parts(_ bytes: UnsafeBufferPointer<UInt8>, lexicon: Lexicon) -> [String]? {
        guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
        var parts: [String] = []
        var start = 0
        while start < bytes.count {
            guard bytes[start] != 0x20 else { start += 1; continue }
            var end = start
            while end < bytes.count, bytes[end] != 0x20 { end += 1 }
            let word = UnsafeBufferPointer(rebasing: bytes[start..<end])
            start = end
            // The word lower-cased without its leading and trailing periods: an honorific ("Mr.", "dr") is no part.
            var first = 0, last = word.count
            while first < last, word[first] == 0x2E { first += 1 }
            while last > first, word[last - 1] == 0x2E { last -= 1 }
            // (Probed by the key of its bytes, capitals folded, as `lexicon.honorifics` of the lower-cased text.)
            guard lexicon.honorificTable.value(ascii: word, first, last, key: WordKey.of(word, first, last), lowered: true) == nil,
                  let key = key(word), !key.isEmpty else { continue }
            parts.append(key)
        }
        return parts
    }
}
