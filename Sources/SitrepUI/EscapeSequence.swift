/// What an Esc the terminal database did not turn into a key begins: a lone Esc, Alt with a key, or a sequence the
/// reader does not know (a CSI or SS3 sequence, a mouse report, a string such as OSC). The terminal backend reads
/// the characters after Esc, waiting at most ESCDELAY for each, and asks after each one whether the key is whole.
public enum EscapeSequence {
    /// Whether the characters read so far make a key.
    public enum Reading: Sendable, Equatable {
        /// Read another character (or say that none came).
        case more
        case key(Key)
    }

    /// Characters an unknown sequence may have before it is given up as one key.
    static let longest = 64

    /// The key that the characters `after` an Esc make; `ended` when no more came within ESCDELAY.
    public static func decode(_ after: [Unicode.Scalar], ended: Bool) -> Reading {
        guard let first = after.first else { return ended ? .key(.escape) : .more }
        if after.count > longest { return .key(.unknown(describe(after))) }
        switch first {
        case "[":
            // Esc [ alone is Alt-[; otherwise a CSI sequence: parameters and intermediates, then a final character.
            if after.count == 1 { return ended ? .key(.alt("[")) : .more }
            let last = after[after.count - 1]
            if (0x40...0x7E).contains(last.value) {
                let mouse = after.count > 2 && after[1] == "<" && (last == "M" || last == "m")
                return .key(.unknown(mouse ? "mouse report" : describe(after)))
            }
            if (0x20...0x3F).contains(last.value), !ended { return .more }
            return .key(.unknown(describe(after)))
        case "O":
            // Esc O alone is Alt-O; otherwise an SS3 sequence of one more character.
            if after.count == 1 { return ended ? .key(.alt("O")) : .more }
            return .key(.unknown(describe(after)))
        case "]", "P", "_", "^":
            // A string (OSC, DCS, APC, PM), ended by BEL or by ST (Esc \).
            if after.count == 1 { return ended ? .key(.alt(Character(first))) : .more }
            let last = after[after.count - 1]
            if last.value == 0x07 || (last == "\\" && after[after.count - 2].value == 0x1B) || ended {
                return .key(.unknown(describe(after)))
            }
            return .more
        default:
            guard after.count == 1 else { return .key(.unknown(describe(after))) }
            if first.value == 0x1B { return .key(.escape) }
            if first.value < 0x20 || (0x7F...0x9F).contains(first.value) { return .key(.unknown(describe(after))) }
            return .key(.alt(Character(first)))
        }
    }

    /// A sequence in printable characters: `Esc [ 2 0 0 ~` as `Esc[200~`, control characters as `^X` or `<XX>`.
    static func describe(_ after: [Unicode.Scalar]) -> String {
        var text = "Esc"
        for scalar in after.prefix(24) {
            switch scalar.value {
            case 0x1B: text += "Esc"
            case 0..<0x20: text += "^" + String(Character(Unicode.Scalar(scalar.value + 64)!))
            case 0x20..<0x7F: text.unicodeScalars.append(scalar)
            default: text += "<\(String(scalar.value, radix: 16, uppercase: true))>"
            }
        }
        return after.count > 24 ? text + "\u{2026}" : text
    }
}
