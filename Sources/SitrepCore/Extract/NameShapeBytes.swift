/// The tests of ``NameShape`` read from the bytes of an all-ASCII name, the common case: for ASCII, lower-casing is
/// a table of bytes, every character is one byte and the letters are the ASCII letters, so the answers are the
/// string functions' without a `Character` made per letter.
extension NameBytes {
    /// Whether a name is all ASCII with no lower-case letter run into a capital ("TrumpGOP"): no link card's name is
    /// glued to the text after it (``NameShape/unglued(_:)``).
    static func hasNoGlue(_ name: String) -> Bool {
        var name = name
        return name.withUTF8 { bytes in
            var lowerBefore = false
            for byte in bytes {
                if byte >= 0x80 || lowerBefore && byte &- 0x41 < 26 { return false }
                lowerBefore = byte &- 0x61 < 26
            }
            return true
        }
    }

    /// Whether the first character of `word` is upper case (`word.first?.isUppercase == true`), told from its first
    /// byte when that byte is an ASCII character of its own: ASCII, and followed by an ASCII byte other than a line
    /// feed after a carriage return, or by nothing (a byte from 0x80 up may be a mark joining it).
    static func opensUppercase(_ word: String) -> Bool {
        let bytes = word.utf8
        if let first = bytes.first, first < 0x80 {
            let next = bytes.index(after: bytes.startIndex)
            if next == bytes.endIndex || bytes[next] < 0x80 && !(first == 0x0D && bytes[next] == 0x0A) {
                return first &- 0x41 < 26
            }
        }
        return word.first?.isUppercase == true
    }

    /// Whether an all-ASCII text holds a letter; nil when a byte is not ASCII.
    static func hasLetter(_ text: String) -> Bool? {
        var text = text
        return text.withUTF8 { bytes -> Bool? in
            var letter = false
            for byte in bytes {
                if byte >= 0x80 { return nil }
                if ASCIIBytes.lowercased(byte) &- 0x61 < 26 { letter = true }
            }
            return letter
        }
    }

    /// ``NameShape/speaksForNobody(_:)`` of an all-ASCII text: whether its words (split at spaces and hyphens,
    /// lower-cased) hold one of `phrases` (the words of each phrase as lower-case bytes) as whole words; nil when a
    /// byte is not ASCII.
    static func speaksForNobody(_ text: String, phrases: [[[UInt8]]]) -> Bool? {
        var text = text
        return text.withUTF8 { bytes -> Bool? in
            guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
            var words: [Range<Int>] = []
            var start = 0
            while start < bytes.count {
                guard bytes[start] != 0x20, bytes[start] != 0x2D else { start += 1; continue }
                var end = start
                while end < bytes.count, bytes[end] != 0x20, bytes[end] != 0x2D { end += 1 }
                words.append(start..<end)
                start = end
            }
            func same(_ word: Range<Int>, _ wanted: [UInt8]) -> Bool {
                word.count == wanted.count && zip(word, wanted).allSatisfy { ASCIIBytes.lowercased(bytes[$0]) == $1 }
            }
            return phrases.contains { phrase in
                words.count >= phrase.count && (0...(words.count - phrase.count)).contains { first in
                    phrase.indices.allSatisfy { same(words[first + $0], phrase[$0]) }
                }
            }
        }
    }
}
