import Testing
@testable import SitrepCore

/// A relative pronoun that is the subject of the verb after it ("who", "which", "that") speaks for the phrase before
/// it; "whom" and "whose" never are a verb's subject (`subject-relatives`, a part of `relative-words`).
@Suite struct SubjectRelativeTests {
    @Test func theSubjectRelativesAreWhoWhichAndThat() {
        #expect(["who", "which", "that"].allSatisfy(Attributor.subjectRelatives.contains))
        #expect(!Attributor.subjectRelatives.contains("whom") && !Attributor.subjectRelatives.contains("whose"))
        #expect(["who", "whom", "whose", "which", "that"].allSatisfy(Attributor.relativePronouns.contains))
    }

    @Test func aSubjectRelativeAfterACommaSpeaksForItsAntecedent() throws {
        let analysis = analyze("""
            Levee vote

            Officials thanked the harbour master, Ana Lind, who said the plan was “a gift to the whole coast.”
            """)
        #expect(try analysis.quote("a gift to the whole coast").mention == "Ana Lind")
    }
}
