/// One article found in a source: its page furniture, and its body split into story segments.
public struct Article: Sendable, Hashable {
    /// The layout the article was recognised as.
    public enum Kind: String, Sendable, Codable { case liveBlog = "live-blog", wire, brief, story }

    public var source: String
    /// First and last source line, 1-based and inclusive.
    public var lines: ClosedRange<Int>
    public var kind: Kind
    public var title: String
    /// The title was taken from the lead because the text has no headline.
    public var titleDerived: Bool
    public var titleSpan: SourceSpan?
    /// The headline as a paragraph of the source; nil when the title is derived.
    public var titleParagraph: Paragraph?
    public var standfirst: String?
    public var standfirstParagraph: Paragraph?
    public var byline: String?
    public var dateline: String?
    /// Update notes such as "(Updates with ...)".
    public var notes: [String]
    public var captions: [Caption]
    /// The text stops mid-sentence.
    public var truncated: Bool
    public var segments: [Segment]
    /// Front matter of the file, when the file has some (title, source, date, url).
    public var metadata: [String: String]
}

/// A caption, photo credit or kicker, kept out of the body.
public struct Caption: Sendable, Hashable {
    public var text: String
    public var span: SourceSpan
}

/// A run of an article's body about one story: after a sub-headline, or after an unheaded turn.
public struct Segment: Sendable, Hashable {
    public var heading: String?
    public var headingParagraph: Paragraph?
    /// First and last source line, inclusive (the heading's line included).
    public var lines: ClosedRange<Int>
    /// Body paragraphs, in order, furniture removed.
    public var paragraphs: [Paragraph]

    /// What a list shows for the segment: its sub-headline, or its first twelve words when it has none.
    public var label: String {
        if let heading { return heading }
        let words = (paragraphs.first?.text ?? "").byteSplit(separator: " ").prefix(12).joined(separator: " ")
        return words.isEmpty ? "(empty)" : words + "\u{2026}"
    }

    /// The heading and body as plain text, paragraphs separated by blank lines.
    public var text: String {
        ([heading].compactMap { $0 } + paragraphs.map(\.text)).joined(separator: "\n\n")
    }
}
