import Testing
@testable import SitrepCore

/// A label given "as" a quotation by a named or described speaker is theirs, also after an article ("portrayed the
/// strike as a “betrayal”"); in a passive without an agent it is nobody's.
@Suite struct LabelSpeakerTests {
    @Test func aLabelAfterAsAndAnArticleIsTheSubjectsWhenTheyArePeopleOrABody() throws {
        let analysis = analyze("""
            Strike talk in the harbour

            Union officials portrayed the strike as a “betrayal” of the workers.

            The Harbour Authority portrayed the walkout as a “provocation” on Monday.

            """)
        let officials = try analysis.quote("betrayal")
        #expect(officials.kind == .partial)
        #expect(officials.mention?.contains("officials") == true)
        let authority = try analysis.quote("provocation")
        #expect(authority.mention?.contains("Harbour Authority") == true)
    }

    @Test func aLabelAfterAsAndAnArticleInAPassiveIsNobodys() throws {
        let analysis = analyze("""
            Strike talk in the harbour

            The strike was portrayed as a “betrayal” in the morning papers.

            """)
        let quote = try analysis.quote("betrayal")
        #expect(quote.speaker == nil)
        #expect(quote.mention == nil)
    }

    /// PassiveLabel: one rule says when a passive gives a label (an auxiliary a few words before its "as" or its mark, no
    /// comma between; a participle of labelling right before "as"); a verb of the speaker's own labels actively.
    @Test func onlyAPassiveMakesALabelNobodys() throws {
        let analysis = analyze("""
            Strike talk in the harbour

            The strike, which was long, is being portrayed as a “provocation” in the papers.

            Union leaders say the walkout is now widely seen as “a lifeline” for the port.

            The old sluice, a landmark known as “the widowmaker,” was closed.

            Tom Lind, 44, known online as “Harbourmaster,” was arrested in 2014.

            Senator Ana Ruiz told reporters she viewed the strike as “a betrayal” of the workers.

            Union officials, who were booed, portrayed the walkout as a “triumph” of the workers.
            """)
        #expect(try analysis.quote("provocation").speaker == nil)
        #expect(try analysis.quote("a lifeline").speaker == nil)
        #expect(try analysis.quote("the widowmaker").speaker == nil)
        #expect(try analysis.quote("Harbourmaster").speaker == nil)
        #expect(try analysis.speakerName(analysis.quote("a betrayal")) == "Ana Ruiz")
        #expect(try analysis.quote("triumph").mention == "Union officials")
    }
}
