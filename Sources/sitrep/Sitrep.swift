import ArgumentParser

/// `sitrep`: a terminal reader for conflict news.
@main
struct Sitrep: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sitrep",
        abstract: "A terminal reader for conflict news: articles, story segments, quotations and their speakers.",
        discussion: """
        With no arguments, opens the reader on the library (the bundled sample corpus while it is empty).
        With files or folders, opens the reader on them (analysed in memory; the library is not touched).
        The library is $SITREP_LIBRARY, else $XDG_DATA_HOME/sitrep/library.sqlite; --library PATH overrides.
        """,
        subcommands: [Read.self, Ingest.self, Search.self, Quotes.self, Speakers.self, Stories.self, Export.self],
        defaultSubcommand: Read.self
    )
}
