import ArgumentParser
import SitrepCore
import SitrepStore

/// `sitrep reindex`: every stored file analysed again by this version of the analysis.
struct Reindex: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Analyse every stored file again with this version of Sitrep (after an upgrade of its rules).",
        discussion: """
        A library records the version of the analysis that made its quotations, speakers, stories and figures; \
        the read commands say when it differs from this program's. Interrupting a reindex leaves the library as \
        it was.
        """
    )

    @OptionGroup var library: LibraryOptions

    func run() throws {
        try runLibraryPass(library, verb: "reindexing", done: "analysed again", holds: { counts in
            "\(count(counts.articles, "article")), \(count(counts.quotes, "quotation")), \(count(counts.speakers, "speaker"))"
        }) { store, progress in try store.reindex(progress: progress) }
    }
}
