import Testing
@testable import SitrepCore

/// What kind of speaker a description is, and what is no speaker's phrase at all: a document, study, poll or tally is
/// no person (DocumentKind); a body of people known without a name is a group (CollectiveKind); an adverb, a negated
/// auxiliary or a time between the subject and its verb is no part of the speaker (SubjectTail); an auxiliary before a
/// pronoun asks a question and names nobody (QuestionOpening); a capitalised tail word is a surname; a time ending in
/// "later" opens the sentence before the speaker (TimeTail); a word of a script without capitals can be a name; the
/// proper name before a document's noun is its issuer (DocumentIssuerName).
@Suite struct DescriptionKindTests {
    @Test func aPollAStudyAndATallyAreNoPerson() throws {
        let analysis = analyze("""
            Voters sour on the harbour tax

            “Most voters oppose the harbour tax,” a new Harwick University poll concluded on Monday.

            “Fees rose in four of five ports,” a recent Larchmont study suggests.

            “Twelve ports have closed since 2019,” a harbour-by-harbour tally concluded.
            """)
        for prefix in ["Most voters oppose", "Fees rose"] {
            let speaker = try #require(try analysis.quote(prefix).speaker, "\(prefix)")
            #expect(analysis.speakers[speaker].kind != .person, "\(prefix)")
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
            let speaker = try #require(try analysis.quote(prefix).speaker, "\(prefix)")
            #expect(analysis.speakers[speaker].kind == .group, "\(prefix)")
        }
    }

    @Test func anAdverbOrANegatedAuxiliaryBeforeTheVerbIsNoPartOfTheSpeaker() throws {
        let analysis = analyze("""
            Harbour vote

            Senator Dalia Ostrander spoke at the harbour on Monday.

            “This port will close over my dead body,” Ostrander even said.
            """)
        #expect(try analysis.speakerNames("This port will close") == ["Dalia Ostrander"])
        #expect(!analysis.speakers.contains { $0.name.hasSuffix(" even") })
    }

    /// DocumentRelease: a document's noun followed by when or how it came out heads the phrase: the poll is no
    /// person, a day after it is no name, and the name before it is the issuer.
    @Test func aDocumentFollowedByItsReleaseIsNoPerson() throws {
        let analysis = analyze("""
            Voters sour on the harbour tax

            “Most voters oppose the harbour tax,” a new Harwick University poll released Wednesday concluded.

            “Fees rose in four of five ports,” a study published last month suggests.

            “Vote for the harbour,” the ad says.
            """)
        // (A document no name issues may have no speaker record; it is never a person's.)
        for prefix in ["Most voters oppose", "Fees rose", "Vote for the harbour"] {
            #expect(try analysis.quote(prefix).speaker.map { analysis.speakers[$0].kind } != .person, "\(prefix)")
        }
        #expect(try analysis.speakerNames("Most voters oppose") == ["Harwick University"])
        #expect(!analysis.speakers.contains { $0.name.contains("Wednesday") }, "\(analysis.speakers)")
    }

    /// TitledDocument: after a determiner, a capitalised document's noun is a title ("the Constitution", "the Paper"),
    /// which may speak, not a common noun.
    @Test func aCapitalisedDocumentAfterTheIsATitle() throws {
        let analysis = analyze("""
            Judges and the constitution

            The Constitution mandates lifetime tenure for judges who serve in “good behavior” and protects their pay.
            """)
        #expect(try analysis.quote("good behavior").mention == "Constitution")
    }

    @Test func aCapitalisedTailWordIsASurname() throws {
        let analysis = analyze("""
            Harbour vote

            “The port will close,” Mark Jones said on Monday.

            “We will not be moved,” Mark Still said.

            “The tax is wrong,” Rebecca Just said.
            """)
        #expect(try analysis.speakerNames("The port will close", "We will not be moved", "The tax is wrong")
                == ["Mark Jones", "Mark Still", "Rebecca Just"])
    }

    @Test func aTimeEndingInLaterOrEarlierOpensTheSentenceBeforeTheSpeaker() throws {
        let analysis = analyze("""
            Ceasefire talks

            “We are ready,” the defence minister of Valmora said.

            “The ceasefire holds,” Hours later Smith said.

            “The ceasefire holds again,” Weeks later Zelensky said.

            “The line is quiet,” a year earlier Kuleba said.

            “We will respond,” Moments later the minister said.
            """)
        #expect(try analysis.speakerNames("The ceasefire holds,", "The ceasefire holds again", "The line is quiet")
                == ["Smith", "Zelensky", "Kuleba"])
        let minister = try #require(try analysis.quote("We are ready").speaker)
        #expect(try analysis.quote("We will respond").speaker == minister)
        #expect(!analysis.speakers.contains { ["Hours", "Weeks", "Moments", "year"].contains($0.name) }, "\(analysis.speakers)")
    }

    @Test func aNameInAScriptWithoutCapitalsIsAName() throws {
        let analysis = analyze("""
            Soldiers held

            “The soldiers are being held in Kyiv and are in good health,” 이성권 said on Monday.

            “Talks continue,” 王毅 said.
            """)
        let names = try ["The soldiers", "Talks continue"].map { prefix in
            try #require(try analysis.quote(prefix).speaker.map { analysis.speakers[$0] }, "\(prefix)")
        }
        #expect(names.map(\.name) == ["이성권", "王毅"])
        #expect(names.allSatisfy { $0.isNamed && $0.kind == .person })
    }

    @Test func aLoneDocumentOrCollectiveNounOpeningASentenceIsNoPerson() throws {
        let analysis = analyze("""
            The gap

            “The gap is closing,” Studies suggest.

            “The gap is closing fast,” Research suggests.

            “The gap is wide,” Media said.

            “The gap is old,” Study finds.
            """)
        #expect(!analysis.speakers.contains { $0.kind == .person }, "\(analysis.speakers)")
    }

    @Test func aDocumentHeadedByAProperNameSpeaksForItsIssuer() throws {
        let analysis = analyze("""
            Election polls

            “Support is falling,” Gallup poll said on Monday.

            “Turnout will be low,” Pew Research Center survey said.

            “Taxes will fall,” Trump's plan says.

            “Voters are tired,” New poll shows.
            """)
        let speakers = try ["Support is falling", "Turnout will be low", "Taxes will fall"].map { prefix in
            try #require(try analysis.quote(prefix).speaker.map { analysis.speakers[$0] }, "\(prefix)")
        }
        #expect(speakers.map(\.name) == ["Gallup", "Pew Research Center", "Trump"])
        #expect(speakers.allSatisfy { $0.isNamed })
        #expect(speakers.prefix(2).allSatisfy { $0.kind == .organisation })
        #expect(!analysis.speakers.contains { $0.isNamed && $0.name.hasPrefix("New") }, "\(analysis.speakers)")
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
