import Foundation
import GRDB
import SitrepCore
import SitrepHarness
@testable import SitrepStore
import Testing

/// Each segment's evidence of its link (``SitrepCore/LinkEvidence``) is made when shown from its story's rows, each
/// segment's names stored as it is added: the same whether the files came one at a time or all at once, the same as
/// one analysis of all the files gives, exported, and shown for an older library without writing to it.
@Suite struct LinkEvidenceRowsTests {
    /// Two dated reports of one missile strike (one figure and one quotation alike) and an unrelated brief
    /// (``SitrepHarness/StrikeReports``).
    private static func reports(in folder: TemporaryFolder) -> [SourceText] {
        StrikeReports.files.map { SourceText(name: folder.path + "/" + $0.name, text: $0.text) }
    }

    /// Evidence as JSON, keys sorted (to compare whole).
    private static func encoded(_ evidence: LinkEvidence) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(evidence), as: UTF8.self)
    }

    /// Each segment's evidence by its file and place, segments without it left out.
    private func evidence(_ library: Library) throws -> [String] {
        try library.pool.read { db in
            let found = try LinkEvidenceRows.evidence(db, stories: nil)
            return try Row.fetchAll(db, sql: """
                SELECT s.id, a.source, s.ordinal FROM segments s JOIN articles a ON a.id = s.article_id ORDER BY a.source, s.ordinal
                """).compactMap { row in
                try found[row[0]].map {
                    "\(URL(fileURLWithPath: row[1] as String).lastPathComponent):\(row[2] as Int) \(try LinkEvidenceRowsTests.encoded($0))"
                }
            }
        }
    }

    @Test func evidenceShownOnceIsShownAnewWhenTheStoryGains() throws {
        let folder = try TemporaryFolder()
        let reports = LinkEvidenceRowsTests.reports(in: folder)
        let library = try Library(path: folder.path + "/library.sqlite")
        try library.ingest([reports[0], reports[2]])
        // The strike told by one article: its segment links nothing, and that is what is kept for its story.
        let strike = try #require(try library.articles(0..<10).first { $0.source.hasSuffix("/a.txt") })
        let first = try #require(try library.segment(article: strike.id, ordinal: 0))
        #expect(try library.segments(ofStory: first.story).allSatisfy { $0.segment.evidence == nil })
        try library.ingest([reports[1]])
        // The second report joins the story: the same library shows the evidence its segments have now.
        let shown = try library.segments(ofStory: try #require(try library.segment(article: strike.id, ordinal: 0)).story)
        #expect(shown.count == 2)
        #expect(shown.allSatisfy { $0.segment.evidence?.sharedQuotation == true }, "\(shown.map(\.segment.evidence))")
        #expect(try library.linked(toSegment: first.id, limit: 5).first?.segment.evidence?.dates == "same day: Tue 5 Mar")
    }

    @Test func evidencePutOffIsMadeAfterAndNeverShownAsTheStoryWas() throws {
        let folder = try TemporaryFolder()
        let reports = LinkEvidenceRowsTests.reports(in: folder)
        let library = try Library(path: folder.path + "/library.sqlite")
        try library.ingest(Array(reports.prefix(2)))
        let strike = try #require(try library.articles(0..<10).first { $0.source.hasSuffix("/a.txt") })
        let first = try #require(try library.segment(article: strike.id, ordinal: 0))
        // Put off, the story's evidence is not made: its other report comes without it, and the work waits.
        let early = try library.linked(toSegment: first.id, limit: 5, putOff: true)
        #expect(early.count == 1 && early.allSatisfy { $0.segment.evidence == nil })
        #expect(library.hasPutOffEvidence)
        #expect(try library.makePutOffEvidence())
        #expect(!library.hasPutOffEvidence)
        #expect(try library.makePutOffEvidence() == false)
        let made = try library.linked(toSegment: first.id, limit: 5, putOff: true).first?.segment.evidence
        #expect(made?.dates == "same day: Tue 5 Mar" && made?.sharedQuotation == true)
        #expect(made == (try library.linked(toSegment: first.id, limit: 5).first?.segment.evidence))
        // The second report comes again two days later, of a day two days later: what was made for the story as it was is not shown for it.
        let later = SourceText(name: reports[1].name,
                               text: StrikeReports.files[1].text.replacingOccurrences(of: "2024-03-05", with: "2024-03-07")
                                   .replacingOccurrences(of: "on Tuesday", with: "on Thursday"))
        try library.ingest([later])
        #expect(try library.linked(toSegment: first.id, limit: 5, putOff: true).allSatisfy { $0.segment.evidence == nil })
        #expect(try library.makePutOffEvidence())
        #expect(try library.linked(toSegment: first.id, limit: 5, putOff: true).first?.segment.evidence?.dates == "2 days apart")
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
                found.map { "\(URL(fileURLWithPath: analysis.articles[ref.article].source).lastPathComponent):\(ref.segment) \((try? LinkEvidenceRowsTests.encoded($0)) ?? "")" }
            }
        }.sorted()
        #expect(analysed == expected)
        let stored = try #require(try once.stories(linkedOnly: true).first)
        let segments = try once.segments(ofStory: stored.id)
        #expect(segments.allSatisfy { $0.segment.evidence?.sharedQuotation == true && $0.segment.evidence?.dates == "same day: Tue 5 Mar" })
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

    @Test func eachAddedSegmentKeepsItsNamesEvenAlone() throws {
        let folder = try TemporaryFolder()
        let library = try Library(path: folder.path + "/library.sqlite")
        try library.ingest(Array(LinkEvidenceRowsTests.reports(in: folder).suffix(1)))
        let names = try library.pool.read { db in try String?.fetchAll(db, sql: "SELECT names FROM segments") }
        #expect(!names.isEmpty && names.allSatisfy { $0 != nil })
    }

    @Test func anOlderLibraryShowsItsEvidenceWithoutWritingAndExportsIt() throws {
        let folder = try TemporaryFolder()
        let library = try Library(path: folder.path + "/library.sqlite")
        try library.ingest(LinkEvidenceRowsTests.reports(in: folder))
        let made = try evidence(library)
        // As a library from before names were kept: they are read from the passages, and not written.
        try library.pool.write { db in try db.execute(sql: "UPDATE segments SET names = NULL") }
        #expect(try evidence(library) == made)
        let stored = try #require(try library.stories(linkedOnly: true).first)
        let segments = try library.segments(ofStory: stored.id)
        #expect(segments.allSatisfy { $0.segment.evidence?.names.contains("Kharkiv") == true })
        let linked = try library.linked(toSegment: segments[0].segment.id, limit: 5)
        #expect(linked.map(\.segment.evidence) == [segments[1].segment.evidence])
        #expect(try library.pool.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM segments WHERE names IS NOT NULL") } == 0)
        let story = try #require(try library.exportDocument().stories.first { $0.segments.count == 2 })
        #expect(story.links.map(\.segment) == story.segments)
        #expect(story.links.allSatisfy { $0.reason.contains("Kharkiv") && $0.reason.hasSuffix("same quotation") })
    }

    @Test func aLibraryFromBeforeNamesAndEventDaysWereKeptIsReadAsItIs() throws {
        let folder = try TemporaryFolder()
        let path = folder.path + "/library.sqlite"
        try Library(path: path).ingest(LinkEvidenceRowsTests.reports(in: folder))
        // As a library an older Sitrep wrote: its segments have neither column.
        try Library(path: path).pool.write { db in
            try db.execute(sql: "ALTER TABLE segments DROP COLUMN event_day")
            try db.execute(sql: "ALTER TABLE segments DROP COLUMN names")
        }
        let reading = try Library(path: path, create: false, readOnly: true)
        let stored = try #require(try reading.stories(linkedOnly: true).first)
        let segments = try reading.segments(ofStory: stored.id)
        #expect(segments.count == 2 && segments.allSatisfy { $0.segment.evidence?.names.contains("Kharkiv") == true })
        #expect(try reading.exportDocument().stories.contains { $0.links.count == 2 })
    }

    @Test func putOffStoriesAreMadeOneACallTheLastAskedFirst() throws {
        let folder = try TemporaryFolder()
        let writing = try Library(path: folder.path + "/library.sqlite")
        let floods = FloodReports.files.map { SourceText(name: folder.path + "/" + $0.name, text: $0.text) }
        try writing.ingest(LinkEvidenceRowsTests.reports(in: folder) + floods)
        let stories = try writing.stories(linkedOnly: true)
        #expect(stories.count == 2, "\(stories.map(\.title))")
        let firsts = try stories.map { try #require(try writing.segments(ofStory: $0.id).first?.segment.id) }
        // A reader opening the library anew keeps no evidence yet.
        let library = try Library(path: folder.path + "/library.sqlite", create: false, readOnly: true)
        for segment in firsts { _ = try library.linked(toSegment: segment, limit: 5, putOff: true) }
        // One call makes one story, the one asked last; a key pressed meanwhile waits for no more than it.
        #expect(try library.makePutOffEvidence())
        #expect(library.hasPutOffEvidence)
        #expect(try library.linked(toSegment: firsts[1], limit: 5, putOff: true).allSatisfy { $0.segment.evidence != nil })
        #expect(try library.linked(toSegment: firsts[0], limit: 5, putOff: true).allSatisfy { $0.segment.evidence == nil })
        #expect(try library.makePutOffEvidence())
        #expect(try library.linked(toSegment: firsts[0], limit: 5, putOff: true).allSatisfy { $0.segment.evidence != nil })
        #expect(!library.hasPutOffEvidence)
    }

    /// A story a reader shows while an ingest in another terminal adds to it at every batch is not made again at every
    /// batch: it keeps the evidence made before (its new segment without) for ``LinkEvidenceCache/regrowthSeconds``,
    /// then is made again; a story a segment left is made again at once.
    @Test func aStoryThatOnlyGainedIsMadeAgainAtMostOnceAWhile() throws {
        let folder = try TemporaryFolder()
        let reports = LinkEvidenceRowsTests.reports(in: folder)
        let library = try Library(path: folder.path + "/library.sqlite")
        try library.ingest(Array(reports.prefix(2)))
        final class Clock: @unchecked Sendable { var now = 1_000.0 }
        let clock = Clock()
        let cache = LinkEvidenceCache(clock: { clock.now })
        let strike = try #require(try library.articles(0..<10).first { $0.source.hasSuffix("/a.txt") })
        let story = Int64(try #require(try library.segment(article: strike.id, ordinal: 0)).story)
        // The story's segments as they stand.
        func members(_ db: Database) throws -> Set<Int64> {
            Set(try Int64.fetchAll(db, sql: "SELECT id FROM segments WHERE story_id = ?", arguments: [story]))
        }
        let made = try library.pool.read { db in
            _ = try cache.evidence(db, stories: [story], of: try members(db), putOff: true)
            return (try cache.makePutOff(db), try cache.evidence(db, stories: [story], of: try members(db), putOff: true))
        }
        #expect(made.0 && made.1.count == 2)
        // Asked for one segment of the story, the evidence of that one alone.
        let one = try #require(made.1.keys.min())
        #expect(try library.pool.read { db in try cache.evidence(db, stories: [story], of: [one]) }.keys.sorted() == [one])
        // A third outlet's report joins the story a second later.
        let third = SourceText(name: folder.path + "/d.txt", text: StrikeReports.files[1].text
            .replacingOccurrences(of: "Eastern Courier", with: "Western Post"))
        try library.ingest([third])
        clock.now += 1
        let grown = try library.pool.read { db in
            (try Int.fetchOne(db, sql: "SELECT count(*) FROM segments WHERE story_id = ?", arguments: [story]),
             try cache.evidence(db, stories: [story], of: try members(db), putOff: true), cache.hasPutOff, try cache.makePutOff(db))
        }
        #expect(grown.0 == 3)
        #expect(grown.1 == made.1)
        #expect(!grown.2 && !grown.3)
        clock.now += LinkEvidenceCache.regrowthSeconds
        let due = try library.pool.read { db in
            (cache.hasPutOff, try cache.makePutOff(db), try cache.evidence(db, stories: [story], of: try members(db), putOff: true).count)
        }
        #expect(due.0 && due.1 && due.2 == 3)
        // The second report taken away: what was shown may not hold, and nothing is shown until it is made again.
        #expect(try library.remove(paths: [reports[1].name]) == 1)
        clock.now += 1
        let left = try library.pool.read { db in (try cache.evidence(db, stories: [story], of: try members(db), putOff: true), cache.hasPutOff) }
        #expect(left.0.isEmpty && left.1)
    }

    /// `]` and `[` go to the next linked segment without making the evidence of its link, which they do not show.
    @Test func theAdjacentLinkedSegmentComesWithoutMakingEvidence() throws {
        let folder = try TemporaryFolder()
        let library = try Library(path: folder.path + "/library.sqlite")
        try library.ingest(LinkEvidenceRowsTests.reports(in: folder))
        let strike = try #require(try library.articles(0..<10).first { $0.source.hasSuffix("/a.txt") })
        let first = try #require(try library.segment(article: strike.id, ordinal: 0))
        let next = try #require(try library.adjacentLinked(toSegment: first.id, forward: true))
        #expect(next.source.hasSuffix("/b.txt") && next.segment.evidence == nil)
        // Nothing was made for the story, nor put off.
        #expect(!library.hasPutOffEvidence)
        #expect(try library.linked(toSegment: first.id, limit: 5, putOff: true).allSatisfy { $0.segment.evidence == nil })
    }
}
