import ArgumentParser
import SitrepCore
import SitrepStore

/// `sitrep stories`: segments of different articles linked as one story.
struct Stories: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List stories covered by more than one file, with their segments and shared terms."
    )

    @OptionGroup var library: LibraryOptions
    @OptionGroup var output: OutputOptions

    @Flag(help: "Include stories told by one file only.")
    var all = false

    @Option(help: "Show at most this many stories.")
    var limit: Int?

    func run() throws {
        let store = try library.openForReading()
        let stories = try libraryCall { try store.stories(linkedOnly: !all, limit: limit) }
        let segments = try libraryCall { try stories.map { try store.segments(ofStory: $0.id) } }
        if output.json {
            try Output.json(zip(stories, segments).map(StoryJSON.init))
        } else if output.csv {
            Output.csv(header: ["id", "title", "segments", "sources", "terms"], rows: stories.map { story in
                ["\(story.id)", story.title, "\(story.segmentCount)", "\(story.sourceCount)", story.sharedTerms.joined(separator: "; ")]
            })
        } else {
            // (Each field is written inside a line: a line break or tab in a title, label or term is a space.)
            Output.write(zip(stories, segments).map { story, segments in
                "\(story.id): \(VisibleText.line(story.title)) (\(count(story.segmentCount, "segment")), \(count(story.sourceCount, "source")))"
                    + (story.sharedTerms.isEmpty ? "" : "\n    shared: \(VisibleText.line(story.sharedTerms.prefix(8).joined(separator: ", ")))")
                    + segments.map {
                        "\n    \(VisibleText.line($0.source)):\($0.segment.lines[0]): \(VisibleText.line($0.segment.label))"
                            + linkedBy($0.segment, story)
                    }.joined() + "\n"
            }.joined())
        }
    }

    /// What links a segment to its story, on a line of its own under it ("linked by: Kharkiv, Zelensky · same day");
    /// nothing when the library knows of nothing.
    private func linkedBy(_ segment: LibrarySegment, _ story: LibraryStory) -> String {
        guard let summary = segment.evidence?.summary(terms: story.sharedTerms), !summary.isEmpty else { return "" }
        return "\n        linked by: \(VisibleText.line(summary))"
    }

    /// A story as JSON.
    struct StoryJSON: Encodable {
        var id: Int
        var title: String
        var sharedTerms: [String]
        var sources: Int
        var segments: [Segment]

        struct Segment: Encodable {
            var id: Int
            var source: String
            var lines: [Int]
            var heading: String?
            var label: String
            var evidence: Evidence?

            func encode(to encoder: Encoder) throws {
                var c = encoder.container(keyedBy: CodingKeys.self)
                try c.encode(id, forKey: .id)
                try c.encode(source, forKey: .source)
                try c.encode(lines, forKey: .lines)
                try c.encode(heading, forKey: .heading)
                try c.encode(label, forKey: .label)
                try c.encode(evidence, forKey: .evidence)
            }

            enum CodingKeys: String, CodingKey { case id, source, lines, heading, label, evidence }
        }

        /// What links a segment to its story's segments in other articles (``SitrepCore/LinkEvidence``).
        struct Evidence: Encodable {
            var names: [String]
            var daysApart: Int?
            var eventDay: String?
            var figures: [String]
            var sharedQuotation: Bool
            var reason: String

            init(_ evidence: LinkEvidence, terms: [String]) {
                names = evidence.names
                daysApart = evidence.daysApart
                eventDay = evidence.eventDate
                figures = evidence.figures
                sharedQuotation = evidence.sharedQuotation
                reason = evidence.summary(terms: terms)
            }

            func encode(to encoder: Encoder) throws {
                var c = encoder.container(keyedBy: CodingKeys.self)
                try c.encode(names, forKey: .names)
                try c.encode(daysApart, forKey: .daysApart)
                try c.encode(eventDay, forKey: .eventDay)
                try c.encode(figures, forKey: .figures)
                try c.encode(sharedQuotation, forKey: .sharedQuotation)
                try c.encode(reason, forKey: .reason)
            }

            enum CodingKeys: String, CodingKey { case names, daysApart, eventDay, figures, sharedQuotation, reason }
        }

        init(_ story: LibraryStory, _ segments: [(segment: LibrarySegment, source: String)]) {
            id = story.id
            title = story.title
            sharedTerms = story.sharedTerms
            sources = story.sourceCount
            self.segments = segments.map {
                Segment(id: $0.segment.id, source: $0.source, lines: $0.segment.lines, heading: $0.segment.heading,
                        label: $0.segment.label, evidence: $0.segment.evidence.map { Evidence($0, terms: story.sharedTerms) })
            }
        }
    }
}
