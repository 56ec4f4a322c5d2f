import SitrepHarness
import Testing
@testable import SitrepCore

/// A list of speakers tells two speakers apart when their names are alike: an unnamed speaker quoted in one article
/// is listed with that article's outlet and title.
@Suite struct ListedApartTests {
    /// Two unrelated articles of one day, each quoting "a federal judge" (``SitrepHarness/NewsFixtures/twoJudges``).
    static let articles = NewsFixtures.twoJudges.map { SourceText(name: $0.name, text: $0.text) }

    @Test func twoUnnamedSpeakersOfOneDescriptionReadApartByTheirArticles() throws {
        let analysis = Analyzer().analyze(ListedApartTests.articles)
        let judges = analysis.speakerListings().filter { !$0.isNamed && $0.name.hasSuffix("federal judge") }
        try #require(judges.count == 2)
        #expect(judges.allSatisfy { $0.shownName.hasPrefix("[") && $0.shownKind == "unnamed person" && $0.span == "2016-11-02" })
        #expect(Set(judges.compactMap(\.origin)) == ["Harbour Times, \u{201C}Harbour fees rise again\u{201D}",
                                                     "Valley Post, \u{201C}School board election overturned\u{201D}"])
        #expect(judges[0].shownParts != judges[1].shownParts)
    }

    @Test func aSpeakerQuotedInSeveralArticlesIsListedWithoutAnArticle() throws {
        let analysis = Analyzer().analyze(ListedApartTests.articles + [
            SourceText(name: "docks.txt", text: "Dock strike\n\n“Ships will go elsewhere,” said Marta Kowal.\n"),
            SourceText(name: "union.txt", text: "Union vote\n\n“We will ask for a recount,” Marta Kowal said.\n"),
        ])
        let kowal = try #require(analysis.speakerListings().first { $0.name == "Marta Kowal" })
        #expect((kowal.articleCount, kowal.quoteCount, kowal.shownName) == (2, 2, "Marta Kowal"))
        #expect(kowal.origin == nil)
    }

    @Test func theOriginIsTheTitleAloneWhenTheOutletIsUnknown() {
        let listing = SpeakerListing(name: "officials", isNamed: false, kind: .group, description: nil, quoteCount: 1,
                                     articleCount: 1, articleTitle: "Port closed")
        #expect(listing.origin == "\u{201C}Port closed\u{201D}")
        #expect(listing.shownName == "[officials]")
    }
}
