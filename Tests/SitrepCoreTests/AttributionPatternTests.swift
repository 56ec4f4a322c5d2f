import Testing
@testable import SitrepCore

/// Attribution patterns of American and British news English beyond "X said": block quotations introduced by a
/// colon, abbreviated honorifics, quoted words in a speaker's own sentence, and speakers kept apart or named well.
@Suite struct AttributionPatternTests {
    @Test func aParagraphEndingInSaidColonIntroducesTheNextParagraphsQuotation() throws {
        let analysis = analyze("""
            Flood warning for the delta

            The regional governor, Ilse Marten, responded:

            “Every family below the dyke will be moved by Friday. Nobody will be left behind.”

            “The forecast is worse than last spring.”

            """)
        let quote = try analysis.quote("Every family below the dyke")
        #expect(analysis.speakerName(quote) == "Ilse Marten")
        #expect(quote.cue == "responded")
        // A quotation paragraph after it goes on in the same voice.
        #expect(analysis.speakerName(try analysis.quote("The forecast is worse")) == "Ilse Marten")
    }

    @Test func aDatedSentenceAboutANamedPersonEndingInAColonIntroducesTheNextParagraph() throws {
        let analysis = analyze("""
            Flood warning for the delta

            On July 6, 2015, Ilse Marten made the following remark:

            “For farmers below the dyke, this will be a hard spring.”

            """)
        #expect(analysis.speakerName(try analysis.quote("For farmers below the dyke")) == "Ilse Marten")
    }

    @Test func abbreviatedHonorificsAndRolesStayOutOfTheName() throws {
        let analysis = analyze("""
            “The budget is balanced,” said Mr. Halvorsen, who chairs the committee. “We will not borrow,” said Gov. Ana Ruiz.

            """)
        #expect(analysis.speakerName(try analysis.quote("The budget is balanced")) == "Halvorsen")
        #expect(try analysis.quote("The budget is balanced").mention == "Mr. Halvorsen")
        #expect(analysis.speakerName(try analysis.quote("We will not borrow")) == "Ana Ruiz")
    }

    @Test func quotedWordsInANamedSpeakersSentenceAreTheirs() throws {
        let analysis = analyze("Senator Lina Varga railed against the “river cartel of the north” in the chamber on Tuesday.\n")
        let quote = try analysis.quote("river cartel")
        #expect(quote.kind == .partial)
        #expect(analysis.speakerName(quote) == "Lina Varga")
    }

    @Test func quotedWordsInTheSentenceOfADescribedSpeakerOrADocumentAreTheirs() throws {
        let analysis = analyze("""
            The regional governor wants the levee commission to stop “dithering over sandbags” before the spring floods.

            The water board sees the new dyke as “a monument to waste” and wants the money back.

            The memo warned of “a summer without irrigation” for the delta farms.

            """)
        #expect(try analysis.quote("dithering over sandbags").mention == "regional governor")
        #expect(try analysis.quote("a monument to waste").mention == "water board")
        #expect(try analysis.quote("a summer without irrigation").mention == "memo")
    }

    @Test func quotedWordsAfterANamedSubjectsVerbInSAreTheSubjects() throws {
        let analysis = analyze("""
            In town after town, Ana Ruiz lobbies for a new levee tax: “No farm should drown for want of a pump.”

            Lind trusts a press that is “taking sides” in the race, and Trump supporters cheer “Build the dyke!”

            """)
        #expect(analysis.speakerName(try analysis.quote("No farm should drown")) == "Ana Ruiz")
        #expect(try analysis.quote("taking sides").mention == "Lind")
    }

