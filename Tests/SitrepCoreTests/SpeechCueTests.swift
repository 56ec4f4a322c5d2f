import Testing
@testable import SitrepCore

/// Which words attribute speech and where an attribution after a quotation begins.
@Suite struct SpeechCueTests {
    @Test func aBareSpeechVerbAfterAModalAndAnAdverbIsAVerb() throws {
        let analysis = analyze("The timing was so odd that a spokesman for the council could only quip: “I guess the holiday was booked.”\n")
        #expect(try analysis.quote("I guess").cue == "quip")
        #expect(try analysis.quote("I guess").mention == "spokesman for the council")
    }

    @Test func anAttributionOpeningWithAnAbbreviatedTitleFollowsAnExclamation() throws {
        let analysis = analyze("""
            “Perpetual motion!” Rep. Ana Ruiz said of the week’s events.

            “Never again!” Rep. Tom Lind, R-Pa., said of the flood.

            """)
        #expect(analysis.speakerName(try analysis.quote("Perpetual motion")) == "Ana Ruiz")
        #expect(analysis.speakerName(try analysis.quote("Never again")) == "Tom Lind")
    }

    @Test func questionedAfterAQuestionIsSpeech() throws {
        let analysis = analyze("“Who will pay for the bridge?” Ana Ruiz questioned.\n")
        #expect(analysis.speakerName(try analysis.quote("Who will pay")) == "Ana Ruiz")
    }

    @Test func elaboratingPostingAndThankingAreSpeechAndWhoIsThankedIsNotTheSpeaker() throws {
        let analysis = analyze("""
            “The way I see it,” Ana Ruiz elaborated, “nobody questioned the farmers.”

            The next day, Tom Lind posted: “The bridge is open.”

            Ana Vale, star of television’s “River Watch,” thanked Tom Lind for “keeping every valley safe.”

            """)
        #expect(analysis.speakerName(try analysis.quote("The way I see it")) == "Ana Ruiz")
        #expect(analysis.speakerName(try analysis.quote("The bridge is open")) == "Tom Lind")
        #expect(analysis.speakerName(try analysis.quote("keeping every valley")) == "Ana Vale")
    }

    @Test func identifyingAndReferencingAreSpeechAndAnAdverbMayStandBeforeTheColon() throws {
        let analysis = analyze("""
            First, Tom Lind identified the judge as “foreign,” which the court denied.

            She also referenced the “river loophole,” a flaw in the rules.

            Ana Ruiz fired back forcefully: “If they sue us, they will lose,” Tom Lind adding that the farmers agreed.

            """)
        #expect(try analysis.quote("foreign").mention == "Tom Lind")
        #expect(try analysis.quote("river loophole").mention == "She")
        #expect(try analysis.quote("If they sue us").mention == "Ana Ruiz")
        #expect(try analysis.quote("If they sue us").cue == "fired back")
    }

    @Test func aVerbRightAfterAQuotationEndingInACommaAttributesItEvenInsideASentence() throws {
        let analysis = analyze("""
            “His manner is gruff,” Mara Vale said, but despite the tone, “I think he will do it,” said Ana Ruiz, who knows him.

            """)
        #expect(analysis.speakerName(try analysis.quote("His manner")) == "Mara Vale")
        #expect(analysis.speakerName(try analysis.quote("I think he will")) == "Ana Ruiz")
    }

    @Test func whoHadThisToSayIsTheSubjectOfHaving() throws {
        let analysis = analyze("""
            Likewise, a paper from the river institute had this to say about the plan: “Farmers in the valley would gain most.”

            But much of the hearing was so calm that Ana Ruiz was prompted to say, “I cannot believe how civil it is.”

            """)
        #expect(try analysis.quote("Farmers in the valley").mention == "paper")
        #expect(try analysis.quote("I cannot believe").mention != "much")
    }

