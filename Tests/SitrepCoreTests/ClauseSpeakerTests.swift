import Testing
@testable import SitrepCore

/// Which clause's subject says the words: the main clause after an opening clause of time ("When reporters asked her
/// …, Ana Ruiz looked up and said"), and a long phrase after "with" before a participle.
@Suite struct ClauseSpeakerTests {
    @Test func aVerbAfterAndIsTheMainClausesNotTheOpeningClauses() throws {
        let analysis = analyze("""
            Levy vote in the council

            When reporters asked her about the levy, Ana Ruiz looked up and said, “It will pass by Friday.”

            """)
        let quote = try analysis.quote("It will pass")
        #expect(quote.cue == "said")
        #expect(analysis.speakerName(quote) == "Ana Ruiz")
    }

    @Test func aLongPhraseAfterWithIsTheParticiplesSubject() throws {
        let analysis = analyze("""
            Levy vote in the council

            Ana Ruiz turned on Tomas Lind, with the campaign of the former mayor from Springfield saying Lind was “no friend of the harbour.”

            """)
        let quote = try analysis.quote("no friend of the harbour")
        #expect(quote.cue == "saying")
        #expect(quote.mention?.contains("campaign") == true)
    }
    @Test func aVerbsFormThatIsANounDescribesTheSpeakerAfterIt() throws {
        let analysis = analyze("""
            Dam inquiry

            The Virginia state director, Mike Rubino, reached out to the firm, writing in an email: “We want to use this now.”

            Officials state police fired “warning shots” at the crowd.

            """)
        #expect(try analysis.quote("We want to use").mention?.contains("state director") == true)
        #expect(try analysis.quote("warning shots").mention == "Officials")
    }
    @Test func aVerbsFormThatIsANounDescribesASpeakerNounAfterItButNotAfterAPronounOrAPlural() {
        let lexicon = Lexicon.standard
        #expect(lexicon.describesSpeakerNoun("state", after: "virginia", before: "director"))
        #expect(lexicon.describesSpeakerNoun("state", after: nil, before: "police"))
        #expect(!lexicon.describesSpeakerNoun("state", after: "officials", before: "police"))
        #expect(!lexicon.describesSpeakerNoun("state", after: "they", before: "police"))
        #expect(!lexicon.describesSpeakerNoun("state", after: "the", before: "dam"))
        #expect(!lexicon.describesSpeakerNoun("said", after: "the", before: "director"))
    }
}
