import Foundation
import GRDB
@testable import SitrepCore
import SitrepHarness
@testable import SitrepStore
import Testing

/// Each segment's event day (``SitrepCore/EventDay``) is kept on its row as it is stored (``SchemaEventDays``):
/// incremental linking, the evidence of links and `sitrep relink` read it there.
@Suite struct EventDayRowsTests {
    /// The two strike reports (``SitrepHarness/StrikeReports``), the second published the next day and dating the
    /// strike "yesterday" where the first says "on Tuesday" (5 March 2024).
    private static func reports(in folder: TemporaryFolder) -> [SourceText] {
        let files = StrikeReports.files.prefix(2)
        let retold = files.last!.text.replacingOccurrences(of: "date: 2024-03-05", with: "date: 2024-03-06")
            .replacingOccurrences(of: "said on Tuesday", with: "said yesterday")
        return [SourceText(name: folder.path + "/a.txt", text: files.first!.text), SourceText(name: folder.path + "/b.txt", text: retold)]
    }

    private func eventDays(_ library: Library) throws -> [Double?] {
        try library.pool.read { db in
            try Double?.fetchAll(db, sql: "SELECT s.event_day FROM segments s JOIN articles a ON a.id = s.article_id ORDER BY a.source")
        }
    }

    @Test func theEventDaySurvivesIngestAndDatesTheIncrementalLink() throws {
        let folder = try TemporaryFolder()
        let reports = EventDayRowsTests.reports(in: folder)
        let library = try Library(path: folder.path + "/library.sqlite")
        // One file at a time: the second is linked to the first incrementally.
        try library.ingest([reports[0]])
        try library.ingest([reports[1]])
        let tuesday = try #require(StoryLinker.day(of: "2024-03-05"))
        #expect(try eventDays(library) == [tuesday, tuesday])
        let first = try #require(try library.articles(0..<10).first { $0.source.hasSuffix("/a.txt") })
        let segment = try #require(try library.segment(article: first.id, ordinal: 0))
        let linked = try library.linked(toSegment: segment.id, limit: 5)
        #expect(linked.count == 1)
        // Published a day apart, the two report one day's strike.
        let evidence = try #require(linked.first?.segment.evidence)
        #expect(evidence.daysApart == 0)
        #expect(evidence.dates == "same day: Tue 5 Mar")
        // Linked again over the whole library, from the stored days: the same.
        try library.relink()
        #expect(try eventDays(library) == [tuesday, tuesday])
        let relinked = try library.linked(toSegment: segment.id, limit: 5)
        #expect(relinked.first?.segment.evidence?.dates == "same day: Tue 5 Mar")
    }
}
