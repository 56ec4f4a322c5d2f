import ArgumentParser
import SitrepCore
import SitrepStore
import SitrepTerminal
import SitrepUI

/// `sitrep [read] [PATH...]`: the reader on the library, or on files analysed in memory.
struct Read: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Open the reader on the library, or on files or folders analysed in memory.",
        discussion: """
        With no paths, the library is read (the bundled sample corpus when the library is empty). \
        Keys: j/k move, Tab switches pane, Enter reads a segment, ? shows every key, q quits.
        """
    )

    @OptionGroup var library: LibraryOptions

    @Argument(help: "Text files or folders of news to read without storing them; '-' reads standard input.")
    var paths: [String] = []

    func run() throws {
        let source: any ReaderSource
        if !paths.isEmpty {
            let sources = try SourceLoader.load(paths)
            let label = sources.count == 1 ? sources[0].name : "\(sources.count) files"
            source = AnalysisSource(analysis: Analyzer().analyze(sources), label: label)
        } else if let store = try library.openForReading(), try LibrarySource(library: store).articleCount > 0 {
            source = try LibrarySource(library: store)
        } else {
            source = AnalysisSource(analysis: Analyzer().analyze(SourceLoader.bundledCorpus()),
                                    label: "bundled sample (library empty: sitrep ingest PATH)")
        }
        do {
            try ReaderLoop.run(source: source)
        } catch let error as TerminalError {
            throw CLIError(error.description)
        }
    }
}
