/// Case of ASCII bytes, for the passes that compare words without making lower-cased strings.
enum ASCIIBytes {
    /// An ASCII capital as its small letter; any other byte unchanged.
    @inline(__always)
    static func lowercased(_ byte: UInt8) -> UInt8 { byte &- 0x41 < 26 ? byte | 0x20 : byte }

    /// `bytes[start..<end]` as a lower-cased string when they are all ASCII (what `lowercased()` of their text
    /// gives), nil otherwise.
    static func lowercased(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> String? {
        guard start <= end, end <= bytes.count, !bytes[start..<end].contains(where: { $0 >= 0x80 }) else { return nil }
        return String(unsafeUninitializedCapacity: end - start) { out in
            for index in start..<end { out[index - start] = lowercased(bytes[index]) }
            return end - start
        }
    }
}

extension StringProtocol {
    /// Whether the text holds a character beyond ASCII (a byte of 0x80 or more in its UTF-8).
    var isBeyondASCII: Bool {
        utf8.withContiguousStorageIfAvailable { $0.contains { $0 >= 0x80 } } ?? utf8.contains { $0 >= 0x80 }
    }
}
