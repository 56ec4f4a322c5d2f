import Testing
@testable import SitrepCore

/// An attribution set in by commas ("…, Ana Ruiz wrote, she …") reports what the sentence goes on to say: a pronoun
/// for that person inside it does not take the words from her.
@Suite struct SetInAttributionTests {
    @Test func aPronounAfterASetInAttributionSpeaksForTheNamedReporter() throws {
        let analysis = analyze("""
            Memoir of the siege

            In those last nights, Ana Ruiz wrote, she began saying a prayer to herself “over and over again” in the cellar.

            The evacuation, Tom Lind explained, was the result of planning — an investment he concludes has constituted a “head start on the shelling.”

            """)
        let prayer = try analysis.quote("over and over again")
        #expect(prayer.mention == "Ana Ruiz")
        #expect(prayer.cue == "wrote")
        let plan = try analysis.quote("head start on the shelling")
        #expect(plan.mention == "Tom Lind")
    }

    /// A clause a subordinator opens after the attribution, or an attribution after a quotation, reports nothing of
    /// the reporter's: the pronoun there is someone else.
    @Test func aSubordinateClauseOrAQuotationBeforeLeavesThePronounAlone() throws {
        let analysis = analyze("""
            The fall of the town

            The town fell, Lind said, after she told the garrison it was a “tactical retreat” to the river.

            “We held for weeks”, Lind said, and she called the withdrawal “an orderly move” in her report.

            """)
        #expect(try analysis.quote("tactical retreat").mention != "Lind")
        #expect(try analysis.quote("an orderly move").cue != "said")
    }
}
