import ArgumentParser
import Foundation
import SitrepStore

/// `--library PATH`, shared by every subcommand.
struct LibraryOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "The library file (default: $SITREP_LIBRARY, else $XDG_DATA_HOME/sitrep/library.sqlite).",
        valueName: "path"))
    var library: String?

    /// The library's path: the option, else the environment, else the XDG default.
    var path: String { library ?? Library.defaultPath() }

    /// Opens the library for ingesting, creating it when missing, and claims it so that no other ingest runs
    /// at the same time.
    func openForWriting() throws -> (Library, IngestLock) {
        do {
            let library = try Library(path: path, create: true)
            return (library, try IngestLock(library: path))
        } catch let error as LibraryError {
            throw CLIError(error.description)
        }
    }

    /// Opens the library for reading; nil when there is no library yet. Files stored by an ingest that was cut short
    /// are indexed first when the library can be written.
    func openForReading() throws -> Library? {
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        do {
            let library: Library
            do {
                library = try Library(path: path, create: false)
            } catch LibraryError.readOnly, LibraryError.cannotOpen {
                // A library on a read-only file or medium is still read.
                return try Library(path: path, create: false, readOnly: true)
            }
            // Finish an ingest that was cut short, unless another ingest holds the library right now.
            if (try? library.needsRebuild) == true, let lock = try? IngestLock(library: path) {
                withExtendedLifetime(lock) { try? library.rebuild() }
            }
            return library
        } catch let error as LibraryError {
            throw CLIError(error.description)
        }
    }
}

/// Runs a library call, turning its errors into one-line command-line errors.
func libraryCall<T>(_ body: () throws -> T) throws -> T {
    do { return try body() } catch let error as LibraryError { throw CLIError(error.description, fatal: true) }
}
