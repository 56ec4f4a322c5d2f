/// Word wrapping by display width.
public enum TextWrap {
    /// A wrapped line: its text and the offset (in characters) of its first character in the input.
    public struct Line: Sendable, Equatable {
        public var text: String
        public var offset: Int
    }

    /// Breaks text into lines of at most `width` columns at spaces; a word longer than a line is cut. With `limit`,
    /// stops after that many whole lines (wrapping what follows the last of them gives the lines after it).
    public static func wrap(_ text: some StringProtocol, width: Int, limit: Int = .max) -> [Line] {
        guard width > 0 else { return [] }
        var lines: [Line] = []
        var current = ""
        var currentWidth = 0
        var currentOffset = 0
        var word = ""
        var wordWidth = 0
        var wordOffset = 0
        var offset = 0
        func flushWord() {
            guard !word.isEmpty else { return }
            let space = current.isEmpty ? 0 : 1
            if currentWidth + space + wordWidth <= width {
                if current.isEmpty { currentOffset = wordOffset } else { current.append(" ") }
                current += word
                currentWidth += space + wordWidth
            } else {
                if !current.isEmpty { lines.append(Line(text: current, offset: currentOffset)) }
                current = ""
                currentWidth = 0
                var rest = Substring(word)
                var restOffset = wordOffset
                while DisplayWidth.width(of: rest) > width {
                    var piece = ""
                    var pieceWidth = 0
                    for character in rest {
                        let columns = DisplayWidth.width(of: character)
                        if pieceWidth + columns > width { break }
                        piece.append(character)
                        pieceWidth += columns
                    }
                    if piece.isEmpty { piece = String(rest.prefix(1)) }
                    lines.append(Line(text: piece, offset: restOffset))
                    rest = rest.dropFirst(piece.count)
                    restOffset += piece.count
                }
                current = String(rest)
                currentWidth = DisplayWidth.width(of: rest)
                currentOffset = restOffset
            }
            word = ""
            wordWidth = 0
        }
        for character in text {
            if lines.count >= limit { return Array(lines.prefix(limit)) }
            // (Compared by byte: CR LF is a character of its own, of the byte LF.)
            let byte = character.asciiValue
            let lineBreak = byte == 0x0A && character.utf8.count == 1
            if byte == 0x20 || lineBreak {
                flushWord()
                if lineBreak {
                    lines.append(Line(text: current, offset: currentOffset))
                    current = ""
                    currentWidth = 0
                    currentOffset = offset + 1
                }
            } else {
                if word.isEmpty { wordOffset = offset }
                word.append(character)
                // A tab may take up to a tab stop's columns once spaced (``expandTabs(_:)``).
                wordWidth += byte == 0x09 ? TextWrap.tabStop : DisplayWidth.width(of: character)
            }
            offset += 1
        }
        flushWord()
        if !current.isEmpty || lines.isEmpty { lines.append(Line(text: current, offset: currentOffset)) }
        return lines.count > limit ? Array(lines.prefix(limit)) : lines
    }

    /// The columns `text` takes once wrapped, before any line is broken: its characters' display widths, a run of
    /// spaces or line breaks counting as the one space it becomes. At least `height` lines of `width` columns are
    /// filled by text of `height × width` such columns, whatever its runs of spaces or zero-width characters.
    public static func columns(of text: some StringProtocol) -> Int {
        var columns = 0
        var spaced = true
        for character in text {
            if character == " " || character == "\n" {
                if !spaced { columns += 1 }
                spaced = true
            } else {
                columns += character == "\t" ? TextWrap.tabStop : DisplayWidth.width(of: character)
                spaced = false
            }
        }
        return columns
    }

    /// Columns between tab stops.
    public static let tabStop = 8

    /// The columns a tab at `column` (from 0) takes: to the next multiple of ``tabStop``.
    public static func tabColumns(at column: Int) -> Int { tabStop - column % tabStop }

    /// Text cut to `width` columns, with an ellipsis when it was cut.
    public static func truncate(_ text: String, width: Int) -> String {
        guard width > 0 else { return "" }
        // No character takes more columns than it has UTF-8 bytes.
        guard text.utf8.count > width else { return text }
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) {
            return String(decoding: text.utf8.prefix(width - 1), as: UTF8.self) + "\u{2026}"
        }
        guard DisplayWidth.width(of: text) > width else { return text }
        var result = ""
        var used = 0
        for character in text {
            let columns = DisplayWidth.width(of: character)
            if used + columns > width - 1 { break }
            result.append(character)
            used += columns
        }
        return result + "\u{2026}"
    }
}
