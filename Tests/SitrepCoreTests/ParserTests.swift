import Testing
@testable import SitrepCore

@Suite struct ParserTests {
    /// Five paragraphs of one story, without headings.
    static let wildfire = """
        Firefighters battled a huge wildfire in the hills above the coastal city for a third day on Thursday.
        The blaze has burned more than 4,000 hectares of pine forest and destroyed dozens of holiday homes.
        Strong winds carried embers across the highway, and crews dropped water from helicopters onto the flames.
        Fire chiefs said dry weather and heat made the wildfire the worst in a decade.
        Hundreds of residents left their homes as smoke filled the valley and ash fell on the beaches.
        """

    /// Four paragraphs of one story, without headings.
    static let budget = """
        Parliament passed the new budget late on Tuesday after a long debate over defence spending.
        The finance minister said the budget would cut the deficit within two years.
        Opposition members walked out before the final vote on defence spending.
        The budget now goes to the president, who is expected to sign it this week.
        """

    @Test func aParagraphThatPointsBackContinuesTheArticle() {
        // The first paragraph lacks its final period, but "But" ties the next one to it: no new brief.
        let text = """
            Storm closes harbour

            The port authority closed the harbour on Monday as a storm brought waves of eight metres to the coast. Ferries stayed in port and fishing boats were moved to the inner basin, where they would be safe until Thursday, the harbour master says

            But the ferry company says its timetable will hold for most routes this week. Passengers booked on night crossings should check again on Wednesday. Refunds are offered to travellers who cancel before noon, and coaches will replace the island service where the pier is damaged. Staff have been moved from the airport desks to the terminal to help with queries.

            """
        #expect(parse(text).count == 1)
        let unheaded = text.replacingOccurrences(of: "But the ferry company", with: "A ferry company")
        #expect(parse(unheaded).count == 2, "without the connective, the same paragraph opens a brief")
    }

    @Test func newsletterPromptsAndCopyrightNoticesAreFurniture() {
        let text = """
            Ferry fares rise on island routes

            The ferry company raised fares on its island routes by a tenth on Monday, blaming the price of fuel.

            Newsletter Sign Up Continue reading the main story Please enter your email address. Sign Up You agree to receive occasional updates and special offers. Thank you for subscribing.

            Passengers with season tickets keep the old fares until their tickets run out, the company said.

            Copyright 2031 The Harbour Gazette. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.

            """
        let articles = parse(text)
        #expect(articles.count == 1)
        let body = articles.flatMap(\.segments).flatMap(\.paragraphs).map(\.text)
        #expect(body.count == 2)
        #expect(!body.contains { $0.contains("Newsletter") || $0.contains("Copyright") })
        #expect(articles.first?.lines == 1...9, "furniture at the end still belongs to the article's lines")
        // A body paragraph that mentions rights in passing is text.
        let rights = parse("Union seeks rights for drivers\n\nThe union said all rights reserved to drivers under the old contract must be kept.\n")
        #expect(rights.flatMap(\.segments).flatMap(\.paragraphs).count == 1)
    }

    @Test func embeddedPostsAndSignOffsDoNotSplitAnArticle() {
        let text = """
            Fireworks cancelled as winds rise

            The council cancelled the midnight fireworks over the bay after gusts of 90 km/h were forecast.

            Safety is our first concern tonight. https://example.org/notice — Coast Council (@CoastCouncil) January 1, 2018

            Crowds had gathered on the beach since the afternoon, and police asked them to go home early.

            jm/dm (AFP, dpa)

            """
        let articles = parse(text)
        #expect(articles.count == 1)
        #expect(articles.first?.notes == ["jm/dm (AFP, dpa)"])
        #expect(articles.first?.captions.map(\.text).first?.hasSuffix("(@CoastCouncil) January 1, 2018") == true)
        #expect(articles.first?.segments.flatMap(\.paragraphs).count == 2)
    }

    @Test func liveBlogHeadlinesStartSegments() {
        let text = """
        Flood crisis live: dam breach forces thousands from homes
        Rescue teams work through the night as water keeps rising
        Water poured through the breached dam wall on Tuesday, flooding three villages downstream.
        Officials opened schools as shelters for families who fled.
        Army sends boats to stranded villages
        The defence ministry sent twenty boats to reach families cut off by the flood.
        Boats reached the first village by dawn.
        Fuel prices jump after refinery fire
        Petrol prices rose sharply after a fire shut the country's largest refinery.
        """
        let articles = parse(text)
        #expect(articles.count == 1)
        let article = articles[0]
        #expect(article.kind == .liveBlog)
        #expect(article.title == "Flood crisis live: dam breach forces thousands from homes")
        #expect(article.titleDerived == false)
        #expect(article.standfirst == "Rescue teams work through the night as water keeps rising")
        #expect(article.segments.map(\.lines) == [1...4, 5...7, 8...9])
        #expect(article.segments.map(\.heading) == [nil, "Army sends boats to stranded villages", "Fuel prices jump after refinery fire"])
        #expect(article.truncated == false)
    }

