import Testing
@testable import SitrepCore

/// Where one article ends and the next begins: only on evidence that holds across outlets.
@Suite struct ArticleBoundaryTests {
    /// A whole story about a harbour storm, four paragraphs.
    static let storm = """
        Storm closes harbour for a second day

        The port authority kept the harbour closed on Tuesday as the storm drove waves of eight metres onto the coast.

        Ferries stayed in port and fishing boats were moved to the inner basin, where the harbour master said they were safe.

        Forecasters expect the storm to ease on Wednesday, when the port authority will inspect the harbour walls.

        """

    @Test func aHeadlineOverADifferentSubjectStartsAnArticle() {
        let text = ArticleBoundaryTests.storm + """
            Council approves new school budget

            The city council approved the school budget on Monday after teachers and parents filled the chamber.

            The budget adds forty classrooms and raises the pay of teaching assistants from September.

            """
        let articles = parse(text)
        #expect(articles.map(\.title) == ["Storm closes harbour for a second day", "Council approves new school budget"])
        #expect(articles.map(\.lines.lowerBound) == [1, 8])
    }

    @Test func shortLinesBeforeANewHeadlineStayWithTheArticleAbove() {
        let text = ArticleBoundaryTests.storm + """
            Follow Jane Roe

            Council approves new school budget

            The city council approved the school budget on Monday after teachers and parents filled the chamber.

            """
        let articles = parse(text)
        #expect(articles.map(\.lines) == [1...9, 10...12])
        #expect(articles.last?.title == "Council approves new school budget")
    }

    @Test func aCaptionWithoutItsPeriodDoesNotEndAnArticle() {
        let text = """
            Storm closes harbour

            Waves break over the harbour wall in Riverton. Picture taken on Monday from the lighthouse

            Fishermen said they had lost a week of work and feared for their boats.

            """
        #expect(parse(text).count == 1)
    }

    @Test func aSubheadingOrANameOverTheSameStoryDoesNotStartAnArticle() {
        let subheading = ArticleBoundaryTests.storm + """
            Harbour walls under strain

            Engineers said the storm had loosened stones in the harbour walls and the port authority would close the ferry pier.

            """
        #expect(parse(subheading).count == 1)
        // A name over an answer is a speaker, not a headline, whatever the answer is about.
        let interview = ArticleBoundaryTests.storm + """
            Jane Roe

            Teachers and parents want a budget that adds classrooms and raises the pay of assistants.

            """
        #expect(parse(interview).count == 1)
    }

    @Test func aLivePageKeepsEveryPostUnderItsHeadline() {
        let text = """
            Storm live: harbour closed as waves reach eight metres

            The port authority kept the harbour closed on Tuesday as waves of eight metres hit the coast.

            Ferries stayed in port and fishing boats were moved to the inner basin.

            Council approves new school budget

            The city council approved the school budget on Monday after teachers filled the chamber.

            """
        let articles = parse(text)
        #expect(articles.count == 1)
        #expect(articles.first?.kind == .liveBlog)
    }

    @Test func aWholeParagraphOnAnotherSubjectIsATurnNotAnArticle() {
        let text = ArticleBoundaryTests.storm + """
            A passenger train left the rails near the northern border in heavy snow, and rescuers took all 212 travellers to a school. Nobody was hurt. The rail operator blamed a frozen switch and said engineers would inspect the line. The line will stay closed for two days while cranes lift the carriages back. Buses replace the trains meanwhile.

            """
        #expect(parse(text).count == 1)
    }

    @Test func aCutOffLineNeedsANewLeadToEndAnArticle() {
        // A quotation paragraph without its final period, then more of the same story: one article.
        let quote = """
            The harbour master said the storm was the worst in a decade and the port authority would inspect every berth before the ferries sail again, she says
            The port authority will inspect the harbour walls and every berth on Wednesday, the harbour master said.
            """
        #expect(parse(quote).count == 1)
        // A line cut in the middle of a clause, then a lead: a page of briefs, even when the briefs share words.
        let briefs = """
            The port authority kept the harbour closed on Tuesday as the storm drove waves of eight metres onto the coast. Ferries stayed in port and fishing boats were moved to the inner basin. The harbour master said the walls would be inspected by engineers after the
            The port authority of the island reopened its harbour on Tuesday after repairs to the ferry pier. The first ferries sailed at noon.
            """
        #expect(parse(briefs).map(\.lines) == [1...1, 2...2])
        // ... even when the lead opens with a word that would otherwise tie it to the text before.
        let connected = briefs.replacingOccurrences(of: "The port authority of the island", with: "But the port authority of the island")
        #expect(parse(connected).map(\.lines) == [1...1, 2...2])
    }

