import Foundation
import GRDB

/// The persistent library: one SQLite file (WAL mode) holding every ingested file and what Sitrep read out of
/// it, with FTS5 indexes over passages, quotations and speakers' names.
///
/// Files are stored one transaction each; the derived tables (articles, quotations, speakers, stories, figures)
/// are rebuilt from the stored files in one more transaction (see ``rebuild(analyzer:progress:)``), so that an interrupted
/// ingest leaves the library as it was before the file in progress.
public final class Library: Sendable {
    /// Where the file is, as the user named it.
    public let path: String
    /// The database: a pool of connections on a library file, or one connection to a library in memory.
    let pool: any DatabaseWriter
    /// Writes read and flagged marks when the library was opened read-only.
    let markWriter: MarkWriter
    /// The link evidence of the stories shown last, kept while their segments stay the same.
    let linkEvidence = LinkEvidenceCache()
    /// Whether opening the library brought it up to date: it was written by an older Sitrep, and the tables of this
    /// version were added to it (never on a new library, nor on one opened read-only).
    public let upgraded: Bool

    /// Opens the library at `path`, creating it (and its folder) when `create` is true and it does not exist.
    /// Throws ``LibraryError`` when the file is not a Sitrep library, is damaged, locked, or of a newer version.
    /// A lock held by another process is waited for up to `busyTimeout` seconds. With `readOnly`, nothing is ever
    /// written (a library on a read-only file or medium can still be read).
    public init(path: String, create: Bool = true, readOnly: Bool = false, busyTimeout: Double = 3) throws {
        self.path = path
        markWriter = MarkWriter(needed: readOnly)
        let manager = FileManager.default
        let folder = (path as NSString).deletingLastPathComponent
        if !manager.fileExists(atPath: path) {
            guard create else { throw LibraryError.cannotOpen(path: path, detail: "no library here yet; run sitrep ingest") }
            if !folder.isEmpty, !manager.fileExists(atPath: folder) {
                do {
                    try manager.createDirectory(atPath: folder, withIntermediateDirectories: true)
                } catch {
                    throw LibraryError.cannotOpen(path: path, detail: "cannot create folder \(folder)")
                }
            }
        }
        try Library.probe(path, busyTimeout: busyTimeout)
        var configuration = Configuration()
        configuration.busyMode = .timeout(busyTimeout)
        configuration.label = "sitrep-library"
        configuration.readonly = readOnly
        if !readOnly {
            configuration.prepareDatabase { db in
                // Linking a new article reads index pages all over the file: they stay in memory (up to the size
                // below) instead of being read again from the operating system for each article.
                try db.execute(sql: "PRAGMA cache_size = -\(Library.cacheKilobytes)")
            }
        }
        do {
            do {
                pool = try DatabasePool(path: path, configuration: configuration)
            } catch where readOnly {
                // A WAL library in a folder that cannot be written has no shared-memory file to read through: it
                // is read as immutable (nobody can change it there).
                pool = try DatabasePool(path: Library.immutableURI(path), configuration: configuration)
            }
            let pool = self.pool
            if try pool.read({ db in try Schema.migrator.hasBeenSuperseded(db) }) { throw LibraryError.newer(path: path) }
            if readOnly {
                // A library an older Sitrep wrote is read as it is: the base tables are all a read command needs
                // (later migrations add tables of their own, made by the next ingest). One never written at all is
                // not a library to read.
                guard try pool.read({ db in try Schema.migrator.appliedIdentifiers(db).contains(Schema.base) }) else {
                    throw LibraryError.readOnly(path: path)
                }
                upgraded = false
            } else {
                let applied = try pool.read { db in try Schema.migrator.appliedIdentifiers(db) }
                try Schema.migrator.migrate(pool)
                upgraded = !applied.isEmpty && applied != Set(Schema.migrator.migrations)
            }
        } catch {
            throw LibraryError.from(error, path: path)
        }
    }