    @Test func aShortLabelInANamedPersonsSentenceIsThatPersonsButNotInAnUnnamedOne() throws {
        let analysis = analyze("""
            First, Mayor Ilse Marten attacked the council for being a “lazy crowd.” Then she turned to the “river barons.”

            The dredging plan was hailed as a “bold step” in the delta.

            Mayor Ilse Marten has long pictured the barons as “river pirates.” The old sluice is known as “the widowmaker.”

            Tom Lind further summed up the dredging plan as “reckless,” denounced its budget and said it would fail.

            The Water Ministry has said that, at the request of the police, it has classified the dyke reports as “top secret.”

            """)
        #expect(analysis.speakerName(try analysis.quote("river pirates")) == "Ilse Marten")
        #expect(analysis.speakerName(try analysis.quote("reckless")) == "Tom Lind")
        #expect(try analysis.quote("top secret").mention == "Water Ministry")
        #expect(try analysis.quote("the widowmaker").speaker == nil)
        #expect(analysis.speakerName(try analysis.quote("lazy crowd")) == "Ilse Marten")
        #expect(analysis.speakerName(try analysis.quote("river barons")) == "Ilse Marten")
        #expect(try analysis.quote("bold step").speaker == nil)
    }

    @Test func fromASourceBeforeAColonNamesTheQuotationsSource() throws {
        let analysis = analyze("""
            Mayor Ilse Marten spoke on Monday. From Marten’s statement: “We will reopen the port.”

            Not every survey is equal. From the report: “Samples weighted by region were the most accurate.”

            The shift was visible early. More from Lind and Varga: “Our data showed two waves of support.”

            """)
        let port = try analysis.quote("We will reopen the port")
        #expect(port.mention == "Marten")
        #expect(analysis.speakerName(port) == "Ilse Marten")
        #expect(try analysis.quote("Samples weighted").mention == "report")
        #expect(try analysis.quote("Our data showed").mention == "Lind and Varga")
    }

    @Test func anOpeningAdverbOfPlaceOrAFocusedAdverbOfTimeIsNotTheSpeaker() throws {
        let analysis = analyze("""
            Tom Lind spoke for an hour. Somewhere in there, he tossed in a “lying” harbour master.

            The engineers met in 2003. But even then, they discussed how the dyke “was going to fail” within a decade.

            """)
        #expect(try analysis.quote("lying").mention == "he")
        #expect(try analysis.quote("was going to fail").mention == "they")
    }

    @Test func anOpeningPhraseIsNotTheSpeaker() throws {
        let analysis = analyze("In response to the strike on the port, the harbour master Oskar Lind rallied workers, saying: “We reopen tomorrow.”\n")
        #expect(analysis.speakerName(try analysis.quote("We reopen tomorrow")) == "Oskar Lind")
    }

    @Test func oneDescriptionBesideTwoNamedSpeakersJoinsNeither() throws {
        // Two articles of one story both say "the minister", and each names a different minister: the unnamed
        // minister of a third article cannot be told apart, so the two named ministers stay two speakers.
        let story = "The ministers met in Vienna on Monday to discuss the gas pipeline deal and the winter supply contracts."
        let analysis = analyze(
            "\(story)\n\n“The pipeline will open in March,” the minister, Karl Berger, said.\n",
            "\(story)\n\n“Supplies are secured for the winter,” the minister, Jonas Weber, said.\n",
            "\(story)\n\n“The talks went well,” the minister said.\n"
        )
        let berger = analysis.speakerName(try analysis.quote("The pipeline will open"))
        let weber = analysis.speakerName(try analysis.quote("Supplies are secured"))
        #expect(berger == "Karl Berger")
        #expect(weber == "Jonas Weber")
    }

    @Test func shortQuotedWordsInReportedSpeechHaveTheSpeakerOfTheVerb() throws {
        let analysis = analyze("""
            Senator Ana Ruiz says the new tariff appeals to the “worst instincts” of voters in the farm states.

            The plan is being seen as “a lifeline” by growers, officials said.

            """)
        #expect(analysis.speakerName(try analysis.quote("worst instincts")) == "Ana Ruiz")
        // A label after "seen as" is a scare quote even in a sentence with a speech verb.
        #expect(try analysis.quote("a lifeline").speaker == nil)
    }