    @Test func aLongParagraphCutMidClauseAfterAWholeStoryIsABrief() {
        // Sentences that share words with the story, and fewer than a whole brief needs: the cut decides.
        let text = ArticleBoundaryTests.storm + """
            Fishing crews in the north of the island asked the port authority for help on Tuesday after the storm sank two trawlers, and the coastguard searched for their crews until dark. Crews from the harbour joined the search on Wednesday at the request of the
            """
        #expect(parse(text).map(\.lines) == [1...7, 8...8])
        #expect(parse(text + " coastguard.\n").count == 1)
    }

    @Test func twoLongCutOffParagraphsAfterAWholeStoryAreARunOfBriefs() {
        // Each brief shares a few words with what is above it (the storm, the harbour), too many for a lead after one
        // cut-off paragraph to open an article, and the first is too short to open one alone: two in a row do.
        let first = "Farmers in the valley counted their losses on Thursday after floods covered the fields of three "
            + "villages and washed away a bridge on the main road. The regional council promised money for repairs and "
            + "said soldiers would build a temporary bridge before the next storm damage"
        let second = "The ferry company said on Tuesday it would cut its winter timetable to two sailings a day because "
            + "the harbour walls need repairs and its oldest boat failed an inspection last month, leaving islanders "
            + "with fewer crossings to the mainland during the coldest months"
        let text = ArticleBoundaryTests.storm + first + "\n" + second + "\n"
        #expect(parse(text).map(\.lines) == [1...7, 8...8, 9...9])
        // A lead that closes its sentences after one cut-off paragraph stays with the story.
        #expect(parse(text.replacingOccurrences(of: "coldest months", with: "coldest months.")).count == 1)
    }

    @Test func aSeparatorBeforeBodyTextIsASectionBreak() {
        let text = ArticleBoundaryTests.storm + """
            * * *

            Fishermen in the inner basin said the storm had cost them a week of work.

            """
        #expect(parse(text).count == 1)
    }

    @Test func anUpperCaseHeadlineCreditingASourceIsNotADateline() {
        let text = """
            HARBOUR TO STAY CLOSED ALL WEEK - PORT AUTHORITY
            RIVERTON, March 3 - The port authority said on Tuesday that the harbour would stay closed until the storm passed.
            Ferries will stay in port, it said.
            """
        let articles = parse(text)
        #expect(articles.count == 1)
        #expect(articles.first?.title == "HARBOUR TO STAY CLOSED ALL WEEK - PORT AUTHORITY")
        #expect(articles.first?.dateline == "RIVERTON, March 3")
    }

    @Test func aDatelineAfterItsOwnStorysCaptionsDoesNotStartAnArticle() {
        let text = """
            Storm closes harbour

            Waves break over the harbour wall in Riverton on Monday, when the storm reached the coast.

            Fishing boats moved to the inner basin of the harbour, where the storm could not reach them.

            RIVERTON (Reuters) - The port authority kept the harbour of Riverton closed on Tuesday as the storm drove waves onto the coast.

            """
        let articles = parse(text)
        #expect(articles.count == 1)
        #expect(articles.first?.dateline == "RIVERTON (Reuters)")
    }

    @Test func aQuestionBeforeTheDatelineIsTheHeadline() {
        let text = """
            Who will pay to repair the harbour walls?

            RIVERTON (Reuters) - The port authority and the city council disagree over who should pay to repair the harbour walls.

            """
        let articles = parse(text)
        #expect(articles.count == 1)
        #expect(articles.first?.title == "Who will pay to repair the harbour walls?")
        #expect(articles.first?.titleDerived == false)
    }

    @Test func aKickerLabelUnderFrontMatterIsNotTheTitle() {
        let text = """
            ---
            source: The Riverton Courier
            date: 2031-03-03
            ---
            ANALYSIS/OPINION:

            Why the harbour walls keep failing

            The harbour walls have failed three times in ten years, and each repair has cost more than the last.

            """
        let source = SourceText(name: "f.txt", text: text)
        let articles = ArticleParser().parse(source)
        #expect(articles.count == 1)
        #expect(articles.first?.title == "Why the harbour walls keep failing")
        #expect(articles.first?.metadata["source"] == "The Riverton Courier")
    }

    @Test func aSourceCanBeParsedAsExactlyOneArticle() {
        let text = ArticleBoundaryTests.storm + """
            Council approves new school budget

            The city council approved the school budget on Monday after teachers and parents filled the chamber.

            """
        let source = SourceText(name: "one.txt", text: text)
        #expect(ArticleParser().parse(source).count == 2)
        let whole = ArticleParser(boundaries: .wholeSource).parse(source)
        #expect(whole.count == 1)
        #expect(whole.first?.lines == 1...10)
        #expect(whole.first?.title == "Storm closes harbour for a second day")
        #expect(Analyzer(boundaries: .wholeSource).analyze([source]).articles.count == 1)
    }

