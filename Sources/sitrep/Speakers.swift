import ArgumentParser
import SitrepCore
import SitrepStore
import SitrepUI

/// `sitrep speakers [NAME]`: the canonical speakers of the library.
struct Speakers: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List speakers with their aliases, description, kind (unnamed speakers, known by a description only, in brackets), number of quotations and the dates they are quoted between, most quoted first."
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
            Output.csv(header: ["id", "name", "aliases", "kind", "description", "quotes", "first_date", "last_date", "named"],
                       rows: speakers.map { speaker in
                ["\(speaker.id)", speaker.name, speaker.aliases.joined(separator: "; "), speaker.kind,
                 speaker.description ?? "", "\(speaker.quoteCount)", speaker.firstDate ?? "", speaker.lastDate ?? "",
                 "\(speaker.isNamed)"]
            })
        } else {
            Output.write(speakers.map { speaker in
                let others = speaker.aliases.filter { $0 != speaker.name }
                let dates = SpeakerRow.span(speaker.firstDate, speaker.lastDate).map { ", \($0)" } ?? ""
                let kind = SpeakerRow.kind(speaker.kind, isNamed: speaker.isNamed).map { "\($0), " } ?? ""
                let description = speaker.description.flatMap { speaker.isNamed || $0 != speaker.name ? $0 : nil }
                return "\(SpeakerRow.shown(speaker.name, isNamed: speaker.isNamed)) (\(kind)\(count(speaker.quoteCount, "quotation"))\(dates))"
                    + (description.map { " \u{2014} \($0)" } ?? "")
                    + (others.isEmpty ? "" : "\n    also: \(others.joined(separator: ", "))") + "\n"
            }.joined())
        }
    }

    /// A speaker as JSON: absent values are written as null.
    struct SpeakerJSON: Encodable {
        let speaker: LibrarySpeaker
        init(_ speaker: LibrarySpeaker) { self.speaker = speaker }

        enum CodingKeys: String, CodingKey { case id, name, aliases, kind, description, quotes, firstDate = "first_date", lastDate = "last_date", named }

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
        }
    }
}
