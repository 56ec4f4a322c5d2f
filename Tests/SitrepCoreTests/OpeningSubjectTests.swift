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

    /// "Last fall," "This summer,": a season closes an opening phrase of time, before the subject.
    @Test func aSeasonClosesAnOpeningPhraseOfTime() throws {
        let analysis = analyze("""
            Port vote

            Last fall, Mayor Ana Ruiz mocked the claims of the two unions at the port and the shipyard, as “political theatre.”

            This summer, Mayor Ana Ruiz mocked the claims of the two unions at the port and the shipyard, as “mere noise.”

            """)
        #expect(try analysis.speakerNames("political theatre", "mere noise") == ["Ana Ruiz", "Ana Ruiz"])
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
}
