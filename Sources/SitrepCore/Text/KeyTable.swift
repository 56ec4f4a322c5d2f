/// An open-addressing table from term keys to small dense ids, so that vectors of one article can be arrays.
struct KeyTable: Sendable {
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
    @inline(__always)
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

    /// Empties the table, keeping its room for the next use when that room is small (so that emptying it stays
    /// cheap after one large use).
    mutating func removeAll() {
        guard count > 0 else { return }
        guard ids.count <= KeyTable.keptSlots else { self = KeyTable(capacity: KeyTable.keptSlots / 2); return }
        for slot in ids.indices { ids[slot] = -1 }
        count = 0
    }

    /// The most slots ``removeAll()`` keeps.
    static let keptSlots = 1024

    /// The id of a key, or nil when it is not in the table.
    @inline(__always)
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
