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
        return blob.withUnsafeBytes { raw in
            (0..<raw.count / 8).map { UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: $0 * 8, as: UInt64.self)) }
        }
    }
}

extension SparseTerms where Term == UInt64 {
    /// The vector as a BLOB column holds it.
    var blob: Data { Data(bytes) }

    /// The vector a BLOB column holds; nil for NULL or bytes that are not one.
    init?(blob: Data?) {
        guard let blob, let vector = blob.withUnsafeBytes({ SparseTerms(stored: $0) }) else { return nil }
        self = vector
    }
}
