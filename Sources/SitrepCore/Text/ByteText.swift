/// Searches over UTF-8 bytes, for the parser's hot path (no strings are made).
enum ByteText {
    /// `bytes` starts with `prefix`, ASCII letters compared without case when `foldingCase`.
    static func hasPrefix(_ bytes: [UInt8], _ prefix: [UInt8], foldingCase: Bool = false) -> Bool {
        matches(bytes, prefix, at: 0, foldingCase: foldingCase)
    }

    /// `bytes` holds `pattern` at `start`, ASCII letters compared without case when `foldingCase`.
    @inline(__always)
    static func matches(_ bytes: [UInt8], _ pattern: [UInt8], at start: Int, foldingCase: Bool) -> Bool {
        guard bytes.count - start >= pattern.count else { return false }
        for index in pattern.indices {
            let a = bytes[start + index], b = pattern[index]
            if a == b { continue }
            if foldingCase, a | 0x20 == b | 0x20, (a | 0x20) >= 0x61, (a | 0x20) <= 0x7A { continue }
            return false
        }
        return true
    }

    /// `bytes[..<end]` ends with `suffix`.
    static func hasSuffix(_ bytes: [UInt8], _ suffix: [UInt8], end: Int) -> Bool {
        guard end >= suffix.count else { return false }
        let start = end - suffix.count
        for index in suffix.indices where bytes[start + index] != suffix[index] { return false }
        return true
    }

    /// `bytes` contains `pattern` somewhere; with `foldingCase`, ASCII letters are compared without case (the
    /// pattern written in lower case).
    static func contains(_ bytes: [UInt8], _ pattern: [UInt8], foldingCase: Bool = false) -> Bool {
        guard let first = pattern.first, bytes.count >= pattern.count else { return pattern.isEmpty }
        let other = foldingCase && first >= 0x61 && first <= 0x7A ? first - 0x20 : first
        for start in 0...(bytes.count - pattern.count) where bytes[start] == first || bytes[start] == other {
            if matches(bytes, pattern, at: start, foldingCase: foldingCase) { return true }
        }
        return false
    }
}

/// An open-addressing table from term keys to small dense ids, so that vectors of one article can be arrays.
struct KeyTable {
    private var keys: [UInt64]
    private var ids: [Int32]
    private var mask: Int
    private(set) var count = 0

    init(capacity: Int = 64) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        keys = Array(repeating: 0, count: size)
        ids = Array(repeating: -1, count: size)
        mask = size - 1
    }

    /// The id of a key, adding it when new.
    mutating func id(_ key: UInt64) -> Int {
        if count * 2 >= keys.count { grow() }
        var slot = Int(truncatingIfNeeded: key ^ (key >> 29)) & mask
        while ids[slot] >= 0 {
            if keys[slot] == key { return Int(ids[slot]) }
            slot = (slot + 1) & mask
        }
        keys[slot] = key
        ids[slot] = Int32(count)
        count += 1
        return count - 1
    }

    /// The id of a key, or nil when it is not in the table.
    func find(_ key: UInt64) -> Int? {
        var slot = Int(truncatingIfNeeded: key ^ (key >> 29)) & mask
        while ids[slot] >= 0 {
            if keys[slot] == key { return Int(ids[slot]) }
            slot = (slot + 1) & mask
        }
        return nil
    }

    private mutating func grow() {
        let oldKeys = keys, oldIDs = ids
        keys = Array(repeating: 0, count: oldKeys.count * 2)
        ids = Array(repeating: -1, count: oldKeys.count * 2)
        mask = keys.count - 1
        for (slot, id) in oldIDs.enumerated() where id >= 0 {
            var target = Int(truncatingIfNeeded: oldKeys[slot] ^ (oldKeys[slot] >> 29)) & mask
            while ids[target] >= 0 { target = (target + 1) & mask }
            keys[target] = oldKeys[slot]
            ids[target] = id
        }
    }
}
