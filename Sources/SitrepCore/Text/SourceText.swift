/// A decoded text file: its name as given, its bytes and lines, and the metadata of an optional front matter block.
///
/// Build one with ``SourceText/decode(name:bytes:)``, which validates the bytes and never yields a partial result.
public struct SourceText: Sendable {
    /// The file's path or name as given by the caller; it is what spans and exports report.
    public let name: String
    /// The file's bytes, valid UTF-8 without NUL; a BOM, if any, is still at the start.
    public let bytes: [UInt8]
    /// Byte range of each line, without its line ending (LF or CRLF) and, on the first line, without a BOM.
    public let lineRanges: [Range<Int>]
    /// `key: value` pairs from a front matter block at the top (``FrontMatter``), lower-cased keys.
    public let metadata: [String: String]
    /// Number of the first line after the front matter (1 when there is none).
    public let firstBodyLine: Int

    /// The text of each line.
    public var lines: [String] { lineRanges.map { line($0) } }

    /// The text of a line range.
    func line(_ range: Range<Int>) -> String { String(decoding: bytes[range], as: UTF8.self) }

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
        var ranges: [Range<Int>] = []
        var sawText = false
        bytes.withUnsafeBufferPointer { buffer in
            var lineStart = start
            let count = buffer.count
            var index = start
            while index < count {
                let byte = buffer[index]
                if byte == 0x0A {
                    let end = index > lineStart && buffer[index - 1] == 0x0D ? index - 1 : index
                    ranges.append(lineStart..<end)
                    lineStart = index + 1
                } else if byte > 0x20 {
                    sawText = true
                }
                index += 1
            }
            if lineStart < count {
                let end = buffer[count - 1] == 0x0D ? count - 1 : count
                ranges.append(lineStart..<max(lineStart, end))
            }
        }
        guard sawText else { throw .empty(file: name) }
        var source = SourceText(name: name, bytes: bytes, lineRanges: ranges, metadata: [:], firstBodyLine: 1)
        let (metadata, firstBodyLine) = FrontMatter.read(source.lineRanges.prefix(66).map { source.line($0) })
        source = SourceText(name: name, bytes: bytes, lineRanges: ranges, metadata: metadata, firstBodyLine: firstBodyLine)
        return source
    }

    /// Makes a source from text already known to be valid (tests and in-memory callers).
    public init(name: String, text: String) {
        // Valid by construction: a Swift String is always valid UTF-8 and only NUL or no text can fail.
        self = (try? SourceText.decode(name: name, bytes: Array(text.utf8)))
            ?? SourceText(name: name, bytes: [], lineRanges: [], metadata: [:], firstBodyLine: 1)
    }

    init(name: String, bytes: [UInt8], lineRanges: [Range<Int>], metadata: [String: String], firstBodyLine: Int) {
        self.name = name
        self.bytes = bytes
        self.lineRanges = lineRanges
        self.metadata = metadata
        self.firstBodyLine = firstBodyLine
    }
}

/// Reads a `---` delimited block of `key: value` lines at the top of a file, or the same lines without the
/// delimiters when they name ``bareFields`` only, at least ``bareMinimum`` of them, and a blank line ends them.
enum FrontMatter {
    /// The fields `key: value` lines at the very top may give without `---` around them.
    static let bareFields: Set<String> = Set(["title", "date", "url", "author"] + Publication.outletKeys)
    /// At least this many such lines: one "Date: Monday" line opening an article is not front matter.
    static let bareMinimum = 2

    static func read(_ lines: [String]) -> ([String: String], Int) {
        guard lines.first?.trimmingSpaces == "---" else { return bare(lines) }
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

    /// Front matter without delimiters: known fields, one a line, up to a blank line.
    private static func bare(_ lines: [String]) -> ([String: String], Int) {
        var metadata: [String: String] = [:]
        for (index, line) in lines.enumerated().prefix(64) {
            if line.trimmingSpaces.isEmpty {
                return metadata.count >= bareMinimum ? (metadata, index + 2) : ([:], 1)
            }
            guard let colon = line.firstIndex(of: ":") else { return ([:], 1) }
            let key = line[..<colon].trimmingSpaces.lowercased()
            let value = line[line.index(after: colon)...].trimmingSpaces
            guard bareFields.contains(key), !value.isEmpty, metadata[key] == nil else { return ([:], 1) }
            metadata[key] = value
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
    /// The text without leading and trailing white space (ASCII on a fast path, Unicode spaces too).
    var trimmingSpaces: String {
        let utf8 = Substring(self).utf8
        var start = utf8.startIndex, end = utf8.endIndex
        while start < end, utf8[start] == 0x20 || utf8[start] == 0x09 || utf8[start] == 0x0D || utf8[start] == 0x0A {
            start = utf8.index(after: start)
        }
        while start < end {
            let last = utf8[utf8.index(before: end)]
            guard last == 0x20 || last == 0x09 || last == 0x0D || last == 0x0A else { break }
            end = utf8.index(before: end)
        }
        let trimmed = Substring(self)[start..<end]
        // Non-ASCII spaces (no-break space, ideographic space) at either end: the slow, exact path.
        if let first = trimmed.utf8.first, let last = trimmed.utf8.last, first >= 0x80 || last >= 0x80 {
            var scalars = trimmed.unicodeScalars[...]
            while let scalar = scalars.first, scalar.properties.isWhitespace { scalars = scalars.dropFirst() }
            while let scalar = scalars.last, scalar.properties.isWhitespace { scalars = scalars.dropLast() }
            return String(String.UnicodeScalarView(scalars))
        }
        return String(trimmed)
    }
}
