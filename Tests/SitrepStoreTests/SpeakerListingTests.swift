import Foundation
import SitrepCore
import Testing
@testable import SitrepStore

/// Speakers are listed with what tells them apart: description, kind, number of quotations and the dates of the
/// first and last article that quotes them.
@Suite struct SpeakerListingTests {
    @Test func twoPeopleOfOneSurnameAreListedWithTheirDescriptionsKindsAndDates() throws {
        let folder = try TemporaryFolder()
        let library = try Library(path: folder.path + "/library.sqlite")
        try library.ingest([
            SourceText(name: "a.txt", text: """
                ---
                date: 2016-11-02
                ---
                Budget vote delayed

                “We need another week,” said Senator Donald Brisco, the budget committee chair.
                """ + "\n"),
            SourceText(name: "b.txt", text: """
                ---
                date: 2017-01-20
                ---
                Budget passes

                “The numbers add up now,” Donald Brisco said.
                """ + "\n"),
            SourceText(name: "c.txt", text: """
                ---
                date: 2018-05-09
                ---
                Gallery opens new wing

                “Art belongs to everyone,” said Irene Brisco.
                """ + "\n"),
        ])
        let speakers = try library.speakers(matching: SpeakerQuery("brisco"))
        let donald = try #require(speakers.first { $0.name == "Donald Brisco" })
        let irene = try #require(speakers.first { $0.name == "Irene Brisco" })
        #expect((donald.kind, donald.quoteCount, donald.firstDate, donald.lastDate) == (SpeakerKind.person, 2, "2016-11-02", "2017-01-20"))
        #expect((irene.firstDate, irene.lastDate) == ("2018-05-09", "2018-05-09"))
        #expect(donald.description == "Senator")
    }

    /// Speakers each quoted by one article are listed with its outlet and title, read in one query for the page
    /// (not one a speaker).
    @Test func theOutletsAndTitlesOfAPageOfSpeakersAreReadInOneQuery() throws {
        let folder = try TemporaryFolder()
        let library = try Library(path: folder.path + "/library.sqlite")
        let outlets = ["Harbour Times", "Valley Post", "Hill Courier"]
        try library.ingest(outlets.enumerated().map { index, outlet in
            SourceText(name: "\(index).txt", text: """
                ---
                outlet: \(outlet)
                ---
                Bridge \(index + 1) reopens

                “Traffic moves again,” said Marta Kowal\(["ska", "czyk", "ewska"][index]).
                """ + "\n")
        })
        final class Count: @unchecked Sendable { var articles = 0 }
        let count = Count()
        let speakers = try library.read { db in
            db.trace { event in
                if case let .statement(statement) = event, statement.sql.contains("web_articles") { count.articles += 1 }
            }
            defer { db.trace(options: []) }
            return try Library.speakers(db, matching: nil, limit: nil)
        }
        #expect(Set(speakers.compactMap(\.outlet)) == Set(outlets))
        #expect(Set(speakers.compactMap(\.articleTitle)) == ["Bridge 1 reopens", "Bridge 2 reopens", "Bridge 3 reopens"])
        #expect(count.articles == 1)
    }

    /// A page of speakers is read in as many queries whatever the number of speakers on it (not three a speaker).
    @Test func aPageOfSpeakersIsReadInAFewQueriesWhateverItsLength() throws {
        let folder = try TemporaryFolder()
        let library = try Library(path: folder.path + "/library.sqlite")
        let names = ["Marta Kowalska", "Oleh Bondar", "Irene Brisco", "Tomas Vidal", "Anna Lind", "Piotr Nowak"]
        try library.ingest(names.enumerated().map { index, name in
            SourceText(name: "\(index).txt", text: "Bridge \(index + 1) reopens\n\n\u{201C}Traffic moves again,\u{201D} said \(name).\n")
        })
        final class Count: @unchecked Sendable { var statements = 0 }
        func listed(_ limit: Int) throws -> (speakers: [LibrarySpeaker], statements: Int) {
            let count = Count()
            let speakers = try library.read { db in
                // The library's schema is read once per connection (whether it stores spans): not a statement of
                // the page.
                db.trace { event in
                    if case let .statement(statement) = event, !statement.sql.hasPrefix("PRAGMA") { count.statements += 1 }
                }
                defer { db.trace(options: []) }
                return try Library.speakers(db, matching: nil, limit: limit)
            }
            return (speakers, count.statements)
        }
        let one = try listed(1), all = try listed(names.count)
        #expect(one.speakers.count == 1 && Set(all.speakers.map(\.name)) == Set(names))
        #expect(all.statements == one.statements, "\(one.statements) statements for one speaker, \(all.statements) for \(names.count)")
        // Each listed as before: its alias, its one article's title, a proper name.
        #expect(all.speakers.allSatisfy { $0.isNamed && $0.articleCount == 1 && $0.aliases.contains($0.name)
            && $0.articleTitle?.hasPrefix("Bridge ") == true })
    }
}

/// A speaker no article names is listed as what it is, a description, and says so.
@Suite struct UnnamedSpeakerListingTests {
    @Test func aNamedAndAnUnnamedSpeakerAreToldApartInTheListAndTheExport() throws {
        let folder = try TemporaryFolder()
        let library = try Library(path: folder.path + "/library.sqlite")
        try library.ingest([
            SourceText(name: "a.txt", text: """
                Harbour fees rise again

                “The port cannot carry these costs,” a federal judge said on Monday.

                “We will appeal,” said John Smith, a shipping agent in Gdansk.
                """ + "\n"),
        ])
        let speakers = try library.speakers()
        let judge = try #require(speakers.first { $0.name.hasSuffix("federal judge") })
        let smith = try #require(speakers.first { $0.name == "John Smith" })
        #expect(!judge.isNamed)
        #expect(smith.isNamed)
        let records = try library.exportDocument().speakers
        #expect(records.first { $0.name == judge.name }?.named == false)
        #expect(records.first { $0.name == "John Smith" }?.named == true)
    }
}
