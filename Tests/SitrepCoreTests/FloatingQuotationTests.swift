import Testing
@testable import SitrepCore

/// Who speaks in quotations, pronouns and descriptions that name nobody themselves: a paragraph that is only a
/// quotation goes on in the voice of the last speaker; a name owning a noun is not who a pronoun after it means; a
/// surname of two words is the full name the article gives; "the Kentucky Republican" is the person last named;
/// initials alone are no person.
@Suite struct FloatingQuotationTests {
    @Test func aParagraphOfQuotationAloneAfterOneOfNarrationGoesOnInTheLastSpeakersVoice() throws {
        let analysis = analyze("""
            Strokes cut earnings

            “Patients who had a stroke were the least likely to be working a year later,” said Tamsin Orrell, who led the study.

            The drop was largest for stroke, at 31 per cent, against eight per cent for heart attack.

            “So stroke patients were losing about a third of their incomes on average.”
            """)
        let floating = try analysis.quote("So stroke patients")
        #expect(analysis.speakerName(floating) == "Tamsin Orrell")
        #expect(floating.sieve == .floating)
    }

    @Test func aQuotationAloneAfterAnotherPersonIsWrittenIsNobodysByFloating() throws {
        let analysis = analyze("""
            Strokes cut earnings

            “Patients who had a stroke were the least likely to be working a year later,” said Tamsin Orrell, who led the study.

            Dr. Felix Amberley, who treats stroke patients in Leeds, has seen the same drop among his own patients.

            “So stroke patients were losing about a third of their incomes on average.”
            """)
        #expect(try analysis.speakerNames("So stroke patients") != ["Tamsin Orrell"])
    }

    @Test func aQuotationAloneAfterAParagraphEndingInAColonIsWhatThatParagraphIntroduces() throws {
        let analysis = analyze("""
            Strokes cut earnings

            “Patients who had a stroke were the least likely to be working a year later,” said Tamsin Orrell, who led the study.

            Read the full summary below:

            “So stroke patients were losing about a third of their incomes on average.”
            """)
        #expect(try analysis.quote("So stroke patients").sieve != .floating)
        #expect(try analysis.speakerNames("So stroke patients") != ["Tamsin Orrell"])
    }

    @Test func aQuotationAloneFarFromTheLastSpeakerIsNotTheirs() throws {
        let analysis = analyze("""
            Strokes cut earnings

            “Patients who had a stroke were the least likely to be working a year later,” said Tamsin Orrell, who led the study.

            The drop was largest for stroke, at 31 per cent, against eight per cent for heart attack.

            The study followed patients in three provinces for five years.

            Families lost income too, as spouses left work to give care.

            “So stroke patients were losing about a third of their incomes on average.”
            """)
        #expect(try analysis.speakerNames("So stroke patients") == [nil])
    }

    @Test func aNameOwningANounIsNotWhoTheNextPronounMeans() throws {
        let analysis = analyze("""
            A baker's long career

            “I never planned any of it,” says Wren Calloway, who has written eleven cookbooks.

            Calloway also co-wrote the companion book to Julia Marchetti’s baking show. Calloway’s number was on speed dial on Marchetti’s phone, which now sits in a museum.

            “I love this work and I never stop thinking how lucky I am,” she says.
            """)
        #expect(try analysis.speakerNames("I love this work") == ["Wren Calloway"])
    }

    @Test func aSurnameOfTwoWordsIsTheFullNameTheArticleGives() throws {
        let analysis = analyze("""
            A house for dogs

            “We had never designed a dog house,” says architect Marisol Vega Ortiz, who built it with a colleague.

            “The panel is easy to clean,” says Vega Ortiz.
            """)
        #expect(try analysis.speakerNames("The panel is easy") == ["Marisol Vega Ortiz"])
    }

    @Test func aPartyOrStateAndPartyDescriptionMeansThePersonLastNamed() throws {
        let analysis = analyze("""
            Senate leader rejects the plan

            Senator Ward Hollis met the governors on Tuesday. Hollis has opposed the bill since March.

            “We will not vote for this,” the Kentucky Republican said.
            """)
        #expect(try analysis.speakerNames("We will not vote") == ["Ward Hollis"])
    }

    @Test func initialsAloneAreAPlaceOrBodyNotAPerson() {
        let lexicon = Lexicon.standard
        #expect(NameShape.of("N.S.", lexicon: lexicon) == .organisation)
        #expect(NameShape.of("U.N.", lexicon: lexicon) == .organisation)
        #expect(NameShape.of("Tareq", lexicon: lexicon) == .person)
        #expect(NameShape.isInitials("J.") == false)
        #expect(NameShape.isInitials("A.J. Ruiz") == false)
    }
}
