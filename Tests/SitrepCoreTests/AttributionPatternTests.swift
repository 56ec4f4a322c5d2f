import Testing
@testable import SitrepCore

/// Attribution patterns of American and British news English beyond "X said": block quotations introduced by a
/// colon, abbreviated honorifics, quoted words in a speaker's own sentence, and speakers kept apart or named well.
@Suite struct AttributionPatternTests {
    @Test func aParagraphEndingInSaidColonIntroducesTheNextParagraphsQuotation() throws {
        let analysis = analyze("""
            Flood warning for the delta

            The regional governor, Ilse Marten, responded:

            “Every family below the dyke will be moved by Friday. Nobody will be left behind.”

            “The forecast is worse than last spring.”

            """)
        let quote = try analysis.quote("Every family below the dyke")
        #expect(analysis.speakerName(quote) == "Ilse Marten")
        #expect(quote.cue == "responded")
        // A quotation paragraph after it goes on in the same voice.
        #expect(analysis.speakerName(try analysis.quote("The forecast is worse")) == "Ilse Marten")
    }

    @Test func abbreviatedHonorificsAndRolesStayOutOfTheName() throws {
        let analysis = analyze("""
            “The budget is balanced,” said Mr. Halvorsen, who chairs the committee. “We will not borrow,” said Gov. Ana Ruiz.

            """)
        #expect(analysis.speakerName(try analysis.quote("The budget is balanced")) == "Halvorsen")
        #expect(try analysis.quote("The budget is balanced").mention == "Mr. Halvorsen")
        #expect(analysis.speakerName(try analysis.quote("We will not borrow")) == "Ana Ruiz")
    }

    @Test func quotedWordsInANamedSpeakersSentenceAreTheirs() throws {
        let analysis = analyze("Senator Lina Varga railed against the “river cartel of the north” in the chamber on Tuesday.\n")
        let quote = try analysis.quote("river cartel")
        #expect(quote.kind == .partial)
        #expect(analysis.speakerName(quote) == "Lina Varga")
    }

    @Test func anOpeningPhraseIsNotTheSpeaker() throws {
        let analysis = analyze("In response to the strike on the port, the harbour master Oskar Lind rallied workers, saying: “We reopen tomorrow.”\n")
        #expect(analysis.speakerName(try analysis.quote("We reopen tomorrow")) == "Oskar Lind")
    }

    @Test func oneDescriptionBesideTwoNamedSpeakersJoinsNeither() throws {
        // Two articles of one story both say "the minister", and each names a different minister: the unnamed
        // minister of a third article cannot be told apart, so the two named ministers stay two speakers.
        let story = "The ministers met in Vienna on Monday to discuss the gas pipeline deal and the winter supply contracts."
        let analysis = analyze(
            "\(story)\n\n“The pipeline will open in March,” the minister, Karl Berger, said.\n",
            "\(story)\n\n“Supplies are secured for the winter,” the minister, Jonas Weber, said.\n",
            "\(story)\n\n“The talks went well,” the minister said.\n"
        )
        let berger = analysis.speakerName(try analysis.quote("The pipeline will open"))
        let weber = analysis.speakerName(try analysis.quote("Supplies are secured"))
        #expect(berger == "Karl Berger")
        #expect(weber == "Jonas Weber")
    }
}
