import Foundation
import GRDB
import SitrepCore
@testable import SitrepStore
import Testing

/// The counts the status line shows are written down by adding what each batch changed, and stay equal to the
/// tables' counts through additions, merges, changes and removals.
@Suite struct LibraryCountsTests {
    private func counts(_ library: Library) throws -> (written: LibraryCounts?, counted: LibraryCounts) {
        try library.pool.read { db in (try LibraryCounts.written(db), try LibraryCounts.counted(db)) }
    }

    private func checkCounts(_ library: Library, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let found = try counts(library)
        #expect(found.written == found.counted, sourceLocation: sourceLocation)
    }

    private static let flood = """
        Floods cut off villages in the north after days of rain

        Rivers burst their banks across the northern province after three days of heavy rain, cutting off dozens of villages.
        “We have never seen water this high,” the regional governor Anna Kowalska said on Monday.
        Rescue teams used boats to reach families stranded on rooftops in the flooded villages of the province.
        """

    @Test func theWrittenCountsFollowEveryChange() throws {
        let folder = try TemporaryFolder()
        let library = try Library(path: folder.path + "/library.sqlite")
        for source in try sampleSources() {
            try library.ingest([source])
            try checkCounts(library)
        }
        // A bare surname, then the full name that carries it: two speakers become one.
        try library.ingest([SourceText(name: folder.path + "/a.txt", text: """
            Talks on the dam stall

            “We will not sign this week,” Okafor said after the meeting in Abuja.
            """)])
        try checkCounts(library)
        let speakers = try counts(library).counted.speakers
        try library.ingest([SourceText(name: folder.path + "/b.txt", text: """
            Dam negotiators meet again

            “We are ready to talk,” said Chinedu Okafor, the chief negotiator, in Abuja on Tuesday.
            """)])
        try checkCounts(library)
        #expect(try counts(library).counted.speakers == speakers, "the new speaker took the bare one in")
        // Two reports of one flood: a story of two segments.
        let linked = try counts(library).counted.linkedStories
        try library.ingest([SourceText(name: folder.path + "/flood-1.txt", text: LibraryCountsTests.flood)])
        try library.ingest([SourceText(name: folder.path + "/flood-2.txt", text: LibraryCountsTests.flood + """
            The governor said the army would send helicopters to the flooded villages on Tuesday.
            """)])
        try checkCounts(library)
        #expect(try counts(library).counted.linkedStories == linked + 1)
        // A changed file, then a removed one.
        try library.ingest([SourceText(name: folder.path + "/flood-2.txt", text: """
            Markets reopen in the capital

            Traders returned to the central market on Friday, the city council said.
            """)])
        try checkCounts(library)
        #expect(try counts(library).counted.linkedStories == linked)
        #expect(try library.remove(paths: [folder.path + "/b.txt"]) == 1)
        try checkCounts(library)
        #expect(try library.remove(paths: [folder.path + "/a.txt", folder.path + "/flood-1.txt"]) == 2)
        try checkCounts(library)
    }

    @Test func aBatchAddsToTheWrittenCountsWithoutCountingTheTables() throws {
        let folder = try TemporaryFolder()
        let library = try Library(path: folder.path + "/library.sqlite")
        try library.ingest([SourceText(name: folder.path + "/a.txt", text: """
            Talks on the dam stall

            “We will not sign this week,” Okafor said after the meeting in Abuja.
            """)])
        let before = try counts(library).counted
        try library.pool.write { db in
            try db.execute(sql: "UPDATE meta SET value = '1000 2000 3000 4000' WHERE key = ?", arguments: [LibraryCounts.key])
        }
        try library.ingest([SourceText(name: folder.path + "/b.txt", text: """
            Floods cut off villages

            “We have never seen water this high,” the regional governor Anna Kowalska said on Monday.
            """)])
        let after = try counts(library).counted
        #expect(after.articles == before.articles + 1)
        let counts = try library.counts()
        let expected: [Int] = [1000 + after.articles - before.articles, 2000 + after.quotes - before.quotes,
                               3000 + after.speakers - before.speakers, 4000 + after.linkedStories - before.linkedStories]
        #expect([counts.articles, counts.quotes, counts.speakers, counts.linkedStories] == expected)
    }

    /// Two reports of one storm on one page, the second after the first one's closing credit.
    private static let stormPage = """
        Storm closes harbour for a second day

        The port authority kept the harbour closed on Tuesday as the storm drove waves of eight metres onto the coast.

        Ferries stayed in port and fishing boats were moved to the inner basin, where the harbour master said they were safe.

        Contributing: Jane Roe and John Doe

        Storm keeps harbour closed as waves batter the coast

        The port authority kept the harbour closed as the storm drove waves of eight metres onto the coast on Tuesday.

        Ferries stayed in port and the harbour master moved fishing boats to the inner basin, where they were safe.

        """

    @Test func aStoryToldByOneFileIsNotListedAmongLinkedStoriesUntilAnotherFileCoversIt() throws {
        let folder = try TemporaryFolder()
        let library = try Library(path: folder.path + "/library.sqlite")
        try library.ingest([SourceText(name: folder.path + "/page.txt", text: LibraryCountsTests.stormPage)])
        let story = try #require(try library.stories(linkedOnly: false).first { $0.segmentCount == 2 },
                                 "the page's two reports are one story")
        #expect(story.sourceCount == 1)
        #expect(try library.stories(linkedOnly: true).isEmpty)
        #expect(try library.counts().linkedStories == 0)
        try checkCounts(library)
        try library.ingest([SourceText(name: folder.path + "/wire.txt", text: """
            Storm shuts harbour

            The port authority kept the harbour closed on Tuesday as the storm drove waves of eight metres onto the coast.

            Ferries stayed in port and fishing boats were moved to the inner basin, the harbour master said.
            """)])
        let linked = try library.stories(linkedOnly: true)
        #expect(linked.map(\.sourceCount) == [2])
        #expect(linked.first?.segmentCount == 3)
        #expect(try library.counts().linkedStories == 1)
        try checkCounts(library)
        #expect(try library.remove(paths: [folder.path + "/wire.txt"]) == 1)
        #expect(try library.stories(linkedOnly: true).isEmpty)
        #expect(try library.counts().linkedStories == 0)
        try checkCounts(library)
    }
}