    @Test func aNameWithAnArabicParticleIsTheSpeakerBeforeItsAppositive() throws {
        let analysis = analyze("“The attack rattled the regime,” Firas al-Bitar, the head of the brigade, told reporters.\n")
        #expect(analysis.speakerName(try analysis.quote("The attack rattled")) == "Firas al-Bitar")
    }

    @Test func theSubjectOfAParticipleMayFollowWithAndTheObjectOfDenyingIsNotTheSpeaker() throws {
        let analysis = analyze("""
            The deal came before the deadline, with a senior council official touting it as “the best deal I have seen.”

            The hearing ended with the crowd shouting “No!” at the mayor.

            Mr Lind, 68, denies the allegations, calling the latest “appalling.”

            """)
        #expect(try analysis.quote("the best deal").mention == "senior council official")
        #expect(try analysis.quote("No!").mention == "crowd")
        #expect(analysis.speakerName(try analysis.quote("appalling")) == "Lind")
    }

    @Test func aParticipleAfterAClauseOfPlaceOrARoundFigureGoesWithThatClausesSubject() throws {
        let analysis = analyze("""
            The march ended at the depot where about 80 dockers had gathered since dawn, chanting “no pay, no port.”

            Outside the town hall in Arlen, nearly 300 farmers waited in the rain, holding banners and shouting “Open the sluices!”

            The session was cut short when striking nurses filled the gallery, shouting “Staff the wards!”

            """)
        #expect(try analysis.quote("no pay, no port").mention == "80 dockers")
        #expect(try analysis.quote("Open the sluices").mention == "300 farmers")
        #expect(try analysis.quote("Staff the wards").mention == "striking nurses")
    }

    @Test func aParticipleAfterAClauseWithAPronounGoesWithThePronoun() throws {
        let analysis = analyze("""
            Mayor Ilse Marten admitted some delays. The mayor conceded the losses even as she defended the plan, saying, “The pumps will run.”

            """)
        let quote = try analysis.quote("The pumps will run")
        #expect(quote.mention == "she")
        #expect(analysis.speakerName(quote) == "Ilse Marten")
    }

    @Test func aSpeechVerbAfterAnotherVerbAndAndSharesItsSubject() throws {
        let analysis = analyze("""
            When Tom Lind, the mayor’s aide, was asked by the county paper if the levee would be raised before Easter, he laughed and said, “We’ll see.”

            Mara Vale said the first plan failed and added: “The second one will not.”

            """)
        #expect(try analysis.quote("We’ll see").mention == "he")
        #expect(try analysis.quote("The second one").mention == "Mara Vale")
    }

    @Test func anyPastVerbOfTheSpeakerRightAfterAQuotationAttributesIt() throws {
        let analysis = analyze("""
            Tom Lind pressed the mayor on the report. “The paper says you met the barons in January,” Lind started. “Did you?” the mayor smirked.

            “The levee will hold,” the old engineer smirked, and the crowd went quiet.

            “Nobody believed the gates would hold,” remembered Roy Verley, the former harbour master.

            """)
        #expect(analysis.speakerName(try analysis.quote("Nobody believed the gates")) == "Roy Verley")
        #expect(try analysis.quote("The paper says").cue == "started")
        #expect(analysis.speakerName(try analysis.quote("The paper says")) == "Tom Lind")
        #expect(try analysis.quote("Did you?").mention == "mayor")
        #expect(try analysis.quote("The levee will hold").mention == "old engineer")
    }

    @Test func aPastVerbAfterAQuotationTakesADescribedSpeaker() throws {
        let analysis = analyze("""
            “The dykes are the town’s pride,” Tom Lind said. “They will hold.”

            “The dykes are a scandal,” an angry Marten retaliated. “They leak every spring.”

            “We had no warning at all,” the retired harbour engineer recalled on Tuesday.

            “It is time the delta had a voice,” exhorted the mayor’s sister, teacher Ana Ruiz.

            """)
        #expect(analysis.speakerName(try analysis.quote("The dykes are a scandal")) == "Marten")
        #expect(analysis.speakerName(try analysis.quote("They leak every spring")) == "Marten")
        #expect(try analysis.quote("We had no warning").mention == "retired harbour engineer")
        #expect(analysis.speakerName(try analysis.quote("It is time the delta")) == "Ana Ruiz")
    }

