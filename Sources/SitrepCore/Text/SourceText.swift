/// A decoded text file: its name as given, its lines, and the metadata of an optional front matter block.
///
/// Build one with ``SourceText/decode(name:bytes:)``, which validates the bytes and never yields a partial result.
public struct SourceText: Sendable {
    /// The file's path or name as given by the caller; it is what spans and exports report.
    public let name: String
    /// The file's lines without their line endings (LF or CRLF), the first without a BOM.
    public let lines: [String]
    /// `key: value` pairs from a `---` front matter block at the top, lower-cased keys.
    public let metadata: [String: String]
    /// Number of the first line after the front matter (1 when there is none).
    public let firstBodyLine: Int

    /// Decodes raw bytes. Throws ``InputError`` for empty, binary or invalid UTF-8 input.
    public static func decode(name: String, bytes: [UInt8]) throws(InputError) -> SourceText {
        var start = 0
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { start = 3 }
        if let problem = UTF8Validation.firstProblem(in: bytes, from: start) {
            switch problem {
            case let .nul(offset): throw .binary(file: name, offset: offset)
            case let .invalid(offset): throw .invalidUTF8(file: name, offset: offset)
            }
        }
        var lines: [String] = []
        var lineStart = start
        var index = start
        let count = bytes.count
        var sawText = false
        while index <= count {
            if index == count || bytes[index] == 0x0A {
                var end = index
                if end > lineStart, bytes[end - 1] == 0x0D { end -= 1 }
                let line = bytes[lineStart..<end]
                if !sawText, line.contains(where: { $0 > 0x20 }) { sawText = true }
                lines.append(String(decoding: line, as: UTF8.self))
                lineStart = index + 1
            }
            index += 1
        }
        if lines.last == "" { lines.removeLast() }
        guard sawText else { throw .empty(file: name) }
        let (metadata, firstBodyLine) = FrontMatter.read(lines)
        return SourceText(name: name, lines: lines, metadata: metadata, firstBodyLine: firstBodyLine)
    }

    /// Makes a source from text already known to be valid (tests and in-memory callers).
    public init(name: String, text: String) {
        let bytes = Array(text.utf8)
        // Valid by construction: a Swift String is always valid UTF-8 and only NUL can fail.
        self = (try? SourceText.decode(name: name, bytes: bytes))
            ?? SourceText(name: name, lines: [], metadata: [:], firstBodyLine: 1)
    }

    init(name: String, lines: [String], metadata: [String: String], firstBodyLine: Int) {
        self.name = name
        self.lines = lines
        self.metadata = metadata
        self.firstBodyLine = firstBodyLine
    }
}

/// Reads a `---` delimited block of `key: value` lines at the top of a file.
enum FrontMatter {
    static func read(_ lines: [String]) -> ([String: String], Int) {
        guard lines.first?.trimmingSpaces == "---" else { return ([:], 1) }
        var metadata: [String: String] = [:]
        for (index, line) in lines.enumerated().dropFirst().prefix(64) {
            if line.trimmingSpaces == "---" { return (metadata, index + 2) }
            guard let colon = line.firstIndex(of: ":") else { return ([:], 1) }
            let key = line[..<colon].trimmingSpaces.lowercased()
            guard !key.isEmpty, !key.contains(" ") else { return ([:], 1) }
            metadata[key] = line[line.index(after: colon)...].trimmingSpaces
        }
        return ([:], 1)
    }
}

enum UTF8Validation {
    enum Problem { case nul(Int), invalid(Int) }

    /// The first NUL byte or invalid UTF-8 sequence at or after `start`, if any. Linear, byte by byte.
    static func firstProblem(in bytes: [UInt8], from start: Int) -> Problem? {
        bytes.withUnsafeBufferPointer { buffer in
            var index = start
            let count = buffer.count
            while index < count {
                let byte = buffer[index]
                if byte < 0x80 {
                    if byte == 0 { return .nul(index) }
                    index += 1
                    continue
                }
                let length: Int
                var minimum: UInt32
                var scalar: UInt32
                switch byte {
                case 0xC2...0xDF: length = 2; scalar = UInt32(byte & 0x1F); minimum = 0x80
                case 0xE0...0xEF: length = 3; scalar = UInt32(byte & 0x0F); minimum = 0x800
                case 0xF0...0xF4: length = 4; scalar = UInt32(byte & 0x07); minimum = 0x10000
                default: return .invalid(index)
                }
                guard index + length <= count else { return .invalid(index) }
                for offset in 1..<length {
                    let next = buffer[index + offset]
                    guard next & 0xC0 == 0x80 else { return .invalid(index) }
                    scalar = scalar << 6 | UInt32(next & 0x3F)
                }
                if scalar < minimum || scalar > 0x10FFFF || (0xD800...0xDFFF).contains(scalar) {
                    return .invalid(index)
                }
                index += length
            }
            return nil
        }
    }
}

extension StringProtocol {
    /// The text without leading and trailing spaces and tabs.
    var trimmingSpaces: String {
        var scalars = Substring(self).unicodeScalars[...]
        while let first = scalars.first, first == " " || first == "\t" || first.properties.isWhitespace {
            scalars = scalars.dropFirst()
        }
        while let last = scalars.last, last == " " || last == "\t" || last.properties.isWhitespace {
            scalars = scalars.dropLast()
        }
        return String(String.UnicodeScalarView(scalars))
    }
}
