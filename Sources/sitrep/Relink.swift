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
        let (store, lock) = try library.openForWriting()
        defer { withExtendedLifetime(lock) {} }
        let files = try libraryCall { try store.counts().sources }
        let progress = Progress(totalFiles: files, totalBytes: 0)
        try progress.indexing("relinking") { progress in try store.relink(progress: progress) }
        let counts = try libraryCall { try store.counts() }
        Output.report("\(count(files, "file")) linked again in \(Progress.clock(progress.elapsed)); library: "
            + "\(count(counts.articles, "article")), \(count(counts.speakers, "speaker")), \(counts.linkedStories) stories of two or more segments")
    }
}
