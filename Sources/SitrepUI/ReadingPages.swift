import Foundation

/// Where a reading document too long to hold reads its paragraphs and quotations from, a window at a time: the
/// library's reading view of a segment of 50 MB lays out, styles and loads only the lines it shows and a margin.
/// Its paragraphs' text and highlights in ``ReadingDocument/paragraphs`` are left empty.
public final class ReadingPages: @unchecked Sendable, Hashable {
    /// UTF-8 bytes of each paragraph's text.
    let sizes: [Int]
    private let textOf: @Sendable (_ paragraph: Int, _ bytes: Range<Int>) -> [UInt8]
    private let charactersOf: @Sendable (_ paragraph: Int, _ bytes: Range<Int>) -> Int
    private let highlightsOf: @Sendable (_ paragraph: Int, _ characters: Range<Int>) -> [Highlight]
    private let quotesAt: @Sendable (_ range: Range<Int>) -> [QuoteRow]

    /// Pages of a document's paragraphs, of sizes `sizes`: `text` gives the bytes of a paragraph's text in a range,
    /// `characters` counts the characters of a range of bytes that starts and ends at spaces or the text's ends,
    /// `highlights` gives the highlights reaching into a range of characters (in the paragraph's list order), and
    /// `quotes` the segment's quotations at positions in a range.
    public init(sizes: [Int], text: @escaping @Sendable (Int, Range<Int>) -> [UInt8],
                characters: @escaping @Sendable (Int, Range<Int>) -> Int,
                highlights: @escaping @Sendable (Int, Range<Int>) -> [Highlight],
                quotes: @escaping @Sendable (Range<Int>) -> [QuoteRow]) {
        self.sizes = sizes
        textOf = text
        charactersOf = characters
        highlightsOf = highlights
        quotesAt = quotes
    }

    private let lock = NSLock()
    /// The stretch of text read last, around the windows asked for: reading a stretch of a long text costs finding
    /// where it is, so it is read a chunk at a time.
    private var chunk: (paragraph: Int, start: Int, bytes: [UInt8])?
    /// Characters of whole paragraphs, counted or being counted.
    private var totals: [Int: Int] = [:]
    private var counting: [Int: DispatchGroup] = [:]

    /// Bytes of text read from the source at a time.
    static let chunkBytes = 1 << 16
    /// How long counting a paragraph's characters on another thread waits to start.
    static let countDelay = DispatchTimeInterval.milliseconds(100)

    func text(_ paragraph: Int, _ bytes: Range<Int>) -> [UInt8] {
        if let kept = lock.withLock({ chunk }), kept.paragraph == paragraph, kept.start <= bytes.lowerBound,
           bytes.upperBound <= kept.start + kept.bytes.count {
            return Array(kept.bytes[(bytes.lowerBound - kept.start)..<(bytes.upperBound - kept.start)])
        }
        // Around the window: reading goes on forwards or backwards from it.
        let start = max(0, bytes.lowerBound - max(0, ReadingPages.chunkBytes - bytes.count) / 2)
        let read = textOf(paragraph, start..<max(bytes.upperBound, start + ReadingPages.chunkBytes))
        lock.withLock { chunk = (paragraph, start, read) }
        return Array(read[min(read.count, bytes.lowerBound - start)..<min(read.count, bytes.upperBound - start)])
    }

    func characters(_ paragraph: Int, _ bytes: Range<Int>) -> Int {
        guard bytes == 0..<sizes[paragraph] else { return charactersOf(paragraph, bytes) }
        countInBackground(paragraph)
        let group = lock.withLock { counting[paragraph] }
        group?.wait()
        return lock.withLock { totals[paragraph] } ?? charactersOf(paragraph, bytes)
    }

    /// Starts counting the characters of a whole paragraph on another thread (the end of a long text is laid out
    /// back from its character count: counting 50 MB takes longer than a key may).
    func countInBackground(_ paragraph: Int) {
        let group = DispatchGroup()
        let started: Bool = lock.withLock {
            guard totals[paragraph] == nil, counting[paragraph] == nil else { return false }
            counting[paragraph] = group
            return true
        }
        guard started else { return }
        group.enter()
        // Once the key that asked for it has been drawn: the two would share the processor.
        DispatchQueue.global(qos: .utility).asyncAfter(deadline: .now() + ReadingPages.countDelay) {
            let total = self.charactersOf(paragraph, 0..<self.sizes[paragraph])
            self.lock.withLock {
                self.totals[paragraph] = total
                self.counting[paragraph] = nil
            }
            group.leave()
        }
    }
    func highlights(_ paragraph: Int, _ characters: Range<Int>) -> [Highlight] { highlightsOf(paragraph, characters) }
    func quotes(_ range: Range<Int>) -> [QuoteRow] { quotesAt(range) }

    public static func == (lhs: ReadingPages, rhs: ReadingPages) -> Bool { lhs === rhs }
    public func hash(into hasher: inout Hasher) { hasher.combine(ObjectIdentifier(self)) }
}
