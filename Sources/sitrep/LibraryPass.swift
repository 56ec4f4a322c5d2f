import SitrepStore

/// A pass over every stored file of the library (`reindex`, `relink`): the library opened for writing, the pass run
/// under a progress bar named `verb`, then one line that says what was done (`done`, e.g. "analysed again") and
/// what the library holds afterwards (`holds`).
func runLibraryPass(_ library: LibraryOptions, verb: String, done: String,
                    holds: (_ counts: (articles: Int, quotes: Int, speakers: Int, linkedStories: Int, sources: Int)) -> String,
                    _ pass: (Library, _ progress: (_ read: Int, _ total: Int) -> Void) throws -> Void) throws {
    let (store, lock) = try library.openForWriting()
    defer { withExtendedLifetime(lock) {} }
    let files = try libraryCall { try store.counts().sources }
    let progress = Progress(totalFiles: files, totalBytes: 0)
    try progress.indexing(verb) { report in try withoutActuallyEscaping(report) { try pass(store, $0) } }
    let counts = try libraryCall { try store.counts() }
    Output.report("\(count(files, "file")) \(done) in \(Progress.clock(progress.elapsed)); library: \(holds(counts))")
}
