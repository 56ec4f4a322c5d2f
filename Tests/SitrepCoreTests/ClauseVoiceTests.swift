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
}

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

/// "What she said": past "what", the pronoun speaks unless the sentence opens with the person it stands for.
@Suite struct WhatSheSaidTests {
    @Test func aThingOpeningTheSentenceLeavesTheWordsToThePronounAfterWhat() throws {
        let analysis = analyze("""
            Harbour vote

            The real test of the plan is what she said on Monday about the “harbour tax.”

            """)
        #expect(try analysis.quote("harbour tax").mention == "she")
    }

    @Test func theyAfterWhatMayStandForThePluralBeforeIt() throws {
        let analysis = analyze("""
            Harbour vote

            The dockers are seeking to block what they say is an “unlawful levy” on the port.

            """)
        #expect(try analysis.quote("unlawful levy").mention == "dockers")
    }
}
