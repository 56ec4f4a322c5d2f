import Foundation

extension String {
    /// Foundation's `contains` for an ASCII `needle`, answered from the bytes in the common case: a byte match
    /// followed by an ASCII byte or the end is a match of whole characters, which Foundation finds too, and no byte
    /// match means no match. Only when every byte match is followed by other bytes (a combining mark may join the
    /// last letter) is Foundation asked.
    func containsASCII(_ needle: String) -> Bool {
        var haystack = self, needle = needle
        let answer = haystack.withUTF8 { bytes in
            needle.withUTF8 { wanted -> Bool? in
                guard !wanted.isEmpty, wanted.count <= bytes.count else { return wanted.isEmpty ? nil : false }
                var undecided = false
                let first = wanted[0]
                for start in 0...(bytes.count - wanted.count) where bytes[start] == first {
                    var offset = 1
                    while offset < wanted.count, bytes[start + offset] == wanted[offset] { offset += 1 }
                    guard offset == wanted.count else { continue }
                    let after = start + wanted.count
                    if after == bytes.count || bytes[after] < 0x80 { return true }
                    undecided = true
                }
                return undecided ? nil : false
            }
        }
        return answer ?? contains(needle)
    }

    /// The text without the periods at its ends: what `trimmingCharacters(in: ["."])` gives (a period is one byte of
    /// UTF-8, and no other scalar holds that byte), read from the bytes.
    func trimmingPeriods() -> String {
        var text = self
        return text.withUTF8 { bytes in
            var start = 0, end = bytes.count
            while start < end, bytes[start] == 0x2E { start += 1 }
            while end > start, bytes[end - 1] == 0x2E { end -= 1 }
            return start == 0 && end == bytes.count ? self
                : String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
        }
    }

    /// `hasSuffix(suffix)` for a suffix of small ASCII letters and apostrophes (straight or curly: the possessive and
    /// contracted endings), answered from the bytes, where `hasSuffix` compares character by character whenever the
    /// suffix or the text is not ASCII. No other bytes are canonically equivalent to such a suffix, so bytes that do
    /// not end with its bytes do not end with it; bytes that do, with an ASCII byte (or nothing) before them, end
    /// with it as characters too. Only a non-ASCII scalar right before the suffix, which may join its first
    /// character, leaves the answer to `hasSuffix`.
    func hasSuffixBytes(_ suffix: String) -> Bool {
        var text = self, suffix = suffix
        let answer = text.withUTF8 { bytes in
            suffix.withUTF8 { ending -> Bool? in
                guard ending.count <= bytes.count else { return false }
                let start = bytes.count - ending.count
                for offset in 0..<ending.count where bytes[start + offset] != ending[offset] { return false }
                return start == 0 || bytes[start - 1] < 0x80 ? true : nil
            }
        }
        return answer ?? hasSuffix(suffix)
    }

    /// Whether the text has the same UTF-8 bytes as `other` (what `utf8.elementsEqual(other.utf8)` answers),
    /// compared in one piece rather than byte by byte through the two views.
    func hasSameBytes(as other: String) -> Bool {
        guard utf8.count == other.utf8.count else { return false }
        var text = self, other = other
        return text.withUTF8 { bytes in
            other.withUTF8 { otherBytes in
                bytes.isEmpty || memcmp(bytes.baseAddress!, otherBytes.baseAddress!, bytes.count) == 0
            }
        }
    }

    /// Whether the text's bytes hold the bytes of `needle` anywhere: true whenever Foundation's `contains` is, so
    /// a guard that only saves work may use it.
    func containsBytes(_ needle: String) -> Bool {
        var haystack = self, needle = needle
        return haystack.withUTF8 { bytes in
            needle.withUTF8 { wanted in
                guard !wanted.isEmpty else { return true }
                guard wanted.count <= bytes.count else { return false }
                for start in 0...(bytes.count - wanted.count) where bytes[start] == wanted[0] {
                    if (1..<wanted.count).allSatisfy({ bytes[start + $0] == wanted[$0] }) { return true }
                }
                return false
            }
        }
    }
}

extension Substring {
    /// `trimmingCharacters(in: .whitespaces)`, read from the bytes when they are all ASCII (of ASCII, that set holds
    /// only the space and the tab); Foundation trims any other text.
    func trimmingWhitespace() -> String {
        let trimmed = utf8.withContiguousStorageIfAvailable { bytes -> String? in
            guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
            var start = 0, end = bytes.count
            while start < end, bytes[start] == 0x20 || bytes[start] == 0x09 { start += 1 }
            while end > start, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 { end -= 1 }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
        }
        return (trimmed ?? nil) ?? trimmingCharacters(in: .whitespaces)
    }
}