    @Test func aVerbAfterTheSentencesQuotationsIntroducesTheNextOne() throws {
        let analysis = analyze("""
            “I promised you a picture of the dyke,” Mara Vale said, and her husband Tom cut in. “Do not forget the sluice.”

            Ana Ruiz nodded, and her brother chimed in. “The sluice is older than the town.”

            """)
        #expect(try analysis.quote("Do not forget the sluice").cue == "cut in")
        #expect(try analysis.quote("The sluice is older").cue == "chimed in")
        #expect(try analysis.quote("The sluice is older").mention == "brother")
    }

    @Test func aSpeechVerbInAClauseAfterCommaAndConjunctionAttributesItsOwnQuotation() throws {
        let analysis = analyze("""
            Tom Lind, the harbour master, said that the survey did not give "a definitive picture of the dyke," but he said that the survey and other reports "support what we have heard" about the leaks.

            """)
        let quote = try analysis.quote("support what we have heard")
        #expect(quote.mention == "he")
        #expect(analysis.speakerName(quote) == "Tom Lind")
    }

    @Test func aVerbIntroducingTheNextQuotationDoesNotAttributeTheOneBefore() throws {
        let analysis = analyze("""
            In one exchange, Tom Lind forwards a photo of the mayor on the dyke. Mayor Ilse Marten responds to Lind with, “Why now? That was on my way to the dykes?” Lind then writes back, “You look tired.”

            """)
        #expect(analysis.speakerName(try analysis.quote("Why now?")) == "Ilse Marten")
        #expect(analysis.speakerName(try analysis.quote("You look tired")) == "Tom Lind")
    }

    @Test func aSpeechVerbInARelativeClauseAfterADashAttributesItsQuotation() throws {
        let analysis = analyze("""
            Tom Lind, head of the water board, said in a statement that the council is breaking the dyke rules — which he added “is deeply regrettable.”

            """)
        let quote = try analysis.quote("is deeply regrettable")
        #expect(quote.cue == "added")
        #expect(quote.mention == "he")
    }

    @Test func aVerbInAClauseAfterANounOfUtteranceDoesNotTakeTheParticipleAfterIt() throws {
        let analysis = analyze("""
            Mayor Ilse Marten repeated accusations that Lind recites the same points on the dykes, calling him a “tired voice” of the past.

            """)
        #expect(analysis.speakerName(try analysis.quote("tired voice")) == "Ilse Marten")
    }

    @Test func aParticipleAfterAPassiveOfPerceivingGoesWithWhoWasPerceived() throws {
        let analysis = analyze("""
            “Should there be a register of every farm in the delta?” a reporter can be heard asking Ruiz after the hearing.

            Mayor Tom Lind was caught on tape saying the levee was “a lost cause.”

            """)
        #expect(try analysis.quote("Should there be a register").mention == "reporter")
        #expect(analysis.speakerName(try analysis.quote("a lost cause")) == "Tom Lind")
    }

    @Test func participlesJoinedByAndShareTheirSubject() throws {
        let analysis = analyze("""
            Farmers were quick to respond, with Mayor Ilse Marten posting that the ruling was a “disgrace” and asking, “Who will pay for the dykes now?”

            """)
        #expect(analysis.speakerName(try analysis.quote("disgrace")) == "Ilse Marten")
        #expect(analysis.speakerName(try analysis.quote("Who will pay")) == "Ilse Marten")
    }