    /// A library in memory, gone with the process: the reader on files given on the command line stores them here,
    /// so that it searches and lists them with the same queries as a library on disk.
    public static func inMemory(label: String) throws -> Library {
        do {
            let queue = try DatabaseQueue(configuration: Configuration())
            try Schema.migrator.migrate(queue)
            return Library(path: label, pool: queue)
        } catch {
            throw LibraryError.from(error, path: label)
        }
    }

    private init(path: String, pool: any DatabaseWriter) {
        self.path = path
        self.pool = pool
        markWriter = MarkWriter(needed: false)
        upgraded = false
    }

    /// SQLite's page cache of a connection that writes, in kilobytes.
    static let cacheKilobytes = 65_536

    /// The SQLite URI that opens `path` as an immutable database.
    static func immutableURI(_ path: String) -> String {
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: "?#%")
        let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
        return "file:" + (absolute.addingPercentEncoding(withAllowedCharacters: allowed) ?? absolute) + "?immutable=1"
    }

    /// Looks at an existing file read-only before anything writes to it: a foreign, damaged or newer file is
    /// refused untouched (opening it for writing would already switch its journal mode).
    private static func probe(_ path: String, busyTimeout: Double) throws {
        guard let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int, size > 0 else { return }
        var configuration = Configuration()
        configuration.readonly = true
        configuration.busyMode = .timeout(busyTimeout)
        func look(_ location: String) throws {
            let queue = try DatabaseQueue(path: location, configuration: configuration)
            try queue.read { db in
                let id = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
                let tables = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") ?? 0
                if id != Schema.applicationID, tables > 0 { throw LibraryError.foreign(path: path) }
                // A newer library is refused before anything opens it for writing.
                if try Schema.migrator.hasBeenSuperseded(db) { throw LibraryError.newer(path: path) }
            }
            try queue.close()
        }
        do {
            do {
                try look(path)
            } catch let error as DatabaseError where [.SQLITE_CANTOPEN, .SQLITE_READONLY].contains(error.resultCode) {
                try look(immutableURI(path))
            }
        } catch {
            throw LibraryError.from(error, path: path)
        }
    }

    /// The rows of a query, each decoded as it is stepped to, its columns found by name through one table (rows
    /// copied first are searched column by column, lower-casing every name, for every value read). With `cached`,
    /// the statement is prepared once per connection: only for SQL of which a reader makes few variants (a
    /// connection's cache of statements is never emptied, so SQL holding values, such as a list of ids, is not kept).
    static func rows<T>(_ db: Database, _ sql: String, _ arguments: StatementArguments = [], cached: Bool = true,
                        _ decode: (Row) throws -> T) throws -> [T] {
        var decoded: [T] = []
        let statement = cached ? try db.cachedStatement(sql: sql) : try db.makeStatement(sql: sql)
        let cursor = try Row.fetchCursor(statement, arguments: arguments)
        while let row = try cursor.next() { decoded.append(try decode(row)) }
        return decoded
    }

    /// Runs a read, turning SQLite errors into ``LibraryError``.
    func read<T>(_ body: (Database) throws -> T) throws -> T {
        do { return try pool.read(body) } catch { throw LibraryError.from(error, path: path) }
    }

    /// Runs a write transaction, turning SQLite errors into ``LibraryError``. Nothing of it stays on error.
    func write<T>(_ body: (Database) throws -> T) throws -> T {
        do { return try pool.write(body) } catch { throw LibraryError.from(error, path: path) }
    }

    /// Checks the whole file (`PRAGMA integrity_check`): nil when sound, else what SQLite reports, each damaged page
    /// named with the table or index it belongs to ("page 52 (quotes): ...").
    public func integrityProblem() throws -> String? {
        try check(pragma: "integrity_check", limit: .max)
    }

    /// The default location: `$SITREP_LIBRARY`, else `$XDG_DATA_HOME/sitrep/library.sqlite`, else
    /// `~/.local/share/sitrep/library.sqlite`.
    public static func defaultPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let explicit = environment["SITREP_LIBRARY"], !explicit.isEmpty { return explicit }
        let data: String
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") {
            data = xdg
        } else {
            data = (environment["HOME"] ?? NSHomeDirectory()) + "/.local/share"
        }
        return data + "/sitrep/library.sqlite"
    }
}

