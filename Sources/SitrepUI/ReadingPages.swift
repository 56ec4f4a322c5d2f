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

    func text(_ paragraph: Int, _ bytes: Range<Int>) -> [UInt8] { textOf(paragraph, bytes) }
    func characters(_ paragraph: Int, _ bytes: Range<Int>) -> Int { charactersOf(paragraph, bytes) }
    func highlights(_ paragraph: Int, _ characters: Range<Int>) -> [Highlight] { highlightsOf(paragraph, characters) }
    func quotes(_ range: Range<Int>) -> [QuoteRow] { quotesAt(range) }

    public static func == (lhs: ReadingPages, rhs: ReadingPages) -> Bool { lhs === rhs }
    public func hash(into hasher: inout Hasher) { hasher.combine(ObjectIdentifier(self)) }
}