    @Test func aSpeakerAndVerbEndingTheSentenceAfterACommaClosedQuotationOutrankTheVerbBeforeIt() throws {
        let analysis = analyze("""
            Nothing the mayor said “will calm the farmers,” the county engineer said.

            Two aldermen spoke after the vote. Yet another said, “The levee will hold.”

            Ana Ruiz said the repairs were slow because “nobody came,” she said.

            The levee was branded “a disgrace,” the county engineer wrote in 2019.

            """)
        #expect(try analysis.quote("will calm").mention == "county engineer")
        #expect(try analysis.quote("The levee").mention?.hasSuffix("another") == true)
        // A pronoun there repeats the speaker before it.
        #expect(try analysis.quote("nobody came").mention == "Ana Ruiz")
        // A passive label is the words of whoever the closing attribution names.
        #expect(try analysis.quote("a disgrace").mention == "county engineer")
    }

    @Test func whomTheWordsAreSaidToMayStandBetweenTheVerbAndTheQuotation() throws {
        let analysis = analyze("""
            Tom Lind wrote to the mayor after the flood, thanking the crews and telling her, “You kept the town dry!” She replied that the crews deserved it.

            Senator Ana Ruiz scolded him: “The levee report is a work of fiction.”

            """)
        #expect(try analysis.quote("You kept").mention == "Tom Lind")
        #expect(try analysis.quote("You kept").kind == .direct)
        #expect(try analysis.quote("The levee report").mention == "Senator Ana Ruiz")
    }

    @Test func anAttributionSetOffInsideTheSentenceTakesTheQuotationBeforeIt() throws {
        let analysis = analyze("""
            Ana Ruiz suggested that the plan was unserious - "Again, we need the details," her aide said - and left.

            Tom Lind said the mayor “would have no chance,” the clerk recalled, adding that the vote was close.

            """)
        #expect(try analysis.quote("Again, we need").mention == "aide")
        #expect(try analysis.quote("would have no chance").mention == "clerk")
    }
    @Test func aVerbInsideARelativeClauseClosedBeforeTheQuotationIsNotItsAttribution() throws {
        let analysis = analyze("""
            Dam inquiry

            Ruiz was asked by host Ana Lind, who has often dismissed the story about the dam, “Now, you said you were tired of hearing about it?”

            Ruiz was asked by moderator Tom Vale whether the plan, which the agency estimates would cost $1 billion, would be “a burden on taxpayers.”

            Ruiz thanked Carl Moss, who said, “The dam is safe.”

            """)
        #expect(try analysis.quote("Now, you said").mention == "host Ana Lind")
        #expect(try analysis.quote("a burden on taxpayers").mention == "moderator Tom Vale")
        // The verb right before the quotation opens it, inside the relative clause.
        #expect(try analysis.quote("The dam is safe").mention == "Carl Moss")
    }
    @Test func aRelativeClauseAboutTheOneSpokenToOrAboutKeepsItsOwnSpeaker() throws {
        let analysis = analyze("""
            Dam inquiry

            Smith praised Jones, who told the crowd, “We will win.”

            Zelensky thanked Biden, who told the summit, “We stand with Ukraine.”

            The mayor criticised the governor, who told the council, “We have no money.”

            Lee asked Vale, who told the crowd, “The vote is close.”

            Lee asked Moss, who said the deal, which he signed, is “dead.”

            """)
        // The outer verb's object is the one praised, thanked or criticised: the clause's verb speaks.
        #expect(try analysis.quote("We will win").mention == "Jones")
        #expect(try analysis.quote("We stand with Ukraine").mention == "Biden")
        #expect(try analysis.quote("We have no money").mention == "governor")
        // A telling verb's listener before the quotation: the clause's verb speaks.
        #expect(try analysis.quote("The vote is close").mention == "Vale")
        // Another relative clause closes at the comma before the quotation's sentence goes on.
        #expect(try analysis.quote("dead").mention == "Moss")
    }
}
