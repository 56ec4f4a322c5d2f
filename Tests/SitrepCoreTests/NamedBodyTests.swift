import Testing
@testable import SitrepCore

/// "the company" or "the board" after a body has spoken is that body, not an unnamed source.
@Suite struct NamedBodyTests {
    @Test func theCompanyIsTheBusinessLastNamed() throws {
        let analysis = analyze("""
            Outage at the store

            Zentrix said Thursday that its app store had been down for six hours.

            “We are working to restore access as quickly as possible,” the company said in a statement.
            """)
        #expect(try analysis.speakerNames("We are working to restore") == ["Zentrix"])
    }

    @Test func theBoardIsTheBodyWhoseNameHoldsTheNoun() throws {
        let analysis = analyze("""
            Derailment

            The Harbour Safety Board has said the brakes were not applied.

            Mara Vale, a driver from Salem, said she saw the cars fall.

            “The investigation will take months,” the board said.
            """)
        #expect(try analysis.speakerNames("The investigation will take") == ["Harbour Safety Board"])
    }

    @Test func theCompanyIsNoPersonTheArticleNamesInFull() throws {
        let analysis = analyze("""
            Layoffs

            Ana Ruiz, who founded the shop, said sales fell. “It was a hard year,” Ruiz said.

            “We will close two stores,” the company said.
            """)
        #expect(try analysis.speakerNames("We will close two stores") == [nil])
    }
}