    @Test func aHeadlineAfterALineThatClosesAStoryStartsAnArticleOnTheSameSubject() {
        // The next story is about the same harbour: only the closing credit shows that the first one ended.
        let text = ArticleBoundaryTests.storm + """
            Contributing: Jane Roe and John Doe

            Harbour reopens as the storm eases over the coast

            The port authority reopened the harbour on Thursday after the storm eased and the waves fell to two metres.

            Ferries left port in the afternoon and the harbour master said the walls had held.

            """
        let articles = parse(text)
        #expect(articles.map(\.lines.lowerBound) == [1, 10])
        #expect(articles.first?.notes == ["Contributing: Jane Roe and John Doe"])
        #expect(articles.last?.title == "Harbour reopens as the storm eases over the coast")
    }

    @Test func aFollowPromptClosesTheStoryAsANote() {
        let text = ArticleBoundaryTests.storm + """
            Follow Jane Roe on Twitter.

            """
        let articles = parse(text)
        #expect(articles.count == 1)
        #expect(articles.first?.notes == ["Follow Jane Roe on Twitter."])
        #expect(articles.first?.segments.flatMap(\.paragraphs).count == 3)
    }

    @Test func aShortQuestionAfterALineThatClosesAStoryIsAHeadline() {
        let text = ArticleBoundaryTests.storm + """
            Contributing: Jane Roe

            Can the council pay for forty new classrooms?

            The city council approved the school budget on Monday after teachers and parents filled the chamber.

            """
        let articles = parse(text)
        #expect(articles.map(\.title) == ["Storm closes harbour for a second day", "Can the council pay for forty new classrooms?"])
    }

    @Test func aShortQuestionInsideAStoryIsNotAHeadline() {
        let text = ArticleBoundaryTests.storm + """
            Will the council pay for forty new classrooms?

            The city council approved the school budget on Monday after teachers and parents filled the chamber.

            """
        #expect(parse(text).count == 1)
    }

    @Test func aQuestionInTitleCaseIsAHeadline() {
        let text = ArticleBoundaryTests.storm + """
            Will the Council Pay for Forty New Classrooms?

            The city council approved the school budget on Monday after teachers and parents filled the chamber.

            The budget adds forty classrooms and raises the pay of teaching assistants from September.

            """
        let articles = parse(text)
        #expect(articles.map(\.title) == ["Storm closes harbour for a second day", "Will the Council Pay for Forty New Classrooms?"])
    }

    @Test func aQuestionInTitleCaseOverTheSameStoryDoesNotStartAnArticle() {
        let text = ArticleBoundaryTests.storm + """
            Will the Harbour Walls Hold?

            The port authority said the harbour walls held on Tuesday, though waves broke over the harbour in the storm.

            """
        #expect(parse(text).count == 1)
    }

    @Test func aKickerLabelOverAHeadlineOnOneLineIsThatHeadline() {
        let text = ArticleBoundaryTests.storm + """
            OPINION: The council budget forgets the teachers

            The city council approved the school budget on Monday after teachers and parents filled the chamber.

            The budget adds forty classrooms and raises the pay of teaching assistants from September.

            """
        let articles = parse(text)
        #expect(articles.map(\.title) == ["Storm closes harbour for a second day", "OPINION: The council budget forgets the teachers"])
    }

    @Test func aLineOpeningWithABulletIsNotAHeadline() {
        let text = ArticleBoundaryTests.storm + """
            \u{2022} Council approves new school budget

            The city council approved the school budget on Monday after teachers and parents filled the chamber.

            """
        #expect(parse(text).count == 1)
    }

    @Test func aDatelineUnderTwoShortParagraphsDoesNotEndTheArticle() {
        // A caption and a standfirst over the story's own dateline: its lead may use other words than they do.
        let text = """
            Storm closes harbour for a second day

            Waves break over the harbour wall in Riverton on Monday.

            Fishing boats wait in the inner basin of the port.

            RIVERTON \u{2014} Teachers and parents met in the council chamber on Tuesday to hear what the closure costs the schools.

            """
        #expect(parse(text).count == 1)
    }

    @Test func aHeadingInCapitalsIsASectionOfTheStory() {
        // Whatever its words, a heading in capitals opens a section of the story, also after a rule line.
        let text = ArticleBoundaryTests.storm + """
            SCHOOLS COUNT THE COST

            The city council approved the school budget on Monday after teachers and parents filled the chamber.

            ___

            TEACHERS WANT MORE CLASSROOMS

            The budget adds forty classrooms and raises the pay of teaching assistants from September.

            """
        #expect(parse(text).count == 1)
    }

