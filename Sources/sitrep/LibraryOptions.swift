import ArgumentParser
import Foundation
import SitrepCore
import SitrepStore

/// `--library PATH`, shared by every subcommand.
struct LibraryOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "The library file (default: $SITREP_LIBRARY, else $XDG_DATA_HOME/sitrep/library.sqlite).",
        valueName: "path"))
    var library: String?

    /// The library's path: the option, else the environment, else the XDG default.
    var path: String { library ?? Library.defaultPath() }

    /// Opens the library for ingesting, creating it when missing. The ingest lock is taken first, so that a second
    /// ingest started at the same moment is told the first one's pid before either touches the file; then the
    /// file is checked (`PRAGMA quick_check`), so that nothing is written into a damaged library.
    func openForWriting() throws -> (Library, IngestLock) {
        do {
            let folder = (path as NSString).deletingLastPathComponent
            if !folder.isEmpty, !FileManager.default.fileExists(atPath: folder) {
                do {
                    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
                } catch {
                    throw LibraryError.cannotOpen(path: path, detail: "cannot create folder \(folder)")
                }
            }
            let lock = try IngestLock(library: path)
            let library = try Library(path: path, create: true)
            if let problem = try library.quickCheckProblem() {
                throw LibraryError.corrupt(path: path, detail: problem)
            }
            return (library, lock)
        } catch let error as LibraryError {
            throw CLIError(error.description)
        }
    }

    /// Opens the library for a read command: read-only, so that reading never writes (no schema change, no
    /// index rebuilt). A missing library is an error, since a listing of nothing would look like an answer.
    /// Files stored by an ingest that was cut short and not indexed yet are told on standard error.
    func openForReading() throws -> Library {
        guard let library = try openIfPresent() else {
            throw CLIError("\(path): no library here (sitrep ingest PATH makes one)")
        }
        return library
    }

    /// The library opened read-only when its file exists, nil when it does not (the reader then shows the bundled
    /// sample with a hint).
    func openIfPresent() throws -> Library? {
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        do {
            let library = try Library(path: path, create: false, readOnly: true)
            if (try? library.needsRebuild) == true {
                Output.report("\(path): files stored by an interrupted ingest are not indexed yet; sitrep ingest finishes them")
            } else if (try? library.needsReindex) == true {
                Output.report("\(path): analysed by another version of Sitrep; sitrep reindex analyses it with this one")
            }
            return library
        } catch let error as LibraryError {
            throw CLIError(error.description)
        }
    }
}

extension LibraryOptions {
    /// The export of the files named on the command line, analysed together and cut into articles as `articles`
    /// says, with the files left out (``SourceLoader/finish(_:)`` ends the command with their status); with none,
    /// the library's, read from its rows (with `resolve` given the library, to turn ids given out earlier into
    /// today's).
    func document(_ paths: [String], articles: ArticleOptions,
                  resolve: (Library) throws -> Void = { _ in }) throws -> (document: ExportDocument, loaded: SourceLoader.Loaded) {
        guard paths.isEmpty else {
            let loaded = try SourceLoader.load(paths, articles: articles)
            return (ExportDocument(Analyzer().analyze(loaded.inputs)), loaded)
        }
        let store = try openForReading()
        guard try libraryCall({ try store.isCurrent }) else {
            throw CLIError("\(path): written by an older Sitrep; sitrep ingest (with no files) brings it up to date")
        }
        try libraryCall { try resolve(store) }
        return (try libraryCall { try store.exportDocument() }, SourceLoader.Loaded())
    }
}

/// Runs a library call, turning its errors into one-line command-line errors.
func libraryCall<T>(_ body: () throws -> T) throws -> T {
    do { return try body() } catch let error as LibraryError { throw CLIError(error.description, fatal: true) }
}
