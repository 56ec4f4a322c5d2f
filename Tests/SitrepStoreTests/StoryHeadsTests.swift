import Foundation
import GRDB
import SitrepCore
@testable import SitrepStore
import Testing

/// A story that only gains segments has its record (title, counts, shared terms) brought up to date from the new
/// segments and the heads stored on its row (``SchemaStoryHeads``), and that record is the one all its segments give.
@Suite struct StoryHeadsTests {
    /// Three reports of one flood, each with its own title.
    private static func report(_ title: String, _ extra: String) -> String {
        """
        \(title)

        Rivers burst their banks across the northern province after three days of heavy rain, cutting off dozens of villages.
        “We have never seen water this high,” the regional governor Anna Kowalska said on Monday.
        Rescue teams used boats to reach families stranded on rooftops in the flooded villages of the province.
        \(extra)
        """
    }

    private static func reports(in folder: TemporaryFolder) -> [SourceText] {
        [SourceText(name: folder.path + "/a.txt", text: report("Floods cut off villages in the north", "")),
         SourceText(name: folder.path + "/b.txt", text: report("Northern villages cut off by floods",
                                                               "The army sent helicopters to the flooded villages on Tuesday.")),
         SourceText(name: folder.path + "/c.txt", text: report("Rain floods the northern province",
                                                               "Schools in the province stay closed until the water falls."))]
    }

    /// The stories of more than one segment: title, counts, shared terms, figures compared.
    private func records(_ library: Library) throws -> [String] {
        try library.pool.read { db in
            try Row.fetchAll(db, sql: """
                SELECT title, segment_count, source_count, shared_terms FROM stories WHERE segment_count > 1 ORDER BY title
                """).map { "\($0[0] as String) | \($0[1] as Int) | \($0[2] as Int) | \($0[3] as String)" }
        }
    }

    /// Forgets the stored heads, as a library written before them: the next batch makes every record it touches
    /// from all the story's segments.
    private func forgetHeads(_ library: Library) throws {
        try library.pool.write { db in try db.execute(sql: "UPDATE stories SET first_segment = NULL, title_segment = NULL") }
    }

    @Test func aStoryGainingFilesOneAtATimeHasTheRecordOfAllItsSegments() throws {
        let folder = try TemporaryFolder()
        let reports = StoryHeadsTests.reports(in: folder)
        // Each newcomer comes first by path: the story's first segment, so its title, changes each time.
        let growing = try Library(path: folder.path + "/growing.sqlite")
        let remade = try Library(path: folder.path + "/remade.sqlite")
        for report in reports.reversed() {
            try growing.ingest([report])
            try forgetHeads(remade)
            try remade.ingest([report])
        }
        let expected = try records(remade)
        #expect(expected.count == 1)
        #expect(expected.first?.hasPrefix("Floods cut off villages in the north | 3 | 3 | ") == true,
                "the title of the first file by path")
        #expect(try records(growing) == expected)
    }

    @Test func aStoryWithoutStoredHeadsIsMadeAgainInFullAndGetsThem() throws {
        let folder = try TemporaryFolder()
        let reports = StoryHeadsTests.reports(in: folder)
        let library = try Library(path: folder.path + "/library.sqlite")
        try library.ingest(Array(reports.suffix(2)))
        try forgetHeads(library)
        try library.ingest([reports[0]])
        let once = try Library(path: folder.path + "/once.sqlite")
        try once.ingest(reports)
        #expect(try records(library) == records(once))
        let missing = try library.pool.read { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM stories WHERE first_segment IS NULL") ?? -1
        }
        #expect(missing == 0)
    }
}
