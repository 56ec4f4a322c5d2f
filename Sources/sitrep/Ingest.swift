import ArgumentParser
import Foundation
import SitrepCore
import SitrepStore
import SitrepWeb

/// `sitrep ingest PATH...`: stores files and web pages in the library, incrementally by content hash.
struct Ingest: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Add files, folders (recursively) or web addresses to the library; '-' reads standard input.",
        discussion: """
        An unchanged file is skipped; a changed one has its articles replaced. A file that is an HTML page by its \
        content is read as a page (its article, without navigation); a feed file as a feed (each item an article); \
        JSON, XML, a PDF, an image, an archive or an office file is skipped with one line saying what it looks \
        like. --one-article keeps each file whole as one article (as does a folder's .sitrep file saying \
        'one-article yes'); the choice is stored with the file, and a later ingest of the changed file keeps it. \
        An http or https address is fetched and read the same way. A file that cannot be read or \
        decoded is reported on one line and the others go on; the exit code is then 1. Interrupting an ingest \
        leaves the library as it was before the file in progress.
        """
    )

    @OptionGroup var library: LibraryOptions
    @OptionGroup var articles: ArticleOptions

    @Argument(help: "Files, folders or web addresses to add; '-' reads standard input. None finishes an interrupted ingest, or brings a library an older Sitrep wrote up to date.")
    var paths: [String] = []

    func run() throws {
        let (store, lock) = try library.openForWriting()
        defer { withExtendedLifetime(lock) {} }
        if paths.isEmpty, try libraryCall({ try store.needsRebuild }) == false {
            guard store.upgraded else { throw ValidationError("give one or more files or folders to ingest") }
            Output.report("\(library.path): brought up to date")
            return
        }
        let walk = FileWalk(paths.filter { !WebIngest.isAddress($0) })
        var failures = walk.problems
        failures.forEach(report)
        let own = Ingest.libraryFiles(library.path)
        var files: [String] = []
        for path in walk.files {
            if path == "-" { files.append(path); continue }
            // The library's own files (a library kept in the folder being ingested) are not news.
            if let name = Ingest.canonical(path), own.contains(name) { continue }
            files.append(path)
        }
        let sizes = files.map { path in
            path == "-" ? 0 : ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int ?? 0)
        }
        let progress = Progress(totalFiles: files.count, totalBytes: sizes.reduce(0, +))
        var changes: [SourceChange: Int] = [:]
        let choice = articles.choice()
        for path in files {
            do {
                let bytes = try FileRead.bytes(path)
                defer { progress.advance(bytes: bytes.count) }
                let hash = ContentHash.of(bytes)
                guard let name = path == "-" ? "stdin:" + hash.prefix(12) : Ingest.canonical(path) else {
                    throw CLIError("\(path): cannot resolve the path: \(FileWalk.reason(errno))")
                }
                if WebContent.sniff(bytes) == .other { try Ingest.refuseData(bytes, path: path, name: name, in: store) }
                // Nil: as the file was stored before (articles found from the text for a new file).
                let boundaries = try choice.boundaries(for: path)
                if let stored = try libraryCall({ try store.storedFile(name) }), stored.hash == hash,
                   boundaries == nil || boundaries == stored.boundaries {
                    changes[.unchanged, default: 0] += 1
                    continue
                }
                if let stored = try WebIngest.storeFile(bytes, name: name, boundaries: boundaries, in: store) {
                    stored.forEach { changes[$0, default: 0] += 1 }
                    continue
                }
                // JSON with an `items` array that is not a JSON Feed after all.
                try Ingest.refuseData(bytes, path: path, name: name, in: store)
                let source: SourceText
                do {
                    source = try SourceText.decode(name: name, bytes: bytes)
                } catch {
                    throw CLIError(error.description)
                }
                changes[try libraryCall { try store.store(source, hash: hash, boundaries: boundaries) }, default: 0] += 1
            } catch let error as CLIError {
                progress.finish()
                // A library that cannot be written stops the run; a bad file does not.
                if error.fatal { throw error }
                failures.append(error.description)
                report(error.description)
            }
        }
        let web = WebIngest.storeAddresses(paths.filter(WebIngest.isAddress), boundaries: choice.commandLine, in: store)
        web.changes.forEach { changes[$0, default: 0] += 1 }
        failures += web.failures
        web.failures.forEach(report)
        try progress.indexing { try store.rebuild(progress: $0) }
        let counts = try libraryCall { try store.counts() }
        let summary = "\(count(files.count, "file")): \(changes[.added] ?? 0) added, \(changes[.replaced] ?? 0) replaced, "
            + "\(changes[.unchanged] ?? 0) unchanged, \(failures.count) failed in \(Progress.clock(progress.elapsed)); "
            + "library: \(count(counts.articles, "article")), \(count(counts.quotes, "quotation")), "
            + "\(count(counts.speakers, "speaker"))"
        report(summary)
        if !failures.isEmpty { throw ExitCode(1) }
    }

    /// Refuses a file that is data rather than news text (JSON, a PDF, an image...) with one line saying what it
    /// looks like; what an older Sitrep stored from it, read as text, is taken out of the library.
    static func refuseData(_ bytes: [UInt8], path: String, name: String, in store: Library) throws {
        guard let refusal = ContentKind.of(bytes).refusal(file: path == "-" ? "standard input" : path) else { return }
        let removed = try libraryCall { try store.remove(paths: [name]) }
        throw CLIError(refusal + (removed > 0 ? "; what was stored from it before is removed" : ""))
    }

    /// The identity of a file in the library: its absolute path with symbolic links resolved (`realpath`, exact to
    /// the byte: two names that differ only in Unicode normalisation stay two files); nil when it cannot be
    /// resolved (a path longer than the system allows).
    static func canonical(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(validatingCString: resolved)
    }

    /// The files of the library itself: the database, its journal, shared memory and lock.
    static func libraryFiles(_ path: String) -> Set<String> {
        let folder = canonical((path as NSString).deletingLastPathComponent.isEmpty ? "." : (path as NSString).deletingLastPathComponent)
        guard let folder else { return [] }
        let base = folder + "/" + (path as NSString).lastPathComponent
        return Set(["", "-wal", "-shm", "-journal", ".lock"].map { base + $0 })
    }

    private func report(_ line: String) { Output.report(line) }
}
