import Testing
@testable import SitrepCore

/// A person written in the sentence of a quotation is not who that quotation's pronoun means, but may be who a
/// pronoun after it means.
@Suite struct SentenceNamesTests {
    @Test func aNameInTheSentenceOfALabelIsWhoTheNextPronounMeans() throws {
        let analysis = analyze("""
            The garden show

            “The judges were fair,” said Tom Lind, a grower from Salem.

            At the dinner, Mara Vale went after the “old guard” of the club.

            “Some of us are already five years ahead of them,” she said.
            """)
        #expect(try analysis.speakerNames("Some of us are already") == ["Mara Vale"])
    }

    @Test func theSpeakerOfAQuotationStaysBeforeOthersOfItsSentence() throws {
        let analysis = analyze("""
            The debate

            Tom Lind opened the debate on the dykes.

            Jeb Vale went after Lind at the debate, when he called the survey “a fraud.”

            “We will not pay for it,” he said.
            """)
        #expect(try analysis.speakerNames("a fraud", "We will not pay") == ["Jeb Vale", "Jeb Vale"])
    }
}
