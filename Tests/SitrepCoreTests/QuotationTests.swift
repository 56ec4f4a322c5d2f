import Testing
@testable import SitrepCore

@Suite struct QuotationTests {
    @Test func quoteThenSpeakerThenVerb() throws {
        let analysis = analyze("“We will rebuild every bridge,” Mr Horvat said.\n")
        let quote = (try analysis.quote("We will rebuild"))
        #expect(quote.kind == .direct)
        #expect(quote.text == "We will rebuild every bridge,")
        #expect(quote.cue == "said")
        #expect(analysis.speakerName(quote) == "Horvat")
        #expect(quote.span.start == SourcePosition(line: 1, column: 2))
    }

    @Test func typewriterDoubleQuotesAreQuotationMarks() throws {
        let analysis = analyze("''We may finally see wages rise,'' said Lena Park, an economist at the bank.\n")
        let quote = try analysis.quote("We may finally")
        #expect(quote.kind == .direct)
        #expect(quote.text == "We may finally see wages rise,")
        #expect(analysis.speakerName(quote) == "Lena Park")
        // Opened with two apostrophes, closed with a straight double mark.
        let mixed = analyze("''Nobody expected it,\" the mayor said.\n")
        #expect(try mixed.quote("Nobody expected").text == "Nobody expected it,")
    }

    @Test func quoteThenVerbThenSpeakerOfAnOrganisation() throws {
        let analysis = analyze("“The shelters are full,” said Amira Haddad of the Red Crescent in Gaza.\n")
        let quote = (try analysis.quote("The shelters"))
        #expect(analysis.speakerName(quote) == "Amira Haddad")
        #expect(analysis.speakers[quote.speaker!].description == "of the Red Crescent in Gaza")
    }

    @Test func speakerVerbColonQuoteIsDirect() throws {
        let analysis = analyze("The mayor said: “Nobody should return until the all-clear.”\n")
        let quote = (try analysis.quote("Nobody should"))
        #expect(quote.kind == .direct)
        // ("The mayor" of an article that names no mayor: the mention, and no speaker named "mayor".)
        #expect(quote.mention == "mayor")
        #expect(quote.speaker == nil)
    }

    @Test func quotedWordsInsideTheWritersSentenceArePartial() throws {
        let analysis = analyze("Defence Minister Pal Kertesz said the strike was “a grave provocation” and summoned the envoy.\n")
        let quote = (try analysis.quote("a grave provocation"))
        #expect(quote.kind == .partial)
        #expect(analysis.speakerName(quote) == "Pal Kertesz")
        #expect(analysis.speakers[quote.speaker!].description == "Defence Minister")
    }

    @Test func toldNewsConferenceAndWroteOnSocialMedia() throws {
        let analysis = analyze("""
        “The ceasefire is holding,” Nadia Petrova told a news conference.
        “Aid trucks crossed at dawn,” Omar Said wrote on social media.
        """)
        #expect(analysis.speakerName((try analysis.quote("The ceasefire"))) == "Nadia Petrova")
        #expect((try analysis.quote("The ceasefire")).cue == "told")
        #expect(analysis.speakerName((try analysis.quote("Aid trucks"))) == "Omar Said")
    }

    @Test func accordingToNamesTheSpeaker() throws {
        let analysis = analyze("The bridge was “completely destroyed”, according to the regional governor, Ivan Moroz.\n")
        let quote = (try analysis.quote("completely destroyed"))
        #expect(quote.cue == "according to")
        #expect(analysis.speakerName(quote) == "Ivan Moroz")
    }

    @Test func addedAndSplitQuoteKeepTheSpeaker() throws {
        let analysis = analyze("“The water is falling,” Ms Lindqvist said. “But the danger is not over.”\n“We need pumps,” she added.\n")
        #expect(analysis.speakerName((try analysis.quote("But the danger"))) == "Lindqvist")
        #expect(analysis.speakerName((try analysis.quote("We need pumps"))) == "Lindqvist")
        #expect((try analysis.quote("We need pumps")).cue == "added")
    }

