import Foundation

extension Substring {
    /// What `trimmingCharacters(in: .punctuationCharacters)` gives, read from the bytes when they are all ASCII:
    /// there each scalar is a byte, and the punctuation of Unicode (general category P) is a fixed set of bytes.
    func trimmingPunctuation() -> String {
        let answer = utf8.withContiguousStorageIfAvailable { bytes -> String? in
            var start = 0, end = bytes.count
            guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
            while start < end, PunctuationBytes.isPunctuation(bytes[start]) { start += 1 }
            while end > start, PunctuationBytes.isPunctuation(bytes[end - 1]) { end -= 1 }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
        }
        return (answer ?? nil) ?? trimmingCharacters(in: .punctuationCharacters)
    }
}

/// The ASCII bytes of Unicode's punctuation (general category P): ! " # % & ' ( ) * , - . / : ; ? @ [ \ ] _ { }.
enum PunctuationBytes {
    private static let table: [Bool] = (0..<128).map { byte in
        Array("!\"#%&'()*,-./:;?@[\\]_{}".utf8).contains(UInt8(byte))
    }

    /// Whether an ASCII byte is punctuation.
    @inline(__always)
    static func isPunctuation(_ byte: UInt8) -> Bool { table[Int(byte)] }
}
