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
}
