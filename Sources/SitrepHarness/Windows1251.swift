/// Text as a Ukrainian or Russian site still serves it: windows-1251 bytes, for tests of legacy charsets.
public enum Windows1251 {
    /// The windows-1251 bytes of a text in ASCII and Ukrainian or Russian Cyrillic (with «», the em dash); `?` for
    /// anything else.
    public static func bytes(_ text: String) -> [UInt8] {
        text.unicodeScalars.map { scalar -> UInt8 in
            switch scalar.value {
            case 0..<0x80: UInt8(scalar.value)
            case 0x0410...0x044F: UInt8(scalar.value - 0x0410 + 0xC0)
            case 0x0401: 0xA8
            case 0x0451: 0xB8
            case 0x0406: 0xB2
            case 0x0456: 0xB3
            case 0x0407: 0xAF
            case 0x0457: 0xBF
            case 0x0404: 0xAA
            case 0x0454: 0xBA
            case 0x00AB: 0xAB
            case 0x00BB: 0xBB
            case 0x2014: 0x97
            default: 0x3F
            }
        }
    }
}