    @Test func aQuotationGoingOnAfterASecondAttributionTakesThatAttribution() throws {
        let analysis = analyze("""
            Democratic Sen. Ana Ruiz (D-Mo.) scolded him: “The engineers call your pumps ‘relics,’” she said. “Nobody on the delta believes you.”

            Senator Ilse Marten scolded the minister: “Your pumps are ‘relics,’” she said.

            """)
        let first = try analysis.quote("The engineers call")
        #expect(first.cue == "scolded")
        // The speaker whose verb took no quotation is the one the pronoun means.
        #expect(analysis.speakerName(try analysis.quote("Your pumps are")) == "Ilse Marten")
        let second = try analysis.quote("Nobody on the delta")
        #expect(second.cue == "said")
        #expect(second.mention == "she")
        #expect(analysis.speakerName(second) == "Ana Ruiz")
    }

    @Test func aPronounInsideReportedSpeechMeaningTheReporterLeavesTheWordsToTheReporter() throws {
        let analysis = analyze("""
            Mayor Ilse Marten assured farmers she would tell the water board to “open the sluices.”

            Marten said Oskar Lind was right when he called the plan “a disgrace.”

            """)
        let sluices = try analysis.quote("open the sluices")
        #expect(sluices.mention == "Mayor Ilse Marten")
        #expect(sluices.cue == "assured")
        // A name between: the pronoun may mean that person, and keeps its own verb.
        #expect(try analysis.quote("a disgrace").mention == "he")
    }

    @Test func appositiveRoleBetweenCommas() throws {
        let analysis = analyze("""
        Troops have left the town, Tomas Rask, a lawmaker on the defence committee, said on Monday.
        The province's governor, Elena Vos, said the roads were open again.
        """)
        let rask = try #require(analysis.quotes.first { $0.text.hasPrefix("Troops have left") })
        #expect(rask.kind == .reported)
        #expect(analysis.speakerName(rask) == "Tomas Rask")
        let vos = try #require(analysis.quotes.first { $0.text.hasPrefix("the roads were open") })
        #expect(analysis.speakerName(vos) == "Elena Vos")
        #expect(analysis.speakers[vos.speaker!].description == "The province's governor")
    }

    @Test func theStatementSpeaksForItsIssuer() throws {
        let analysis = analyze("""
        Two aid workers were wounded near the border, the World Food Programme said in a statement on Friday. The convoy was “clearly marked,” the statement said.
        """)
        let quote = (try analysis.quote("clearly marked"))
        #expect(analysis.speakerName(quote) == "World Food Programme")
    }

    @Test func citingDoesNotMoveTheSpeaker() throws {
        let analysis = analyze("Enemy losses have doubled this month, the news agency said, citing military sources.\n")
        let quote = try #require(analysis.quotes.first { $0.kind == .reported })
        #expect(analysis.speakerName(quote) == "news agency")
    }

    @Test func invertedSaysAfterReportedClause() throws {
        let analysis = analyze("The talks will resume next week, says Mr Okafor.\n")
        let quote = analysis.quotes.first!
        #expect(quote.kind == .reported)
        #expect(quote.text == "The talks will resume next week")
        #expect(analysis.speakerName(quote) == "Okafor")
    }

    @Test func reportedSpeechWithThat() throws {
        let analysis = analyze("Analysts warn that the offensive could stall before winter.\n")
        let quote = analysis.quotes.first!
        #expect(quote.kind == .reported)
        #expect(quote.text == "the offensive could stall before winter")
        // An unnamed source keeps its mention; a lone common noun is no speaker's name.
        #expect(quote.mention == "Analysts")
        #expect(quote.speaker == nil)
    }

    @Test func quotationOverSeveralParagraphsKeepsItsSpeaker() throws {
        let analysis = analyze("""
        “We lost everything in one night,” said Rosa Mendes, a farmer. “The river took the barn, the animals, the seed for next year.
        “Now we wait for help that may not come.”
        Officials promised compensation.
        """)
        let continued = (try analysis.quote("Now we wait"))
        #expect(analysis.speakerName(continued) == "Rosa Mendes")
        let open = (try analysis.quote("The river took"))
        #expect(open.unclosed)
        #expect(open.text.hasSuffix("the seed for next year."))
    }

    @Test func nestedQuotesStayInsideTheOuterQuotation() throws {
        let analysis = analyze("“They told us ‘leave now or stay forever’, so we left,” Mr Bakr said.\n")
        #expect(analysis.quotes.count == 1)
        #expect(analysis.quotes[0].text == "They told us ‘leave now or stay forever’, so we left,")
    }

