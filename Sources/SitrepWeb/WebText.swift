/// Text taken from web documents, made fit for an article file: one line, single spaces, no control characters.
public enum WebText {
    /// The text with every run of white space (line breaks and no-break spaces included) turned into one space,
    /// control characters and byte order marks removed, and the ends trimmed. Linear, without a look-up of Unicode
    /// properties: the white space of Unicode is a short, fixed list.
    public static func collapsed(_ text: String) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if isSpace(value) {
                pendingSpace = !output.isEmpty
                continue
            }
            if value < 0x20 || (0x7F...0x9F).contains(value) || value == 0xFEFF { continue }
            if pendingSpace { output.append(0x20) }
            pendingSpace = false
            if value < 0x80 {
                output.append(UInt8(value))
            } else {
                UTF8.encode(scalar) { output.append($0) }
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// Unicode's White_Space characters.
    private static func isSpace(_ value: UInt32) -> Bool {
        switch value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }
}
