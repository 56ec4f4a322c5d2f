import Testing
@testable import SitrepCore

/// Words written on a thing that carries them (a sign, a banner, a hat) are the thing's, not the words of whoever
/// holds or wears it, even when an indefinite article names the thing.
@Suite struct InscriptionTests {
    @Test func aSignOrAHatReadingWordsSaysThem() throws {
        let analysis = analyze("""
            Rally at the harbour

            Ana Ruiz held up a sign saying “Keep the harbour open for everyone.” The nurse says she has marched before.

            Doug Lind wore a campaign hat reading “Build the bridge now” at the rally on Wednesday night.
            """)
        #expect(try analysis.quote("Keep the harbour open").mention == "sign")
        #expect(try analysis.quote("Build the bridge now").mention == "campaign hat")
    }

    @Test func aWorkThatIsNoInscriptionLeavesTheWordsToItsAuthor() throws {
        let analysis = analyze("""
            Rally at the harbour

            Ana Ruiz posted a video saying the port was “a place for everyone” on Tuesday.
            """)
        #expect(try analysis.quote("a place for everyone").mention == "Ana Ruiz")
    }
}
