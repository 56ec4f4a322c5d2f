import Foundation
import GRDB
import SitrepCore
@testable import SitrepStore
import Testing

/// A story's places of one kind (its bearers and bare mentions of surnames) are one range of an index that also
/// gives each place's speaker row, and a library from before that index is given it by its next write, its places
/// kept.
@Suite struct PlaceRangesTests {
    /// How SQLite reads the places a story holds under the name parts of its speakers.
    private func plan(_ db: Database) throws -> String {
        try Row.fetchAll(db, sql: """
            EXPLAIN QUERY PLAN SELECT description, entity_id FROM places
            WHERE story_id = 1 AND description BETWEEN char(1) AND char(3) ORDER BY entity_id
            """).map { $0["detail"] as String }.joined(separator: "\n")
    }

    @Test func aStorysPlacesOfOneKindAreOneRange() throws {
        let library = try Library.inMemory(label: "test")
        let read = try library.pool.read { db in try plan(db) }
        #expect(read.contains("COVERING INDEX places_by_story_description (story_id=? AND description>? AND description<?)"))
    }

    @Test func aLibraryFromBeforeTheRangesIsGivenThemWithItsPlaces() throws {
        let folder = try TemporaryFolder()
        let path = folder.path + "/library.sqlite"
        var before: [Row] = []
        do {
            let library = try Library(path: path)
            try library.ingest(try sampleSources())
            // As an older Sitrep left it: the indexes of places before this migration.
            try library.undoMigration(SchemaPlaceIndex.identifier, "SELECT 1")
            try library.undoMigration(SchemaPlaceRanges.identifier, """
                DROP INDEX places_by_story_description;
                CREATE INDEX places_by_description ON places(description, story_id);
                CREATE INDEX places_by_story ON places(story_id);
                """)
            try library.pool.write { db in
                let read = try plan(db)
                #expect(!read.contains("COVERING"))
                before = try Row.fetchAll(db, sql: "SELECT * FROM places ORDER BY rowid")
            }
        }
        #expect(!before.isEmpty)
        let library = try Library(path: path)
        let (after, read, indexes) = try library.pool.read { db in
            (try Row.fetchAll(db, sql: "SELECT * FROM places ORDER BY rowid"), try plan(db),
             Set(try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'places'")))
        }
        #expect(after == before)
        #expect(read.contains("COVERING INDEX places_by_story_description"))
        // (The index by description and story went with a later migration, ``SchemaPlaceIndex``.)
        #expect(indexes == ["places_by_entity", "places_by_story_description"])
        // And it links new articles as before.
        try library.ingest([SourceText(name: folder.path + "/floods.txt", text: """
            Floods cut off villages in the north

            “We have never seen water this high,” the regional governor Anna Kowalska said.
            """)])
        #expect(try library.speakers(matching: SpeakerQuery("Kowalska")).map(\.name) == ["Anna Kowalska"])
    }
}