    @Test func apostrophesAreNotClosingQuotes() throws {
        let analysis = analyze("Zhou said the Workers’ Party’s plan was ‘a dead end’ for the farmers’ union.\n")
        let quote = try #require(analysis.quotes.first { $0.kind == .partial })
        #expect(quote.text == "a dead end")
        #expect(analysis.speakerName(quote) == "Zhou")
    }

    @Test func aTurnedApostropheBeforeAYearOpensNoQuotation() throws {
        let analysis = analyze("""
            Tom Lind said in ‘08 that the flood of the ‘70s was worse. “I do sense that people are aware. It makes them wary,” he said.

            """)
        #expect(analysis.quotes.filter { $0.kind != .reported }.map(\.text) == ["I do sense that people are aware. It makes them wary,"])
        #expect(try analysis.quote("I do sense").mention == "he")
        #expect(analysis.quotes.first { $0.kind == .reported }?.text == "the flood of the ‘70s was worse")
    }

    @Test func straightQuotesWorkLikeCurlyOnes() throws {
        let analysis = analyze("\"We are ready,\" Ms Ito said. 'Not yet,' the general replied.\n")
        #expect(analysis.speakerName((try analysis.quote("We are ready"))) == "Ito")
        #expect((try analysis.quote("Not yet")).text == "Not yet,")
    }

    @Test func quoteLeftOpenByCutOffTextEndsWithItsParagraph() throws {
        let analysis = analyze("The minister said: “Our forces will hold the line and we will\nThe weather turned cold in the capital on Monday, forecasters said.\n")
        let open = (try analysis.quote("Our forces"))
        #expect(open.unclosed)
        #expect(open.span.end.line == 1)
        #expect(open.text == "Our forces will hold the line and we will")
    }

    @Test func scareQuotesHaveNoSpeaker() throws {
        let analysis = analyze("Officials say the find is being seen as “decisive proof” of the plot.\n")
        let quote = (try analysis.quote("decisive proof"))
        #expect(quote.speaker == nil)
    }

    @Test func pronounsFollowGenderNotJustTheLastSpeaker() throws {
        let analysis = analyze("""
        Ms Farah said the clinic had run out of insulin.
        Mr Tanaka said supplies would arrive on Friday.
        She said patients were being sent to the city.
        """)
        let pronoun = try #require(analysis.quotes.first { $0.text.hasPrefix("patients") })
        #expect(analysis.speakerName(pronoun) == "Farah")
    }

    @Test func pronounAfterAnUnnamedSpeakerIsThatSpeaker() throws {
        let analysis = analyze("""
        General Ilse Brandt said the brigade had pulled back overnight.
        One of the prisoners said he had been ordered to attack without food or water.
        He said he surrendered on the second day.
        """)
        let quote = try #require(analysis.quotes.first { $0.text.hasPrefix("he surrendered") })
        #expect(analysis.speakers[quote.speaker!].name == "One of the prisoners")
    }

    @Test func surnameAndHonorificResolveToTheFullNameInTheArticle() throws {
        let analysis = analyze("Maria Kowalska, a doctor in the city, said the ward was full.\n“We sleep in shifts,” Dr Kowalska said.\n")
        #expect(Set(analysis.quotes.map { analysis.speakerName($0) }) == ["Maria Kowalska"])
        #expect(analysis.speakers.count == 1)
        #expect(analysis.speakers[0].aliases.contains("Dr Kowalska"))
    }

    @Test func spellingVariantsAcrossArticlesAreOneSpeaker() throws {
        let analysis = analyze(
            "Defence Minister Oleksiy Reznikov said the shipment had arrived.\n“It is a big day,” Mr Reznikov said.\n",
            "Oleksii Reznikov said training would start next month.\n"
        )
        let names = Set(analysis.quotes.compactMap { $0.speaker })
        #expect(names.count == 1)
        #expect(analysis.speakers[names.first!].aliases.contains("Oleksii Reznikov"))
    }

    @Test func oneSurnameTwoPeopleInTwoArticlesStayApart() throws {
        let analysis = analyze(
            "“The border is quiet,” said Min-jun Park of the Peace Institute.\n“It will not last,” Mr Park said.\n",
            "Park Seo-yeon, a lawmaker on the defence committee, said troops were on alert.\n“We are ready,” Park said.\n"
        )
        let speakers = Set(analysis.quotes.compactMap { $0.speaker }.map { analysis.speakers[$0].name })
        #expect(speakers == ["Min-jun Park", "Park Seo-yeon"])
    }

