import Testing
@testable import SitrepCore

/// Lines inside one story that look like the start of another (a picture's caption under the headline, a
/// correspondent's byline under a sub-heading, a list of links to other stories, a two-sentence headline) and open
/// no article.
@Suite struct InStoryLinesTests {
    /// The opening of a story about harbour repairs: a headline and three paragraphs.
    static let council = """
        Council weighs harbour repairs after storm

        The city council met on Monday to weigh the cost of repairing the harbour walls after the storm.

        Engineers told the council that the north wall had cracked in two places and needed work before winter.

        The mayor said the city would borrow to pay for the repairs if the port authority could not.

        """

    @Test func aCaptionClosedByItsBracketedCreditIsACaption() {
        let text = """
            The Harbour After the Storm

            Fishermen mend their nets on the north quay in Riverton, March 3, 2024. (Coast Herald photo: Jane Roe)

            Why the walls will not hold another winter

            The storm that closed the harbour for three days in March left cracks in both walls, and the engineers who inspected them say the next one could break through.

            The council has set aside money for repairs but has not decided when the work should start.
            """
        let articles = parse(text)
        #expect(articles.count == 1)
        #expect(articles.first?.title == "The Harbour After the Storm")
        #expect(articles.first?.captions.map(\.text) == ["Fishermen mend their nets on the north quay in Riverton, March 3, 2024. (Coast Herald photo: Jane Roe)"])
    }

    @Test func aCaptionClosedByANameAndOutletAfterASlashIsACaption() {
        let text = """
            The Harbour After the Storm

            Fishermen mend their nets on the north quay in Riverton, March 3, 2024. (Jane Roe/Coast Herald)

            Why the walls will not hold another winter

            The storm that closed the harbour for three days in March left cracks in both walls, and the engineers who inspected them say the next one could break through.

            The council has set aside money for repairs but has not decided when the work should start.
            """
        #expect(parse(text).count == 1)
    }

    @Test func aBracketThatIsNoCreditLeavesTheParagraphInTheBody() {
        let text = """
            Harbour traffic falls

            Ships calling at the harbour fell by a tenth in the year (year/year), the port authority said.

            """
        let articles = parse(text)
        #expect(articles.first?.captions.isEmpty == true)
        #expect(articles.first?.segments.flatMap(\.paragraphs).count == 1)
    }

    @Test func aBylineUnderASubHeadingOnTheSameSubjectStaysInTheStory() {
        let text = InStoryLinesTests.council + """
            What will the repairs cost?

            By John Doe, Coast Herald, Riverton

            The engineers put the cost of the harbour repairs at twelve million, and the council has less than half of it in its budget for the walls.

            Borrowing the rest would cost the city more than the repairs of the harbour walls themselves, the mayor said.
            """
        let articles = parse(text)
        #expect(articles.count == 1)
        #expect(articles.first?.byline == "John Doe, Coast Herald, Riverton")
    }

    @Test func aBylineInsideAStoryOverAnotherSubjectOpensAnArticle() {
        let text = ArticleBoundaryTests.storm + """
            By John Doe, Coast Herald

            The city council approved the school budget on Monday after teachers and parents filled the chamber.

            The budget adds forty classrooms and raises the pay of teaching assistants from September.

            """
        let articles = parse(text)
        #expect(articles.map(\.lines.lowerBound) == [1, 8])
        #expect(articles.last?.byline == "John Doe, Coast Herald")
    }

    @Test func theLinksUnderALinkListLabelAreNoHeadlines() {
        let text = InStoryLinesTests.council + """
            READ MORE:

            Ten pictures from the spring flower show

            Why rail fares will rise again in January

            School budget passes after a long debate

            Jane Roe is a senior writer at the Coast Herald and a fellow of the Northern Institute.
            """
        let articles = parse(text)
        #expect(articles.count == 1)
        #expect(articles.first?.segments.allSatisfy { $0.heading == nil } == true)
    }

    @Test func aRelatedLinkWithoutItsColonIsNoHeadline() {
        let text = InStoryLinesTests.council + """
            Related Ferry operators fear a second winter of closures

            Several members asked whether ferries could use the inner basin until spring, and whether fishermen would be paid for lost weeks.
            """
        #expect(parse(text).count == 1)
    }

    @Test func aHeadlineOfTwoSentencesOnTheFirstLineIsTheTitle() {
        let text = """
            Can the harbour be saved? Engineers say the walls will not hold
            Jane Roe
            COAST HERALD
            RIVERTON — The engineers who inspected the harbour walls after the March storm told the council on Monday that both walls had cracked and that the next storm could break through.
            The council has set aside money for repairs but has not decided when the work should start.
            """
        let articles = parse(text)
        #expect(articles.count == 1)
        #expect(articles.first?.title == "Can the harbour be saved? Engineers say the walls will not hold")
    }

