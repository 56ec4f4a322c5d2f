import Testing
@testable import SitrepCore

/// Speakers found from the sentences and paragraphs around a quotation that names nobody itself.
@Suite struct ParagraphContextTests {
    @Test func aQuotationParagraphAfterAParagraphAboutANamedPersonIsTheirs() throws {
        let analysis = analyze("""
            “We will not back down,” Tom Lind said.

            Ana Ruiz praised the council’s handling of the flood and its work with the farmers.

            “We need someone who can get things done.”

            12 Farmers Share Their Hopes For Ana Ruiz.

            “Nobody saw the losses coming.”

            """)
        #expect(analysis.speakerName(try analysis.quote("We need someone")) == "Ana Ruiz")
        // A headline introduces nobody.
        #expect(try analysis.quote("Nobody saw").mention == nil)
    }

    @Test func aLongSentenceAboutANamedPersonEndingInAColonIntroducesTheNextParagraph() throws {
        let analysis = analyze("""
            In response to the flooding along the river, county mayor Ana Ruiz issued the following statement:

            “Our thoughts are with every family that lost a home.”

            """)
        #expect(analysis.speakerName(try analysis.quote("Our thoughts")) == "Ana Ruiz")
    }
}
