import GRDB

/// Why the library cannot be used, as one line for the user. Nothing stored is changed when one is thrown.
public enum LibraryError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Another process holds the library (an ingest in progress, or a lock held by another program).
    case locked(path: String)
    /// The file is not an SQLite database, or it is damaged.
    case corrupt(path: String, detail: String)
    /// The file is an SQLite database, but not one Sitrep made.
    case foreign(path: String)
    /// The library was made by a newer Sitrep, whose schema this one does not know.
    case newer(path: String)
    /// Another ingest is running on the library.
    case busy(path: String, pid: Int32?)
    /// The library (or its folder) cannot be written.
    case readOnly(path: String)
    /// The disk is full.
    case full(path: String)
    /// The library cannot be opened (missing folder, permissions, ...).
    case cannotOpen(path: String, detail: String)
    /// A search query FTS5 cannot read.
    case badQuery(query: String, detail: String)
    /// The library's articles were stored without what linking them again needs (before `sitrep relink` existed).
    case needsReindex(path: String)

    public var description: String {
        switch self {
        case let .locked(path): "\(path): the library is locked by another process (an ingest in progress?); try again when it ends"
        case let .corrupt(path, detail): "\(path): the library is damaged or not a database (\(detail)); it was left untouched"
        case let .foreign(path): "\(path): this SQLite file is not a Sitrep library; it was left untouched"
        case let .newer(path): "\(path): the library was written by a newer version of Sitrep; upgrade sitrep to use it"
        case let .busy(path, pid):
            "\(path): another ingest is running on this library\(pid.map { " (pid \($0))" } ?? ""); try again when it ends"
        case let .readOnly(path): "\(path): the library cannot be written (read-only file or folder)"
        case let .full(path): "\(path): the disk is full; nothing of the file in progress was stored"
        case let .cannotOpen(path, detail): "\(path): cannot open the library (\(detail))"
        case let .badQuery(query, detail): "invalid search query '\(query)': \(detail)"
        case let .needsReindex(path): "\(path): the library's articles were stored by an older Sitrep; run sitrep reindex (it links them too)"
        }
    }

    /// The library error an SQLite error stands for, at `path`.
    static func from(_ error: any Error, path: String) -> any Error {
        if error is LibraryError { return error }
        guard let error = error as? DatabaseError else { return error }
        switch error.resultCode {
        case .SQLITE_BUSY, .SQLITE_LOCKED: return LibraryError.locked(path: path)
        case .SQLITE_NOTADB, .SQLITE_CORRUPT: return LibraryError.corrupt(path: path, detail: error.message ?? "\(error.resultCode)")
        case .SQLITE_READONLY: return LibraryError.readOnly(path: path)
        case .SQLITE_FULL: return LibraryError.full(path: path)
        case .SQLITE_CANTOPEN, .SQLITE_PERM, .SQLITE_AUTH:
            return LibraryError.cannotOpen(path: path, detail: error.message ?? "\(error.resultCode)")
        case .SQLITE_IOERR:
            return LibraryError.cannotOpen(path: path, detail: "I/O error: \(error.message ?? "")")
        default: return error
        }
    }
}
