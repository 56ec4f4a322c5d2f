import ArgumentParser
import SitrepStore

/// `sitrep check`: the library's file checked page by page.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check the library file for damage (SQLite's integrity check); exit 1 when it is damaged.",
        discussion: "Reads every page of the library without writing anything. A large library takes a while."
    )

    @OptionGroup var library: LibraryOptions

    func run() throws {
        let store = try library.openForReading()
        if let problem = try libraryCall({ try store.integrityProblem() }) {
            throw CLIError("\(library.path): the library is damaged: \(problem)")
        }
        Output.write("\(library.path): ok\n")
    }
}
