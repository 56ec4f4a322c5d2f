import ArgumentParser
import Foundation
import SitrepCore
import SitrepStore

/// `sitrep ingest PATH...`: stores files in the library, incrementally by content hash.
struct Ingest: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Add files or folders (recursively) to the library; '-' reads standard input.",
        discussion: """
        An unchanged file is skipped; a changed one has its articles replaced. A file that cannot be read or \
        decoded is reported on one line and the others go on; the exit code is then 1. Interrupting an ingest \
        leaves the library as it was before the file in progress.
        """
    )

    @OptionGroup var library: LibraryOptions

    @Argument(help: "Text files or folders to add; '-' reads standard input.")
    var paths: [String] = []

    func validate() throws {
        if paths.isEmpty { throw ValidationError("give one or more files or folders to ingest") }
    }

    func run() throws {
        let (store, lock) = try library.openForWriting()
        defer { withExtendedLifetime(lock) {} }
        var failures: [String] = []
        var files: [String] = []
        for path in paths {
            do { files += try SourceLoader.files([path]) } catch { failures.append("\(error)") ; report("\(error)") }
        }
        let sizes = files.map { path in
            path == "-" ? 0 : ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int ?? 0)
        }
        let progress = Progress(totalFiles: files.count, totalBytes: sizes.reduce(0, +))
        var changes: [SourceChange: Int] = [:]
        for path in files {
            do {
                let bytes = try SourceLoader.bytes(path)
                defer { progress.advance(bytes: bytes.count) }
                let hash = ContentHash.of(bytes)
                let name = path == "-" ? "stdin:" + hash.prefix(12) : Ingest.canonical(path)
                if try libraryCall({ try store.storedHash(of: name) }) == hash {
                    changes[.unchanged, default: 0] += 1
                    continue
                }
                let source: SourceText
                do {
                    source = try SourceText.decode(name: name, bytes: bytes)
                } catch {
                    throw CLIError(error.description)
                }
                changes[try libraryCall { try store.store(source, hash: hash) }, default: 0] += 1
            } catch let error as CLIError {
                progress.finish()
                // A library that cannot be written stops the run; a bad file does not.
                if error.fatal { throw error }
                failures.append(error.description)
                report(error.description)
            }
        }
        progress.status("indexing\u{2026}")
        try libraryCall {
            try store.rebuild { read, total in
                progress.status(read < total ? "indexing: \(read)/\(total) files read\u{2026}" : "linking \(total) files\u{2026}")
            }
        }
        progress.finish()
        let counts = try libraryCall { try store.counts() }
        let summary = "\(count(files.count, "file")): \(changes[.added] ?? 0) added, \(changes[.replaced] ?? 0) replaced, "
            + "\(changes[.unchanged] ?? 0) unchanged, \(failures.count) failed in \(Progress.clock(progress.elapsed)); "
            + "library: \(counts.articles) articles, \(counts.quotes) quotations, \(counts.speakers) speakers"
        report(summary)
        if !failures.isEmpty { throw ExitCode(1) }
    }

    /// The identity of a file in the library: its absolute path, symbolic links resolved.
    static func canonical(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }

    private func report(_ line: String) { Output.report(line) }
}
