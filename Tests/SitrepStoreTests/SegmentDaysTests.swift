import Foundation
import GRDB
import SitrepCore
@testable import SitrepStore
import Testing

/// Each segment carries its article's day and outlet (``SchemaSegmentDays``), which linking reads with the
/// segment instead of the article's row: written with the segment, and given to the segments of a library an
/// older Sitrep wrote.
@Suite struct SegmentDaysTests {
    private func report(_ outlet: String?, _ index: Int) -> SourceText {
        let front = outlet.map { "---\noutlet: \($0)\ndate: 2024-03-0\(index)\n---\n" } ?? ""
        return SourceText(name: "\(index).txt", text: front + """
            Bridge \(index) reopens after repairs

            KYIV, March \(index) – The bridge over the Irpin reopened to traffic on Monday, the city council said.

            """)
    }

    /// Each segment's stored day and outlet beside its article's (the day as stored, the outlet from the front
    /// matter).
    private func pairs(_ library: Library) throws -> [[String?]] {
        try library.pool.read { db in
            try Row.fetchAll(db, sql: """
                SELECT s.day, a.day, s.outlet, \(Library.frontMatterOutlet) FROM segments s JOIN articles a ON a.id = s.article_id
                ORDER BY s.id
                """).map { row in (0..<4).map { (row[$0] as DatabaseValue).description } }
        }
    }

    @Test func aSegmentCarriesItsArticlesDayAndOutlet() throws {
        let folder = try TemporaryFolder()
        let library = try Library(path: folder.path + "/library.sqlite")
        try library.ingest([report("Harbour Times", 1), report(nil, 2)])
        let found = try pairs(library)
        #expect(found.count == 2)
        #expect(found.allSatisfy { $0[0] == $0[1] && $0[2] == $0[3] })
        #expect(found[0][2] == "\"Harbour Times\"" && found[1][2] == "NULL")
        #expect(found[0][0] != "NULL")
    }

    @Test func aLibraryFromBeforeGivesItsSegmentsTheirArticlesDayAndOutlet() throws {
        let folder = try TemporaryFolder()
        let path = folder.path + "/library.sqlite"
        do {
            let library = try Library(path: path)
            try library.ingest([report("Harbour Times", 1), report("Valley Post", 2), report(nil, 3)])
            try library.undoMigration(SchemaSegmentDays.identifier, """
                ALTER TABLE segments DROP COLUMN day; ALTER TABLE segments DROP COLUMN outlet
                """)
        }
        let library = try Library(path: path)
        let found = try pairs(library)
        #expect(found.count == 3)
        #expect(found.allSatisfy { $0[0] == $0[1] && $0[2] == $0[3] }, "\(found)")
        #expect(found.map { $0[2] } == ["\"Harbour Times\"", "\"Valley Post\"", "NULL"])
    }
}
