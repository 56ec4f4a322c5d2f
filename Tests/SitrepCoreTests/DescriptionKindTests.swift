import Testing
@testable import SitrepCore

/// What kind of speaker a description is, and what is no speaker's phrase at all: a document, study, poll or tally is
/// no person (DocumentKind); a body of people known without a name is a group (CollectiveKind); an adverb, a negated
/// auxiliary or a time between the subject and its verb is no part of the speaker (SubjectTail); an auxiliary before a
/// pronoun asks a question and names nobody (QuestionOpening).
@Suite struct DescriptionKindTests {
    /// The kind of the speaker of the quotation starting with `prefix`, or of its mention when it has no record.
    func kind(_ analysis: Analysis, _ prefix: String) throws -> SpeakerKind? {
        try analysis.quote(prefix).speaker.map { analysis.speakers[$0].kind }
    }

    @Test func aPollAStudyAndATallyAreNoPerson() throws {
        let analysis = analyze("""
            Voters sour on the harbour tax

            “Most voters oppose the harbour tax,” a new Harwick University poll concluded on Monday.

            “Fees rose in four of five ports,” a recent Larchmont study suggests.

            “Twelve ports have closed since 2019,” a harbour-by-harbour tally concluded.
            """)
        for prefix in ["Most voters oppose", "Fees rose", "Twelve ports"] {
            let quote = try analysis.quote(prefix)
            if let speaker = quote.speaker { #expect(analysis.speakers[speaker].kind != .person, "\(prefix)") }
        }
        #expect(!analysis.speakers.contains { speaker in
            speaker.kind == .person && ["poll", "study", "tally"].contains { speaker.name.hasSuffix($0) }
        }, "\(analysis.speakers)")
    }

    @Test func aDocumentOpeningASentenceIsNoBodyNamedSo() throws {
        let analysis = analyze("""
            Ports lose trade

            “Exports fell by a third,” Customs data suggest.
            """)
        #expect(!analysis.speakers.contains { $0.isNamed && $0.name.hasSuffix("data") }, "\(analysis.speakers)")
    }

    @Test func mediaAndATeamAreGroups() throws {
        let analysis = analyze("""
            Talks in Valmora

            “The talks will resume on Friday,” Valmoran media said on Thursday.

            “We expect a ruling soon,” Mr. Ostrander’s legal team said.
            """)
        for prefix in ["The talks will resume", "We expect a ruling"] {
            let quote = try analysis.quote(prefix)
            if let speaker = quote.speaker { #expect(analysis.speakers[speaker].kind == .group, "\(prefix)") }
        }
    }

    @Test func anAdverbOrANegatedAuxiliaryBeforeTheVerbIsNoPartOfTheSpeaker() throws {
        let analysis = analyze("""
            Harbour vote

            Senator Dalia Ostrander spoke at the harbour on Monday.

            “This port will close over my dead body,” Ostrander even said.

            “I have not read the bill,” Mayor Tobias Wren later said.
            """)
        #expect(try analysis.speakerNames("This port will close", "I have not read") == ["Dalia Ostrander", "Tobias Wren"])
        #expect(!analysis.speakers.contains { $0.name.hasSuffix(" even") || $0.name.hasSuffix(" later") })
    }

    @Test func aQuestionOpeningNamesNobody() throws {
        let analysis = analyze("""
            Harbour vote

            Dockers marched through the old town again on Monday. (Can you say “general strike”?) Did you say “lockout”
            to the harbour master?
            """)
        #expect(!analysis.speakers.contains { speaker in ["can ", "did "].contains { speaker.name.lowercased().hasPrefix($0) } },
                "\(analysis.speakers)")
        #expect(analysis.quotes.allSatisfy { !($0.mention ?? "").lowercased().hasSuffix(" you") }, "\(analysis.quotes)")
    }
}
