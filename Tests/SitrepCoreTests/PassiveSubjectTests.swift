import Testing
@testable import SitrepCore

/// PassiveSubject: the subject of a passive ("was asked about", "is described as", "is best known for") is spoken of;
/// words quoted after it in a sentence with no speech verb are not its own.
@Suite struct PassiveSubjectTests {
    @Test func aPassiveSubjectSaysNothingQuotedAfterIt() throws {
        let analysis = analyze("""
            Harbour vote

            At the briefing, Mara Vale was asked about the “not there yet” comment from the port authority.

            Doug Lind’s memoir is described on the publisher’s site as a book that “takes readers into the storm.”

            Ana Ruiz’s book, now made into a film, is described on the site as a story that “never lets the reader go.”
            """)
        #expect(try analysis.quote("not there yet").mention == nil)
        #expect(try analysis.quote("takes readers into the storm").mention == nil)
        #expect(try analysis.quote("never lets the reader go").mention == nil)
    }

    @Test func anActiveSubjectStillSaysTheWords() throws {
        let analysis = analyze("""
            Harbour vote

            At the briefing, Mara Vale railed against the “harbour cartel” for an hour.
            """)
        #expect(try analysis.quote("harbour cartel").mention == "Mara Vale")
    }

    @Test func aClauseAfterAPassiveHasItsOwnSubject() throws {
        let analysis = analyze("""
            Harbour vote

            Mara Vale was cheered at the rally as she kept talking about the “harbour cartel” for an hour.
            """)
        #expect(try analysis.speakerName(analysis.quote("harbour cartel")) == "Mara Vale")
    }
}
