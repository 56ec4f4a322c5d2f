/// A paragraph of a source: one line, or several hard-wrapped lines joined by single spaces.
///
/// Offsets into ``text`` are UTF-8 offsets; ``position(at:)`` maps one back to its line and column.
public struct Paragraph: Sendable, Hashable {
    /// One source line's part of the paragraph.
    public struct Piece: Sendable, Hashable {
        /// UTF-8 offset in ``Paragraph/text`` where the piece starts.
        public var offset: Int
        /// The source line it comes from, 1-based.
        public var line: Int
        /// The 1-based column (in Unicode scalars) of the piece's first character on that line.
        public var column: Int
    }

    /// The paragraph's text, spaces at both ends removed.
    public let text: String
    /// The text's UTF-8 bytes, for scanning.
    public let bytes: [UInt8]
    /// Where each source line's part starts, in order.
    public let pieces: [Piece]

    public init(text: String, pieces: [Piece]) {
        self.text = text
        self.bytes = Array(text.utf8)
        self.pieces = pieces
    }

    /// A paragraph from valid UTF-8 bytes.
    init(bytes: [UInt8], pieces: [Piece]) {
        self.text = String(decoding: bytes, as: UTF8.self)
        self.bytes = bytes
        self.pieces = pieces
    }

    /// First source line.
    public var firstLine: Int { pieces.first?.line ?? 0 }
    /// Last source line.
    public var lastLine: Int { pieces.last?.line ?? 0 }

    /// The source position of a UTF-8 offset in ``text``.
    public func position(at offset: Int) -> SourcePosition {
        var chosen = pieces[0]
        for piece in pieces where piece.offset <= offset { chosen = piece }
        var column = chosen.column
        var index = chosen.offset
        let end = min(offset, bytes.count)
        while index < end {
            if bytes[index] & 0xC0 != 0x80 { column += 1 }
            index += 1
        }
        return SourcePosition(line: chosen.line, column: column)
    }

    /// The offset, in Unicode scalars from the start of ``text``, of a source position inside the paragraph.
    public func scalarOffset(of position: SourcePosition) -> Int? {
        guard let piece = pieces.last(where: { $0.line == position.line && $0.column <= position.column }) else {
            return nil
        }
        var scalars = 0
        for index in 0..<min(piece.offset, bytes.count) where bytes[index] & 0xC0 != 0x80 { scalars += 1 }
        return scalars + position.column - piece.column
    }

    /// A span as a range of `Character` offsets in ``text``, when the span starts inside this paragraph (it is cut at
    /// the paragraph's end when it runs on).
    public func characterRange(of span: SourceSpan) -> Range<Int>? {
        guard let start = scalarOffset(of: span.start) else { return nil }
        let scalars = text.unicodeScalars
        let end = scalarOffset(of: span.end) ?? scalars.count
        guard start >= 0, start <= end, end <= scalars.count else { return nil }
        let startIndex = scalars.index(scalars.startIndex, offsetBy: start)
        let endIndex = scalars.index(scalars.startIndex, offsetBy: end)
        return text.distance(from: text.startIndex, to: startIndex)..<text.distance(from: text.startIndex, to: endIndex)
    }

    /// The text between two UTF-8 offsets.
    public func slice(_ start: Int, _ end: Int) -> String {
        String(decoding: bytes[max(0, start)..<min(end, bytes.count)], as: UTF8.self)
    }

    /// A paragraph made of the part of this one from `offset` on (for a caption run into the body).
    func suffix(from offset: Int) -> Paragraph {
        var start = offset
        while start < bytes.count, bytes[start] == 0x20 { start += 1 }
        let position = position(at: start)
        var rest: [Piece] = [Piece(offset: 0, line: position.line, column: position.column)]
        for piece in pieces where piece.offset > start {
            rest.append(Piece(offset: piece.offset - start, line: piece.line, column: piece.column))
        }
        return Paragraph(bytes: Array(bytes[start...]), pieces: rest)
    }

    /// Splits a source into paragraphs. Lines are paragraphs of their own unless the file is hard-wrapped
    /// (blank lines between blocks of short lines), in which case each block is one paragraph.
    public static func split(_ source: SourceText) -> [Paragraph] {
        let bytes = source.bytes
        let ranges = source.lineRanges
        let first = source.firstBodyLine - 1
        guard first < ranges.count else { return [] }
        // Each line without spaces and tabs at its ends; an empty range for a blank line.
        var trimmed: [Range<Int>] = []
        trimmed.reserveCapacity(ranges.count - first)
        var blocks: [[Int]] = []
        var current: [Int] = []
        var longest = 0
        for index in first..<ranges.count {
            var start = ranges[index].lowerBound, end = ranges[index].upperBound
            while start < end, bytes[start] == 0x20 || bytes[start] == 0x09 { start += 1 }
            while end > start, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 { end -= 1 }
            trimmed.append(start..<end)
            if start == end {
                if !current.isEmpty { blocks.append(current); current = [] }
                continue
            }
            longest = max(longest, ranges[index].count)
            current.append(index)
        }
        if !current.isEmpty { blocks.append(current) }
        let wrapped = blocks.count > 1 && longest <= 100 && blocks.contains { $0.count > 1 }
        var paragraphs: [Paragraph] = []
        paragraphs.reserveCapacity(wrapped ? blocks.count : ranges.count)
        for block in blocks {
            let groups: [[Int]] = wrapped ? [block] : block.map { [$0] }
            for group in groups {
                var text: [UInt8] = []
                var pieces: [Piece] = []
                for index in group {
                    let range = trimmed[index - first]
                    if !text.isEmpty { text.append(0x20) }
                    var column = 1
                    for offset in ranges[index].lowerBound..<range.lowerBound where bytes[offset] & 0xC0 != 0x80 { column += 1 }
                    pieces.append(Piece(offset: text.count, line: index + 1, column: column))
                    text.append(contentsOf: bytes[range])
                }
                paragraphs.append(Paragraph(bytes: text, pieces: pieces))
            }
        }
        return paragraphs
    }
}
