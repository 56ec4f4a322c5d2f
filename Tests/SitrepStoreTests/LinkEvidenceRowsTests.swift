import Foundation
import GRDB
import SitrepCore
import SitrepHarness
@testable import SitrepStore
import Testing

/// Each segment's evidence of its link (``SitrepCore/LinkEvidence``) is kept on its row, made from its story as it
/// stands: the same whether the files came one at a time or all at once, the same as one analysis of all the files
/// gives, exported, and made for an older library by `relink`.
@Suite struct LinkEvidenceRowsTests {
    /// Two dated reports of one missile strike (one figure and one quotation alike) and an unrelated brief
    /// (``SitrepHarness/StrikeReports``).
    private static func reports(in folder: TemporaryFolder) -> [SourceText] {
        StrikeReports.files.map { SourceText(name: folder.path + "/" + $0.name, text: $0.text) }
    }

    /// Each segment's evidence by its file and place, evidence as stored (JSON), segments without it left out.
    private func evidence(_ library: Library) throws -> [String] {
        try library.pool.read { db in
            try Row.fetchAll(db, sql: """
                SELECT a.source, s.ordinal, s.link_evidence FROM segments s JOIN articles a ON a.id = s.article_id
                WHERE s.link_evidence IS NOT NULL ORDER BY a.source, s.ordinal
                """).map { "\(URL(fileURLWithPath: $0[0] as String).lastPathComponent):\($0[1] as Int) \($0[2] as String)" }
        }
    }

    @Test func filesOneAtATimeGiveTheEvidenceOfAllAtOnceAndOfOneAnalysis() throws {
        let folder = try TemporaryFolder()
        let reports = LinkEvidenceRowsTests.reports(in: folder)
        let once = try Library(path: folder.path + "/once.sqlite")
        try once.ingest(reports)
        let growing = try Library(path: folder.path + "/growing.sqlite")
        for report in reports.reversed() { try growing.ingest([report]) }
        let expected = try evidence(once)
        #expect(expected.count == 2, "\(expected)")
        let grown = try evidence(growing)
        #expect(grown == expected, "\(grown)\n\(expected)")
        // The rows say what one analysis of the three files says.
        let analysis = Analyzer().analyze(reports)
        let analysed = analysis.stories.flatMap { story in
            zip(story.segments, story.evidence).compactMap { ref, found in
                found.map { "\(URL(fileURLWithPath: analysis.articles[ref.article].source).lastPathComponent):\(ref.segment) \((try? LinkEvidenceRows.encoded($0)) ?? "")" }
            }
        }.sorted()
        #expect(analysed == expected)
        let stored = try #require(try once.stories(linkedOnly: true).first)
        let segments = try once.segments(ofStory: stored.id)
        #expect(segments.allSatisfy { $0.segment.evidence?.sharedQuotation == true && $0.segment.evidence?.dates == "same day" })
    }

    @Test func removingAReportTakesTheEvidenceOfTheOneLeft() throws {
        let folder = try TemporaryFolder()
        let reports = LinkEvidenceRowsTests.reports(in: folder)
        let library = try Library(path: folder.path + "/library.sqlite")
        try library.ingest(reports)
        #expect(try evidence(library).count == 2)
        #expect(try library.remove(paths: [reports[1].name]) == 1)
        #expect(try evidence(library).isEmpty)
    }

    @Test func anOlderLibraryGetsItsEvidenceOnRelinkAndExportsIt() throws {
        let folder = try TemporaryFolder()
        let library = try Library(path: folder.path + "/library.sqlite")
        try library.ingest(LinkEvidenceRowsTests.reports(in: folder))
        let made = try evidence(library)
        // As a library from before the evidence was kept.
        try library.pool.write { db in try db.execute(sql: "UPDATE segments SET names = NULL, link_evidence = NULL") }
        #expect(try evidence(library).isEmpty)
        try library.relink()
        #expect(try evidence(library) == made)
        let story = try #require(try library.exportDocument().stories.first { $0.segments.count == 2 })
        #expect(story.links.map(\.segment) == story.segments)
        #expect(story.links.allSatisfy { $0.reason.contains("Kharkiv") && $0.reason.hasSuffix("same quotation") })
    }
}
