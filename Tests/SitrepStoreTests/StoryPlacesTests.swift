import Foundation
import GRDB
import SitrepCore
import SitrepHarness
@testable import SitrepStore
import Testing

/// A story's segments are listed in list order from an index that gives each one's article and position in it, so
/// that the reader reads the rows of the few it shows only; a library from before that index lists them the same
/// (read as it is), and is given it by its next write.
@Suite struct StoryPlacesTests {
    /// How SQLite chooses a story's segments in list order.
    private func plan(_ db: Database) throws -> String {
        try Row.fetchAll(db, sql: """
            EXPLAIN QUERY PLAN SELECT s.id FROM segments s JOIN articles a ON a.id = s.article_id
            WHERE s.story_id = 1 ORDER BY a.position, s.ordinal LIMIT 50
            """).map { $0["detail"] as String }.joined(separator: "\n")
    }

    /// What the reader lists of each segment's story: the other segments, and the next and previous in other articles.
    private func listed(_ library: Library) throws -> [String] {
        let ids = try library.pool.read { db in try Int.fetchAll(db, sql: "SELECT id FROM segments ORDER BY id") }
        return try ids.map { id in
            let linked = try library.linked(toSegment: id, limit: 5).map { "\($0.segment.id)" }.joined(separator: ",")
            let next = try library.adjacentLinked(toSegment: id, forward: true)?.segment.id
            let previous = try library.adjacentLinked(toSegment: id, forward: false)?.segment.id
            return "\(id): \(linked) > \(next.map(String.init) ?? "-") < \(previous.map(String.init) ?? "-")"
        }
    }

    @Test func aStorysSegmentsAreChosenFromTheIndex() throws {
        let library = try Library.inMemory(label: "test")
        let read = try library.pool.read { db in try plan(db) }
        #expect(read.contains("COVERING INDEX segments_by_story_place (story_id=?)"), "\(read)")
    }

    @Test func aLibraryFromBeforeTheIndexListsTheSameAndIsGivenIt() throws {
        let folder = try TemporaryFolder()
        let path = folder.path + "/library.sqlite"
        let reports = StrikeReports.files.map { SourceText(name: folder.path + "/" + $0.name, text: $0.text) }
        let expected: [String]
        do {
            let library = try Library(path: path)
            try library.ingest(reports + (try sampleSources()))
            expected = try listed(library)
            // As an older Sitrep left it: the story's index before this migration.
            try library.pool.write { db in
                try db.execute(sql: """
                    DROP INDEX segments_by_story_place;
                    CREATE INDEX segments_by_story ON segments(story_id);
                    DELETE FROM grdb_migrations WHERE identifier = '\(SchemaStoryPlaces.identifier)';
                    """)
                #expect(try !plan(db).contains("segments_by_story_place"))
            }
        }
        #expect(expected.contains { !$0.hasSuffix("- < -") }, "\(expected)")
        let reading = try Library(path: path, create: false, readOnly: true)
        #expect(try listed(reading) == expected)
        let library = try Library(path: path)
        #expect(try listed(library) == expected)
        let indexes = try library.pool.read { db in
            Set(try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'segments'"))
        }
        #expect(indexes.contains("segments_by_story_place") && !indexes.contains("segments_by_story"), "\(indexes)")
    }
}
