import ArgumentParser
import Foundation

/// `sitrep`: a terminal reader for conflict news.
@main
struct Sitrep: ParsableCommand {
    /// The program's version, printed by `--version`.
    static let version = "0.9.0"

    static let configuration = CommandConfiguration(
        commandName: "sitrep",
        abstract: "A terminal reader for conflict news: articles, story segments, quotations and their speakers.",
        discussion: """
        With no arguments, opens the reader on the library (the bundled sample corpus while it is empty).
        With files or folders, opens the reader on them (analysed in memory; the library is not touched).
        The library is $SITREP_LIBRARY, else $XDG_DATA_HOME/sitrep/library.sqlite; --library PATH overrides.
        """,
        version: version,
        subcommands: [
            Read.self, Ingest.self, Reload.self, ImportOPML.self, ExportOPML.self, Search.self, Quotes.self, Speakers.self,
            Stories.self, Export.self, Figures.self, Check.self, Reindex.self, Relink.self,
        ],
        defaultSubcommand: Read.self
    )

    /// Runs the command line. Every message goes through ``Output``, so a file name or text from the library in an
    /// error reaches the terminal with its control characters made visible.
    static func main() {
        Output.prepareStandardStreams()
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            let message = fullMessage(for: error)
            if code == .success {
                if !message.isEmpty { Output.write(message + "\n") }
            } else if !message.isEmpty {
                Output.report(message)
            }
            Glibc.exit(code.rawValue)
        }
    }
}
