import Testing
@testable import SitrepCore

/// Where the speaker's phrase stands around the speech verb in news English, and what is not part of it: party
/// tags, relative clauses, times after the verb, participles after a name, opening adverbs, roles with "of".
@Suite struct SpeakerPhraseTests {
    @Test func aPartyTagAndTheTimeAfterTheVerbAreNotTheSpeaker() throws {
        let analysis = analyze("""
            “The levy will pass before the recess,” Senate Majority Leader Ana Ruiz, R-Ohio, said Tuesday.

            “We have the votes,” Rep. Tom Lind, D-N.Y., said.

            """)
        #expect(try analysis.speakerNames("The levy will pass", "We have the votes") == ["Ana Ruiz", "Tom Lind"])
    }

    @Test func aRelativeClauseOnTheSubjectIsPassedOver() throws {
        let analysis = analyze("""
            The lawmaker, who represents a district in the north, said the levy "will not survive the winter."

            Oskar Brandt, who put his costs "in the seven figures," described the ordeal as "exhausting."

            “It was a mistake,” said Mara Lind, who chairs the panel, which meets on Fridays.

            """)
        #expect(try analysis.quote("will not survive").mention == "lawmaker")
        #expect(try analysis.speakerNames("exhausting", "It was a mistake") == ["Oskar Brandt", "Mara Lind"])
    }

    @Test func aPlaceAfterAPrepositionInAppositionIsNotTheSpeaker() throws {
        let analysis = analyze("""
            Tomas Vale, of Springfield, Ore., said he had worked the mill ''for forty years and more.''

            Ilse Marten, during a town hall in Salem, Ore., said she would "close the mill by spring."

            """)
        #expect(try analysis.speakerNames("for forty years", "close the mill") == ["Tomas Vale", "Ilse Marten"])
    }

