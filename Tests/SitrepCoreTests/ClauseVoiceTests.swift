import Testing
@testable import SitrepCore

/// Whose voice the quoted words of a clause are in: a label inside the clause a speech verb reports is the reporter's
/// speaker's (unless a passive gives it: "is being seen as “…”"); a clause's own subject says the words quoted in it; a
/// person or body described ("the agency", "the judge") speaks as a name would.
@Suite struct ClauseVoiceTests {
    @Test func aLabelInsideAReportedClauseIsTheSpeakersWords() throws {
        let analysis = analyze("""
            Flooding in the harbour

            Senator Ana Ruiz told reporters on Thursday she viewed the mayor as “directly responsible” for the flooding.

            """)
        let label = try analysis.quote("directly responsible")
        #expect(label.kind == .partial)
        #expect(analysis.speakerName(label) == "Ana Ruiz")
    }

    @Test func aLabelGivenByAPassiveStaysNobodysEvenInAReportedClause() throws {
        let analysis = analyze("""
            Flooding in the harbour

            Tom Lind said that the ferry plan is being seen as a “lifeline” for the islands.

            The ferry plan is seen as a “blessing” on the islands.

            """)
        for label in [try analysis.quote("lifeline"), try analysis.quote("blessing")] {
            #expect(label.speaker == nil)
            #expect(label.mention == nil)
        }
    }

    @Test func aDescribedBodyOpeningANewSentenceSaysTheWordsQuotedInIt() throws {
        let analysis = analyze("""
            Port inquiry

            “We will reopen the port,” Ana Ruiz said. The agency declined to detail the “scope of the review” on Friday.

            """)
        #expect(try analysis.quote("scope of the review").mention?.lowercased().contains("agency") == true)
    }

    @Test func aDescribedPersonInTheSentenceBeforeSaysTheQuotationOpeningTheNext() throws {
        let analysis = analyze("""
            In court

            The hearing opened late on Monday.

            The judge then turned to the defendant. “Do you understand the charge?”

            """)
        #expect(try analysis.quote("Do you understand").mention?.lowercased().contains("judge") == true)
    }

    @Test func theSubjectOfAClauseBeforeTheQuotationSaysTheWordsInIt() throws {
        let analysis = analyze("""
            March in the harbour

            Tom Lind joined the march because they wanted to show that “the port belongs to us” this year.

            """)
        #expect(try analysis.quote("the port belongs").mention == "they")
    }

    /// A relative clause with a pronoun subject between the sentence's subject and the quotation: the words quoted in it
    /// are the clause's subject's.
    @Test func wordsQuotedInARelativeClauseAreItsSubjects() throws {
        let analysis = analyze("""
            Harbour levy

            Tom Lind opened the hearing with a short speech in which she took credit for “saving the docks.”

            """)
        #expect(try analysis.quote("saving the docks").mention == "she")
    }

    /// A relative clause whose pronoun subject is passive ("in which she was treated for “…”") does not give it the words.
    @Test func aPassivePronounInARelativeClauseSaysNothing() throws {
        let analysis = analyze("""
            Harbour levy

            Ana Lind visited the hospital in which she was treated for “shrapnel wounds.”

            """)
        #expect(try analysis.quote("shrapnel wounds").mention != "she")
    }
}
