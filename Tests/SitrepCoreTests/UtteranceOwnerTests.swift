import Testing
@testable import SitrepCore

/// Words quoted after a noun of utterance are its owner's: "Lind’s call for a “…”", "the contention of Ana Ruiz that
/// “…”", "Ana Ruiz’s “…” promise" (the possessor sieve).
@Suite struct UtteranceOwnerTests {
    @Test func aPrepositionAndAnArticleMayStandBetweenTheNounAndTheQuotation() throws {
        let analysis = analyze("""
            Strike talk in the harbour

            Tomas Lind leads the dockers’ union, and Ana Ruiz chairs the port board.

            While Tomas Lind’s call for a “general strike” draws crowds to the quay, the council is wary.

            But Ana Ruiz’s broadside against “printing money” leaves room for doubt.

            """)
        let call = try analysis.quote("general strike")
        #expect(call.sieve == .possessor)
        #expect(call.cue == "call")
        #expect(try analysis.speakerNames("general strike", "printing money") == ["Tomas Lind", "Ana Ruiz"])
    }

    @Test func theOwnerMayBeNamedAfterTheNounBeforeThat() throws {
        let analysis = analyze("""
            Files of the port board

            His letter supports the contention of former mayor Ana Ruiz that the files were “over-classified” by the board.

            The board was shaken by the suggestion by Senator Tomas Lind that the clerk “ought to be investigated” soon.

            """)
        let contention = try analysis.quote("over-classified")
        #expect(contention.sieve == .possessor)
        #expect(contention.cue == "contention")
        #expect(try analysis.speakerNames("over-classified", "ought to be") == ["Ana Ruiz", "Tomas Lind"])
    }

    @Test func aReportByAPublisherBeforeThatIsThePublishers() throws {
        let analysis = analyze("""
            Files of the port board

            On Friday, it was a report by the Harbour Ledger that the clerk had “fabricated” the minutes.

            """)
        let quote = try analysis.quote("fabricated")
        #expect(quote.sieve == .possessor)
        #expect(quote.mention?.contains("Harbour Ledger") == true)
    }

    @Test func theQuotationMayStandBetweenThePossessiveAndTheNoun() throws {
        let analysis = analyze("""
            Files of the port board

            It is the pull of Ana Ruiz’s “keep your berth” promise that worries the board.

            """)
        let quote = try analysis.quote("keep your berth")
        #expect(quote.sieve == .possessor)
        #expect(quote.cue == "promise")
        #expect(analysis.speakerName(quote) == "Ana Ruiz")
    }

    @Test func anAgentOfAnotherNounBeforeThatOwnsNothing() throws {
        let analysis = analyze("""
            Files of the port board

            The clerk was driven out by the owners of the Harbour Ledger that the minutes called “a gang.”

            """)
        #expect(try analysis.quote("a gang").sieve != .possessor)
    }
}
