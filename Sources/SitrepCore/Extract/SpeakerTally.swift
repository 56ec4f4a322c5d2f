/// A speaker's canonical record kept as running totals of what its articles say of it: each name's and alias's
/// weight and first place, each kind's weight, the first description. A library adds a new article's
/// ``SpeakerEvidence`` to these totals instead of reading every article of the speaker again, and the record made
/// from them is the one ``SpeakerDirectory`` makes from the same evidence read in the order of its places, whatever
/// order the evidence was added in.
public struct SpeakerTally: Sendable, Hashable {
    /// Where a piece of evidence stands in the order one analysis of all the files reads them: its file's path
    /// (compared byte by byte, as SQLite compares text), its article's first line, its row, and its place in the
    /// article's list of aliases.
    public struct Place: Sendable, Hashable, Comparable {
        /// The path of the evidence's file.
        public var source: String
        /// The first line of its article in the file.
        public var line: Int
        /// Its number in the order the library stored the evidence (articles of one file and line in that order).
        public var row: Int64
        /// The place of an alias in the article's list of aliases (0 for the article's name and description).
        public var ordinal: Int

        public init(source: String, line: Int, row: Int64, ordinal: Int = 0) {
            self.source = source
            self.line = line
            self.row = row
            self.ordinal = ordinal
        }

        public static func < (left: Place, right: Place) -> Bool {
            if left.source != right.source { return left.source.utf8.lexicographicallyPrecedes(right.source.utf8) }
            return (left.line, left.row, left.ordinal) < (right.line, right.row, right.ordinal)
        }
    }

    /// A name's or alias's total: the quotations of the articles that give it, and where it is first given.
    public struct Entry: Sendable, Hashable {
        public var weight: Int
        public var first: Place
    }

    /// A description and where it is first given.
    public struct Described: Sendable, Hashable {
        public var text: String
        public var place: Place
    }

    /// Proper names the articles give, weighed by the quotations of the articles giving each.
    public internal(set) var names: [String: Entry] = [:]
    /// Every alias, weighed by the quotations of the articles writing it.
    public internal(set) var aliases: [String: Entry] = [:]
    /// Quotations by kind, over every article.
    public internal(set) var kinds: [SpeakerKind: Int] = [:]
    /// Quotations by kind, over the articles that name the speaker (the kind of a named speaker).
    public internal(set) var namedKinds: [SpeakerKind: Int] = [:]
    /// The first description of an article giving any, over every article.
    public internal(set) var description: Described?
    /// The first description of an article giving any, over the articles that name the speaker (the description of a
    /// named speaker).
    public internal(set) var namedDescription: Described?
    /// Number of pieces of evidence (articles) added.
    public internal(set) var articles = 0

    public init() {}

    /// Adds one article's evidence, found at `place` (its ordinal is ignored).
    public mutating func add(_ evidence: SpeakerEvidence, at place: Place) {
        articles += 1
        var at = place
        at.ordinal = 0
        if let name = evidence.name {
            SpeakerTally.count(name, evidence.count, at: at, into: &names)
            namedKinds[evidence.kind, default: 0] += evidence.count
            if let text = evidence.descriptions.first { SpeakerTally.keepFirst(text, at: at, in: &namedDescription) }
        }
        kinds[evidence.kind, default: 0] += evidence.count
        if let text = evidence.descriptions.first { SpeakerTally.keepFirst(text, at: at, in: &description) }
        for (ordinal, alias) in evidence.aliases.enumerated() {
            at.ordinal = ordinal
            SpeakerTally.count(alias, evidence.count, at: at, into: &aliases)
        }
    }

    private static func count(_ key: String, _ weight: Int, at place: Place, into entries: inout [String: Entry]) {
        if var entry = entries[key] {
            entry.weight += weight
            entry.first = min(entry.first, place)
            entries[key] = entry
        } else {
            entries[key] = Entry(weight: weight, first: place)
        }
    }

    private static func keepFirst(_ text: String, at place: Place, in described: inout Described?) {
        if let kept = described, kept.place < place { return }
        described = Described(text: text, place: place)
    }

    /// The canonical record (``SpeakerDirectory``'s rules): the most used full name (two words or more), then the
    /// longest, then the first given; with no name, the fullest alias, then the most used, then the first; the aliases
    /// in the order they are first given, the name first; the most used kind; the first description.
    public var speaker: Speaker {
        let words = { (text: String) in text.byteSplit(separator: " ").count }
        let name: String
        if names.isEmpty {
            // The fullest description the sources give, then the most used, then the first written.
            name = aliases.min { left, right in
                (words(left.key), left.value.weight) != (words(right.key), right.value.weight)
                    ? (words(left.key), left.value.weight) > (words(right.key), right.value.weight)
                    : left.value.first < right.value.first
            }?.key ?? "unknown"
        } else {
            let full = names.filter { words($0.key) >= 2 }
            let candidates = full.isEmpty ? names : full
            name = candidates.min { left, right in
                (left.value.weight, words(left.key)) != (right.value.weight, words(right.key))
                    ? (left.value.weight, words(left.key)) > (right.value.weight, words(right.key))
                    : left.value.first < right.value.first
            }!.key
        }
        let ordered = aliases.sorted { $0.value.first < $1.value.first }.map(\.key).filter { $0 != name }
        // The most used kind; a tie goes to the first of person, organisation, group (never to hashing order).
        let rank: [SpeakerKind: Int] = [.person: 0, .organisation: 1, .group: 2]
        let kind = (names.isEmpty ? kinds : namedKinds).max { ($0.value, rank[$1.key]!) < ($1.value, rank[$0.key]!) }?.key
            ?? .person
        return Speaker(name: name, aliases: [name] + ordered, kind: kind,
                       description: (names.isEmpty ? description : namedDescription)?.text, isNamed: !names.isEmpty)
    }
}
