import Testing
@testable import SitrepCore

/// Reported speech cued by more than a speech verb and its clause: "according to", nouns of utterance, denials, calls,
/// the passive "was quoted as saying", a listener after "told", "which it said", coordinated and nested attribution,
/// and a partial quotation inside a reported clause.
@Suite struct ReportedCueTests {
    /// The reported quotations of an analysis.
    private func reported(_ analysis: Analysis) -> [Quotation] { analysis.quotes.filter { $0.kind == .reported } }

    @Test func accordingToOpeningTheSentenceReportsTheClauseAfterIt() throws {
        let analysis = analyze("Bridge closed\n\nAccording to the regional governor, the bridge was closed for repairs after the strike.\n")
        let quote = try #require(reported(analysis).first)
        #expect(quote.text == "the bridge was closed for repairs after the strike")
        #expect(quote.mention == "regional governor")
        #expect(quote.sieve == .accordingTo)
    }

    @Test func accordingToInsideTheSentenceReportsTheWholeSentence() throws {
        let analysis = analyze("Convoy arrives\n\nThe convoy, according to local officials, reached the city on Sunday morning.\n")
        let quote = try #require(reported(analysis).first)
        #expect(quote.text.hasPrefix("The convoy"))
        #expect(quote.text.hasSuffix("reached the city on Sunday morning"))
        #expect(quote.mention == "local officials")
        #expect(quote.sieve == .accordingTo)
    }

    @Test func aPossessiveNounOfUtteranceReportsItsThatClause() throws {
        let analysis = analyze("Flood defences\n\nEngineers disputed Ilse Marten's claim that the dyke would hold until Friday.\n")
        let quote = try #require(reported(analysis).first)
        #expect(quote.text == "the dyke would hold until Friday")
        #expect(analysis.speakerName(quote) == "Ilse Marten")
        #expect(quote.cue == "claim")
        #expect(quote.sieve == .utteranceNoun)
    }

    @Test func aNounOfUtteranceWithoutAnOwnerReportsNothing() {
        let analysis = analyze("Flood defences\n\nEngineers disputed the claim that the dyke would hold until Friday.\n")
        #expect(reported(analysis).isEmpty)
    }

    @Test func aDenialReportsWhatIsDenied() throws {
        let analysis = analyze("""
            Border incident

            The defence ministry denied that its troops had crossed the border.

            Dmitry Peskov dismissed reports that the talks had collapsed.
            """)
        let denied = try analysis.quote("its troops had crossed")
        #expect(denied.kind == .reported)
        #expect(denied.cue == "denied")
        let dismissed = try #require(reported(analysis).first { $0.cue == "dismissed" })
        #expect(dismissed.text.hasSuffix("the talks had collapsed"))
        #expect(analysis.speakerName(dismissed) == "Dmitry Peskov")
    }

    @Test func aDenialOfANounReportsNoClause() {
        let analysis = analyze("Border incident\n\nThe defence ministry denied the allegations.\n")
        #expect(reported(analysis).isEmpty)
    }

    @Test func aCallReportsWhatIsCalledFor() throws {
        let analysis = analyze("""
            Air defence

            Volodymyr Zelensky called for more air defence systems to protect the cities.

            The governor urged residents to stay in shelters overnight.
            """)
        let call = try analysis.quote("more air defence systems")
        #expect(call.kind == .reported)
        #expect(call.cue == "called for")
        #expect(analysis.speakerName(call) == "Volodymyr Zelensky")
        #expect(call.sieve == .call)
        let urged = try analysis.quote("residents to stay in shelters")
        #expect(urged.kind == .reported)
        #expect(urged.mention == "governor")
    }

    @Test func thePassiveQuotedAsSayingNamesItsSubject() throws {
        let analysis = analyze("""
            Talks stall

            Dmitry Peskov was quoted as saying by Interfax that the talks had stalled over the summer.

            Sergei Lavrov was quoted by the RIA news agency as saying the sanctions would fail.
            """)
        let peskov = try analysis.quote("the talks had stalled")
        #expect(peskov.kind == .reported)
        #expect(analysis.speakerName(peskov) == "Dmitry Peskov")
        let lavrov = try analysis.quote("the sanctions would fail")
        #expect(lavrov.kind == .reported)
        #expect(analysis.speakerName(lavrov) == "Sergei Lavrov")
    }

    @Test func aNewsAgencyToldIsTheListener() throws {
        let analysis = analyze("""
            Withdrawal

            The brigade commander told the AFP news agency his unit had withdrawn from the village.
            """)
        let quote = try #require(reported(analysis).first)
        #expect(quote.text.hasSuffix("his unit had withdrawn from the village"))
        #expect(quote.mention?.hasSuffix("commander") == true)
    }

    @Test func whichItSaidReportsTheRelativeClause() throws {
        let analysis = analyze("""
            Strike on the depot

            The army released a video on Tuesday, which it said showed the strike on the fuel depot.
            """)
        let quote = try #require(reported(analysis).first)
        #expect(quote.text == "showed the strike on the fuel depot")
        #expect(quote.cue == "said")
        #expect(quote.sieve == .relativeReport)
    }

    @Test func coordinatedSubjectsSpeakTogether() throws {
        let analysis = analyze("""
            Budget talks

            Senator Ana Ruiz and Senator Tom Lind said the bill would pass before the recess.

            The governor visited the flooded district and said the repairs would take a month.
            """)
        let together = try analysis.quote("the bill would pass")
        #expect(together.kind == .reported)
        #expect(together.mention?.contains("Ruiz") == true)
        let governor = try analysis.quote("the repairs would take")
        #expect(governor.kind == .reported)
        #expect(governor.mention?.hasSuffix("governor") == true)
    }

    @Test func nestedReportingIsTheOuterSpeakers() throws {
        let analysis = analyze("""
            Border crossing

            The minister met his Turkish counterpart on Monday. He said Erdogan replied that the border would stay open.
            """)
        let quote = try #require(reported(analysis).first)
        #expect(quote.text == "Erdogan replied that the border would stay open")
        #expect(quote.mention == "He")
    }

    @Test func aPartialQuotationInsideAReportedClauseIsBoth() throws {
        let analysis = analyze("Flood warning\n\nIlse Marten said the dyke was “strong enough” to hold until Friday.\n")
        let partial = try analysis.quote("strong enough")
        #expect(partial.kind == .partial)
        #expect(analysis.speakerName(partial) == "Ilse Marten")
        let clause = try #require(reported(analysis).first)
        #expect(clause.text == "the dyke was “strong enough” to hold until Friday")
        #expect(analysis.speakerName(clause) == "Ilse Marten")
    }
}