extension Library {
    /// A library up to this size is checked before every write (the check reads the whole file: about 0.15 s per
    /// 100 MB); a larger one at most once per ``checkInterval``, so that adding one file to a library of years
    /// does not read gigabytes first.
    public static let alwaysCheckedBytes = 64 << 20
    /// How long a large library's last sound check holds.
    public static let checkInterval: TimeInterval = 24 * 60 * 60

    /// A quick check of the file's structure (`PRAGMA quick_check`, linear in its size), when one is due (see
    /// ``alwaysCheckedBytes``): nil when sound or not due, else what SQLite reports. Run before writing, so that
    /// nothing is added to a damaged library; a sound check is written down.
    public func quickCheckProblem(alwaysBelow limit: Int = Library.alwaysCheckedBytes,
                                  interval: TimeInterval = Library.checkInterval, now: Date = Date()) throws -> String? {
        let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int ?? 0
        if size > limit, let last = try read({ db in
            try Double.fetchOne(db, sql: "SELECT CAST(value AS REAL) FROM meta WHERE key = 'checked'")
        }), now.timeIntervalSince1970 - last < interval {
            return nil
        }
        if let problem = try check(pragma: "quick_check", limit: 3) { return problem }
        // Written for a small library too: the first ingest of many files makes it large, and the next one then
        // need not read gigabytes it just wrote.
        try write { db in
            try db.execute(sql: "INSERT OR REPLACE INTO meta(key, value) VALUES ('checked', ?)",
                           arguments: ["\(now.timeIntervalSince1970)"])
        }
        return nil
    }

    /// The report of a check pragma; the failure SQLite ends a report of a damaged page with fails the read too,
    /// after the report is made.
    private func check(pragma: String, limit: Int) throws -> String? {
        var report: String?
        do {
            try read { db in report = try Library.problems(db, pragma: pragma, limit: limit) }
        } catch {
            guard let report else { throw error }
            return report
        }
        return report
    }

    /// The report of a check pragma, its first `limit` problems: SQLite reports a page it cannot read as one more
    /// row and then fails the statement, so the rows are read one at a time and the failure ends the report.
    static func problems(_ db: Database, pragma: String, limit: Int) throws -> String? {
        var rows: [String] = []
        let statement = try db.makeStatement(sql: "PRAGMA \(pragma)")
        let cursor = try String.fetchCursor(statement)
        do {
            while let row = try cursor.next() { rows.append(row) }
        } catch let error as DatabaseError where error.resultCode == .SQLITE_CORRUPT && !rows.isEmpty {
            rows.append(error.message ?? "database disk image is malformed")
        }
        // One row can hold several lines ("*** in database main ***" and its problems).
        rows = rows.flatMap { $0.split(separator: "\n").map(String.init) }.filter { !$0.hasPrefix("*** in database") }
        guard rows != ["ok"], !rows.isEmpty else { return nil }
        return rows.prefix(limit).map { named($0, db) }.joined(separator: "; ")
    }

    /// A problem with the page it names ("Page 52: ...") said with the table or index the page belongs to, when
    /// SQLite's page statistics know it.
    private static func named(_ problem: String, _ db: Database) -> String {
        guard problem.hasPrefix("Page "), let number = Int(problem.dropFirst(5).prefix { $0.isNumber }),
              let owner = try? String.fetchOne(db, sql: "SELECT name FROM dbstat WHERE pageno = ?", arguments: [number])
        else { return problem }
        return "page \(number) (\(owner))" + problem.drop { $0 != ":" }
    }
}
