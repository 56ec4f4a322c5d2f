import Foundation
import SitrepCore
@testable import SitrepStore

/// The package's root folder, found from this file.
let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// A temporary folder, removed when the value is released.
final class TemporaryFolder {
    let url: URL
    var path: String { url.path }

    init() throws {
        url = FileManager.default.temporaryDirectory.appending(path: "sitrep-store-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    /// Writes a file in the folder and returns its path.
    @discardableResult
    func write(_ name: String, _ text: String) throws -> String {
        let file = url.appending(path: name)
        try Data(text.utf8).write(to: file)
        return file.path
    }

    deinit { try? FileManager.default.removeItem(at: url) }
}

/// The bundled sample files, decoded under their paths in the package.
func sampleSources() throws -> [SourceText] {
    let folder = packageRoot.appending(path: "Resources/corpus")
    return try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted().filter { $0.hasSuffix(".txt") }.map {
        let path = folder.appending(path: $0).path
        return try SourceText.decode(name: path, bytes: Array(Data(contentsOf: URL(fileURLWithPath: path))))
    }
}

extension Library {
    /// Leaves the library as a Sitrep from before migration `identifier` left it: `undo` (SQL) takes out what the
    /// migration made, and the migration is no longer recorded, so that the next open for writing applies it again.
    func undoMigration(_ identifier: String, _ undo: String) throws {
        try pool.write { db in
            try db.execute(sql: undo)
            try db.execute(sql: "DELETE FROM grdb_migrations WHERE identifier = ?", arguments: [identifier])
        }
    }

    /// Stores sources the way `sitrep ingest` does and rebuilds; returns what happened to each.
    @discardableResult
    func ingest(_ sources: [SourceText]) throws -> [SourceChange] {
        let changes = try sources.map { try store($0, hash: ContentHash.of($0.bytes)) }
        try rebuild()
        return changes
    }
}
