/// A quotation or a piece of reported speech, with where it stands and who said it.
public struct Quotation: Sendable, Hashable {
    public enum Kind: String, Sendable, Codable, Hashable {
        /// A whole statement in quotation marks.
        case direct
        /// Quoted words inside the writer's own sentence.
        case partial
        /// Attributed speech without quotation marks.
        case reported
        /// A term or title in quotation marks that nobody says (scare quotes, "so-called “…”", the name of a programme
        /// or book): kept for search, not listed among quotations by default.
        case term

        /// The kinds listed as quotations by default: words in quotation marks that somebody says.
        public static let quoted: [Kind] = [.direct, .partial]
    }

    /// Index of the article in ``Analysis/articles``.
    public var article: Int
    /// Index of the segment in its article.
    public var segment: Int
    /// The quoted words (or the reported clause), from their first to their last character.
    public var span: SourceSpan
    /// The quoted words without the surrounding quotation marks.
    public var text: String
    public var kind: Kind
    /// The speech verb or phrase that attributes it ("said", "according to").
    public var cue: String?
    /// The speaker as written where it is attributed ("Mr Zelensky", "he", "the statement").
    public var mention: String?
    /// Index of the speaker in ``Analysis/speakers``.
    public var speaker: Int?
    /// The quotation was left open because the text is cut off.
    public var unclosed: Bool
    /// The rule of attribution that decided the speaker, or that nobody is named (nil when none did).
    public var sieve: AttributionSieve? = nil
}

/// A speaker made canonical across articles and sources.
public struct Speaker: Sendable, Hashable {
    /// The fullest form of the name the sources give (or the description, for unnamed speakers).
    public var name: String
    /// Every way the sources write this speaker, the canonical name included.
    public var aliases: [String]
    public var kind: SpeakerKind
    /// The role or affiliation the sources give.
    public var description: String?
    /// Whether an article gives the speaker a proper name. An unnamed speaker ("a federal judge") is known by its
    /// description inside one story only: it has no canonical name, and two so described in two stories are two.
    public var isNamed: Bool
}
