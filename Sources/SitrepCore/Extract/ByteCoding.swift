/// Writes LEB128 numbers and counted texts.
struct ByteWriter {
    /// What has been written.
    private(set) var bytes: [UInt8] = []

    /// Writes a number as unsigned LEB128: seven bits a byte, low bits first, the top bit set on all but the last.
    mutating func number(_ value: UInt64) {
        var rest = value
        while rest >= 0x80 {
            bytes.append(UInt8(rest & 0x7F) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
    }

    /// Writes a text as its UTF-8 byte count, then its UTF-8 bytes.
    mutating func text(_ value: String) {
        number(UInt64(value.utf8.count))
        bytes.append(contentsOf: value.utf8)
    }
}

/// Reads what ``ByteWriter`` writes; nil past the end or on a malformed number.
struct ByteReader {
    private let bytes: [UInt8]
    private var offset = 0

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    var atEnd: Bool { offset == bytes.count }

    /// A number; nil when it runs past the end or past 64 bits (a tenth byte holds only the top bit).
    mutating func number() -> UInt64? {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while offset < bytes.count, shift < 64 {
            let byte = bytes[offset]
            offset += 1
            if shift == 63, byte > 1 { return nil }
            value |= UInt64(byte & 0x7F) << shift
            if byte & 0x80 == 0 { return value }
            shift += 7
        }
        return nil
    }

    /// A number that counts or indexes something (at most `Int.max`).
    mutating func count() -> Int? {
        guard let value = number(), value <= UInt64(Int.max) else { return nil }
        return Int(value)
    }

    /// A counted text; nil when it runs past the end or is not valid UTF-8 (never repaired).
    mutating func text() -> String? {
        guard let length = count(), length <= bytes.count - offset,
              let text = String(validating: bytes[offset..<offset + length], as: UTF8.self) else { return nil }
        offset += length
        return text
    }
}
