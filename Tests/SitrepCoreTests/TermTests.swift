import Testing
@testable import SitrepCore

/// A term or title in quotation marks that nobody says (scare quotes, names of programmes, labels after "so-called")
/// is a `term`, not a quotation; words quoted from a speaker stay quotations.
@Suite struct TermTests {
    @Test func aLabelAfterSoCalledIsATerm() throws {
        let analysis = analyze("""
            Shelling near the border

            Shelling went on through the third year of the so-called “special military operation” in the east.
            """)
        let term = try analysis.quote("special military operation")
        #expect(term.kind == .term)
        #expect(term.speaker == nil)
        #expect(term.mention == nil)
        #expect(term.sieve == .scareQuote)
    }

    @Test func theNameOfAProgrammeIsATerm() throws {
        let analysis = analyze("""
            Talks on the ceasefire

            The foreign minister will appear on “Meet the Press” on Sunday, his office announced.
            """)
        let term = try analysis.quote("Meet the Press")
        #expect(term.kind == .term)
        #expect(term.speaker == nil)
    }

    @Test func aShortQuotationAfterASpeechVerbIsThatSpeakersPartialQuotation() throws {
        let analysis = analyze("""
            Strikes on the port

            Defence Minister Rustem Umerov said the strikes were “a clear warning” to the fleet.
            """)
        let quote = try analysis.quote("a clear warning")
        #expect(quote.kind == .partial)
        #expect(analysis.speakerName(quote) == "Rustem Umerov")
    }

    @Test func aFewQuotedWordsThatNoRuleGivesASpeakerAreATerm() throws {
        let analysis = analyze("""
            Siege of the town

            By morning, water in the town was “running low”.

            By morning, water in the town was “running low on every street where the shelling had cut the mains”.
            """)
        let short = try #require(analysis.quotes.first { $0.text == "running low" })
        #expect(short.kind == .term)
        // (More than a few words in quotation marks are somebody's, though nobody is named.)
        #expect(try analysis.quote("running low on every street").kind == .partial)
    }
}
