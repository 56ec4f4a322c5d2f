import Testing
@testable import SitrepCore

/// A document speaks for the body whose site publishes it; its title is no speaker's name.
@Suite struct DocumentIssuerTests {
    @Test func aTitledDocumentOnABodysWebsiteIsThatBodysAndSoIsItsTitleLater() throws {
        let analysis = analyze("""
            Cold rails

            The Harbour Safety Board has said the brakes were not applied.

            "Frost is a fact of life on the northern lines," says a document titled White Paper: Running Trains in Winter on Northern Lakes Railway's website.

            The white paper said ice builds up in the brake lines.

            "This is a major challenge."
            """)
        #expect(try analysis.speakerNames("Frost is a fact", "This is a major challenge")
                == ["Northern Lakes Railway", "Northern Lakes Railway"])
        #expect(!analysis.speakers.contains { $0.name == "White Paper" })
    }

    @Test func aReportOnABodysWebsiteIsThatBodys() throws {
        let analysis = analyze("""
            Water levels

            "The lake will fall by a metre this summer," says a report on the Lakes Authority's website.
            """)
        #expect(try analysis.speakerNames("The lake will fall") == ["Lakes Authority"])
    }

    @Test func aPlaceInAClauseAboutAnotherBodyIsNotTheDocumentsOwner() throws {
        let analysis = analyze("""
            Taxes

            "The tax burden has grown every year," said a report, which drew on figures on Northern Statistics Office's website.
            """)
        #expect(try analysis.speakerNames("The tax burden has grown") != ["Northern Statistics Office"])
    }
}
