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

    /// The text's UTF-8 bytes, spaces at both ends removed.
    public let bytes: [UInt8]
    /// Where each source line's part starts, in order.
    public let pieces: [Piece]
    /// The tokens of ``bytes`` (``Tokenizer/tokens(_:)``), made once with the paragraph: the parser reads them to
    /// find the articles, and every pass of the analysis reads the same ones.
    public let tokens: [Token]

    public init(text: String, pieces: [Piece]) {
        self.init(bytes: Array(text.utf8), pieces: pieces)
    }

    /// A paragraph from valid UTF-8 bytes.
    init(bytes: [UInt8], pieces: [Piece]) {
        self.bytes = bytes
        self.pieces = pieces
        self.tokens = Tokenizer.tokens(bytes)
    }

    /// Paragraphs are equal when their text and pieces are (their tokens follow from their text).
    public static func == (lhs: Paragraph, rhs: Paragraph) -> Bool { lhs.bytes == rhs.bytes && lhs.pieces == rhs.pieces }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(bytes)
        hasher.combine(pieces)
    }

    /// The paragraph's text (made from ``bytes`` on each call: the parser's hot path never asks for it).
    public var text: String { String(decoding: bytes, as: UTF8.self) }

    /// First source line.
    public var firstLine: Int { pieces.first?.line ?? 0 }
    /// Last source line.
    public var lastLine: Int { pieces.last?.line ?? 0 }

    /// The source position of a UTF-8 offset in ``text``.
    public func position(at offset: Int) -> SourcePosition { positions(at: [offset])[0] }

    /// The source positions of many UTF-8 offsets in one pass over the text (in the order given).
    public func positions(at offsets: [Int]) -> [SourcePosition] {
        let order = offsets.indices.sorted { offsets[$0] < offsets[$1] }
        var result = [SourcePosition](repeating: SourcePosition(line: 0, column: 0), count: offsets.count)
        var piece = 0
        var index = pieces[0].offset
        var column = pieces[0].column
        for slot in order {
            let target = min(offsets[slot], bytes.count)
            while piece + 1 < pieces.count, pieces[piece + 1].offset <= target {
                piece += 1
                index = pieces[piece].offset
                column = pieces[piece].column
            }
            while index < target {
                if bytes[index] & 0xC0 != 0x80 { column += 1 }
                index += 1
            }
            result[slot] = SourcePosition(line: pieces[piece].line, column: column)
        }
        return result
    }

    /// A span as a range of `Character` offsets in ``text``, when the span starts inside this paragraph (it is cut at
    /// the paragraph's end when it runs on).
    public func characterRange(of span: SourceSpan) -> Range<Int>? { characterRanges(of: [span])[0] }

    /// ``characterRange(of:)`` for many spans, in one pass over the text (in the order given).
    public func characterRanges(of spans: [SourceSpan]) -> [Range<Int>?] {
        // Unicode scalars before each piece, and in all.
        var scalarsBefore: [Int] = []
        scalarsBefore.reserveCapacity(pieces.count)
        var scalars = 0, byte = 0
        for piece in pieces {
            while byte < min(piece.offset, bytes.count) {
                if bytes[byte] & 0xC0 != 0x80 { scalars += 1 }
                byte += 1
            }
            scalarsBefore.append(scalars)
        }
        while byte < bytes.count {
            if bytes[byte] & 0xC0 != 0x80 { scalars += 1 }
            byte += 1
        }
        // The scalar offset of a position: from the last piece on its line that starts at or before it.
        func scalarOffset(_ position: SourcePosition) -> Int? {
            var low = 0, high = pieces.count
            while low < high {
                let middle = (low + high) / 2
                let piece = pieces[middle]
                if (piece.line, piece.column) <= (position.line, position.column) { low = middle + 1 } else { high = middle }
            }
            guard low > 0, pieces[low - 1].line == position.line else { return nil }
            return scalarsBefore[low - 1] + position.column - pieces[low - 1].column
        }
        let scalarRanges: [Range<Int>?] = spans.map { span in
            guard let start = scalarOffset(span.start) else { return nil }
            let end = scalarOffset(span.end) ?? scalars
            guard start >= 0, start <= end, end <= scalars else { return nil }
            return start..<end
        }
        // Scalar offsets to character offsets, in one sweep over the characters.
        let targets = Set(scalarRanges.compactMap { $0 }.flatMap { [$0.lowerBound, $0.upperBound] }).sorted()
        var characterOf: [Int: Int] = [:]
        var target = 0, scalar = 0, character = 0
        for element in text {
            while target < targets.count, targets[target] <= scalar {
                characterOf[targets[target]] = character
                target += 1
            }
            scalar += element.unicodeScalars.count
            character += 1
        }
        while target < targets.count {
            characterOf[targets[target]] = character
            target += 1
        }
        return scalarRanges.map { range in range.map { characterOf[$0.lowerBound]!..<characterOf[$0.upperBound]! } }
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
        var blocks = 0, linesInBlock = 0, longest = 0
        var multiLineBlock = false
        for index in first..<ranges.count {
            var start = ranges[index].lowerBound, end = ranges[index].upperBound
            while start < end, bytes[start] == 0x20 || bytes[start] == 0x09 { start += 1 }
            while end > start, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 { end -= 1 }
            trimmed.append(start..<end)
            if start == end {
                linesInBlock = 0
                continue
            }
            if linesInBlock == 0 { blocks += 1 }
            linesInBlock += 1
            if linesInBlock > 1 { multiLineBlock = true }
            longest = max(longest, ranges[index].count)
        }
        let wrapped = blocks > 1 && longest <= 100 && multiLineBlock
        var paragraphs: [Paragraph] = []
        paragraphs.reserveCapacity(wrapped ? blocks : ranges.count - first)
        var text: [UInt8] = []
        var pieces: [Piece] = []
        func flush() {
            guard !pieces.isEmpty else { return }
            paragraphs.append(Paragraph(bytes: text, pieces: pieces))
            text = []
            pieces = []
        }
        for index in first..<ranges.count {
            let range = trimmed[index - first]
            if range.isEmpty {
                flush()
                continue
            }
            if !wrapped { flush() }
            if !text.isEmpty { text.append(0x20) }
            var column = 1
            for offset in ranges[index].lowerBound..<range.lowerBound where bytes[offset] & 0xC0 != 0x80 { column += 1 }
            pieces.append(Piece(offset: text.count, line: index + 1, column: column))
            text.append(contentsOf: bytes[range])
        }
        flush()
        return paragraphs
    }
}
