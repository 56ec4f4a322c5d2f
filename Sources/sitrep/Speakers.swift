import ArgumentParser
import SitrepCore
import SitrepStore
import SitrepUI

/// `sitrep speakers [NAME]`: the canonical speakers of the library.
struct Speakers: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List speakers with their aliases, description, kind (unnamed speakers, known by a description only, in brackets), number of quotations, the dates they are quoted between and, when one article alone quotes them, its outlet and title; most quoted first."
    )

    @OptionGroup var library: LibraryOptions
    @OptionGroup var output: OutputOptions

    @Option(help: "Show at most this many speakers.")
    var limit: Int?

    @Argument(help: "Only speakers matching this name (case, diacritics and honorifics ignored; prefixes match).")
    var name: String?

    func run() throws {
        let store = try library.openForReading()
        let speakers = try libraryCall { try store.speakers(matching: name.map { SpeakerQuery($0) }, limit: limit) }
        if output.json {
            try Output.json(speakers.map(SpeakerJSON.init))
        } else if output.csv {
            Output.csv(header: ["id", "name", "aliases", "kind", "description", "quotes", "first_date", "last_date", "named",
                                "articles", "outlet", "article_title"],
                       rows: speakers.map { speaker in
                ["\(speaker.id)", speaker.name, speaker.aliases.joined(separator: "; "), speaker.kind?.rawValue ?? "",
                 speaker.description ?? "", "\(speaker.quoteCount)", speaker.firstDate ?? "", speaker.lastDate ?? "",
                 "\(speaker.isNamed)", "\(speaker.articleCount)", speaker.outlet ?? "", speaker.articleTitle ?? ""]
            })
        } else {
            // (Each field is written inside a line: a line break or tab in a name, title or outlet is a space.)
            Output.write(speakers.map { speaker in
                let listing = speaker.listing
                let others = speaker.aliases.filter { $0 != speaker.name }.map(VisibleText.line)
                let dates = listing.span.map { ", \(VisibleText.line($0))" } ?? ""
                let kind = listing.shownKind.map { "\($0), " } ?? ""
                return "\(VisibleText.line(listing.shownName)) (\(kind)\(count(speaker.quoteCount, "quotation"))\(dates))"
                    + (listing.shownDescription.map { " \u{2014} \(VisibleText.line($0))" } ?? "")
                    + (listing.origin.map { "\n    in: \(VisibleText.line($0))" } ?? "")
                    + (others.isEmpty ? "" : "\n    also: \(others.joined(separator: ", "))") + "\n"
            }.joined())
        }
    }

    /// A speaker as JSON: absent values are written as null.
    struct SpeakerJSON: Encodable {
        let speaker: LibrarySpeaker
        init(_ speaker: LibrarySpeaker) { self.speaker = speaker }

        enum CodingKeys: String, CodingKey {
            case id, name, aliases, kind, description, quotes, firstDate = "first_date", lastDate = "last_date", named,
                 articles, outlet, articleTitle = "article_title"
        }

        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(speaker.id, forKey: .id)
            try c.encode(speaker.name, forKey: .name)
            try c.encode(speaker.aliases, forKey: .aliases)
            try c.encode(speaker.kind, forKey: .kind)
            try c.encode(speaker.description, forKey: .description)
            try c.encode(speaker.quoteCount, forKey: .quotes)
            try c.encode(speaker.firstDate, forKey: .firstDate)
            try c.encode(speaker.lastDate, forKey: .lastDate)
            try c.encode(speaker.isNamed, forKey: .named)
            try c.encode(speaker.articleCount, forKey: .articles)
            try c.encode(speaker.outlet, forKey: .outlet)
            try c.encode(speaker.articleTitle, forKey: .articleTitle)
        }
    }
}
