import Foundation
import GRDB
import SitrepCore
@testable import SitrepStore
import Testing

/// Each segment's evidence of its link (``SitrepCore/LinkEvidence``) is kept on its row, made from its story as it
/// stands: the same whether the files came one at a time or all at once, the same as one analysis of all the files
/// gives, exported, and made for an older library by `relink`.
@Suite struct LinkEvidenceRowsTests {
    /// Two dated reports of one missile strike (one figure and one quotation alike) and an unrelated brief.
    private static func reports(in folder: TemporaryFolder) -> [SourceText] {
        ["a", "b", "c"].enumerated().map { index, name in
            SourceText(name: folder.path + "/\(name).txt", text: ReportTexts.reports[index])
        }
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

/// Invented reports for the tests of link evidence.
enum ReportTexts {
    /// Two reports of one missile strike from two outlets on one day, quoting the governor alike, and a brief on
    /// another subject the same day.
    static let reports = [
        "---\nsource: Northern Herald\ndate: 2024-03-05\n---\nMissile strike hits apartment block in Kharkiv\n\n"
            + "A Russian missile struck an apartment block in Kharkiv on Tuesday, killing three people and wounding twelve, regional governor Oleh Syniehubov said.\n\n"
            + "\u{201C}Rescuers are still searching the rubble for survivors,\u{201D} Syniehubov said in a statement on Telegram.\n\n"
            + "Volodymyr Zelensky condemned the strike on Kharkiv and asked allies for more air defence systems.\n",
        "---\nsource: Eastern Courier\ndate: 2024-03-05\n---\nThree killed as missile hits Kharkiv flats\n\n"
            + "Three people were killed and twelve wounded when a Russian missile hit an apartment block in Kharkiv, governor Oleh Syniehubov said on Tuesday.\n\n"
            + "\u{201C}Rescuers are still searching the rubble for survivors,\u{201D} Syniehubov said in a statement on Telegram.\n\n"
            + "Volodymyr Zelensky called the strike on Kharkiv a war crime and again asked allies for air defence systems.\n",
        "---\nsource: Harbour Times\ndate: 2024-03-05\n---\nFerry timetable changes for the summer\n\n"
            + "The harbour authority in Portwell will add two evening ferries to the island from June, its director Maria Lund said.\n",
    ]
}
