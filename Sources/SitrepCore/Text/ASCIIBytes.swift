/// Case of ASCII bytes, for the passes that compare words without making lower-cased strings.
enum ASCIIBytes {
    /// An ASCII capital as its small letter; any other byte unchanged.
    @inline(__always)
    static func lowercased(_ byte: UInt8) -> UInt8 { byte &- 0x41 < 26 ? byte | 0x20 : byte }
}
