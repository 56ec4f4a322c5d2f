import Testing
@testable import SitrepCore

/// LabelAgent: the agent of a passive verb of naming or viewing before "as" gives the label after it.
@Suite struct LabelAgentTests {
    @Test func theAgentOfAPassiveLabelSaysTheLabel() throws {
        let analysis = analyze("""
            Harbour levy

            The dockers want a vote on the levy, an option seen by organizers as a “lifeboat” for the port.

            Ana Ruiz, described by her colleagues as a “tireless advocate for the docks,” will chair the talks.

            """)
        let lifeboat = try analysis.quote("lifeboat")
        #expect(lifeboat.mention == "organizers")
        #expect(lifeboat.kind == .partial)
        #expect(lifeboat.sieve == .labelAgent)
        #expect(try analysis.quote("tireless advocate").mention == "colleagues")
    }

    @Test func withoutAnAgentThePassiveLabelStaysNobodys() throws {
        let analysis = analyze("""
            Harbour levy

            The dockers want a vote on the levy, an option seen as a “lifeboat” for the port.

            """)
        #expect(try analysis.quote("lifeboat").mention == nil)
    }

    /// A speech verb governing the sentence keeps its label: the agent of a passive inside it does not take it.
    @Test func aSpeechVerbGoverningTheSentenceKeepsTheLabel() throws {
        let analysis = analyze("""
            Kyiv strike

            Zelensky said the attack was seen by Moscow as a “warning.”

            The city was seen by the invading force as an “easy prize,” Kuleba said.

            """)
        #expect(try analysis.speakerNames("warning", "easy prize") == ["Zelensky", "Kuleba"])
    }
}
