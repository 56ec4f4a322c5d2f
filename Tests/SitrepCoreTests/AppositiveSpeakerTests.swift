import Testing
@testable import SitrepCore

/// A name set off by commas before the verb speaks; a place's region or the object of a relative clause inside the
/// description after it does not.
@Suite struct AppositiveSpeakerTests {
    @Test func aRegionClosingTheDescriptionOfAPlaceIsNotTheSpeaker() throws {
        let analysis = analyze("""
            Chocolate makers settle in

            Omar Haddad, the co-founder of a chocolate company based in Antigonish, N.S., says the topic of citizenship is discussed at every meal.

            “We have waited every day for this,” he said.
            """)
        #expect(try analysis.speakerNames("We have waited") == ["Omar Haddad"])
    }

    @Test func aNameInARelativeClauseOfTheDescriptionIsNotTheSpeaker() throws {
        let analysis = analyze("""
            Shutdown talks

            Rep. Lena Ostrow, D-Calif., the incoming chairwoman of the subcommittee that handles Homeland Security, said in an interview that her office is ready.

            “Our goal is to keep our promises,” she said.
            """)
        #expect(try analysis.speakerNames("Our goal is") == ["Lena Ostrow"])
    }
}

