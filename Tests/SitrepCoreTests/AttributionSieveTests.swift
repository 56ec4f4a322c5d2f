import Testing
@testable import SitrepCore

/// Each quotation records the named rule of attribution (sieve) that decided its speaker, or that nobody is named.
@Suite struct AttributionSieveTests {
    @Test func aSpeechVerbAfterTheQuotationDecidesIt() throws {
        let analysis = analyze("""
            Flood warning for the delta

            “The dyke will hold until Friday,” said Ilse Marten, the regional governor.
            """)
        let quote = try analysis.quote("The dyke will hold")
        #expect(quote.sieve == .verbAfter)
        #expect(quote.cue == "said")
        #expect(analysis.speakerName(quote) == "Ilse Marten")
    }

    @Test func aSpeechVerbBeforeTheQuotationDecidesIt() throws {
        let analysis = analyze("""
            Flood warning for the delta

            The regional governor, Ilse Marten, told reporters: “Every family below the dyke will be moved.”
            """)
        let quote = try analysis.quote("Every family below")
        #expect(quote.sieve == .verbBefore)
        #expect(quote.cue == "told")
    }

    @Test func aQuotationGoingOnInTheParagraphAndTheNextParagraphIsDecidedByContinuation() throws {
        let analysis = analyze("""
            Flood warning for the delta

            “The dyke will hold,” Ilse Marten said. “The forecast is worse than last spring.”

            “Nobody will be left behind.”
            """)
        let second = try analysis.quote("The forecast is worse")
        #expect(second.sieve == .paragraphContinuation)
        #expect(analysis.speakerName(second) == "Ilse Marten")
        let third = try analysis.quote("Nobody will be left")
        #expect(third.sieve == .conversation)
        #expect(analysis.speakerName(third) == "Ilse Marten")
    }

    @Test func aScareQuoteIsDecidedToHaveNoSpeaker() throws {
        let analysis = analyze("""
            Flood warning for the delta

            The so-called “red line” along the river was crossed on Tuesday night.
            """)
        let quote = try analysis.quote("red line")
        #expect(quote.sieve == .scareQuote)
        #expect(quote.speaker == nil)
    }

    @Test func aNameSignedAfterADashOrOnTheLineAfterDecidesIt() throws {
        let analysis = analyze("""
            Voters were asked what they made of the flood plan.

            “We lost the barn and the harvest.” ― Ana Ruiz

            “Rebuilding will take a decade, whatever anyone promises.”

            - Maria Lopez, Springfield.

            """)
        let signed = try analysis.quote("We lost the barn")
        #expect(signed.sieve == .signature)
        #expect(analysis.speakerName(signed) == "Ana Ruiz")
        let line = try analysis.quote("Rebuilding will take")
        #expect(line.sieve == .signatureLine)
        #expect(analysis.speakerName(line) == "Maria Lopez")
    }

    @Test func reportedSpeechAndDashAttributionsRecordTheirSieves() throws {
        let analysis = analyze("""
            Flood warning for the delta

            Ilse Marten said the dyke would hold until Friday.
            """, """
            Мер закликав мешканців залишатися в укриттях

            «Ми відновимо все, що зруйновано», — заявив мер Харкова Ігор Терехов.
            """)
        let reported = try analysis.quote("the dyke would hold")
        #expect(reported.kind == .reported)
        #expect(reported.sieve == .reportedClause)
        let dashed = try analysis.quote("Ми відновимо")
        #expect(dashed.sieve == .dashAttribution)
        #expect(dashed.cue == "заявив")
    }

    @Test func theSievesAreDeclaredOnceMostPreciseFirst() {
        let names = QuoteSieves.ordered.map(\.name)
        #expect(Set(names).count == names.count, "each sieve once")
        #expect(Array(names.prefix(5)) == [.possessor, .labelAgent, .scareQuote, .verbBefore, .verbAfter])
        // The sieves of whole paragraphs and of reported speech run outside the list; every other one is in it.
        let outside: Set<AttributionSieve> = [.signatureLine, .dashAttribution, .reportedClause, .accordingTo, .utteranceNoun, .call, .relativeReport, .floating]
        #expect(Set(names).union(outside) == Set(AttributionSieve.allCases))
        #expect(AttributionSieve.allCases.allSatisfy { !$0.summary.isEmpty })
    }

    @Test func theAttributionWordListsAreReadFromTheLexicon() {
        #expect(Attributor.reportingVerbs.contains("say"))
        #expect(Attributor.modals.contains("didn’t") && Attributor.modals.contains("didn't"))
        #expect(Attributor.labelOpeners.contains("so-called"))
        #expect(Attributor.tellingVerbs.contains("tell"))
        #expect(!Attributor.scareOpeners.contains("#"), "comments are not words")
    }
}
