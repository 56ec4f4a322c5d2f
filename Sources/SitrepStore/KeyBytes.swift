import Foundation
import SitrepCore

/// Lists of 64-bit keys (terms, quotation words) and term vectors as the bytes a BLOB column holds.
enum KeyBytes {
    /// Keys as 8 bytes each, little-endian.
    static func blob(_ keys: [UInt64]) -> Data {
        Data(keys.flatMap { key in withUnsafeBytes(of: key.littleEndian) { Array($0) } })
    }

    /// The keys of a ``blob(_:)``; none for NULL.
    static func keys(_ blob: Data?) -> [UInt64] {
        guard let blob else { return [] }
        let bytes = [UInt8](blob)
        return stride(from: 0, to: bytes.count - bytes.count % 8, by: 8).map { offset in
            bytes[offset..<offset + 8].reversed().reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
        }
    }
}

extension SparseTerms where Term == UInt64 {
    /// The vector as a BLOB column holds it.
    var blob: Data { Data(bytes) }

    /// The vector a BLOB column holds; nil for NULL or bytes that are not one.
    init?(blob: Data?) {
        guard let blob else { return nil }
        self.init(bytes: [UInt8](blob))
    }
}
