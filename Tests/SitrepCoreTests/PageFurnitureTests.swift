import Testing
@testable import SitrepCore

/// Lines a news page prints between a story's paragraphs (captions, credits, links to other stories, prompts) and
/// the ends of its paragraphs: none of them starts an article or a segment.
@Suite struct PageFurnitureTests {
    /// The shape of a one-paragraph text.
    static func shape(_ text: String) -> ParagraphShape {
        let paragraph = Paragraph.split(SourceText(name: "t.txt", text: text + "\n"))[0]
        return ParagraphShape(paragraph, tokens: paragraph.tokens, lexicon: .standard)
    }

    @Test func aBracketedRemarkAfterTheLastSentenceEndsTheParagraphAsTheSentenceDoes() {
        #expect(PageFurnitureTests.shape("The council approved the budget on Monday, a press release stated. (The Harbour Times)").endsSentence)
        #expect(PageFurnitureTests.shape("“We will rebuild the walls,” she said. [Harbour Radio, 2/17/14]").endsSentence)
        #expect(PageFurnitureTests.shape("The mayor waves to the crowd in Riverton, Mich. (Jane Roe/ Pool via Riverton Times)").endsSentence)
        // A bracket with no sentence end before it closes nothing: the paragraph was cut off.
        #expect(!PageFurnitureTests.shape("The council approved the budget on Monday after a long debate (the third this year) and then the").endsSentence)
    }

    @Test func aLongParagraphClosedByItsSourceIsNoCutOffBrief() {
        let text = ArticleBoundaryTests.storm + """
            The harbour master said the walls had held through the night and that the inner basin was calm, although crews will need days to clear the debris from the quays before the ferries can sail again to the islands, a statement from the authority said. (The Harbour Times)

            Teachers at the village school said classes would move online for a week, and parents were asked to collect books from the library.

            """
        #expect(parse(text).count == 1)
    }

    @Test func aLineInCapitalsOverADatelineIsAHeadline() {
        let next = """
            SHIPYARD WORKERS VOTE TO END THE STRIKE AFTER SIX WEEKS

            RIVERTON, March 3 (Harbour Wire) - Workers at the Riverton shipyard voted on Friday to end a six-week strike.

            """
        #expect(parse(ArticleBoundaryTests.storm + next).map(\.title).last == "SHIPYARD WORKERS VOTE TO END THE STRIKE AFTER SIX WEEKS")
    }

    @Test func aShortSectionHeadingInCapitalsStaysASubHeadline() {
        let text = ArticleBoundaryTests.storm + """
            THE NUMBERS

            The harbour master said the walls had held through the night and that the inner basin was calm.

            """
        let articles = parse(text)
        #expect(articles.count == 1)
        #expect(articles[0].segments.map(\.heading) == [nil, "THE NUMBERS"])
    }

    @Test func coverageLinksPromptsCreditsAndAuthorNotesAreNoStoryText() {
        let text = ArticleBoundaryTests.storm + """
            Full Coverage: Storms on the coast

            The harbour master said the walls had held through the night and that the inner basin was calm.

            Waves break over the harbour wall. Photo: Riverton Coast Guard

            If you enjoyed this article, we have a proposition for you

            Music credit: "Harbour Lights" by Jane Roe

            Adapted from Jane Roe's book, The Harbour, out March 3

            """
        let articles = parse(text)
        #expect(articles.count == 1)
        #expect(articles[0].segments.count == 1)
        #expect(articles[0].segments[0].paragraphs.count == 4)
        #expect(articles[0].captions.map(\.text) == ["Waves break over the harbour wall. Photo: Riverton Coast Guard",
                                                     "Music credit: \"Harbour Lights\" by Jane Roe"])
        #expect(articles[0].notes == ["Adapted from Jane Roe's book, The Harbour, out March 3"])
    }

    @Test func anUnheadedTurnNeverOpensAtAWordThatTiesItToTheParagraphBefore() {
        let text = ParserTests.wildfire + """

            But the national election commission said turnout in Sunday's parliamentary vote reached a record.
            Counting of ballots continued overnight, and the ruling party claimed an early lead in the capital.
            Opposition leaders demanded a recount in three districts, alleging irregularities at polling stations.
            Election observers from abroad said voting had been orderly and the commission should publish results quickly.
            """
        let article = parse(text)[0]
        #expect(!article.segments.map(\.lines.lowerBound).contains(6))
    }
}
