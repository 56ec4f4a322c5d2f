import Testing
@testable import SitrepCore

/// Across a library a full name is one speaker, an unnamed description has no canonical name, and a bare surname
/// goes to the bearer who speaks in its story or is prominent in its period.
@Suite struct OneNameOneSpeakerTests {
    @Test func oneFullNameInTwoStoriesIsOneSpeakerWithBothDescriptions() throws {
        let analysis = analyze("""
            Harbour fees rise again

            “The port cannot carry these costs,” said John Smith, a shipping agent in Gdansk.
            """, """
            Orchard harvest falls short

            “The frost took half the apples,” said John Smith, a farmer near Grojec.
            """)
        let smiths = analysis.speakers.filter { $0.name == "John Smith" }
        #expect(smiths.count == 1)
        #expect(try analysis.speakerNames("The port cannot", "The frost took") == ["John Smith", "John Smith"])
        #expect(smiths.first?.isNamed == true)
    }

    @Test func anUnnamedDescriptionInTwoStoriesIsTwoSpeakersWithoutACanonicalName() throws {
        let analysis = analyze("""
            Harbour fees rise again

            “The port cannot carry these costs,” a federal judge said on Monday.
            """, """
            Orchard harvest falls short

            “The frost took half the apples,” a federal judge said on Tuesday.
            """)
        let judges = analysis.speakers.filter { $0.name.hasSuffix("federal judge") }
        #expect(judges.count == 2)
        #expect(judges.allSatisfy { !$0.isNamed })
    }

    @Test func aBareSurnameGoesToTheOneBearerOfItsStoryElseToTheOneProminentInItsPeriod() {
        // Two bearers in the story compete: nobody.
        #expect(SpeakerDirectory.bearer(inStory: ["marianowak", "jannowak"], inPeriod: ["marianowak": 9]) == nil)
        #expect(SpeakerDirectory.bearer(inStory: ["jannowak"], inPeriod: ["marianowak": 9]) == "jannowak")
        // None in the story: the only one of the period, or one speaking three times more than the next.
        #expect(SpeakerDirectory.bearer(inStory: [], inPeriod: ["marianowak": 1]) == "marianowak")
        #expect(SpeakerDirectory.bearer(inStory: [], inPeriod: ["marianowak": 6, "jannowak": 2]) == "marianowak")
        #expect(SpeakerDirectory.bearer(inStory: [], inPeriod: ["marianowak": 5, "jannowak": 2]) == nil)
        #expect(SpeakerDirectory.bearer(inStory: [], inPeriod: [:]) == nil)
    }

    @Test func aPeriodReachesTheTenthDatedFullNameOnEitherSide() {
        let days = (1...30).map(Double.init)
        #expect(SpeakerDirectory.period(around: 15, days: days) == 6...25)
        // Fewer on one side: open there.
        #expect(SpeakerDirectory.period(around: 3, days: days) == -Double.infinity...13)
        // An undated mention is of every period.
        #expect(SpeakerDirectory.period(around: nil, days: days) == -Double.infinity...Double.infinity)
    }
}
