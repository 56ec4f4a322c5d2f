import ArgumentParser
import SitrepCore
import SitrepStore

/// `sitrep quotes`: quotations in the library, by speaker, story or words.
struct Quotes: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List quotations with their speakers.",
        discussion: """
        By default quotations in quotation marks (direct and partial) are listed; --reported adds reported speech, \
        --kind picks kinds, --all lists every kind. Terms (labels and titles in quotation marks that nobody says: \
        scare quotes, "so-called", names of programmes and books) are listed only with --kind term or --all. --speaker ignores case, diacritics and honorifics and matches any alias or the start \
        of a name: --speaker zelensk finds Zelensky and Zelenskiy.
        """
    )

    enum Kind: String, ExpressibleByArgument, CaseIterable { case direct, partial, reported, term }

    @OptionGroup var library: LibraryOptions
    @OptionGroup var output: OutputOptions

    @Option(help: "Only quotations of speakers matching this name.")
    var speaker: String?

    @Option(help: "Only quotations of this story (an id from 'sitrep stories').")
    var story: Int?

    @Option(help: "Only quotations whose words match this FTS5 query.")
    var text: String?

    @Option(help: "Only quotations of this kind (repeatable): direct, partial, reported, term.")
    var kind: [Kind] = []

    @Flag(help: "Include reported speech (attributed speech without quotation marks).")
    var reported = false

    @Flag(help: "List every kind: quotations, reported speech and terms.")
    var all = false

    @Option(help: "Show at most this many quotations.")
    var limit: Int?

    func run() throws {
        let kinds = Quotes.kinds(kind.map(\.rawValue), reported: reported, all: all)
        let filter = QuoteFilter(speaker: speaker.map { SpeakerQuery($0) }, story: story, text: text, kinds: kinds, limit: limit)
        let store = try library.openForReading()
        if let story, try libraryCall({ try store.segments(ofStory: store.resolve(.story, story)) }).isEmpty {
            throw CLIError("no story \(story) in the library ('sitrep stories' lists them)")
        }
        let quotes = try libraryCall { try store.quotes(filter) }
        if output.json {
            try Output.json(quotes.map(QuoteJSON.init))
        } else if output.csv {
            // (Machine output: the plain name, and whether it is a proper name, as --json's `named`.)
            Output.csv(header: ["id", "speaker", "kind", "text", "cue", "source", "line", "column", "story", "speaker_named"],
                       rows: quotes.map { quote in
                ["\(quote.id)", quote.speaker?.name ?? "", quote.kind, quote.text, quote.cue ?? "", quote.source,
                 "\(quote.line)", "\(quote.column)", "\(quote.story)", quote.speaker.map { "\($0.named)" } ?? ""]
            })
        } else {
            // (One line a quotation: a line break or tab in its words, speaker or file name is a space.)
            Output.write(quotes.map { quote in
                let text = VisibleText.line(quote.text)
                let words = quote.kind == Quotation.Kind.reported.rawValue ? text : "\u{201C}\(text)\u{201D}"
                let speaker = quote.speaker?.shown ?? quote.mention.map { "(\($0))" } ?? "(no speaker)"
                return "\(VisibleText.line(quote.source)):\(quote.line): \(VisibleText.line(speaker)) [\(quote.kind)]: \(words)\n"
            }.joined())
        }
    }

    /// The kinds to list (empty for every kind): those asked for, else direct and partial quotations, with reported
    /// speech when asked; terms only when asked for by name or with every kind.
    static func kinds(_ asked: [String], reported: Bool, all: Bool) -> Set<String> {
        if all { return [] }
        if !asked.isEmpty { return Set(asked) }
        let quoted = Quotation.Kind.quoted.map(\.rawValue)
        return Set(reported ? quoted + [Quotation.Kind.reported.rawValue] : quoted)
    }

    /// A quotation as JSON: absent values are written as null.
    struct QuoteJSON: Encodable {
        let quote: LibraryQuote
        init(_ quote: LibraryQuote) { self.quote = quote }

        enum CodingKeys: String, CodingKey {
            case id, text, kind, cue, sieve, mention, speaker, source, line, column, article, segment, story, copies
        }

        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(quote.id, forKey: .id)
            try c.encode(quote.text, forKey: .text)
            try c.encode(quote.kind, forKey: .kind)
            try c.encode(quote.cue, forKey: .cue)
            try c.encode(quote.sieve, forKey: .sieve)
            try c.encode(quote.mention, forKey: .mention)
            try c.encode(quote.speaker, forKey: .speaker)
            try c.encode(quote.source, forKey: .source)
            try c.encode(quote.line, forKey: .line)
            try c.encode(quote.column, forKey: .column)
            try c.encode(quote.article, forKey: .article)
            try c.encode(quote.segment, forKey: .segment)
            try c.encode(quote.story, forKey: .story)
            try c.encode(quote.copies, forKey: .copies)
        }
    }
}