    @Test func anItemOfAListClosedByASemicolonIsNotCutOff() {
        let text = """
            Five risks for the harbour in the coming year
            The port authority listed the risks it sees for the coming year in its report to the council on Monday:
            Storms: the north wall cracked in two places in March and another winter of gales could break it, closing the harbour to ferries and fishing boats for weeks at a time while engineers wait for calm weather to start the repairs;
            Elections: voters choose a new mayor in May, and both candidates have promised to cut spending, which could leave the budget for schools, buses and libraries smaller than planned for several years;
            Trade: two shipping lines have said they will move their cargo to Eastbay if the harbour closes again, taking several hundred jobs with them and most of the port's income.
            """
        #expect(parse(text).count == 1)
    }

    @Test func aParagraphThatIntroducesTheNextIsNotFollowedByABrief() {
        let text = """
            Harbour master writes to the council
            The harbour master wrote to the council on Monday about the walls after the storm.
            In his letter to the council he writes,
            Dear friends, my daughter and I went walking in the hills above Westhaven last summer and we found a small chapel with painted windows. Nobody had opened its doors for years and the village children played football on the grass beside it every evening until dark while their grandparents watched from benches under the old trees
            The council will discuss the letter at its next meeting, in three weeks.
            """
        #expect(parse(text).count == 1)
    }

    @Test func aLiveMarkerInsideAHeadlineMarksNoLivePage() {
        let text = """
            Riverton bakery is the latest to leave the harbour market

            The bakery that sold bread at the harbour market for twenty years said on Monday it would move to a shop in the old town.

            Its owner said the rent for a market stall had doubled since the spring and the stalls were empty on weekdays.

            Council approves new school budget

            The city council approved the school budget on Monday after teachers and parents filled the chamber.

            The budget adds forty classrooms and raises the pay of teaching assistants from September.
            """
        let articles = parse(text)
        #expect(articles.map(\.title) == ["Riverton bakery is the latest to leave the harbour market", "Council approves new school budget"])
    }

    @Test func aLiveMarkerAsALabelMarksALivePage() {
        let text = """
            The Latest: Riverton bakery leaves the harbour market

            The bakery that sold bread at the harbour market for twenty years said on Monday it would move to a shop in the old town.

            Its owner said the rent for a market stall had doubled since the spring and the stalls were empty on weekdays.

            Council approves new school budget

            The city council approved the school budget on Monday after teachers and parents filled the chamber.

            The budget adds forty classrooms and raises the pay of teaching assistants from September.
            """
        #expect(parse(text).count == 1)
    }

    @Test func aHeadlineOpeningWithByIsNoByline() {
        let text = """
            Council approves new school budget

            The city council approved the school budget on Monday after teachers and parents filled the chamber.

            The budget adds forty classrooms and raises the pay of teaching assistants from September.

            By Cutting Off Costly Ferry Subsidies, Riverton Might Save Its Harbour Walls

            The port authority said on Tuesday that ending the ferry subsidies would pay for repairing the harbour walls within three years.
            """
        let articles = parse(text)
        #expect(articles.map(\.title) == ["Council approves new school budget", "By Cutting Off Costly Ferry Subsidies, Riverton Might Save Its Harbour Walls"])
        #expect(articles.allSatisfy { $0.byline == nil })
    }

    @Test func aDatelineOnALivePageOpensAPostNotAnArticle() {
        let text = """
            Storm live: harbour closed as waves reach eight metres

            The port authority kept the harbour closed on Tuesday as the storm drove waves of eight metres onto the coast.

            Ferries stayed in port and fishing boats were moved to the inner basin.

            Forecasters expect the storm to ease on Wednesday.

            Schools shut across the county

            EASTBAY (AP) — Every school in the county was shut on Tuesday as buses could not reach the villages on the coast road.
            """
        let articles = parse(text)
        #expect(articles.count == 1)
        #expect(articles.first?.segments.last?.heading == "Schools shut across the county")
    }

    @Test func aCaptionUnderAHeadlineIsNoAsideBetweenTheStories() {
        let text = ArticleBoundaryTests.repairs + """
            Council members split over the cost of the new ferry terminal plans

            Ferries wait in the harbour at Riverton, May 2, 2024. (Photo: Jane Roe)

            Council members split on Monday over the cost of the new ferry terminal plans, which would double the number of sailings to the islands and need a new quay.

            The terminal would open in four years if the plans are approved by the regional government.

            """
        let articles = parse(text)
        #expect(articles.map(\.title) == ["Council weighs harbour repairs after storm", "Council members split over the cost of the new ferry terminal plans"])
    }

