/// What one article says of one speaker, as much as making speakers canonical across articles needs: how the
/// article names and describes them and how often they speak there. A library keeps one per speaker per article,
/// so that a speaker's record can be made again from its articles when one is added or removed.
public struct SpeakerEvidence: Sendable, Hashable, Codable {
    /// The longest proper name the article gives, if any.
    public var name: String?
    /// Every way the article writes the speaker (names with honorifics, descriptions), as written.
    public var aliases: [String]
    public var descriptions: [String]
    public var kind: SpeakerKind
    /// Number of quotations the article attributes to the speaker.
    public var count: Int
    /// The article's segments where the speaker speaks.
    public var segments: [Int]

    public init(name: String?, aliases: [String], descriptions: [String], kind: SpeakerKind, count: Int, segments: [Int]) {
        self.name = name
        self.aliases = aliases
        self.descriptions = descriptions
        self.kind = kind
        self.count = count
        self.segments = segments
    }

    /// How the speaker is matched across articles: by the key of a full name (or any name of an organisation or
    /// group), by a bare surname, or by description only.
    public enum Identity: Sendable, Hashable {
        /// A full name: its ``NameKey`` and, for a person, the first and last of its parts.
        case full(key: String, first: String?, last: String?)
        /// A person named by one word only.
        case bare(String)
        case unnamed
    }

    /// The identity the speaker's name gives (see ``SpeakerDirectory``).
    public func identity(lexicon: Lexicon) -> Identity {
        guard let name else { return .unnamed }
        let parts = NameKey.parts(name, lexicon: lexicon)
        if parts.count >= 2 || kind != .person {
            guard !parts.isEmpty else { return .unnamed }
            return .full(key: parts.joined(), first: kind == .person ? parts.first : nil, last: kind == .person ? parts.last : nil)
        }
        return parts.count == 1 ? .bare(parts[0]) : .unnamed
    }

    /// The reduced descriptions the speaker is known by (``NameKey/description(_:)`` of each alias): unnamed speakers
    /// of one story join on these.
    public var descriptionKeys: [String] { Array(Set(aliases.map(NameKey.description))).sorted() }
}

extension LocalEntity {
    /// What the entity brings to its canonical speaker.
    var evidence: SpeakerEvidence {
        SpeakerEvidence(name: name, aliases: aliases, descriptions: descriptions, kind: kind, count: count,
                        segments: segments.sorted())
    }
}
