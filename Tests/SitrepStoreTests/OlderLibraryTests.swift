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

    /// Opening for writing a library an older Sitrep wrote brings it up to date and says so (what `sitrep ingest`
    /// with no files then reports); a new library and one already up to date are not said to be brought up to date.
    @Test func openingAnOlderLibraryForWritingSaysItBroughtItUpToDate() throws {
        let folder = try TemporaryFolder()
        let path = folder.path + "/library.sqlite"
        let new = try Library(path: path)
        #expect(!new.upgraded)
        try new.ingest([SourceText(name: "a.txt", text: "Port talks\n\n“We will meet again,” said Marta Kowalska.\n")])
        #expect(try !Library(path: path).upgraded)
        try new.undoMigration(SchemaSpeakerSpans.identifier, """
            ALTER TABLE speakers DROP COLUMN article_count; ALTER TABLE speakers DROP COLUMN first_date;
            ALTER TABLE speakers DROP COLUMN last_date; ALTER TABLE speakers DROP COLUMN first_article;
            """)
        #expect(try !Library(path: path, create: false, readOnly: true).upgraded)
        #expect(try Library(path: path).upgraded)
        #expect(try !Library(path: path).upgraded)
    }
}
