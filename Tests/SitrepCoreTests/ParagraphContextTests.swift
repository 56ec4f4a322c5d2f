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

    @Test func aPronounMayMeanAPersonWhoseSpeechVerbReportedNothing() throws {
        let analysis = analyze("""
            The regional governor, Tom Lind, said on the radio that two farms were flooded. “Rescuers are there,” he said.

            Ana Ruiz, in her nightly address, called for more pumps. “Every pump saves a farm,” she said.

            Mara Vale, in her weekly column, called for calm. “Nobody is to blame,” he said.

            """)
        #expect(analysis.speakerName(try analysis.quote("Every pump")) == "Ana Ruiz")
        // A pronoun of the other gender does not mean her.
        #expect(analysis.speakerName(try analysis.quote("Nobody is to blame")) == "Tom Lind")
    }

    @Test func aPronounThatMeansSomeoneTellsTheirGender() throws {
        let analysis = analyze("""
            “We will rebuild,” Tom Lind said.

            “The river is high,” Mara Vale said. “We are ready,” she added.

            “Nobody is to blame,” he said.

            """)
        #expect(analysis.speakerName(try analysis.quote("We are ready")) == "Mara Vale")
        #expect(analysis.speakerName(try analysis.quote("Nobody is to blame")) == "Tom Lind")
    }

    @Test func aQuantityOfPeopleIsNobodyAPronounMeans() throws {
        let analysis = analyze("""
            “We will rebuild,” Tom Lind said.

            Plenty of mayors have been stubborn, and most of them lost. He was reporting “from the ground,” he said.

            """)
        #expect(analysis.speakerName(try analysis.quote("from the ground")) == "Tom Lind")
    }

    @Test func aParagraphEndingWithASentenceAboutSomeoneIntroducesTheQuotationAfterIt() throws {
        let analysis = analyze("""
            “We are going to build a bridge,” Mara Vale added. She then had a question for the crowd.

            “Who is going to pay for it?”

            """)
        #expect(try analysis.quote("Who is going to pay").mention == "She")
        #expect(analysis.speakerName(try analysis.quote("Who is going to pay")) == "Mara Vale")
    }

    @Test func aNewSentencesOwnSubjectSaysThePartialQuotationInsideIt() throws {
        let analysis = analyze("""
            “The farmers are not allowed to vote,” Ana Ruiz said. Tom Lind pushed the council to “open its doors.” \
            Audiences can expect him to act with “a little more recklessness than usual.”

            """)
        #expect(try analysis.quote("open its doors").mention == "Tom Lind")
        #expect(try analysis.quote("a little more recklessness").mention != "Audiences")
    }

    @Test func anOpeningAdverbSetOffByACommaIntroducesNobody() throws {
        let analysis = analyze("""
            “The levee was never inspected,” Tom Lind said.

            Often, farmers did not understand the flood maps they were sent.

            “Nobody explained the maps to us.”

            Ana Ruiz said the county was not to blame. Rather, she said, the maps were drawn by the state.

            “We did our part and more.”

            """)
        #expect(analysis.speakerName(try analysis.quote("Nobody explained")) != "Often")
        #expect(analysis.speakerName(try analysis.quote("We did our part")) == "Ana Ruiz")
    }
}