    @Test func aHeadlineAfterARuleLineStillStartsAnArticle() {
        let text = ArticleBoundaryTests.storm + """
            ___

            Council approves new school budget

            The city council approved the school budget on Monday after teachers and parents filled the chamber.

            """
        #expect(parse(text).map(\.title) == ["Storm closes harbour for a second day", "Council approves new school budget"])
    }

    @Test func aLineOfNamesAndOutletsIsNotAHeadline() {
        // A roundup quotes a column and credits it under the passage.
        let text = ArticleBoundaryTests.storm + """
            Jane Roe, The Riverton Courier

            "The council should have approved the school budget months ago, when teachers first asked for classrooms."

            """
        #expect(parse(text).count == 1)
        let contributors = ArticleBoundaryTests.storm + """
            Jon Kamp, Scott Calvert and Ana de la Cruz

            Teachers and parents filled the council chamber on Monday to ask for forty classrooms.

            """
        #expect(parse(contributors).count == 1)
    }

    @Test func speechBrokenOffByADashIsNotACutOffLine() {
        let text = """
            Harbour master on the storm

            The harbour walls were built in 1890, and nobody has ever asked whether they could take a storm like this one, because the council always said the money would come from somewhere, and then\u{2014}

            JOHN DOE: The money never came.

            It never came, and now the boats are in the inner basin.

            """
        #expect(parse(text).count == 1)
    }

    @Test func aDatelineUnderLongCaptionsWithCreditsOpensTheirStory() {
        let text = """
            Storm closes harbour

            Waves break over the harbour wall in Riverton on Monday, when the storm reached the coast and the port authority closed the harbour to ferries and fishing boats for the second time this winter, leaving the crews of the trawlers to watch from the quay as the sea broke over the old walls. (Photo: Jane Roe, AP)

            RIVERTON \u{2014} Teachers and parents met in the council chamber on Tuesday to hear what the closure costs the schools.

            The council said it would publish the figures on Friday.

            """
        let articles = parse(text)
        #expect(articles.count == 1)
        #expect(articles.first?.dateline == "RIVERTON")
    }

    @Test func broadcastImageCaptionsAreCaptions() {
        let text = ArticleBoundaryTests.storm + """
            Image copyright Jane Roe Image caption Ferries waited in the inner basin

            Media playback is unsupported on your device Media caption The harbour master explains the closure

            Fishermen said they had lost a week of work.

            """
        let articles = parse(text)
        #expect(articles.count == 1)
        #expect(articles.first?.captions.count == 2)
    }

    @Test func aNewsletterItemHeadlineInCapitalsIsNotADateline() {
        let text = ArticleBoundaryTests.storm + """
            SCHOOLS COUNT THE COST OF CLOSURE - The city council approved the school budget on Monday after teachers and parents filled the chamber.

            """
        let articles = parse(text)
        #expect(articles.count == 1)
        #expect(articles.first?.dateline == nil)
    }

    @Test func aLongFileCaptionIsNotADateline() {
        let text = """
            Storm closes harbour

            FILE - In this Monday, March 2 file photo, waves break over the harbour wall in Riverton, when the storm reached the coast and the port authority closed the harbour to ferries and fishing boats for the second time this winter, leaving the crews to watch from the quay. (AP Photo/Jane Roe, File)

            RIVERTON (AP) \u{2014} Teachers and parents met in the council chamber on Tuesday to hear what the closure costs the schools.

            """
        let articles = parse(text)
        #expect(articles.count == 1)
        #expect(articles.first?.dateline == "RIVERTON (AP)")
    }

    @Test func aHeadlineAfterAColonIsWhatTheParagraphIntroduces() {
        let text = ArticleBoundaryTests.storm + """
            The council's own newsletter ran these headlines the same week:

            Council approves new school budget

            The city council approved the school budget on Monday after teachers and parents filled the chamber.

            """
        #expect(parse(text).count == 1)
    }

    @Test func aHeadlineOpeningLikeAnEarlierSubheadingContinuesTheSeries() {
        let text = ArticleBoundaryTests.storm + """
            Winner: the harbour master who closed the port

            Ferries stayed in port and nobody was hurt when the waves broke over the walls.

            Winner: teachers who asked for forty new classrooms

            The city council approved the school budget on Monday after teachers and parents filled the chamber.

            """
        #expect(parse(text).count == 1)
    }

