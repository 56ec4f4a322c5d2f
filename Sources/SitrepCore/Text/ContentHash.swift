/// A content fingerprint of a file's bytes, used to skip unchanged files on ingest.
///
/// Two independent 64-bit FNV-1a lanes (different offset bases and primes) plus the length, as 40 hex digits:
/// cheap on the hot path of ingest and, for telling an edited file from an unchanged one, collision-safe.
public enum ContentHash {
    public static func of(_ bytes: [UInt8]) -> String {
        var first: UInt64 = 0xcbf2_9ce4_8422_2325
        var second: UInt64 = 0x6c62_272e_07bb_0142
        bytes.withUnsafeBufferPointer { buffer in
            for byte in buffer {
                first = (first ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
                second = (second ^ UInt64(byte)) &* 0x0000_0100_0000_0193 &+ 0x9E37_79B9
            }
        }
        return hex(first) + hex(second) + hex(UInt64(bytes.count), digits: 8)
    }

    private static func hex(_ value: UInt64, digits: Int = 16) -> String {
        let text = String(value, radix: 16)
        return String(repeating: "0", count: max(0, digits - text.count)) + text
    }
}