    @Test func aBracketedPartyTagOrALongAppositiveStandsBetweenSpeakerAndVerb() throws {
        let analysis = analyze("""
            Sen. Ana Ruiz (D-Ohio) said the bill was “dead on arrival in the Senate.”

            Rep. Tom Hale (R-Texas), who chairs the panel, said the vote would be “a formality at best.”

            Maria Lopez, 41, of Springfield, who was among those polled, said the race was “too close to call now.”

            """)
        #expect(try analysis.speakerNames("dead on arrival", "a formality", "too close to call")
            == ["Ana Ruiz", "Tom Hale", "Maria Lopez"])
    }

    @Test func aConnectiveOpeningTheSentenceIsNotTheSpeaker() throws {
        let analysis = analyze("But Lina Varga railed against the “river cartel of the north” on Tuesday.\n")
        #expect(try analysis.quote("river cartel").mention == "Lina Varga")
    }

    @Test func anOpeningMarkTypedAsTheClosingOneClosesTheQuotation() throws {
        let analysis = analyze("“We will rebuild the bridge by spring,“ said Ana Ruiz, the regional governor.\n")
        let quote = try analysis.quote("We will rebuild")
        #expect(quote.text == "We will rebuild the bridge by spring,")
        #expect(analysis.speakerName(quote) == "Ana Ruiz")
    }

    @Test func theNameOfAProgrammeInQuotationMarksIsNobodysWords() throws {
        let analysis = analyze("Ana Ruiz told Channel Nine’s “Morning with the Nation” that the bridge would open in “late spring at the earliest.”\n")
        #expect(try analysis.quote("Morning with the Nation").speaker == nil)
        #expect(analysis.speakerName(try analysis.quote("late spring")) == "Ana Ruiz")
    }

    @Test func programmesListedSideBySideOrToldSomethingAreNobodysWords() throws {
        let analysis = analyze("""
            Tom Lind, who runs the network, said revivals such as “Harbour Nights,” “The Long Coast” and “Farm Patrol” \
            would return. Ana Ruiz told “Morning Harbour” that the bridge would open. Lind called them “Lazy Ana” and \
            “Late Lind” and said the rivals’ shows were “Dead On Arrival.”

            """)
        for title in ["Harbour Nights", "The Long Coast", "Farm Patrol", "Morning Harbour"] {
            #expect(try analysis.quote(title).speaker == nil)
        }
        let shows = analyze("""
            Tom Lind is now host of “The Late Hour with Ana Ruiz.” He also leads “Farm Week” on the radio and spoke to \
            Mara Vale for “Harbour Report” broadcast on Friday.

            """)
        for title in ["The Late Hour with Ana Ruiz", "Farm Week", "Harbour Report"] {
            #expect(try shows.quote(title).speaker == nil)
        }
        // Names given to someone by a verb of labelling are the speaker's words.
        #expect(try analysis.quote("Lazy Ana").mention == "Lind")
        #expect(try analysis.quote("Late Lind").mention == "Lind")
    }

    @Test func theListenerAfterToldIsNotTheSpeaker() throws {
        let analysis = analyze("“We will not retreat from the coast,” Senator Ana Ruiz, a member of the defence committee, told Radio Harbour.\n")
        #expect(analysis.speakerName(try analysis.quote("We will not retreat")) == "Ana Ruiz")
    }

    @Test func anOpeningPhraseOfTimeOrAnAbbreviatedTitleDoesNotCutTheSubject() throws {
        let analysis = analyze("""
            A few days later, Ana Ruiz reversed herself, telling reporters that the plan was “dead in the water.”

            Rep. Tom Hale reacted to the news, saying: “The count was fair and it is over.”

            """)
        #expect(try analysis.quote("dead in the water").mention == "Ana Ruiz")
        let hale = try analysis.quote("The count was fair")
        #expect(hale.mention == "Rep. Tom Hale")
        #expect(analysis.speakerName(hale) == "Tom Hale")
    }

    @Test func aQuotationAfterReportedSpeechGoesOnInTheSameVoice() throws {
        let analysis = analyze("""
            Ana Ruiz said that the river dam would hold through the winter.

            “We have checked every metre of the wall. The water will not get through.”

            The river rose a metre overnight.

            “Help us before the next storm.”

            """)
        #expect(analysis.speakerName(try analysis.quote("We have checked every metre")) == "Ana Ruiz")
        // After a sentence of narration that writes nobody else, a paragraph that is only a quotation goes on in the
        // last speaker's voice (a floating quotation, see FloatingQuotationTests).
        #expect(analysis.speakerName(try analysis.quote("Help us before")) == "Ana Ruiz")
    }

    @Test func aNameAndAColonIntroduceAQuotation() throws {
        let analysis = analyze("In the debate, the two set out their plans. Ruiz: “We will rebuild the bridge by spring.” Hale: “Not with this budget, we won’t.”\n")
        #expect(analysis.speakerName(try analysis.quote("We will rebuild")) == "Ruiz")
        #expect(analysis.speakerName(try analysis.quote("Not with this budget")) == "Hale")
    }

    @Test func aHeadlinesClauseBeforeAColonSpeaksForTheNameBeforeItsVerb() throws {
        let analysis = analyze("""
            Ana Ruiz Hammers Bank Chief: “You Should Be Investigated.”

            Las Vegas Farmers: “The River Is Ours.”

            Ambassador Nicholas Burns Smith: “The Talks Go On.”

            """)
        #expect(analysis.speakerName(try analysis.quote("You Should Be")) == "Ana Ruiz")
        #expect(try analysis.quote("The River Is Ours").mention != "Las")
        #expect(analysis.speakerName(try analysis.quote("The Talks Go On")) == "Nicholas Burns Smith")
        // A first name in -s after a title is no headline's verb.
        let envoy = analyze("Ambassador Nicholas Burns Smith, the envoy to the region, said the talks were “going well.”\n")
        #expect(envoy.speakerName(try envoy.quote("going well")) == "Nicholas Burns Smith")
    }

    @Test func aDocumentAfterTheVerbSpeaksForItsAuthor() throws {
        let analysis = analyze("""
            “The strike was planned for the holiday,” said a statement Monday by the River Ministry.

            “We will not back down,” the ministry’s statement said.

            """)
        #expect(analysis.speakerName(try analysis.quote("The strike was planned")) == "River Ministry")
        #expect(analysis.speakerName(try analysis.quote("We will not back down")) == "River Ministry")
    }

    @Test func wordsQuotedInAnOpeningQuestionAreTheUnnamedAskers() throws {
        let analysis = analyze("""
            Asked whether Ana Ruiz “has the integrity to serve,” 75 percent of farmers said yes.

            When asked about his attack on “river values,” Tom Lind said the valley was fine.

            Asked about the plan, Mara Vale said it was “a disaster.”

            """)
        #expect(try analysis.quote("has the integrity").speaker == nil)
        #expect(try analysis.quote("river values").speaker == nil)
        #expect(analysis.speakerName(try analysis.quote("a disaster")) == "Mara Vale")
    }

    @Test func aLabelAfterAPassiveVerbOfNamingHasNoSpeakerUnlessAnAgentFollows() throws {
        let analysis = analyze("""
            Tom Lind said the county dropped what had been called the “Golden Week” of early voting.

            The plan has been called “strategic patience” by Ana Ruiz, a professor.

            """)
        #expect(try analysis.quote("Golden Week").speaker == nil)
        #expect(analysis.speakerName(try analysis.quote("strategic patience")) == "Ana Ruiz")
    }

    @Test func aSignatureAfterADashNamesTheSpeaker() throws {
        let analysis = analyze("""
            Voters were asked what they made of the debate.

            “The bridge matters more than any speech.” ― Ana Ruiz “He never answered the question.” ― Tom Hale

            “Rebuilding will take a decade, whatever anyone promises.”

            - Maria Lopez, Springfield.

            """)
        #expect(try analysis.speakerNames("The bridge matters", "He never answered", "Rebuilding will take")
            == ["Ana Ruiz", "Tom Hale", "Maria Lopez"])
    }

    @Test func whatASignReadsIsItsText() throws {
        let analysis = analyze("“Build the bridge now!” read one banner at the rally. A second sign read “Ferries are not enough.”\n")
        #expect(try analysis.quote("Build the bridge now").mention == "one banner")
        #expect(try analysis.quote("Ferries are not enough").mention == "second sign")
    }

    @Test func aLabelGivenByASpeechVerbIsTheSpeakers() throws {
        let analysis = analyze("""
            Ana Ruiz hailed the vote on the bridge as “historic” on Monday.

            The vote was widely seen as “historic” across the region, officials said.

            """)
        #expect(try analysis.quote("historic").mention == "Ana Ruiz")
        let seen = analysis.quotes.filter { $0.text == "historic" }
        #expect(seen.count == 2)
        #expect(seen.last?.speaker == nil, "a label after 'seen as' stays a scare quote")
    }

    @Test func aVerbFarBeforeAsDoesNotTakeTheSpeakersLabel() throws {
        let analysis = analyze("Tom Lind mocked the council’s claims that the farmers remained calm, as “political theatre.”\n")
        #expect(try analysis.quote("political theatre").mention == "Tom Lind")
    }

    @Test func aPronounWithAContractedVerbIsThePronoun() throws {
        let analysis = analyze("""
            “We are ahead in every county,” said Governor Lena Brandt on Monday.

            She’s predicting she will win “by a wide margin” in the next primary.

            It’s prohibited when voting “to fill a vacancy on the ticket,” under the rules.

            """)
        let quote = try analysis.quote("by a wide margin")
        #expect(quote.mention == "She")
        #expect(analysis.speakerName(quote) == "Lena Brandt")
        // "It’s" opens a copula, not a speech.
        #expect(try analysis.quote("to fill a vacancy").mention != "It’s")
    }

    @Test func genericYouIsNeverTheSpeaker() throws {
        let analysis = analyze("""
            The judge, Tomas Weller, spoke to reporters after the ruling.

            He notes that free speech has limits: you can't yell “fire” in a crowded hall.

            """)
        let quote = try analysis.quote("fire")
        #expect(quote.mention == "He")
    }

    @Test func aSpeechVerbWithAParticleSpeaksOnlyWithIt() throws {
        let analysis = analyze("""
            “The audit found nothing,” Mayor Ruth Okafor pointed out on Friday. “We will appeal,” her rival Dan Pike shot back.

            A guard was shot at the gate, and the “incident” was pointed to as proof.

            """)
        let pointed = try analysis.quote("The audit found nothing")
        #expect(pointed.cue == "pointed out")
        #expect(analysis.speakerName(pointed) == "Ruth Okafor")
        let shot = try analysis.quote("We will appeal")
        #expect(shot.cue == "shot back")
        #expect(analysis.speakerName(shot) == "Dan Pike")
        // Without its particle the verb says nothing.
        #expect(try analysis.quote("incident").speaker == nil)
    }

    @Test func aPronounAfterAnOpeningPhraseIsTheWholeSubject() throws {
        let analysis = analyze("""
            Senator Mia Holt faced questions over the vote on Tuesday.

            At the town hall this week she said the vote was not “an error in judgement.”

            """)
        #expect(try analysis.quote("an error in judgement").mention == "she")
    }

    @Test func aSpeakerNamedAfterTheVerbMayOpenWithANumber() throws {
        let analysis = analyze("""
            “The rationale does not hold,” said 9/11 widow Terry Strada.

            """)
        #expect(analysis.speakerName(try analysis.quote("The rationale does not hold")) == "Terry Strada")
    }

    @Test func aTitledNameAfterAnExclamationStillAttributesIt() throws {
        let analysis = analyze("""
            “Ohio is proud to cast its votes for the next governor!” US Senator Carla Maddox said as she opened the count.

            “It is over!” Federal Election Commission regulations say little about such rallies.

            """)
        #expect(analysis.speakerName(try analysis.quote("Ohio is proud")) == "Carla Maddox")
        #expect(try analysis.quote("It is over").mention != "Federal Election Commission regulations")
    }

    @Test func aNameWithALongAppositiveAfterTheQuotationIsTheSpeaker() throws {
        let analysis = analyze("""
            “Neither plan helps us,” Nora Vance, 52, of Dayton, Ohio, who was among those polled, said in an interview.

            """)
        #expect(analysis.speakerName(try analysis.quote("Neither plan helps us")) == "Nora Vance")
    }

    @Test func aRelativePronounAfterANameAfterAPrepositionStandsForTheName() throws {
        let analysis = analyze("""
            Ruiz got the nod from a party colleague, from Tom Lind, who declared in the crowded spin room, “It is time to unite.”

            Contrast that with Mara Vale, who has called the levee tax “theft,” and Lind, who says it is “overdue.”

            """)
        #expect(analysis.speakerName(try analysis.quote("It is time to unite")) == "Tom Lind")
        #expect(analysis.speakerName(try analysis.quote("theft")) == "Mara Vale")
        #expect(analysis.speakerName(try analysis.quote("overdue")) == "Tom Lind")
    }

    @Test func aSubjectWithARelativeClauseAfterAnOpeningClauseSpeaks() throws {
        let analysis = analyze("""
            While the mayor defended the levee tax, the farmers who wrote to her on Thursday say they are “tired of paying for sandbags.”

            The latest is Tom Lind, the harbour master who gained fame in 2009 when he shouted “Close the gates!” at the council.

            """)
        #expect(try analysis.quote("tired of paying").mention == "farmers")
        #expect(try analysis.quote("Close the gates").mention == "he")
    }

    @Test func theSubjectOfAnOpeningWhenClauseSpeaksItsAndSaid() throws {
        let analysis = analyze("""
            When Mayor Ruth Okafor later thanked the crews and said she would “rebuild every bridge,” the hall cheered.

            """)
        let quote = try analysis.quote("rebuild every bridge")
        #expect(analysis.speakerName(quote) == "Ruth Okafor")
    }

    @Test func aDocumentOfSomeonesWithAnSVerbIntroducesTheQuotation() throws {
        let analysis = analyze("""
            Mara Vale wrote to the council in March. Vale’s letter makes a plain case: “The dykes will not survive another winter.”

            A footnote in the survey makes that clear: “These figures leave out the northern polders.”

            The Marten campaign projects that “raising the dyke tax by a fraction of a percent” would pay for the pumps.

            """)
        #expect(try analysis.quote("The dykes will not survive").mention == "Vale’s letter")
        #expect(try analysis.quote("raising the dyke tax").mention == "Marten campaign")
        let footnote = try analysis.quote("These figures leave out")
        #expect(footnote.mention == "footnote")
    }

    @Test func anAttributionSetInBetweenCommasIsNotInApposition() throws {
        let analysis = analyze("""
            Mayor Ilse Marten toured the dykes on Monday. Marten, a close aide said, “is very confident in the new pumps.”

            """)
        let quote = try analysis.quote("is very confident")
        #expect(quote.mention == "close aide")
    }

    @Test func toBeforeADeterminerAfterANounOfUtteranceIsAPreposition() throws {
        let analysis = analyze("""
            Mayor Ilse Marten went on to say that, because Tom Lind testified that her comments to the council were “truthful,” the inquiry should end.

            Marten repeated her pledge to build a “wall of sand” along the river.

            """)
        #expect(analysis.speakerName(try analysis.quote("truthful")) == "Tom Lind")
        #expect(analysis.speakerName(try analysis.quote("wall of sand")) == "Ilse Marten")
    }

    @Test func aSpeechVerbInAClauseOfTimeAfterAPartialQuotationYieldsToAccordingTo() throws {
        let analysis = analyze("""
            The water board gave an “incomplete and misleading” answer when it told the farmers that no survey existed, according to a report from the regional auditor.

            """)
        let quote = try analysis.quote("incomplete and misleading")
        #expect(quote.cue == "according to")
        #expect(quote.mention == "report")
    }

    @Test func whoRightAfterANameStandsForTheNameAndMostTellingIsNoSpeech() throws {
        let analysis = analyze("""
            The most telling reaction was a post from Ana Ruiz who wrote, “Nobody on the council reads the surveys.”

            In the end it was Mayor Ilse Marten who pressed for a “grand bargain” on the dykes.

            The most telling answer, “We are not ready,” came late in the night.

            """)
        #expect(try analysis.quote("We are not ready").speaker == nil)
        let post = try analysis.quote("Nobody on the council")
        #expect(post.mention == "Ana Ruiz")
        #expect(post.cue == "wrote")
        #expect(analysis.speakerName(try analysis.quote("grand bargain")) == "Ilse Marten")
    }

    @Test func aPronounOpeningTheClauseAfterAnAppositiveAndSaidIsNotInverted() throws {
        let analysis = analyze("""
            Tom Lind, director of the harbour board, said he expects Marten, Ruiz, and Vale to discuss “the full range of repairs” at the summit.

            """)
        let quote = try analysis.quote("the full range of repairs")
        #expect(quote.mention == "Tom Lind")
    }

    @Test func theNameInAppositionToTheSubjectBeforeSpeaksTheNextQuotation() throws {
        let analysis = analyze("""
            In the 1990s, Mayor Ilse Marten turned the harbour board into a business. Her former partner at the board, Tom B. Lind, called her a master at deals. “She could sell sand to the delta.”

            """)
        #expect(analysis.speakerName(try analysis.quote("She could sell sand")) == "Tom B. Lind")
    }

    @Test func aDocumentRightBeforeAParticipleSaysIt() throws {
        let analysis = analyze("""
            Mayor Ilse Marten came to the delta only after the Herald’s editorial telling her to leave her “office on the hill” and visit the dykes.

            """)
        #expect(try analysis.quote("office on the hill").mention == "Herald’s editorial")
    }

    @Test func wordsQuotedInASentenceOfPluralSpeakersAreTheirs() throws {
        let analysis = analyze("""
            In response to the filings, the mayor’s lawyers relied on old surveys to defend the view that the dyke is “sound and safe for a decade.”

            The aides cast her victory in the delta as a sign that her new focus on “the real problems” is working.

            """)
        #expect(try analysis.quote("sound and safe").mention == "mayor’s lawyers")
        #expect(try analysis.quote("the real problems").mention == "aides")
    }

    @Test func toSomeoneOrInSomeonesViewOpeningAClauseGivesTheirVoice() throws {
        let analysis = analyze("""
            Locals call the harbour master stubborn. To Ana Ruiz, Tom Lind is the “kind and careful” man who saved the dyke in 1986.

            Tom Lind concludes that the survey was wrong, because to him, it is not an option to “give up the northern polders.”

            In Marten’s view, the plan is “a gift to the barons.”

            """)
        #expect(try analysis.quote("kind and careful").mention == "Ana Ruiz")
        let polders = try analysis.quote("give up the northern polders")
        #expect(polders.mention == "him")
        #expect(analysis.speakerName(polders) == "Tom Lind")
        #expect(try analysis.quote("a gift to the barons").mention == "Marten")
    }

    @Test func aPronounInTheSentenceOfANamedSubjectMayMeanTheSubject() throws {
        let analysis = analyze("""
            Tom Lind opened the debate on the dykes.

            Jeb Vale went after Lind at the debate, refusing to take back his remarks, when he called the survey “a fraud.”

            """)
        let quote = try analysis.quote("a fraud")
        #expect(quote.mention == "he")
        #expect(analysis.speakerName(quote) == "Jeb Vale")
    }

    @Test func aParticipleOfLabellingWithAnAgentAfterTheLabelIsTheAgents() throws {
        let analysis = analyze("""
            Farmers in Westerveld, called the “Breadbasket of the Delta” by the mayor, fear the floods.

            The dyke plan — often labeled as a “land grab” by the union of farmers — goes to the council on Monday.

            Tom Lind slammed the loophole called the “polder exemption” in the plan.

            """)
        #expect(try analysis.quote("Breadbasket of the Delta").mention == "mayor")
        let grab = try analysis.quote("land grab")
        #expect(grab.mention == "union")
        #expect(analysis.speakerName(try analysis.quote("polder exemption")) == "Tom Lind")
    }
}
