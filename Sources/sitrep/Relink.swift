import ArgumentParser
import SitrepCore
import SitrepStore

/// `sitrep relink`: the library's stories and speakers made again from what its articles' analysis stored.
struct Relink: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Link every article of the library again into stories and speakers, as one ingest of all its files would.",
        discussion: """
        Each ingest links new articles into the stories and speakers already in the library; relink makes them \
        again over the whole library at once, from what the analysis stored (no file is read again). A story or \
        speaker that survives keeps its id; one that does not resolves to the one that took most of it. \
        Interrupting a relink leaves the library as it was.
        """
    )

    @OptionGroup var library: LibraryOptions

    func run() throws {
        try runLibraryPass(library, verb: "relinking", done: "linked again", holds: { counts in
            "\(count(counts.articles, "article")), \(count(counts.speakers, "speaker")), \(counts.linkedStories == 1 ? "1 story" : "\(counts.linkedStories) stories") covered by two or more files"
        }) { store, progress in try store.relink(progress: progress) }
    }
}