    @Test func unnamedDescriptionJoinsTheNamedPersonWithThatRole() throws {
        let analysis = analyze("""
        Casualties rose to 400, a senior lawmaker said on Monday.
        The figure came from army records, Hana Cerny, a lawmaker on the security committee, said.
        """)
        let speakers = Set(analysis.quotes.compactMap { $0.speaker })
        #expect(speakers.count == 1)
        #expect(analysis.speakers[speakers.first!].name == "Hana Cerny")
    }

    @Test func aDocumentSpeaksForTheBodyOrPersonItNames() throws {
        let analysis = analyze("""
        Ruritania's Ministry of Defence said the rockets fell short of the coast. “The launches are a serious problem,” a ministry statement said. Separately, the Joint Staff said it had tracked both rockets.

        Tom Lind’s statement said the mayor was “too tired to govern.”

        The losses were the heaviest this year, according to a tally by Ana Ruiz, a researcher at the Vale Institute. “Only twice before have we seen so many,” she said.

        According to a statement from the ministry, the strike hit “a military target.”

        """)
        #expect(try analysis.quote("a military target").mention == "ministry")
        #expect(try analysis.speakerNames("The launches are", "too tired", "Only twice")
                == ["Ruritania's Ministry of Defence", "Tom Lind", "Ana Ruiz"])
    }

    @Test func aPronounRefersToAPersonNotToAThing() throws {
        let analysis = analyze("""
        The strike was the ninth this month, according to the tally. “We have not seen this before,” he said.

        """)
        #expect(try analysis.quote("We have not seen").speaker == nil)
    }

    @Test func reportedSpeechIsTheClauseTheVerbReportsAndNotWhatWasLeftUnsaid() throws {
        let analysis = analyze("""
        At one point, Tom Lind suggested the culprit might have been a neighbouring state.

        A week ago, the ministry said the envoy sent a letter to the council.

        A state media dispatch did not say whether the envoy mentioned the launches.

        The parts of the plan that proponents said were necessary angered the farmers.

        Reader polls, taken after each debate this year, consistently declared Lind the winner.

        The council may add more of them if needed, the clerk wrote.

        """)
        let reported = analysis.quotes.filter { $0.kind == .reported }.map(\.text)
        #expect(reported == ["the culprit might have been a neighbouring state", "the envoy sent a letter to the council",
                             "The council may add more of them if needed"])
        #expect(analysis.quotes.last?.mention == "clerk")
        #expect(analysis.quotes.last?.speaker == nil)
    }

    @Test func aPronounMayMeanThePersonTheTextIsAboutThoughNotASpeaker() throws {
        let analysis = analyze("""
        Special counsel Mara Vale said the adviser had lied to investigators.

        Oskar Brandt is a former interpreter who worked for the campaign in Kyiv. He denied that he has ties to any intelligence service.

        """)
        let quote = try analysis.quote("he has ties")
        #expect(analysis.speakerName(quote) == "Oskar Brandt")
    }

    @Test func aFunctionWordIsNoSpeakerAndANewspaperIsNoMan() throws {
        let analysis = analyze("""
        There, she said, “I am shocked at how a picture of me was used.”

        The farm lobby fears a shortage of workers, the Omaha World-Herald reports. “He can offer a great deal,” he says.

        """)
        #expect(analysis.speakers.allSatisfy { !["There", "Is", "Plenty"].contains($0.name) })
        let world = try #require(analysis.speakers.first { $0.name == "Omaha World-Herald" })
        #expect(world.kind == .organisation)
        #expect(analysis.speakerName(try analysis.quote("He can offer")) != "Omaha World-Herald")
    }

    @Test func aSentenceWithoutEndIsReadInPiecesAndKeepsEverySpeaker() throws {
        let clause = "Tom Lind said the hall was “a mess”, Ana Ruiz called it “a scandal”; "
        let analysis = analyze("Title\n\n" + String(repeating: clause, count: 200) + "and that was all.\n")
        let messes = analysis.quotes.filter { $0.text == "a mess" }
        let scandals = analysis.quotes.filter { $0.text == "a scandal" }
        #expect(messes.count == 200 && scandals.count == 200)
        #expect(messes.allSatisfy { analysis.speakerName($0) == "Tom Lind" })
        #expect(scandals.allSatisfy { analysis.speakerName($0) == "Ana Ruiz" })
    }
}

