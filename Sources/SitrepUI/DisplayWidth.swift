import SitrepCore

/// Terminal display width of text: East Asian wide characters (Hangul, CJK, fullwidth forms, most emoji) take
/// two columns, combining marks and zero-width characters none, everything else one.
public enum DisplayWidth {
    /// Ranges of scalars that take two columns.
    static let wide: [ClosedRange<UInt32>] = [
        0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x23E9...0x23EC, 0x23F0...0x23F0, 0x23F3...0x23F3,
        0x25FD...0x25FE, 0x2614...0x2615, 0x2648...0x2653, 0x267F...0x267F, 0x2693...0x2693, 0x26A1...0x26A1,
        0x26AA...0x26AB, 0x26BD...0x26BE, 0x26C4...0x26C5, 0x26CE...0x26CE, 0x26D4...0x26D4, 0x26EA...0x26EA,
        0x26F2...0x26F3, 0x26F5...0x26F5, 0x26FA...0x26FA, 0x26FD...0x26FD, 0x2705...0x2705, 0x270A...0x270B,
        0x2728...0x2728, 0x274C...0x274C, 0x274E...0x274E, 0x2753...0x2755, 0x2757...0x2757, 0x2795...0x2797,
        0x27B0...0x27B0, 0x27BF...0x27BF, 0x2B1B...0x2B1C, 0x2B50...0x2B50, 0x2B55...0x2B55, 0x2E80...0x303E,
        0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3,
        0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x16FE0...0x16FE4,
        0x17000...0x18AFF, 0x1B000...0x1B2FF, 0x1F004...0x1F004, 0x1F0CF...0x1F0CF, 0x1F18E...0x1F18E,
        0x1F191...0x1F19A, 0x1F200...0x1F251, 0x1F300...0x1F320, 0x1F32D...0x1F335, 0x1F337...0x1F37C,
        0x1F37E...0x1F393, 0x1F3A0...0x1F3CA, 0x1F3CF...0x1F3D3, 0x1F3E0...0x1F3F0, 0x1F3F4...0x1F3F4,
        0x1F3F8...0x1F43E, 0x1F440...0x1F440, 0x1F442...0x1F4FC, 0x1F4FF...0x1F53D, 0x1F54B...0x1F54E,
        0x1F550...0x1F567, 0x1F57A...0x1F57A, 0x1F595...0x1F596, 0x1F5A4...0x1F5A4, 0x1F5FB...0x1F64F,
        0x1F680...0x1F6C5, 0x1F6CC...0x1F6CC, 0x1F6D0...0x1F6D2, 0x1F6D5...0x1F6D7, 0x1F6EB...0x1F6EC,
        0x1F6F4...0x1F6FC, 0x1F7E0...0x1F7EB, 0x1F90C...0x1F93A, 0x1F93C...0x1F945, 0x1F947...0x1F9FF,
        0x1FA70...0x1FAFF, 0x20000...0x2FFFD, 0x30000...0x3FFFD,
    ]

    /// Columns one scalar takes.
    public static func width(of scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        // A tab takes a column where it is drawn as a space (the reading view spaces it to the next tab stop).
        if value == 0x09 { return 1 }
        if value < 0x300 { return value < 0x20 || (0x7F..<0xA0).contains(value) ? 0 : 1 }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: break
        }
        if (0x1160...0x11FF).contains(value) || value == 0x200B { return 0 }
        var low = 0, high = wide.count - 1
        while low <= high {
            let middle = (low + high) / 2
            if wide[middle].upperBound < value { low = middle + 1 }
            else if wide[middle].lowerBound > value { high = middle - 1 }
            else { return 2 }
        }
        return 1
    }

    /// Columns a character (grapheme cluster) takes, from the whole cluster: a flag (a pair of regional indicators,
    /// each one column alone), an emoji with a skin tone modifier and a ZWJ sequence take two; otherwise the width
    /// of its widest scalar (a letter with combining marks takes one).
    public static func width(of character: Character) -> Int {
        if let ascii = character.asciiValue { return width(ofASCII: ascii) }
        // (A line break is drawn as a space, as a tab is: see ``Grid/put(_:x:y:style:limit:)``.)
        if VisibleText.isBreak(character) { return 1 }
        var widest = 0
        var regionalIndicators = 0
        for scalar in character.unicodeScalars {
            if (0x1F1E6...0x1F1FF).contains(scalar.value) { regionalIndicators += 1 }
            widest = max(widest, width(of: scalar))
        }
        return regionalIndicators >= 2 ? 2 : widest
    }

    /// Columns an ASCII character takes (CR LF is one character, of the byte LF): a line break or a tab one (each is
    /// drawn as a space), another control character none, the rest one.
    @inline(__always)
    static func width(ofASCII byte: UInt8) -> Int { drawn(ascii: byte) == nil ? 0 : 1 }

    /// The printable byte a grid draws for an ASCII byte: a line break or a tab a space, printable ASCII itself,
    /// another control character nothing.
    @inline(__always)
    static func drawn(ascii byte: UInt8) -> UInt8? {
        if (0x09...0x0D).contains(byte) { return 0x20 }
        return byte >= 0x20 && byte != 0x7F ? byte : nil
    }

    /// Columns a string takes; ASCII text is counted from its bytes.
    public static func width(of text: some StringProtocol) -> Int {
        var columns = 0
        var previous: UInt8 = 0
        for byte in text.utf8 {
            guard byte < 0x80 else { return text.reduce(0) { $0 + width(of: $1) } }
            // CR LF is one character, one column.
            if !(byte == 0x0A && previous == 0x0D) { columns += width(ofASCII: byte) }
            previous = byte
        }
        return columns
    }
}
