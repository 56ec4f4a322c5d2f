import Foundation
import GRDB
import SitrepCore
@testable import SitrepStore
import Testing

/// The bare mentions of a surname that no bearer takes, as a library built file by file keeps them: one speaker
/// apart whose id lasts, and a choice made again when their stories change.
@Suite struct BareGroupTests {
    private func file(_ folder: String, _ name: String, _ text: String) -> SourceText {
        SourceText(name: folder + "/" + name, text: text + "\n")
    }

    private func bare(_ folder: String) -> SourceText {
        file(folder, "bare.txt", """
            Harbour fees rise

            “The port cannot carry these costs,” Nowak told the council.
            """)
    }

    private func river(_ folder: String, _ index: Int) -> SourceText {
        file(folder, "1-maria-\(index).txt", """
            River report number \(index)

            “The level at the gauge changed again today,” the hydrologist Maria Nowak said.
            """)
    }

    @Test func aBareGroupEmptiedIntoABearerKeepsItsIdWhenItStandsApartAgain() throws {
        let folder = try TemporaryFolder()
        let library = try Library(path: folder.path + "/library.sqlite")
        try library.ingest([bare(folder.path)])
        let group = try #require(try library.speakers().first { $0.name == "Nowak" })
        // The only bearer of the surname takes the bare mention: the group's id resolves to her.
        try library.ingest([river(folder.path, 1)])
        let maria = try #require(try library.speakers().first { $0.name == "Maria Nowak" })
        #expect(try library.resolve(.speaker, group.id) == maria.id)
        // A second bearer as prominent: the bare mention stands apart again, under the id it had.
        try library.ingest([file(folder.path, "2-piotr.txt", """
            Bridge works begin

            “The new bridge will open in the spring,” the engineer Piotr Nowak said.
            """)])
        let apart = try #require(try library.speakers().first { $0.name == "Nowak" })
        #expect(try library.resolve(.speaker, group.id) == apart.id)
        let quotes = try library.quotes(QuoteFilter(speakerID: group.id))
        #expect(quotes.count == 1)
        #expect(quotes.allSatisfy { $0.text.hasPrefix("The port cannot") })
    }

    /// Maria Nowak is prominent in the library; a bare "Nowak" on the harbour and Piotr Nowak on the shipyard are
    /// two stories until a report on both joins them.
    private func mergedStoryFiles(_ folder: String) -> [SourceText] {
        (1...4).map { river(folder, $0) } + [
            file(folder, "2-harbour.txt", """
                Harbour fees rise for container ships

                The port authority raised harbour fees for container ships calling at the northern terminal on Monday.
                “The port cannot carry these costs,” Nowak told the council.
                """),
            file(folder, "3-shipyard.txt", """
                Shipyard welders strike over unpaid wages

                Welders at the shipyard walked out for a third day over unpaid wages and overtime.
                “The welders will not return until they are paid,” the union leader Piotr Nowak said.
                """),
            file(folder, "4-crisis.txt", """
                Harbour fees and shipyard strike hit the port

                The port authority raised harbour fees for container ships calling at the northern terminal, while
                welders at the shipyard walked out for a third day over unpaid wages and overtime.
                """),
        ].sorted { $0.name < $1.name }
    }

    @Test func aBareSurnameChoosesAgainWhenItsStoryTakesInAnother() throws {
        let folder = try TemporaryFolder()
        let sources = mergedStoryFiles(folder.path)
        let analysis = Analyzer().analyze(sources)
        let speaker = analysis.quotes.first { $0.text.hasPrefix("The port cannot") }?.speaker.map { analysis.speakers[$0].name }
        #expect(speaker == "Piotr Nowak", "one story holds the bare mention and Piotr Nowak")
        let once = try Library(path: folder.path + "/once.sqlite")
        try once.ingest(sources)
        let expected = try LivingLibraryTests().described(once)
        #expect(expected.stories.contains { $0.contains("2-harbour.txt") && $0.contains("3-shipyard.txt") })
        for (order, files) in [("forward", sources), ("backward", sources.reversed())] {
            let library = try Library(path: folder.path + "/\(order).sqlite")
            for source in files { try library.ingest([source]) }
            let found = try LivingLibraryTests().described(library)
            #expect(found.stories == expected.stories, "\(order)")
            #expect(found.quotes == expected.quotes, "\(order)")
            #expect(found.speakers == expected.speakers, "\(order)")
        }
    }
}
