import ArgumentParser

/// `sitrep`: a terminal reader for conflict news.
@main
struct Sitrep: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sitrep",
        abstract: "A terminal reader for conflict news: articles, story segments, quotations and their speakers.",
        discussion: """
        With files or folders, opens the reader on them (analysed in memory; the library is not touched).
        With no arguments, opens the bundled sample corpus.
        """,
        subcommands: [Read.self, Export.self],
        defaultSubcommand: Read.self
    )
}
