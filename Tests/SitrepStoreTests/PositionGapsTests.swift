import Foundation
import GRDB
import SitrepCore
@testable import SitrepStore
import Testing

/// Removing a file leaves its articles' positions as a gap: no other article's row is written, and the list in
/// order of ingest reads on across the gap.
@Suite struct PositionGapsTests {
    /// A file of one short report about `place`.
    private func report(_ folder: TemporaryFolder, _ place: String) -> SourceText {
        SourceText(name: folder.path + "/\(place.lowercased()).txt", text: """
            Storm damage reported in \(place)

            A storm damaged roofs across \(place) overnight, and crews cleared fallen trees, the mayor of \(place) said.
            """)
    }

    private func rows(_ library: Library) throws -> [Row] {
        try library.pool.read { db in try Row.fetchAll(db, sql: "SELECT * FROM articles ORDER BY id") }
    }

    /// The list in order of ingest, read whole, page by page, and by each article's place in it, all agree.
    private func expectList(_ library: Library, _ ids: [Int]) throws {
        #expect(try library.articles(0..<ids.count).map(\.id) == ids)
        #expect(try library.articles(ArticleList(), 0..<ids.count).map(\.article.id) == ids)
        for start in ids.indices {
            #expect(try library.articles(start..<(start + 2)).map(\.id) == Array(ids[start..<min(start + 2, ids.count)]))
            #expect(try library.articles(ArticleList(), start..<(start + 1)).map(\.article.id) == [ids[start]])
            #expect(try library.position(ofArticle: ids[start]) == start)
        }
        #expect(try library.articles(ids.count..<(ids.count + 3)).isEmpty)
    }

    @Test func removingAFileWritesNoOtherArticleRowAndTheListReadsAcrossTheGap() throws {
        let folder = try TemporaryFolder()
        let library = try Library(path: folder.path + "/library.sqlite")
        let places = ["Arlen", "Brisk", "Corvo", "Dunmore", "Elst", "Farrow"]
        for place in places { try library.ingest([report(folder, place)]) }
        let before = try rows(library)
        let ids = before.map { Int($0["id"] as Int64) }
        #expect(ids.count == places.count)
        try expectList(library, ids)

        // The second file goes: every other article's row is as it was, position included.
        #expect(try library.remove(paths: [folder.path + "/brisk.txt"]) == 1)
        #expect(try rows(library) == before.filter { $0["source"] as String != folder.path + "/brisk.txt" })
        try expectList(library, ids.filter { $0 != ids[1] })

        // The one after it: the two gaps become one.
        #expect(try library.remove(paths: [folder.path + "/corvo.txt"]) == 1)
        try expectList(library, [ids[0], ids[3], ids[4], ids[5]])
        #expect(try library.pool.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM position_gaps") } == 1)

        // A new file comes after the last; the last file going leaves no gap behind.
        try library.ingest([report(folder, "Gorran")])
        let gorran = try #require(try rows(library).last.map { Int($0["id"] as Int64) })
        try expectList(library, [ids[0], ids[3], ids[4], ids[5], gorran])
        #expect(try library.remove(paths: [folder.path + "/gorran.txt"]) == 1)
        #expect(try library.remove(paths: [folder.path + "/farrow.txt"]) == 1)
        try expectList(library, [ids[0], ids[3], ids[4]])
        #expect(try library.pool.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM position_gaps") } == 1)
        try library.ingest([report(folder, "Hale")])
        let hale = try #require(try rows(library).last.map { Int($0["id"] as Int64) })
        try expectList(library, [ids[0], ids[3], ids[4], hale])
    }

    @Test func runsArePositionsInARow() {
        #expect(PositionGaps.runs([7, 3, 4, 5, 9, 8, 12]) == [3..<6, 7..<10, 12..<13])
        #expect(PositionGaps.runs([]) == [])
    }

    @Test func aLibraryFromBeforeTheGapsIsReadAsOneWithoutAndGivenThemByItsNextWrite() throws {
        let folder = try TemporaryFolder()
        let path = folder.path + "/library.sqlite"
        var ids: [Int] = []
        do {
            let library = try Library(path: path)
            for place in ["Arlen", "Brisk", "Corvo"] { try library.ingest([report(folder, place)]) }
            ids = try rows(library).map { Int($0["id"] as Int64) }
            // As an older Sitrep left it: no table of gaps.
            try library.undoMigration(SchemaPositionGaps.identifier, "DROP TABLE position_gaps")
        }
        do {
            let reading = try Library(path: path, create: false, readOnly: true)
            try expectList(reading, ids)
        }
        let library = try Library(path: path)
        #expect(try library.pool.read { db in try db.tableExists("position_gaps") })
        #expect(try library.remove(paths: [folder.path + "/arlen.txt"]) == 1)
        try expectList(library, Array(ids.dropFirst()))
    }

    @Test func gapsPastTheirBoundAreCompactedIntoANumberingWithoutThem() throws {
        let folder = try TemporaryFolder()
        let library = try Library(path: folder.path + "/library.sqlite")
        for place in ["Arlen", "Brisk", "Corvo", "Dunmore", "Elst"] { try library.ingest([report(folder, place)]) }
        let ids = try rows(library).map { Int($0["id"] as Int64) }
        #expect(try library.remove(paths: [folder.path + "/brisk.txt", folder.path + "/dunmore.txt"]) == 2)
        #expect(try library.pool.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM position_gaps") } == 2)
        try library.pool.write { db in try PositionGaps.compact(db) }
        #expect(try library.pool.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM position_gaps") } == 0)
        #expect(try library.pool.read { db in try Int.fetchAll(db, sql: "SELECT position FROM articles ORDER BY position") } == [0, 1, 2])
        try expectList(library, [ids[0], ids[2], ids[4]])
    }

    @Test func aRemovalBetweenTwoGapsJoinsThemIntoOne() throws {
        let folder = try TemporaryFolder()
        let library = try Library(path: folder.path + "/library.sqlite")
        for place in ["Arlen", "Brisk", "Corvo", "Dunmore", "Elst"] { try library.ingest([report(folder, place)]) }
        let ids = try rows(library).map { Int($0["id"] as Int64) }
        func gaps() throws -> [[Int]] {
            try library.pool.read { db in try Row.fetchAll(db, sql: "SELECT position, size FROM position_gaps ORDER BY position").map { [$0[0], $0[1]] } }
        }
        // The gap after a removed file's articles, then the one before: each joins the gap it touches.
        #expect(try library.remove(paths: [folder.path + "/dunmore.txt"]) == 1)
        #expect(try library.remove(paths: [folder.path + "/brisk.txt"]) == 1)
        #expect(try gaps() == [[1, 1], [3, 1]])
        #expect(try library.remove(paths: [folder.path + "/corvo.txt"]) == 1)
        #expect(try gaps() == [[1, 3]])
        try expectList(library, [ids[0], ids[4]])
    }
}
