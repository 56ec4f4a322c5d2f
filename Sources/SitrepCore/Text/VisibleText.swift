/// Text from outside (a page, a feed, a file name) made safe to write to a terminal.
///
/// Anyone who publishes a page controls its bytes, and a terminal obeys control characters: an escape sequence in
/// an ingested article could set the window title, write the clipboard (OSC 52) or clear the screen when a listing
/// prints it. Every human-readable output writes text from the library or the file system through
/// ``VisibleText/visible(_:)``, which replaces each C0 control character other than newline and tab, DEL and each
/// C1 control character with a visible placeholder, so nothing from outside reaches the terminal raw.
public enum VisibleText {
    /// The placeholder of a control character: its Control Pictures symbol (␛ for ESC, ␡ for DEL) for C0 and DEL,
    /// the replacement character for C1 controls, which have no symbol of their own.
    public static func placeholder(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        switch scalar.value {
        case 0x00..<0x20: Unicode.Scalar(0x2400 + scalar.value)!
        case 0x7F: "\u{2421}"
        default: "\u{FFFD}"
        }
    }

    /// Whether a scalar would act on a terminal rather than print: C0 controls other than newline and tab, DEL and
    /// C1 controls.
    @inline(__always)
    public static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return (value < 0x20 && value != 0x0A && value != 0x09) || (0x7F...0x9F).contains(value)
    }

    /// The text with every control character replaced by its ``placeholder(_:)``; text without any is returned as
    /// it is, after one pass over its bytes.
    public static func visible(_ text: some StringProtocol) -> String {
        guard needsReplacing(text) else { return String(text) }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars { scalars.append(isControl(scalar) ? placeholder(scalar) : scalar) }
        return String(scalars)
    }

    /// A field written inside one line of a listing (a name, a title, an outlet, a quotation's words): every line
    /// break (newline, carriage return, line and paragraph separators) and tab becomes a space, so that a value from a
    /// feed or a file cannot break the line it stands in, then control characters are made ``visible(_:)``. Text
    /// shown as text to read (an article's paragraphs) keeps its line breaks and goes through ``visible(_:)`` alone.
    public static func line(_ text: some StringProtocol) -> String {
        guard text.utf8.contains(where: { $0 < 0x20 || $0 == 0xE2 || $0 == 0xC2 }),
              text.contains(where: isBreak) else { return visible(text) }
        return visible(String(text.map { isBreak($0) ? " " : $0 }))
    }

    /// Whether a character breaks a line or moves to a tab stop (``line(_:)``).
    @inline(__always)
    public static func isBreak(_ character: Character) -> Bool { character.isNewline || character == "\t" }

    /// Whether the text holds a control character: a byte under 0x20 other than newline and tab, DEL, or the
    /// two-byte UTF-8 form of a C1 control (0xC2 0x80 to 0xC2 0x9F).
    static func needsReplacing(_ text: some StringProtocol) -> Bool {
        var previous: UInt8 = 0
        for byte in text.utf8 {
            if (byte < 0x20 && byte != 0x0A && byte != 0x09) || byte == 0x7F { return true }
            if previous == 0xC2, (0x80...0x9F).contains(byte) { return true }
            previous = byte
        }
        return false
    }

    /// JSON text with DEL and C1 control characters escaped as `\u007f`…`\u009f` (JSON encoders escape C0 controls
    /// but leave these raw). They can only stand inside strings, so the result is the same JSON value.
    public static func escapingJSON(_ json: String) -> String {
        guard needsReplacing(json) else { return json }
        var result = ""
        result.reserveCapacity(json.utf8.count + 16)
        for scalar in json.unicodeScalars {
            if (0x7F...0x9F).contains(scalar.value) {
                result += "\\u00" + String(scalar.value, radix: 16)
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
