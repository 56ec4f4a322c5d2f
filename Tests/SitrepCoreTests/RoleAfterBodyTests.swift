import Testing
@testable import SitrepCore

/// "University of the Fraser Valley political scientist Hamish Telford said": the person named after the role is
/// the speaker, not the body where they work.
@Suite struct RoleAfterBodyTests {
    @Test func theNameAfterARoleAfterABodyOfAPlaceSpeaks() throws {
        let analysis = analyze("""
            Budget claims

            “There is a tried-and-true method in politics,” University of the Northern Coast political scientist Hamish Tolland said.
            """)
        let quote = try analysis.quote("There is a tried")
        #expect(analysis.speakerName(quote) == "Hamish Tolland")
    }

    @Test func theNameAfterARoleAfterAPersonOfSomebodyIsNotTheSpeaker() throws {
        let analysis = analyze("""
            Debate night

            The widow of Harbour City police officer John Smithe said: “He never came home that night.”
            """)
        #expect(try analysis.speakerNames("He never came home") != ["John Smithe"])
    }
}
