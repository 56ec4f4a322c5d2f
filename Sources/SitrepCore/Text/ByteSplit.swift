extension StringProtocol {
    /// What `split(separator: separator)` gives (no empty pieces), for an ASCII `separator`, found from the UTF-8
    /// bytes rather than character by character.
    ///
    /// A separator byte with ASCII bytes (or an end of the text) on both sides is a character of its own, so the
    /// pieces are the same. A non-ASCII scalar beside it may make one character with it (a combining mark after it,
    /// a prepended mark before it), where `split` does not cut: such text takes `split` itself.
    func byteSplit(separator: Unicode.Scalar) -> [SubSequence] {
        precondition(separator.isASCII, "byteSplit splits at an ASCII separator")
        let mark = UInt8(separator.value)
        let pieces = utf8.withContiguousStorageIfAvailable { bytes -> [SubSequence]? in
            var pieces: [SubSequence] = []
            var start = 0
            for index in 0..<bytes.count where bytes[index] == mark {
                if index > 0 && bytes[index - 1] >= 0x80 || index + 1 < bytes.count && bytes[index + 1] >= 0x80 {
                    return nil
                }
                if index > start { pieces.append(piece(start, index)) }
                start = index + 1
            }
            if bytes.count > start { pieces.append(piece(start, bytes.count)) }
            return pieces
        }
        return (pieces ?? nil) ?? split(separator: Character(separator))
    }

    /// The text between the UTF-8 offsets `start` and `end`, both at scalar boundaries.
    private func piece(_ start: Int, _ end: Int) -> SubSequence {
        self[utf8.index(utf8.startIndex, offsetBy: start)..<utf8.index(utf8.startIndex, offsetBy: end)]
    }
}