    @Test func aParticipleAfterANameIsThatNamesSpeech() throws {
        let analysis = analyze("""
            The advert uses footage of Ana Ruiz asking, “Why are we not ahead?”

            The talks ended late, Tom Lind saying he was “very encouraged” and Ana Ruiz calling it a “good meeting.”

            Tom Lind wrote to Ana Ruiz asking for a “full inquiry” into the vote.

            """)
        #expect(try analysis.speakerNames("Why are we not ahead", "very encouraged", "good meeting")
                == ["Ana Ruiz", "Tom Lind", "Ana Ruiz"])
        // After "to", the name is who is asked, not who asks.
        #expect(analysis.speakerName(try analysis.quote("full inquiry")) == "Tom Lind")
    }

    @Test func openingAdverbsAndConnectivesAreNotTheSubject() throws {
        let analysis = analyze("""
            Here in Salem, Ana Ruiz stepped up her attacks, saying, "We have got to win this county."

            And then Tom Lind went fully on the attack, saying, “Is the mayor going to resign?”

            Immediately after the vote, Mara Vale issued a statement, “Tonight the county chose change.”

            """)
        #expect(try analysis.speakerNames("We have got to win", "Is the mayor going", "Tonight the county")
                == ["Ana Ruiz", "Tom Lind", "Mara Vale"])
        // After a comma that follows the speech verb, the quotation is a whole statement.
        #expect(try analysis.quote("We have got to win").kind == .direct)
    }

    @Test func aDeterminerStandingAloneAndAPronounBeforeItsVerbAreSpeakers() throws {
        let analysis = analyze("""
            One reader wrote that the plan was fair. Another tweeted, “Nobody is above the rules in this county.”

            When she saw the vote, all she could do was shout “Finally!” at the screen.

            """)
        #expect(try analysis.quote("Nobody is above").mention == "Another")
        #expect(try analysis.quote("Finally!").mention == "she")
    }

    @Test func aRoleWithOfKeepsItsWordsAndAPrepositionalPhraseGivesItsName() throws {
        let analysis = analyze("""
            At the rally, where the secretary of state said she was "not only here to do my job," the crowd cheered.

            On Saturday, at the party convention Sen. Ana Ruiz (D-Ore.) said the mayor was a “proven failure” in business.

            Former secretary of state Mara Lind:“We learned that from the department and its review.”

            """)
        #expect(try analysis.quote("not only here").mention == "secretary of state")
        #expect(try analysis.speakerNames("proven failure", "We learned that") == ["Ana Ruiz", "Mara Lind"])
    }

    @Test func aNestedQuoteEndingTheQuotationIsClosedByTheNextMark() throws {
        let analysis = analyze("""
            "They dig up anything and say, 'Oh, this matters,' " Hana Magel said at the rally.

            """)
        let quote = try analysis.quote("They dig up anything")
        #expect(analysis.speakerName(quote) == "Hana Magel")
        #expect(!quote.text.contains("\""))
    }

    @Test func verbsWithADoubledConsonantAfterQuAreSpeechVerbs() throws {
        let analysis = analyze("A weary Tom Lind quipped, “It is like a lawyer with the worst client ever.”\n")
        #expect(analysis.speakerName(try analysis.quote("It is like a lawyer")) == "Tom Lind")
        #expect(try analysis.quote("It is like a lawyer").cue == "quipped")
    }

    @Test func aNameInEdOpeningTheSentenceIsTheSubjectNotAParticiple() throws {
        let analysis = analyze("Jared Vale, a co-founder of the farmers’ union, welcomed “the recognition that the river matters.”\n")
        #expect(analysis.speakerName(try analysis.quote("the recognition")) == "Jared Vale")
    }

    @Test func aVerbTakenForTheSubjectGivesWayToTheSentencesSubject() throws {
        let analysis = analyze("""
            A legal opinion drafted for the council in May, and obtained by reporters, concluded that the plan was a “public good.”

            """)
        #expect(try analysis.quote("public good").mention == "legal opinion")
    }

    @Test func aSentenceMayOpenWithAWordThatStartsWithADigit() throws {
        let analysis = analyze("""
            For many, that man is Lind. 81-year-old Ana Ruiz, a farmer who voted for him twice, said: “He is the only one.”

            """)
        #expect(analysis.speakerName(try analysis.quote("He is the only one")) == "Ana Ruiz")
    }

    @Test func aFullMonthNameEndsASentenceButItsAbbreviationDoesNot() throws {
        let analysis = analyze("""
            The vote was risky for Vale, who pointedly refused to back Lind in July. Ana Ruiz urged farmers to “vote your conscience.”

            The plan dates from Sept. 12 when Tom Lind called it “a gift to the valley.”

            """)
        #expect(try analysis.quote("vote your conscience").mention == "Ana Ruiz")
        #expect(try analysis.quote("a gift to the valley").mention == "Tom Lind")
    }

    @Test func anAdverbOfDoubtAnImperativeOrItsNamesNobody() throws {
        let analysis = analyze("""
            Somehow, in the middle of the speech, the senator ended up telling the crowd about “The Long Coast,” a book.

            Feel free to join the farmers shouting “Not my mayor!” outside the hall.

            It’s worth noting Lind was mocked for saying “I am an important person” on air.

            """)
        #expect(try analysis.quote("The Long Coast").mention == "senator")
        #expect(try analysis.quote("Not my mayor").mention != "Feel free")
        #expect(try analysis.quote("I am an important").mention != "it’s worth")
    }

    @Test func aParticiplesPhraseOpeningWithAnAdverbIsPassedOver() throws {
        let analysis = analyze("""
            Lind said farmers "can come in so easily." Lind, later alleging - again falsely - that the council wanted to \
            admit 2,000 Danes, said he would deport farmers, who he speculates are "mostly men" and perhaps part of a plot.

            """)
        #expect(try analysis.quote("mostly men").mention == "Lind")
    }

    @Test func aRelativePronounSpeaksForThePhraseBeforeIt() throws {
        let analysis = analyze("""
            The rebuke came from Governor Ana Ruiz, who called the plan “a betrayal of the county.”

            Sen. Tom Lind (D-Ore.), who has backed the mayor, said the council was “too slow by half.”

            He said the levy, which some have argued was rushed, was an “insult” to the farmers.

            """)
        #expect(try analysis.speakerNames("a betrayal", "too slow") == ["Ana Ruiz", "Tom Lind"])
        // "which some have argued": the pronoun is the object there, and the levy says nothing.
        #expect(try analysis.quote("insult").mention == "He")
    }

    @Test func verbsOfReferringAndLikeningAndPhrasesOfPuttingItAreSpeech() throws {
        let analysis = analyze("""
            A neighbour referred to him as “the kindest man on the street” in a post.

            At a rally, Ana Ruiz likened the levy to a “slow poison” for the farms.

            As the columnist Mara Vale puts it, “The county has run out of patience.”

            “Your record is remarkable,” Tom Lind assured the mayor. “I will not let you down.”

            """)
        #expect(try analysis.quote("the kindest man").mention == "neighbour")
        #expect(try analysis.speakerNames("slow poison", "The county has run out", "Your record is")
                == ["Ana Ruiz", "Mara Vale", "Tom Lind"])
    }

    @Test func aNameMayOpenWithALowerCaseParticle() throws {
        let analysis = analyze("“I will help you secure any permit you need,” de Vries tweeted on Monday.\n")
        #expect(try analysis.quote("I will help you").mention == "de Vries")
    }

    @Test func reportedSpeechWithThatAfterAnOpeningPhraseIsTheClauseAfterTheVerb() throws {
        let analysis = analyze("Then, in 2019, Tom Lind said that 100,000 families would be moved before the flood.\n")
        let reported = try #require(analysis.quotes.first { $0.kind == .reported })
        #expect(reported.text == "100,000 families would be moved before the flood")
        #expect(analysis.speakerName(reported) == "Tom Lind")
    }

    @Test func aDocumentWhoseNounIsASpeechVerbSpeaks() throws {
        let analysis = analyze("""
            “The changes add to the urgency of the moment,” the report stated. “By 2050, the county will be different.”

            Asked about it, at the town hall this week she said the vote was not "an error in judgement."

            """)
        #expect(try analysis.quote("The changes add").mention == "report")
        #expect(try analysis.quote("an error in judgement").mention == "she")
    }

    @Test func aParticiplesPhraseBetweenSubjectAndVerbIsPassedOver() throws {
        let analysis = analyze("""
            But Sen. Tom Lind (D-Ill.), noting the size of the crowd, said, "Let me tell you, she has a heck of a list."

            An official, speaking on the condition of anonymity, said the visit was "off for now."

            Ana Ruiz, delivering Mara Voss’ speech, asked the crowd "If she can't tell us the truth, why trust her?"

            """)
        #expect(analysis.speakerName(try analysis.quote("Let me tell you")) == "Tom Lind")
        #expect(analysis.speakerName(try analysis.quote("If she can't tell us")) == "Ana Ruiz")
        #expect(try analysis.quote("off for now").mention == "official")
    }

    @Test func theLabelAfterWhatIsTheNamedSpeakers() throws {
        let analysis = analyze("""
            A third would be what Tom Lind called a "let a thousand flowers bloom" approach to the grants.

            """)
        #expect(analysis.speakerName(try analysis.quote("let a thousand flowers")) == "Tom Lind")
    }

    @Test func aPossessiveWithANounOfUtteranceNamesTheSpeakerOfWhatFollowsIt() throws {
        let analysis = analyze("""
            The fact-checkers looked at Ana Ruiz’s claim that there have been “thousands of shootings” this year.

            Tom Lind said Ana Ruiz’s comments “show a bias against the farmers.”

            """)
        #expect(try analysis.speakerNames("thousands of shootings", "show a bias") == ["Ana Ruiz", "Tom Lind"])
        #expect(try analysis.quote("thousands of shootings").mention == "Ana Ruiz")
    }

    @Test func theNounOfUtteranceMayTakeForAnInfinitiveOrAThatClauseAfterAPhrase() throws {
        let analysis = analyze("""
            Critics recalled Tom Lind’s call for “a total ban on river fishing” in the spring.

            Farmers welcomed Ana Ruiz’s promise to be “fair to every valley” in the talks.

            The union cooled on Lind after Ana Ruiz’s March comment that, “We will close the old mills.”

            The farmers laughed at Ana Ruiz’s assertion during the debate that “the river is safe again.”

            """)
        #expect(try analysis.speakerNames("a total ban", "fair to every valley", "We will close", "the river is safe")
                == ["Tom Lind", "Ana Ruiz", "Ana Ruiz", "Ana Ruiz"])
    }

    @Test func aNameBeforeAColonSpeaksUnlessItIsTheVerbsListenerOrInvertedSubject() throws {
        let analysis = analyze("""
            Pollsters agree - Mara Vale: “Keep on contacting voters as late as possible.”

            Tom Lind later told Fox News: “Both leaders are meeting next week to talk.”

            In other words, explained moderator Nancy Cordes: "What does that have to do with donations?"

            As Ana Ruiz, the No. 2 in the party, put it: "This nominee will not be confirmed this year."

            """)
        #expect(try analysis.speakerNames("Keep on contacting", "Both leaders are meeting", "What does that have",
                                          "This nominee will not") == ["Mara Vale", "Tom Lind", "Nancy Cordes", "Ana Ruiz"])
    }

    @Test func agreeingIsSpeechButAgreeingToIsNot() throws {
        let analysis = analyze("""
            “Our ideas of ‘success’ are different,” agrees Mara Vale, 30, of Gainesville, Fla.

            The council agreed to a “ceasefire” on Monday.

            “You seem to have picked a new standard out of thin air,” the two write.

            """)
        #expect(analysis.speakerName(try analysis.quote("Our ideas of")) == "Mara Vale")
        #expect(try analysis.quote("ceasefire").cue == nil)
        #expect(try analysis.quote("You seem to have picked").mention == "two")
    }

    @Test func aSentenceThatOnlyAttributesIntroducesTheQuotationAfterIt() throws {
        let analysis = analyze("""
            Tom Lind, editor of the county paper, doubts the levy will pass. Mara Vale of the farmers' union agreed. "Mainstream voters are running out of time to find an alternative."

            The reporter had not been called on. “Go back to your seat,” the mayor barked.

            """)
        #expect(analysis.speakerName(try analysis.quote("Mainstream voters")) == "Mara Vale")
        // A passive ("had not been called on") introduces nobody.
        #expect(try analysis.quote("Go back to your seat").mention == "mayor")
    }

    @Test func aParaphraseAfterReportedSpeechGoesOnInItsVoice() throws {
        let analysis = analyze("""
            This makes it harder to correct false stories, Ana Ruiz said. Good information can still win, but usually only when "the truth is more exciting than the lie."

            """)
        #expect(analysis.speakerName(try analysis.quote("the truth is more exciting")) == "Ana Ruiz")
    }

    @Test func anAdverbSetOffByCommasAndACatenativeVerbLeaveTheSubjectInPlace() throws {
        let analysis = analyze("""
            Supporters of the levy, however, say it would make the county an “honest broker” for the farms.

            At the hearing, Sen. Tom Lind (R-Ore.) kept asking her why the office had tied the floods to "acts of nature" in its report.

            """)
        #expect(try analysis.quote("honest broker").mention == "Supporters")
        #expect(analysis.speakerName(try analysis.quote("acts of nature")) == "Tom Lind")
    }

    @Test func aQuotationOpeningASentenceAfterASentenceAboutANamedPersonIsTheirs() throws {
        let analysis = analyze("""
            “We will not back down,” Tom Lind said.

            Ana Ruiz touted her record as a sponsor of the flood bill. “We need to find ways to protect every farm.”

            """)
        #expect(analysis.speakerName(try analysis.quote("We need to find ways")) == "Ana Ruiz")
    }

    @Test func expressingAndToutingAreSpeech() throws {
        let analysis = analyze("""
            After what the judge called "distasteful" remarks, Tom Lind expressed a desire to "start the hearing over."

            """)
        #expect(try analysis.quote("distasteful").mention == "judge")
        #expect(analysis.speakerName(try analysis.quote("start the hearing over")) == "Tom Lind")
    }

    @Test func goingOnToSayTakesTheSubjectOfGoing() throws {
        let analysis = analyze("""
            Ana Ruiz joked that the city was safe, but went on to say, “There are streets I would not walk at night.”

            “It is insane,” Tom Lind said, going on to say that the county had spent “years fighting this.”

            That’s why he wanted to “go the extra mile” for the farmers.

            """)
        #expect(try analysis.speakerNames("There are streets", "years fighting") == ["Ana Ruiz", "Tom Lind"])
        #expect(try analysis.quote("go the extra mile").mention == "he")
    }

    @Test func aVerbAfterAndSharesTheSubjectOfTheVerbBefore() throws {
        let analysis = analyze("""
            The worry grew when Speaker Tom Lind lamented the mood of the party and warned of “dark days” ahead for the county.

            The candidate appeared to assert his plans by saying, “I am trying to save lives here.”

            """)
        #expect(analysis.speakerName(try analysis.quote("dark days")) == "Tom Lind")
        // A gerund after a preposition is still a verb.
        #expect(try analysis.quote("I am trying to save").mention == "candidate")
    }

    @Test func verbsOfRidiculeAreSpeech() throws {
        let analysis = analyze("Critics ridiculed the plan as “a fantasy for the rich.” Ana Ruiz derided it as “theft.”\n")
        #expect(try analysis.quote("a fantasy for the rich").mention == "Critics")
        #expect(analysis.speakerName(try analysis.quote("theft")) == "Ana Ruiz")
    }

    @Test func aParticipleAfterAReportedClauseIsTheReportersSpeech() throws {
        let analysis = analyze("Tom Lind said on Friday that the council warned against his amendment, calling it an “area of contention” for years.\n")
        #expect(analysis.speakerName(try analysis.quote("area of contention")) == "Tom Lind")
    }

    @Test func aPastParticiplesPhraseBetweenSubjectAndVerbIsPassedOver() throws {
        let analysis = analyze("""
            Mary Susan, clad in a red cape with lights that formed the name Lind, said the convention “could not be stopped.”

            The memo, sent to the chief of staff and forwarded to Ana Ruiz, called it "critical" that she speak.

            """)
        #expect(analysis.speakerName(try analysis.quote("could not be stopped")) == "Mary Susan")
        #expect(try analysis.quote("critical").mention == "memo")
    }

    @Test func insideAReportedClauseTheReporterKeepsAPartialQuotation() throws {
        let analysis = analyze("Ana Ruiz said that her campaign would continue “to break barriers” across the county.\n")
        #expect(analysis.speakerName(try analysis.quote("to break barriers")) == "Ana Ruiz")
    }

    @Test func modifiersAfterTheHeadNounAreNotTheSpeaker() throws {
        let analysis = analyze("""
            Another official speaking to local radio said, “The agents are looking at every account.”

            A council official who spoke anonymously to discuss the plan said Wednesday, "Certainly there are talks."

            Jean Morel, the foreign minister of France, a permanent member of the Security Council, said the test was “a grave violation.”

            Ana Ruiz says she admired the mayor’s courage through what she calls a “war of unpleasant words.”

            """)
        #expect(try analysis.quote("The agents are looking").mention == "official")
        #expect(try analysis.quote("Certainly there are talks").mention == "council official")
        #expect(analysis.speakerName(try analysis.quote("a grave violation")) == "Jean Morel")
        #expect(analysis.speakerName(try analysis.quote("war of unpleasant words")) == "Ana Ruiz")
    }

    @Test func anOpeningAdverbAnInitialAndATimeAreNotPartOfTheName() throws {
        let analysis = analyze("""
            He was not reached on Saturday. However, Jill A. Martin, vice president and counsel for the company, said in a statement that the claims were “baseless.”

            SALEM, Ore. - U.S. District Judge Carlton W. Reeves late Thursday issued an injunction against the bill, calling it “unconstitutional.”

            """)
        #expect(try analysis.speakerNames("baseless", "unconstitutional") == ["Jill A. Martin", "Carlton W. Reeves"])
    }

    @Test func colonsIntroduceTheirSubjectsWords() throws {
        let analysis = analyze("""
            The officer pushed a protester out, with Tom Lind reportedly yelling: “Get him out of here!”

            Rep. Mara Vale (R-S.C.):"I have not heard anyone other than you cite that figure."

            The governor pushed back at the plan. Ana Ruiz resisted:

            "Governors do not have the power to suspend the law."

            Mayor Ilse Marten came back to the dykes at the end. She then listed the things a town in the delta needs in a flood year:

            "Patience, money and sandbags, in that order."

            """)
        #expect(try analysis.speakerNames("Get him out", "I have not heard", "Governors do not have", "Patience, money")
                == ["Tom Lind", "Mara Vale", "Ana Ruiz", "Ilse Marten"])
    }

    @Test func opiningWonderingAndCryingOutAreSpeech() throws {
        let analysis = analyze("""
            "Gun owners should leave their weapons at home," opined the Salem Herald.

            “Will he be the next attorney general?” a staffer in the room wondered.

            "Nooooo!" the crowd cried out, booing.

            """)
        #expect(try analysis.quote("Gun owners").mention == "Salem Herald")
        #expect(try analysis.quote("Will he be").mention == "staffer")
        #expect(try analysis.quote("Nooooo!").cue == "cried out")
    }

    @Test func aNameSpelledLikeAModalAndAGerundAfterForAreNotPassedOver() throws {
        let analysis = analyze("""
            From the mayor’s speech last week to his call for a “deportation force,” Will described the mayor as a “caricature of democracy.”

            He appeared at a hearing for his role in promoting diet pills and for saying that coffee extract was a “magic weight loss cure.”

            """)
        #expect(try analysis.quote("caricature of democracy").mention == "Will")
        #expect(try analysis.quote("magic weight loss cure").cue == "saying")
    }

    @Test func transcriptsPointingWordsGoingOnAndWhatHeCalled() throws {
        let analysis = analyze("""
            "WALLACE: But, Governor Lind, I have to ask you about the temperament question."

            Here’s Ana Ruiz in December 1992: “Our new direction must rest on the new realities.”

            “You know, it happens, right?” Tom Lind went on, as if he did not hear her.

            He went on to endorse Mara Vale, calling her “a rising star.”

            Tom Lind took to the radio to accuse the council of waste and urge voters to read what he called the “ledger of shame.”

            """)
        #expect(try analysis.quote("WALLACE: But").mention == "WALLACE")
        #expect(try analysis.speakerNames("Our new direction", "You know, it happens", "ledger of shame")
                == ["Ana Ruiz", "Tom Lind", "Tom Lind"])
        // "went on to endorse" is no attribution of the quotation before it.
        #expect(try analysis.quote("a rising star").mention == "He")
    }

    @Test func aTranscriptLabelOutranksAQuotationLeftOpen() throws {
        let analysis = analyze("""
            "WALLACE: Governor Lind, will the levee hold? And will the mayor be there tomorrow night?

            "LIND: Well, look, the engineers say it will hold. And the mayor has accepted the invitation."

            """)
        #expect(try analysis.quote("WALLACE: Governor").mention == "WALLACE")
        #expect(try analysis.quote("LIND: Well, look").mention == "LIND")
    }

    @Test func aPassiveSpeaksForItsAgentOrForNobody() throws {
        let analysis = analyze("""
            Ana Ruiz was asked by host Tom Lind, who backs her, “Now, you famously said you would not run, right?”

            In an interview with the county paper, Mara Vale was asked, “What is the most dangerous street in the county?”

            On the radio, Tom Lind was asked, “Would you have told her the levee was unsafe?” He answered, “I have no idea.”

            According to the harbour manual, new pilots were told, “Never trust the tide tables.”

            """)
        #expect(try analysis.quote("Would you have told her").speaker == nil)
        #expect(analysis.speakerName(try analysis.quote("I have no idea")) == "Tom Lind")
        #expect(try analysis.quote("Never trust the tide").mention == "harbour manual")
        #expect(analysis.speakerName(try analysis.quote("Now, you famously said")) == "Tom Lind")
        let unnamed = try analysis.quote("What is the most dangerous")
        #expect(unnamed.speaker == nil)
        #expect(unnamed.cue == "asked")
    }

    @Test func aQuestionMidSentenceBelongsToTheVerbRightAfterIt() throws {
        let analysis = analyze("""
            The council denies it — “why would you not want to raise the rates?” asked Ana Ruiz, now a partner at a law firm.

            “This is fantastic!” beamed Tom Lind, who snuck onto the floor.

            """)
        #expect(try analysis.speakerNames("why would you not want", "This is fantastic") == ["Ana Ruiz", "Tom Lind"])
    }

    @Test func titlesOfShowsAndBooksInQuotationMarksAreNobodysWords() throws {
        let analysis = analyze("""
            Speaking to “Morning Table” on Monday, Ana Ruiz refrained from attacking the mayor.

            In his 2002 book, “Make Your Kid a Millionaire,” Tom Lind suggested saving early.

            The network paid nearly $1 million an episode to stream “Seinfeld Days.” Ana Ruiz said the deal was “a bargain.”

            Another source familiar with Lind’s thinking said, “I think he will try to be friendlier.”

            Mara Vale co-hosts the county politics podcast “So, That Happened.”

            Tom Lind said the “Harbour Lights” star had called him twice.

            Oskar Brandt, whose 2005 book “Lindland: The Art of Being the Mayor of the County” prompted a lawsuit, said little.

            """)
        #expect(try analysis.speakerNames("Morning Table", "Make Your Kid", "Seinfeld Days", "a bargain")
                == [nil, nil, nil, "Ana Ruiz"])
        #expect(try analysis.speakerNames("So, That Happened", "Harbour Lights", "Lindland") == [nil, nil, nil])
        // A speech verb's form after a possessive is a noun: "Lind’s thinking".
        #expect(try analysis.quote("I think he will try").mention == "source familiar")
    }

    @Test func aRoleWordClosingANameIsASurname() throws {
        let analysis = analyze("""
            “I have never been edited,” Tom King, a radio host, said.

            ''Nobody told me what to say,'' Mr. Bishop, 82, told me.

            “We will hold the line,” said the Foreign Minister.

            """)
        #expect(try analysis.speakerNames("I have never been edited", "Nobody told me") == ["Tom King", "Bishop"])
        #expect(try analysis.quote("We will hold").mention == "Foreign Minister")
    }

    @Test func labelsAndNounsOfUtteranceNameTheirSpeaker() throws {
        let analysis = analyze("""
            Ana Ruiz has hailed the county’s vote to leave the regional water union as “fantastic,” telling reporters it was overdue.

            Tom Lind heralded the deal with the port as a “breakthrough.”

            Mara Vale stirred controversy this year over her remark that “there is a special place for people who do not vote.”

            Ana Ruiz has pushed her promise of “free buses” all year.

            The farmers massed outside the hall. Their chants of “Open the sluices!” carried to the river.

            But Ana Ruiz’s most explosive claim is that the council is a “river cartel” in all but name.

            Tom Lind, speaking on the quay, said of Mara Vale’s latest request: “The port cannot pay for it.”

            Tom Lind’s answer was that “the most important institution in the county is the family.”

            Mara Vale’s campaign slogan is “We are with the farmers.”

            In a statement, the network said that Tom Lind's description was "false."

            """)
        #expect(try analysis.speakerNames("fantastic", "breakthrough", "there is a special place", "free buses",
                                          "the most important institution", "We are with the farmers")
                == ["Ana Ruiz", "Tom Lind", "Mara Vale", "Ana Ruiz", "Tom Lind", "Mara Vale"])
        #expect(try analysis.quote("Open the sluices").mention == "Their")
        #expect(analysis.speakerName(try analysis.quote("river cartel")) == "Ana Ruiz")
        #expect(analysis.speakerName(try analysis.quote("The port cannot pay")) == "Tom Lind")
        // A verdict on the words is the verdict's speaker's.
        #expect(try analysis.quote("false").mention == "network")
    }

    @Test func aStateAfterATownAndAnApostropheAfterSAreNotTheSpeakerBoundary() throws {
        let analysis = analyze("""
            At a chamber summit in Hilton Head, S.C., Tom Lind offered a defense of the bill. "I was involved in an effort in 2013 to fix the levy."

            The county is booming because, in Forbes’ words, “it is the most entrepreneurial place on the coast.”

            """)
        #expect(try analysis.speakerNames("I was involved", "it is the most entrepreneurial") == ["Tom Lind", "Forbes"])
    }

    @Test func aParticipleOpeningTheSentenceSpeaksForTheMainSubject() throws {
        let analysis = analyze("""
            After saying the river was “higher than in 1997,” the mayor ordered the bridge closed.

            For that she drew the governor's ire - he called her "naive" and said she had "no plan" for the county.

            """)
        #expect(try analysis.quote("higher than").mention == "mayor")
        #expect(try analysis.quote("naive").mention == "he")
        #expect(try analysis.quote("no plan").mention == "he")
    }

    @Test func verbsInAListShareTheirSubject() throws {
        let analysis = analyze("""
            Tom Lind later suggested her budget was behind the deficit, called her “reckless” and skipped the hearing.

            """)
        #expect(analysis.speakerName(try analysis.quote("reckless")) == "Tom Lind")
    }

    @Test func aNameWithAPhraseSetOffByCommasSpeaks() throws {
        let analysis = analyze("""
            Democratic nominee Ana Ruiz, at a later press gaggle, said, “We need to support the first responders.”

            “Not us, but we can’t argue with it!” Mara Vale, the head of the county party, Tweeted on Friday.

            Even Ruritania, the port's only ally, said it was “resolutely opposed” to the levy.

            """)
        #expect(try analysis.speakerNames("We need to support", "Not us", "resolutely opposed")
                == ["Ana Ruiz", "Mara Vale", "Ruritania"])
    }

    @Test func aVerbInsideAReportedClauseLeavesTheQuotationToTheReporter() throws {
        let analysis = analyze("""
            Mara Vale said in her opening remarks that the platform should reiterate the county’s support for its “loyal partners.”

            After the debate, Tom Lind told reporters he thought the sheriff had “made up the story.”

            The longtime senator said he rarely asks the governor to campaign, “except when we agree.”

            """)
        #expect(try analysis.speakerNames("loyal partners", "made up the story") == ["Mara Vale", "Tom Lind"])
        #expect(try analysis.quote("except when we agree").mention == "longtime senator")
        #expect(try analysis.quote("made up the story").mention == "Tom Lind")
    }

    @Test func aSentenceAfterAQuotationClosedByAPeriodIsNewUnlessItOnlyAttributes() throws {
        let analysis = analyze("""
            Mara Vale told the paper that she backs the plan because “the county needs it.” He also said he has “backed Tom Lind from the start.”

            “Russia, if you are listening, find the files.” Tom Lind said.

            """)
        #expect(try analysis.quote("backed Tom Lind").mention == "He")
        #expect(analysis.speakerName(try analysis.quote("Russia, if you")) == "Tom Lind")
    }

    @Test func aDayBeforeThePlaceAndAnAbbreviationEndingTheSentenceAreNotTheSpeaker() throws {
        let analysis = analyze("""
            Saturday at the county party convention Sen. Ana Ruiz (D-OH) said the sheriff was a “proven failure” in office.

            Tom Lind says he will await the count after the polls close at 7 p.m. He says “it is odd that so many are undecided.”

            """)
        #expect(analysis.speakerName(try analysis.quote("proven failure")) == "Ana Ruiz")
        #expect(try analysis.quote("it is odd").mention == "He")
    }

    @Test func whatAnOrganisationCalledAndAParticiplesClauseAreTheSubjects() throws {
        let analysis = analyze("""
            The County Water Board on Friday condemned the spill and pledged to fine the plant for what it called "a clear threat to the river."

            “Thank you,” Tom Lind replied, before adding that he thinks “children should speak with respect.”

            Ana Ruiz at the time said she’d asked her “people” to look into it.

            """)
        #expect(try analysis.speakerNames("a clear threat", "children should speak", "people")
                == ["County Water Board", "Tom Lind", "Ana Ruiz"])
        #expect(try analysis.quote("children should speak").mention == "Tom Lind")
        #expect(try analysis.quote("people").mention == "Ana Ruiz")
    }

    @Test func admittingSurmisingCitingAndFumingAreSpeech() throws {
        let analysis = analyze("""
            "I was a little nervous," he admitted.

            "People are afraid of wasting their votes," Tom Lind surmised.

            Asked which county was her favourite, Ana Ruiz demurred: “Whichever one I am in.”

            At the debate, Mara Vale cited the mayor’s remarks as “insults to the county.”

            “They would have backed the only bill with support from both parties,” Oskar Brandt fumed on Tuesday.

            """)
        #expect(try analysis.quote("I was a little nervous").mention == "he")
        #expect(try analysis.speakerNames("People are afraid", "Whichever one", "insults to the county", "They would have backed")
                == ["Tom Lind", "Ana Ruiz", "Mara Vale", "Oskar Brandt"])
    }

    @Test func aRelativeClauseAfterCitingSpeaksForTheCitedSource() throws {
        let analysis = analyze("""
            The ministry raised its toll to 12, citing regional governor Ivan Moroz, who said the strike “hit a crowded market.”

            """)
        #expect(analysis.speakerName(try analysis.quote("hit a crowded market")) == "Ivan Moroz")
    }

    @Test func aStateAfterTheTownAndARelativeClauseOpeningTheMainClauseArePassedOver() throws {
        let analysis = analyze("""
            At a town hall in Salem, New Hampshire, Tom Lind went after the mayor, calling him “a total stiff.”

            In rejecting a challenge to the ballot for the primary, which is next week, the commission recognized that a court should settle it “once and for all.”

            """)
        #expect(analysis.speakerName(try analysis.quote("a total stiff")) == "Tom Lind")
        #expect(try analysis.quote("once and for all").mention == "commission")
    }

    @Test func insideAReportedClauseContinuingAndAGroupDoNotTakeTheQuotation() throws {
        let analysis = analyze("""
            Tom Lind said he is certain Ana Ruiz will continue to be “a champion for the county.”

            Mara Vale said she expected that Americans will say “no” to the levy.

            """)
        #expect(try analysis.speakerNames("a champion for", "no") == ["Tom Lind", "Mara Vale"])
    }

    @Test func aRelativePronounAfterAClauseStandsForItsObject() throws {
        let analysis = analyze("""
            The move angered her campaign manager, who, on a press call Friday, criticized the council for “misrepresenting what had occurred.”

            """)
        #expect(try analysis.quote("misrepresenting").mention == "campaign manager")
    }

    @Test func aPartyTagBeforeWhoADashBeforeTheNameAndPercentagesAreHandled() throws {
        let analysis = analyze("""
            The mayor has the backing of Rep. Mark Vale, R-S.C., who said in a statement, “She saw a job that was not getting done.”

            Charity steps up for families - Tom Lind, chairman of the county fund, the charity paying for travel while the council holds the line, told reporters the cut was “a disgrace.”

            Only 7 percent of voters described themselves as “very liberal.” Only 4 percent of voters 65 and older said they are backing the levy.

            """)
        #expect(try analysis.speakerNames("She saw a job", "a disgrace") == ["Mark Vale", "Tom Lind"])
        let reported = try #require(analysis.quotes.first { $0.text.hasPrefix("they are backing the levy") })
        // A share of those asked speaks for nobody (see NameShapeTests): neither is a speaker, each keeps its mention.
        #expect(reported.speaker == nil)
        let liberal = try analysis.quote("very liberal")
        #expect(liberal.speaker == nil)
        #expect(reported.mention != nil && reported.mention != liberal.mention)
    }

    @Test func aStatePartyMemberIsADescriptionAndARelativeClauseOnTheOpeningSubjectRunsToTheVerb() throws {
        let analysis = analyze("""
            “How about the fact that my district trains more pilots than any other?” Rep. Tom Lind, Texas Republican, said of the base.

            “I would say it is better for the children,” Sen. Ana Ruiz, South Carolina Republican, told reporters.

            Lawmakers who back the mayor’s proposed wall said the costs for the school ultimately will be funded.

            """)
        #expect(try analysis.speakerNames("How about the fact", "I would say") == ["Tom Lind", "Ana Ruiz"])
        #expect(try analysis.quote("the costs for the school").mention == "Lawmakers")
    }

    @Test func aParenthesisAQuestionAndARelativeClauseReportNothingOfTheirOwn() throws {
        let analysis = analyze("""
            The Pentagon was prepared for the declaration, he said, and crafted a process to examine the budget.

            Lawmakers spoke out to save projects that they say are now at risk, and the secretary seemed aware of it.

            Pressed on whether he could promise housing would be protected, the secretary offered assurances.

            It was a politically charged battle that pits the border against the troops.

            The county was ready for the flood, she said, and would open the shelters.

            """)
        let reported = analysis.quotes.filter { $0.kind == .reported }.map(\.text)
        #expect(reported == ["The Pentagon was prepared for the declaration", "The county was ready for the flood"])
    }

    @Test func pluralNounsSpelledLikeSpeechVerbsAndSuppositionsSpeakNot() throws {
        let analysis = analyze("""
            Most states afford judges a hearing, and other states, such as Ohio, have “special panels” for it.

            Let’s say the river floods the lower town and “nobody is ready.”

            The report states that the levee was “never inspected.”

            The swing states, from Ohio to Nevada, remain “tough tests” for the mayor.

            The ad claims “Lind is the builder you can trust.”

            The delta trade has stirred unease in many Baltic states, and it has bought “quiet loyalty” in others, said Ana Ruiz, a historian.

            """)
        #expect(try analysis.quote("quiet loyalty").mention == "Ana Ruiz")
        #expect(try analysis.quote("tough tests").speaker == nil)
        #expect(try analysis.quote("Lind is the builder").mention == "ad")
        #expect(try analysis.quote("special panels").speaker == nil)
        #expect(try analysis.quote("nobody is ready").speaker == nil)
        #expect(try analysis.quote("never inspected").mention == "report")
    }

    @Test func aHeadlineClauseBeforeAColonIsNoName() throws {
        let analysis = analyze("""
            Mayor Suggests Council May Have: “Sacrificed the Farmers”

            The council met on Tuesday.

            Lind: “We will go all the way to the capital.”

            """)
        #expect(try analysis.quote("Sacrificed the Farmers").speaker == nil)
        #expect(analysis.speakerName(try analysis.quote("We will go all the way")) == "Lind")
    }

    @Test func aParticipleAfterTwoOpeningPhrasesOrBeforeTheMainVerbTakesTheMainSubject() throws {
        let analysis = analyze("""
            On Thursday, after remaining neutral for months, Ana Ruiz appeared on the radio and endorsed Tom Lind, saying, “He is the fighter we need.”

            The retired engineer has given no details about his plans, saying only that he was “refining some practices.”

            Conceding that a deal would likely come “down the line” Tom Lind warned that it would take years.

            Columnist Mara Vale, in an attempt to draw attention to the mayor’s lack of press conferences, wrote, “The mayor answered seven questions.”

            """)
        #expect(try analysis.speakerNames("He is the fighter", "down the line", "The mayor answered")
                == ["Ana Ruiz", "Tom Lind", "Mara Vale"])
        #expect(try analysis.quote("refining some practices").mention == "retired engineer")
    }

    @Test func timeSpansConjunctionsInClausesAndLabelsOnObjectsFindTheirSubject() throws {
        let analysis = analyze("""
            The ministry less than two weeks ago said for the first time that “secret” files had passed through the server.

            He made sharper attacks, such as when Tom Lind knocked Ana Ruiz on trade and called her a “moderate.”

            They slammed the tax loophole called an “inversion,” in which a company moves abroad.

            The mayor has built her brand on the cause, writing a book called “Women Who Build” last year.

            One news account described the envoy sitting “glumly on the podium” all night.

            “The people have had enough of the deeds,” Jun wrote.

            Ana Ruiz dismissed the critics, having referred to them as “amateurs.”

            Tom Lind says he goes “back to work tomorrow.” He’s predicting he will do “very, very well” in the next vote.

            """)
        #expect(try analysis.quote("very, very well").mention == "He")
        #expect(try analysis.quote("secret").mention == "ministry")
        #expect(analysis.speakerName(try analysis.quote("moderate")) == "Tom Lind")
        #expect(try analysis.quote("inversion").mention == "They")
        #expect(try analysis.quote("Women Who Build").mention != "book")
        #expect(try analysis.quote("glumly on the podium").mention == "One news account")
        #expect(analysis.speakerName(try analysis.quote("The people have had enough")) == "Jun")
        #expect(analysis.speakerName(try analysis.quote("amateurs")) == "Ana Ruiz")
    }

    @Test func aParticipleAfterASubordinateClauseIsThatClausesSubjects() throws {
        let analysis = analyze("""
            “Too forced?” he wrote when Ana Ruiz ended the debate with a film reference, remarking, “May the tide be with you.”

            Tom Lind went after Mara Vale, calling her “a total stiff.”

            “Would it be negotiable?” Oskar Brandt pressed.

            """)
        #expect(try analysis.speakerNames("May the tide", "a total stiff", "Would it be negotiable")
                == ["Ana Ruiz", "Tom Lind", "Oskar Brandt"])
    }

    @Test func anOfficeAfterARoleIsNotPartOfTheName() throws {
        let analysis = analyze("""
            “We will not back down,” Secretary of State Ana Ruiz said.

            “It was a mistake,” said Secretary of Health and Human Services Tom Lind.

            “No,” White House Chief of Staff Mara Vale said.

            Oskar King and Ilse Brandt, a county lawyer, said they spoke to the mayor about “voter participation.”

            The Ruritanian military’s General Staff said the brigade had “held the line” overnight.

            A spokesperson for the county water board said the river had “never been this high.”

            """)
        #expect(try analysis.quote("never been this high").mention == "spokesperson for the county water board")
        #expect(analysis.speakerName(try analysis.quote("held the line")) == "General Staff")
        // ("Oskar King and Ilse Brandt" are two people: the first speaks for both, the mention keeps them both.)
        #expect(analysis.speakerName(try analysis.quote("voter participation")) == "Oskar King")
        #expect(try analysis.quote("voter participation").mention == "Oskar King and Ilse Brandt")
        #expect(try analysis.speakerNames("We will not back down", "It was a mistake", "No,")
                == ["Ana Ruiz", "Tom Lind", "Mara Vale"])
    }

    @Test func aRoleInCapitalsOrABodyAfterOfIsNoPartOfTheName() throws {
        let analysis = analyze("""
            Oskar Brandt, Chief Currency Strategist at Valemark Capital, said the franc was “badly oversold.”

            “Traders are nervous,” said Mara Lind of Harrow Securities.

            Ana Ruiz of Ruritania Trust said the bond sale “went smoothly.”

            “Rates will stay high,” said Tom Vale, head of research at the Royal Bank of Ruritania.

            """)
        #expect(try analysis.speakerNames("badly oversold", "Traders are nervous", "went smoothly")
                == ["Oskar Brandt", "Mara Lind", "Ana Ruiz"])
        #expect(try analysis.quote("Traders are nervous").mention == "Mara Lind")
        #expect(try analysis.speakerNames("Rates will stay high") == ["Tom Vale"])
    }

    @Test func anOpeningWordOfTheSentenceIsNoPartOfTheName() throws {
        let analysis = analyze("""
            Tom Lind came to Ruritania in 2016 from Valdia with Ilse Brandt. Within a month, Ms. Brandt found work at a bakery.

            Unlike Brandt, he's been unable to find work, and he said the search was “wearing him down.”

            """)
        let unlike = analysis.speakerName(try analysis.quote("wearing him down"))
        #expect(unlike == "Tom Lind")
        // "Read …" is a command to the reader: nobody is named "Read Ana Ruiz".
        let read = analyze("""
            “We will appeal,” Ana Ruiz said on Monday.

            READ Ana Ruiz’s full statement, which said the ruling was “plainly wrong.”

            """)
        #expect(!read.speakers.contains { $0.name.lowercased().hasPrefix("read") })
    }
}