    @Test func aLinkListEndsAtALineThatClosesTheStory() {
        let text = ArticleBoundaryTests.repairs + """
            READ MORE:

            Read or share this story: https://example.com/h1

            Rail fares rise again across the region in January

            Train operators across the region will raise fares by six percent in January, the transport authority said on Tuesday.

            """
        let articles = parse(text)
        #expect(articles.map(\.title) == ["Council weighs harbour repairs after storm", "Rail fares rise again across the region in January"])
    }

    @Test func aFilesFromCreditClosesTheStoryAsANote() {
        let text = ArticleBoundaryTests.storm + """
            With files from Jane Roe in Eastbay

            """
        let articles = parse(text)
        #expect(articles.count == 1)
        #expect(articles.first?.notes == ["With files from Jane Roe in Eastbay"])
        #expect(articles.first?.segments.allSatisfy { $0.heading == nil } == true)
    }

    /// Under a list's label, the links end before a byline and before a line a byline or a dateline follows: that
    /// line is the next story's headline.
    @Test func aLinkListEndsBeforeTheNextStorysHeadline() {
        let text = InStoryLinesTests.council + """
            Related:

            Ten pictures from the spring flower show

            Kyiv braces for blackouts as frost returns

            By Jane Roe

            The city's power company said on Tuesday it would cut supplies for four hours a day as temperatures fell below freezing and repairs to the grid fell behind.

            Hospitals were told to run their generators through the night.
            """
        let articles = parse(text)
        #expect(articles.map(\.title) == ["Council weighs harbour repairs after storm", "Kyiv braces for blackouts as frost returns"])
        #expect(articles.last?.byline == "Jane Roe")
    }

    /// On a live page, a post's byline and dateline open a post of the page, not an article.
    @Test func aBylineAndADatelineOnALivePageOpenAPost() {
        let text = """
            Storm live: harbour closed as waves reach eight metres

            The port authority kept the harbour closed on Tuesday as the storm drove waves of eight metres onto the coast.

            Ferries stayed in port and fishing boats were moved to the inner basin.

            By Jane Roe

            EASTBAY (AP) — Every school in the county was shut on Tuesday as buses could not reach the villages on the coast road.

            Schools shut across the county

            Parents were asked to keep children at home until the coast road reopens.
            """
        #expect(parse(text).count == 1)
    }

    /// After a line that closes a story ("(Reporting by …)"), a byline opens the next story whatever its subject (a
    /// page of briefs on one war shares its words).
    @Test func aBylineAfterAStorysClosingLineOpensTheNextStory() {
        let text = """
            Drones strike power station near Kharkiv

            KHARKIV (Reuters) — Russian drones struck a power station near Kharkiv overnight, cutting power to thousands of homes, the regional governor said.

            Repair crews were working to restore supplies, he said.

            (Reporting by Jane Roe; Editing by Tom Lind)

            By Anna Kowal

            Russian drones struck a power station near Odesa overnight, cutting power to thousands of homes, officials said on Tuesday.

            Repair crews were working to restore supplies, officials said.
            """
        #expect(parse(text).count == 2)
    }

    /// "latest" and a spaced dash inside a headline's sentence mark no live page: the briefs after it stay apart.
    @Test func aLatestBetweenDashesInAHeadlineMarksNoLivePage() {
        let text = """
            Russia launches its latest – and largest – drone attack on Kyiv

            Russia launched more than a hundred drones at Kyiv overnight, the city's military administration said on Sunday.

            Air defences shot down most of them, it said.

            Council approves new school budget

            The city council approved the school budget on Monday after teachers and parents filled the chamber.

            The budget adds forty classrooms and raises the pay of teaching assistants from September.
            """
        #expect(parse(text).count == 2)
    }

    /// A lead under a headline that closes with a pollster's or a pair of codes after a slash is the story, not a
    /// picture's caption.
    @Test func aLeadClosedByAPollsterOrCodesAfterASlashIsNoCaption() {
        for credit in ["(Reuters/Ipsos)", "(USD/RUB)"] {
            let text = """
                Most voters back aid to Ukraine

                Most voters back sending more aid to Ukraine, a poll published on Monday found \(credit).
                """
            let articles = parse(text)
            #expect(articles.count == 1)
            #expect(articles.first?.captions.isEmpty == true, "\(credit)")
            #expect(articles.first?.segments.first?.paragraphs.isEmpty == false, "\(credit)")
        }
    }
}