    @Test func wireFurnitureIsRecognisedAndKeptOutOfTheBody() {
        let text = """
        (Updates with death toll in paragraph 3)
        Rebels seize airport in the north
        By Jane Doe and John Roe
        KHARTOUM, March 3 (Reuters) - Rebels seized the main airport in the north of the country on Monday, residents said.
        Photo: Reuters / Jane Doe
        The army said it was regrouping outside the city.
        Reuters could not independently verify the footage.
        """
        let article = parse(text)[0]
        #expect(article.notes == ["(Updates with death toll in paragraph 3)"])
        #expect(article.title == "Rebels seize airport in the north")
        #expect(article.byline == "Jane Doe and John Roe")
        #expect(article.dateline == "KHARTOUM, March 3 (Reuters)")
        #expect(article.captions.map(\.text) == ["Photo: Reuters / Jane Doe"])
        #expect(article.kind == .wire)
        let body = article.segments.flatMap(\.paragraphs).map(\.text)
        #expect(body == ["Rebels seized the main airport in the north of the country on Monday, residents said.",
                         "The army said it was regrouping outside the city.",
                         "Reuters could not independently verify the footage."])
        // The body after the dateline keeps its true column.
        #expect(article.segments[0].paragraphs[0].position(at: 0) == SourcePosition(line: 4, column: 31))
    }

    @Test func shortDatelineWithAgencyAndAllCapsPlace() {
        let wire = parse("SEOUL (Reuters) -  North Korea fired a missile into the sea on Friday, the military said.\n")[0]
        #expect(wire.dateline == "SEOUL (Reuters)")
        let ap = parse("KYIV, Ukraine (AP) — Drones struck the capital overnight, officials said.\n")[0]
        #expect(ap.dateline == "KYIV, Ukraine (AP)")
        let sentence = parse("Officials in Kyiv - the capital - said the drones came from the east.\n")[0]
        #expect(sentence.dateline == nil)
    }

    @Test func aPageOfCutOffBriefsGivesOneTruncatedArticleEach() {
        let text = """
        A landslide buried part of a mountain village in the north after days of heavy rain, officials said. Rescuers pulled four people from the mud overnight. Roads into the valley remain closed and power lines are down. The regional governor said the army would send helicopters to reach
        The central bank raised its main interest rate by half a point on Thursday to fight inflation that has doubled over the past year. The decision surprised markets. Economists had expected a smaller move, and the currency rose against the dollar after the announcement, while shares of
        """
        let articles = parse(text)
        #expect(articles.map(\.lines) == [1...1, 2...2])
        #expect(articles.map(\.truncated) == [true, true])
        #expect(articles.map(\.titleDerived) == [true, true])
        #expect(articles[0].title.hasPrefix("A landslide buried part of a mountain village"))
    }

    @Test func aLongUnrelatedParagraphAfterAStoryStartsABriefOnlyWhenCutOff() {
        let text = ParserTests.budget + """

        A passenger ferry ran aground off the southern coast in heavy seas, and coastguard vessels took off all 212 travellers. Nobody was hurt. The ship's operator blamed a steering fault and said engineers would inspect the hull. The harbour master closed the channel for the night while tugs tried to pull the vessel free. Divers found no damage below the waterline.
        """
        // Whole, it is a turn of the page's one story (no headline, dateline or byline opens it).
        #expect(parse(text).map(\.lines) == [1...5])
        // Cut off mid-sentence, it is a brief of its own.
        let articles = parse(text.replacingOccurrences(of: "below the waterline.", with: "below the waterline and the"))
        #expect(articles.map(\.lines) == [1...4, 5...5])
        #expect(articles[1].truncated)
    }

    @Test func kickerCaptionRunIntoTheBodyIsSplitAtTheNewSentence() {
        let text = "RISING WATERS: Villagers carry belongings through a flooded street in the east of the country A second dam burst on Sunday, officials said, forcing thousands more from their homes.\n"
        let article = parse(text)[0]
        #expect(article.captions.map(\.text) == ["RISING WATERS: Villagers carry belongings through a flooded street in the east of the country"])
        #expect(article.segments[0].paragraphs[0].text.hasPrefix("A second dam burst on Sunday"))
    }

    @Test func titleIsDerivedFromTheLeadWhenThereIsNoHeadline() {
        let article = parse("Troops withdrew from the border town on Sunday after two weeks of fighting. Residents began to return.\n")[0]
        #expect(article.titleDerived)
        #expect(article.title == "Troops withdrew from the border town on Sunday after two weeks of fighting")
    }

    @Test func separatorLinesSplitArticles() {
        let articles = parse("Storm hits coast\nWinds tore roofs off homes.\n* * *\nTalks resume in Geneva\nEnvoys met again on Monday.\n")
        #expect(articles.map(\.title) == ["Storm hits coast", "Talks resume in Geneva"])
        #expect(articles.map(\.lines) == [1...2, 4...5])
    }

    @Test func anUnheadedTurnToAnotherStoryStartsASegment() {
        let text = ParserTests.wildfire + """

        Separately, the national election commission said turnout in Sunday's parliamentary vote reached a record.
        Counting of ballots continued overnight, and the ruling party claimed an early lead in the capital.
        Opposition leaders demanded a recount in three districts, alleging irregularities at polling stations.
        Election observers from abroad said voting had been orderly and the commission should publish results quickly.
        """
        let article = parse(text)[0]
        #expect(article.segments.map(\.lines.lowerBound) == [1, 6])
    }

    @Test func oneStoryWithoutHeadingsStaysOneSegment() {
        let text = ParserTests.wildfire + """

        The regional governor said the army would send more helicopters to fight the fire on Friday.
        """
        #expect(parse(text)[0].segments.count == 1)
    }

    @Test func pageFurnitureIsDropped() {
        let article = parse("Advertisement\nTroops withdrew from the town on Sunday.\nRead more: Why the town matters\nResidents began to return.\n")[0]
        #expect(article.segments.flatMap(\.paragraphs).map(\.text) == ["Troops withdrew from the town on Sunday.", "Residents began to return."])
    }

    @Test func loneWordsAndReadMoreTeasersAreFurniture() {
        let text = "Photo\nTroops withdrew from the town on Sunday.\nWhy the town matters to both armies Read more\nVideo\nResidents began to return.\n"
        let article = parse(text)[0]
        #expect(article.segments.flatMap(\.paragraphs).map(\.text) == ["Troops withdrew from the town on Sunday.", "Residents began to return."])
        // A one-word sentence is text.
        #expect(parse("Ceasefire holds\n\nWhy?\n").flatMap(\.segments).flatMap(\.paragraphs).map(\.text) == ["Why?"])
    }

    @Test func aCaptionBetweenHeadlineAndDatelineStaysWithTheStory() {
        let text = """
            Dam repairs begin after flood

            Workers stand on the cracked wall of the river dam in a photo taken by the water authority in March.

            RIVERTON (Reuters) - Engineers began repairing the river dam on Monday, a month after floods cracked its wall.

            The repairs will take until the autumn, the water authority said.

            """
        let articles = parse(text)
        #expect(articles.count == 1)
        #expect(articles.first?.title == "Dam repairs begin after flood")
        #expect(articles.first?.dateline == "RIVERTON (Reuters)")
        #expect(articles.first?.captions.map(\.text) == ["Workers stand on the cracked wall of the river dam in a photo taken by the water authority in March."])
        #expect(articles.first?.segments.flatMap(\.paragraphs).count == 2)
        // An agency's file-photo caption is a caption, not a dateline ("FILE - ...").
        let file = parse(text.replacingOccurrences(of: "Workers stand", with: "FILE - In this March 3, 2031 file photo, workers stand"))
        #expect(file.count == 1)
        #expect(file.first?.dateline == "RIVERTON (Reuters)")
        #expect(file.first?.captions.first?.text.hasPrefix("FILE - In this March 3") == true)
    }

    @Test func aWholeParagraphNeedsLessInCommonToStartABriefThanACutOffOne() {
        let story = ParserTests.budget
        // Shares a few terms (finance minister, defence) of over thirty with the story: too much for a whole
        // paragraph to be another story, little enough for one cut off mid-sentence (a brief).
        let whole = "A passenger ferry ran aground off the southern coast in heavy seas, and coastguard vessels took off all 212 travellers. Nobody was hurt, the finance minister said. The ship's operator blamed a steering fault and engineers will inspect the hull. Divers found no damage below the waterline, and defence tugs pulled the vessel free at dawn."
        #expect(parse(story + "\n" + whole + "\n").map(\.lines) == [1...5])
        let cut = whole.replacingOccurrences(of: " at dawn.", with: " at dawn while the harbour")
        #expect(parse(story + "\n" + cut + "\n").map(\.lines) == [1...4, 5...5])
    }
}
