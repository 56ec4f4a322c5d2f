import Foundation
import GRDB
import SitrepCore
@testable import SitrepStore
import Testing

/// A library written by an older Sitrep, before later migrations, is still read by the read commands (read-only,
/// nothing changed) and brought up to date by the next write.
@Suite struct OlderLibraryTests {
    @Test func aLibraryWithoutTheLaterMigrationsIsReadAsItIs() throws {
        let folder = try TemporaryFolder()
        let path = folder.path + "/library.sqlite"
        do {
            let library = try Library(path: path)
            try library.ingest(try sampleSources())
            // As an older Sitrep left it: only the base migration applied.
            try library.write { db in
                let later = try Schema.migrator.appliedIdentifiers(db).subtracting([Schema.base])
                #expect(!later.isEmpty, "there are later migrations to leave out")
                for identifier in later {
                    try db.execute(sql: "DELETE FROM grdb_migrations WHERE identifier = ?", arguments: [identifier])
                }
            }
        }
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let reader = try Library(path: path, create: false, readOnly: true)
        #expect(try reader.quotes(QuoteFilter()).count > 0)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }
}
