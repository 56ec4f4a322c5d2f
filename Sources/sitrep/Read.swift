import ArgumentParser
import SitrepCore
import SitrepTerminal
import SitrepUI

/// `sitrep [read] PATH...`: the reader on files analysed in memory.
struct Read: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Open the reader on files or folders (the bundled corpus when none are given).",
        discussion: "Keys: j/k move, Tab switches pane, Enter reads a segment, ? shows every key, q quits."
    )

    @Argument(help: "Text files or folders of news to read; '-' reads standard input.")
    var paths: [String] = []

    func run() throws {
        let sources = paths.isEmpty ? SourceLoader.bundledCorpus() : try SourceLoader.load(paths)
        let analysis = Analyzer().analyze(sources)
        let label = paths.isEmpty ? "bundled corpus" : sources.count == 1 ? sources[0].name : "\(sources.count) files"
        do {
            try ReaderLoop.run(source: AnalysisSource(analysis: analysis, label: label))
        } catch let error as TerminalError {
            throw CLIError(error.description)
        }
    }
}