    @Test func aHeadlineWithAnAbbreviationOrAnInitialIsOneHeadline() {
        let text = ArticleBoundaryTests.storm + """
            Gov. Jane Roe signs school budget at Riverton Dept. of Education

            The governor signed the school budget on Monday after teachers and parents filled the chamber.

            The budget adds forty classrooms and raises the pay of teaching assistants from September.

            Mayor John Q. Public opens the new library

            The library on Main Street opened on Friday with ten thousand books and a reading room for children.

            """
        let articles = parse(text)
        #expect(articles.map(\.title) == ["Storm closes harbour for a second day",
                                          "Gov. Jane Roe signs school budget at Riverton Dept. of Education",
                                          "Mayor John Q. Public opens the new library"])
        #expect(articles.map(\.lines.lowerBound) == [1, 8, 14])
    }

    /// A story of six paragraphs on the council and the harbour repairs after a storm.
    static let repairs = """
        Council weighs harbour repairs after storm

        The city council met on Monday to weigh the cost of repairing the harbour walls after the storm.

        Engineers told the council that the north wall had cracked in two places and needed work before winter.

        The mayor said the city would borrow to pay for the repairs if the port authority could not.

        Several members asked whether the walls could be raised at the same time, to guard against higher waves.

        The engineers said raising the walls would double the cost and take two more years.

        The council will vote on the repairs at its next meeting, in three weeks.

        """

    @Test func aHeadlineRestatedByItsLeadStartsAnArticleOnARelatedSubject() {
        // The next story shares the council and the storm with the one above, but its lead says again what its
        // headline says: a story of its own.
        let text = ArticleBoundaryTests.repairs + """
            Fishermen ask council for help to replace boats lost in storm

            Fishermen in Riverton asked the council on Friday for help to replace boats lost in the storm, saying that a week without work had left many of them in debt.

            The harbour master said eleven boats had sunk at their moorings and four more were beyond repair.

            """
        let articles = parse(text)
        #expect(articles.map(\.title) == ["Council weighs harbour repairs after storm",
                                          "Fishermen ask council for help to replace boats lost in storm"])
        #expect(articles.map(\.lines.lowerBound) == [1, 14])
        // Without the restating lead, the words shared with the story above would keep the two stories together.
        var plain = ArticleParser.Tuning()
        plain.restatedHeadlineCohesion = plain.headlineCohesion
        #expect(ArticleParser(tuning: plain).parse(SourceText(name: "page.txt", text: text)).count == 1)
    }

    @Test func aLongHeadlineInTitleCaseOverALeadStartsAnArticleOnARelatedSubject() {
        // The ferry story shares the harbour walls with the story above and its lead does not restate its headline,
        // but a long headline set in title case over a lead, on a page that sets its title so too, is a story's own:
        // it opens an article.
        let lead = """
            The two companies that serve the islands said on Friday that they might run fewer sailings while the harbour walls are repaired, and that passengers should book early.

            Both companies said they would publish their new timetables next month.

            """
        let repairs = ArticleBoundaryTests.repairs.replacing(
            "Council weighs harbour repairs after storm", with: "Council Weighs Harbour Repairs After Storm")
        let titleCase = repairs + "Ferry Operators Warn Winter Timetable Could Be Cut Back\n\n" + lead
        #expect(parse(titleCase).map(\.lines.lowerBound) == [1, 14])
        #expect(parse(titleCase).last?.title == "Ferry Operators Warn Winter Timetable Could Be Cut Back")
        // The same line in sentence case, as a story's sub-headings are set, stays in the story.
        #expect(parse(repairs + "Ferry operators warn winter timetable could be cut back\n\n" + lead).count == 1)
        // Under a page title set as a sentence, title case alone is no cue: the line is a sub-heading.
        #expect(parse(ArticleBoundaryTests.repairs + "Ferry Operators Warn Winter Timetable Could Be Cut Back\n\n" + lead).count == 1)
        // Without the title-case evidence, the words shared with the story above keep the two together.
        var plain = ArticleParser.Tuning()
        plain.titleCaseHeadlineCohesion = plain.headlineCohesion
        #expect(ArticleParser(tuning: plain).parse(SourceText(name: "page.txt", text: titleCase)).count == 1)
    }

    @Test func aSubheadingWhoseParagraphDoesNotRestateItContinuesTheStory() {
        let text = ArticleBoundaryTests.repairs + """
            What the repairs will mean for the fishing fleet and the ferries

            Boats will have to moor in the inner basin while the work goes on, the harbour master said on Tuesday.

            """
        #expect(parse(text).count == 1)
    }

    /// The fishermen's story of ``aHeadlineRestatedByItsLeadStartsAnArticleOnARelatedSubject``, with another
    /// headline and another first word of the lead.
    static func fishermen(headline: String, leadOpening: String = "Fishermen in Riverton") -> String {
        ArticleBoundaryTests.repairs + """
            \(headline)

            \(leadOpening) asked the council on Friday for help to replace boats lost in the storm, saying that a week without work had left many of them in debt.

            The harbour master said eleven boats had sunk at their moorings and four more were beyond repair.

            """
    }

    @Test func aRestatedHeadlineThatGivesAdviceOrPointsBackIsPartOfTheStory() {
        #expect(parse(ArticleBoundaryTests.fishermen(
            headline: "Fishermen ask council for help to replace boats lost in storm")).count == 2)
        // Advice to the reader, a headline pointing back to the story above, a lead that is a turn of an interview.
        #expect(parse(ArticleBoundaryTests.fishermen(
            headline: "Ask the council for help to replace boats lost in the storm")).count == 1)
        #expect(parse(ArticleBoundaryTests.fishermen(
            headline: "These fishermen ask council for help to replace boats lost in storm")).count == 1)
        #expect(parse(ArticleBoundaryTests.fishermen(
            headline: "Fishermen ask council for help to replace boats lost in storm",
            leadOpening: "Jane Roe: Fishermen in Riverton")).count == 1)
    }

    @Test func aFollowPromptEndingWithAHandleClosesTheStory() {
        let text = ArticleBoundaryTests.storm + """
            Follow Jane Roe on Twitter: @janeroe

            Harbour walls to be inspected after the storm

            The port authority will inspect the harbour walls on Wednesday, when the storm is expected to ease.

            """
        let articles = parse(text)
        #expect(articles.map(\.lines.lowerBound) == [1, 10])
        #expect(articles.first?.notes == ["Follow Jane Roe on Twitter: @janeroe"])
    }

    @Test func aQuestionUnderASectionLabelIsAHeadlineButOneUnderASpeakersNameIsNot() {
        let budget = """
            The city council approved the school budget on Monday after teachers and parents filled the chamber.

            The budget adds forty classrooms and raises the pay of teaching assistants from September.

            """
        let opinion = parse(ArticleBoundaryTests.storm + "OPINION: Should the city pay for forty classrooms?\n\n" + budget)
        #expect(opinion.map(\.title) == ["Storm closes harbour for a second day",
                                          "OPINION: Should the city pay for forty classrooms?"])
        let transcript = parse(ArticleBoundaryTests.storm + "HAYES: Should the city pay for forty classrooms?\n\n" + budget)
        #expect(transcript.count == 1)
    }

    @Test func aHeadlinePrintedTwiceStartsAnArticleOnTheSameSubject() {
        let story = """
            Harbour walls to be raised next year

            Engineers told the council on Tuesday that work on the north wall would start in the spring.

            """
        let once = ArticleBoundaryTests.repairs + story
        #expect(parse(once).count == 1)
        let twice = ArticleBoundaryTests.repairs + "Harbour walls to be raised next year\n\n" + story
        let articles = parse(twice)
        #expect(articles.map(\.lines.lowerBound) == [1, 14])
        #expect(articles.last?.title == "Harbour walls to be raised next year")
    }

    @Test func aSectionLabelRightUnderAHeadlineStartsAnArticle() {
        let text = ArticleBoundaryTests.repairs + """
            OPINION: Raise the harbour walls before the next storm

            ANALYSIS/OPINION:

            Engineers told the council on Tuesday that work on the north wall would start in the spring.

            """
        let articles = parse(text)
        #expect(articles.map(\.lines.lowerBound) == [1, 14])
        #expect(articles.last?.captions.map(\.text) == ["ANALYSIS/OPINION:"])
    }

    @Test func aCaptionPrintedTwiceUnderTheStandfirstIsNoHeadline() {
        let text = """
            Storm closes harbour for a second day

            Waves of eight metres kept ferries and fishing boats in port.

            Watch the waves break over the harbour wall

            Watch the waves break over the harbour wall

            The port authority kept the harbour closed on Tuesday as the storm drove waves onto the coast.

            Forecasters expect the storm to ease on Wednesday, when the port authority will inspect the walls.

            """
        #expect(parse(text).count == 1)
    }

    @Test func anUpdateToTheStoryIsNeitherAHeadlineNorADateline() {
        let text = ArticleBoundaryTests.storm + """
            UPDATE - The council approved the school budget on Monday after teachers and parents filled the chamber.

            UPDATE 9:45 a.m. Council approves new school budget

            The budget adds forty classrooms and raises the pay of teaching assistants from September.

            """
        #expect(parse(text).count == 1)
    }

    @Test func pageNoticesOfAnArticlesAgeAndHighlightsAreFurniture() {
        let text = """
            Storm closes harbour for a second day

            This article is more than 2 years old

            This article is more than 2 years old

            Story highlights The harbour stays closed as waves of eight metres hit the coast

            The port authority kept the harbour closed on Tuesday as the storm drove waves onto the coast.

            """
        let articles = parse(text)
        #expect(articles.count == 1)
        #expect(articles.first?.title == "Storm closes harbour for a second day")
        #expect(articles.first?.segments.flatMap(\.paragraphs).count == 1)
    }

    @Test func aBroadcastersBracketedDatelineOpensTheStoryUnderAHeadline() {
        let headline = "Harbour walls will be raised, council told\n\n"
        let lead = "The city council heard on Tuesday that the harbour walls would be raised by two metres next year.\n\n"
        #expect(parse(ArticleBoundaryTests.repairs + headline + lead).count == 1)
        let placed = parse(ArticleBoundaryTests.repairs + headline + "Harbourtown (CNN) " + lead)
        #expect(placed.map(\.lines.lowerBound) == [1, 14])
        #expect(placed.last?.dateline == "Harbourtown (CNN)")
        #expect(placed.last?.title == "Harbour walls will be raised, council told")
        let bare = parse(ArticleBoundaryTests.repairs + headline + "(CNN) - " + lead)
        #expect(bare.map(\.lines.lowerBound) == [1, 14])
        #expect(bare.last?.dateline == "(CNN)")
    }

    @Test func headlinesOverPassagesQuotedFromOtherOutletsAreViewsOfOnePage() {
        let text = """
            Should towns shame people who break the curfew?

            Towns across the region have asked residents to report neighbours who break the curfew, and many have.

            Shaming keeps the streets empty

            “Nobody wants to be the neighbour whose photo is passed around the market, so people stay home.” — Jane Roe, The Harbour Times

            Public scorn builds a habit of care

            “A glance of disapproval does more than a fine ever did, because it tells us what others expect of us.” Jon Doe, Riverton Post

            Blame wounds the wrong people

            “The photographs show nurses walking home from their shifts, and the crowd never asks who they are.” — Ann Lee, Valley Courier

            """
        let articles = parse(text)
        #expect(articles.count == 1)
        #expect(articles.first?.truncated == false)
    }

    @Test func aPageLabelRunOntoAParagraphsEndDoesNotCutItOff() {
        let lead = "The port authority kept the harbour closed on Tuesday as the storm drove waves of eight metres onto "
            + "the coast, and ferries stayed in port for a second day while fishing boats were moved to the inner "
            + "basin. The harbour master said the boats were safe there."
        let next = "\n\nVolunteers from three villages filled sandbags through the night, and bakers in Riverton sent "
            + "bread and soup to the crews who worked until dawn.\n\n"
        let title = "Storm closes harbour for a second day\n\n"
        #expect(parse(title + lead + " Next" + next).count == 2)
        for label in [" Ad Policy", " Wochit", " Hide Caption 3 of 12"] {
            let articles = parse(title + lead + label + next)
            #expect(articles.count == 1, "\(label)")
            #expect(articles.first?.truncated == false)
        }
    }

    @Test func anAuthorsNoteUnderASeparatorIsNoNewArticle() {
        let text = ArticleBoundaryTests.storm + """
            ______________________

            About the author

            Jane Roe – University of Riverton

            Jane Roe is a professor of marine engineering who studies how sea walls fail under repeated waves.

            """
        #expect(parse(text).count == 1)
        let headline = ArticleBoundaryTests.storm + """
            ______________________

            Mayor Meets With Members of Harbour Board, Port Union

            The mayor met the harbour board and the port union on Friday to settle the dispute over night shifts.

            """
        #expect(parse(headline).map(\.lines.lowerBound) == [1, 10])
    }

    @Test func aTitleCaseHeadlineWithASpacedDashIsNoLineOfNames() {
        let headline = ArticleBoundaryTests.storm + """
            ______________________

            Storm Ciara – What We Know

            The storm that closed the harbour is expected to reach the northern coast by Thursday, forecasters said.

            """
        #expect(parse(headline).map(\.lines.lowerBound) == [1, 10])
        let credit = ArticleBoundaryTests.storm + """
            ______________________

            Jane Roe – The Harbour Gazette

            Jane Roe has reported on the harbour and its storms for the paper since the sea walls were last raised.

            """
        #expect(parse(credit).count == 1)
    }

    @Test func aHeadlineOverCaptionsAndADatelineOpensThatStory() {
        let headline = "Harbour walls will be raised, council told\n\n"
        let caption = "Waves broke over the north wall at dawn on Monday.\n\n"
        let lead = "The city council heard on Tuesday that the harbour walls would be raised by two metres next year.\n\n"
        #expect(parse(ArticleBoundaryTests.repairs + headline + caption + lead).count == 1)
        let articles = parse(ArticleBoundaryTests.repairs + headline + caption + "HARBOURTOWN \u{2014} " + lead)
        #expect(articles.map(\.lines.lowerBound) == [1, 14])
        #expect(articles.last?.title == "Harbour walls will be raised, council told")
        #expect(articles.last?.captions.map(\.text) == ["Waves broke over the north wall at dawn on Monday."])
    }

    @Test func aQuestionRightOverADatelineIsTheHeadlineOfItsStory() {
        let question = "Will the harbour walls hold next winter?\n\n"
        let lead = "The city council heard on Tuesday that the harbour walls would be raised by two metres next year.\n\n"
        #expect(parse(ArticleBoundaryTests.repairs + question + lead).count == 1)
        let articles = parse(ArticleBoundaryTests.repairs + question + "Harbourtown (CNN) " + lead)
        #expect(articles.map(\.lines.lowerBound) == [1, 14])
        #expect(articles.last?.title == "Will the harbour walls hold next winter?")
        #expect(articles.first?.lines.upperBound == 13)
    }

    @Test func aBracketedPhotoCreditMarksACaption() {
        let text = """
            Storm closes harbour for a second day

            Waves break over the north wall on Monday (Photo: Jane Roe, Harbour Times)

            The port authority kept the harbour closed on Tuesday as the storm drove waves onto the coast.

            """
        let article = parse(text).first
        #expect(article?.captions.map(\.text) == ["Waves break over the north wall on Monday (Photo: Jane Roe, Harbour Times)"])
        #expect(article?.standfirst == nil)
    }

    @Test func aRelatedStoryTeaserIsNeitherAHeadlineNorASubHeadline() {
        let text = ArticleBoundaryTests.repairs + """
            ( Also on the Harbour Times: Ferry route closed for a week after storm)

            The port authority said it would share the cost of the repairs with the city, a spokesman said on Tuesday.

            SEE ALSO: Ten Pictures of the Storm That Shut the Harbour Down for a Week

            The work on the north wall is expected to start in the spring, once the weather allows it.

            """
        let articles = parse(text)
        #expect(articles.count == 1)
        #expect(articles.first?.segments.allSatisfy { $0.heading == nil } == true)
        #expect(articles.first?.kind != .liveBlog)
    }

    @Test func aTeaserLabelOverADatelinedLeadIsThatStorysHeadline() {
        for label in ["PHOTOS", "VIDEO", "GALLERY", "MORE"] {
            let text = ArticleBoundaryTests.repairs + """
                \(label): Scenes from the harbour as the fishing town marks a year since the storm

                HARBOURTOWN (AP) — Fishermen gathered on Sunday to mark a year since the storm broke the north wall, laying flowers at the harbour gate.

                Many said they feared the wall would not be mended before the next winter.

                """
            let articles = parse(text)
            #expect(articles.count == 2)
            #expect(articles.last?.title == "\(label): Scenes from the harbour as the fishing town marks a year since the storm")
        }
    }

    @Test func aBodySentenceAfterALabelOfTimeIsNoTeaser() {
        let text = ArticleBoundaryTests.repairs + """
            Also on Tuesday: the port authority said it had closed the ferry terminal after the storm damaged its roof.

            Also on the Harbour Times: Ferry route closed for a week after storm

            The work on the north wall is expected to start in the spring, once the weather allows it.

            """
        let articles = parse(text)
        #expect(articles.count == 1)
        let paragraphs = articles.first?.segments.flatMap(\.paragraphs).map(\.text) ?? []
        #expect(paragraphs.contains { $0.hasPrefix("Also on Tuesday:") })
        #expect(!paragraphs.contains { $0.hasPrefix("Also on the Harbour Times:") })
    }

    @Test func aPhotoCreditWithATeaserLabelIsACaption() {
        let text = ArticleBoundaryTests.repairs + """
            Photos: Jane Roe / Reuters

            The work on the north wall is expected to start in the spring, once the weather allows it.

            """
        let article = parse(text).first
        #expect(article?.captions.map(\.text) == ["Photos: Jane Roe / Reuters"])
    }

    @Test func aTeaserLabelWithACurlyApostropheIsATeaser() {
        let text = ArticleBoundaryTests.repairs + """
            Don\u{2019}t miss: Ten pictures of the storm that shut the harbour

            Don't miss: Ten pictures of the storm that shut the harbour

            The work on the north wall is expected to start in the spring, once the weather allows it.

            """
        let articles = parse(text)
        #expect(articles.count == 1)
        #expect(articles.first?.segments.allSatisfy { $0.heading == nil } == true)
        let paragraphs = articles.first?.segments.flatMap(\.paragraphs).map(\.text) ?? []
        #expect(!paragraphs.contains { $0.contains("miss:") })
    }

    @Test func aTitleCaseSubHeadingUnderASentenceTitleStaysInItsStory() {
        let text = ArticleBoundaryTests.repairs + """
            What The Repairs Mean For Ferry Operators On The North Coast

            Operators in Northport, Eastbay and Westhaven have relied on the harbour for their winter routes, and several said they would move their ferries until the work was done.

            The largest operator said it had already cut two sailings a week.

            """
        let articles = parse(text)
        #expect(articles.count == 1)
        #expect(articles.first?.segments.last?.heading == "What The Repairs Mean For Ferry Operators On The North Coast")
    }
}
