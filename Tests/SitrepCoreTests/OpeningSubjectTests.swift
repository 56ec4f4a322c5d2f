import Testing
@testable import SitrepCore

/// The subject a sentence opens with, read past what may stand around it: a verb contracted onto a pronoun, a phrase
/// of time naming a season, a participle giving the subject its name.
@Suite struct OpeningSubjectTests {
    /// ContractedPronoun: "She’s long argued", "They’re wary of …": the pronoun alone is the subject.
    @Test func aPronounWithAContractedVerbIsTheSubjectWithoutWhatFollows() throws {
        let analysis = analyze("""
            Harbour levy

            She’s long argued that the levy is a “tax on dockers.”

            They’re wary of the levy and generally agree that it is “a tax on dockers” in all but name.

            """)
        #expect(try analysis.quote("tax on dockers").mention == "She")
        #expect(try analysis.quote("a tax on dockers").mention == "They")
    }

    /// A copula before a noun phrase ("She’s the daughter of …") and the writer's "I’ll" are no subjects cut short.
    @Test func aContractedCopulaOrTheWritersIIsNoSpeaker() throws {
        let analysis = analyze("""
            Bucha trial

            She’s the daughter of the man dubbed “the butcher of Bucha.”

            They’re the troops the general praised as “heroes.”

            I’ll leave you with the Kremlin’s latest “peace plan” and the reaction in Kyiv.

            """)
        #expect(try analysis.quote("the butcher of Bucha").mention == nil)
        #expect(try analysis.quote("heroes").mention != "They")
        #expect(try analysis.quote("peace plan").mention == nil)
    }

    /// "Last fall," "This summer,": a season closes an opening phrase of time, before the subject.
    @Test func aSeasonClosesAnOpeningPhraseOfTime() throws {
        let analysis = analyze("""
            Port vote

            Last fall, Mayor Ana Ruiz mocked the claims of the two unions at the port and the shipyard, as “political theatre.”

            This summer, Mayor Ana Ruiz mocked the claims of the two unions at the port and the shipyard, as “mere noise.”

            """)
        #expect(try analysis.speakerNames("political theatre", "mere noise") == ["Ana Ruiz", "Ana Ruiz"])
    }

    /// "The ministry last winter said": a season stands between the subject and its verb like "last week".
    @Test func aSeasonBetweenTheSubjectAndItsVerbIsNoPartOfTheSubject() throws {
        let analysis = analyze("""
            Port vote

            The ministry last winter said the levy was “unfair to dockers.”

            """)
        #expect(try analysis.quote("unfair to dockers").mention == "ministry")
    }

    /// NamedSubject: "The report, titled “…”, concludes": the participle naming the subject stands between it and its
    /// verb, which is no inverted attribution ("says the levy").
    @Test func aParticipleNamingTheSubjectStandsBetweenItAndItsVerb() throws {
        let analysis = analyze("""
            Port study

            The report, titled “Harbour Futures”, concludes that the port is too “small and slow” to compete.

            The union, called the “Port Watch,” says the levy is “unfair to dockers.”

            """)
        #expect(try analysis.quote("small and slow").mention == "report")
        #expect(try analysis.quote("unfair to dockers").mention == "union")
    }

    /// A participle naming the object before an inverted attribution leaves it inverted ("…, named the “Moskva”, said
    /// officials"); the name given to the subject is a term.
    @Test func aNamingParticipleBeforeAnInvertedAttributionLeavesItInverted() throws {
        let analysis = analyze("""
            Black Sea

            The missiles hit a cruiser, named the “Moskva”, said officials in Odesa, and it sank.

            The levy is a tax, called the “dock tax,” says Ana Ruiz of the union.

            The brigade, nicknamed “the Wolves”, says it will hold the “eastern line.”

            """)
        #expect(try analysis.quote("Moskva").mention == "officials")
        #expect(try analysis.speakerName(analysis.quote("dock tax")) == "Ana Ruiz")
        #expect(try analysis.quote("the Wolves").mention == nil)
        #expect(try analysis.quote("eastern line").mention == "brigade")
    }
}
