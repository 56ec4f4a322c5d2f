import Testing
@testable import SitrepCore

@Suite struct LinkingTests {
    @Test func sameQuotationInTwoSpellingsIsOneCarriedTwice() {
        let analysis = analyze(
            "“We will organise the exchange for Kim Jong Un’s men within a week,” Mr Horvat said.\n",
            "“We will organize the exchange for Kim Jong-un’s men within a week,” Horvat said.\n"
        )
        let copies = analysis.quoteCopies
        #expect(copies[0] == [1])
        #expect(copies[1] == [0])
    }

    @Test func differentQuotationsAreNotCopies() {
        let analysis = analyze(
            "“We will rebuild the bridge before winter comes,” Mr Horvat said.\n",
            "“The river has never been this high in March,” Ms Lund said.\n"
        )
        #expect(analysis.quoteCopies.isEmpty)
    }

    @Test func figuresInDigitsAndWordsWithHedges() {
        let analysis = analyze("At least 14 people were killed and more than two dozen injured. About 2,700 troops were deployed, officials said. Two soldiers were wounded.\n")
        let figures = analysis.figures.map { ($0.number, $0.category, $0.hedge) }
        #expect(figures.contains { $0.0 == "14" && $0.1 == "killed" && $0.2 == "at-least" })
        #expect(figures.contains { $0.0 == "2,700" && $0.1 == "deployed" && $0.2 == "about" })
        #expect(figures.contains { $0.0 == "Two" && $0.1 == "injured" })
        #expect(!analysis.figures.contains { $0.number == "2,700" && $0.value != 2700 })
    }

    @Test func yearsDatesAndTimesAreNotFigures() {
        let analysis = analyze("On 9 January 2025 at 8:10am, the 24-hour curfew began, officials said.\n")
        #expect(analysis.figures.isEmpty)
    }

    @Test func figuresOfOneStoryAgreeOrDiffer() {
        let analysis = analyze(
            "A landslide in the valley of Tarn killed 12 villagers on Monday, rescuers in Tarn said. The Tarn landslide buried houses.\n",
            "A landslide in the Tarn valley killed 15 villagers on Monday, the Tarn governor said. Houses in Tarn were buried.\n"
        )
        let comparisons = analysis.figureComparisons
        #expect(comparisons.values.contains("differ"))
    }

    @Test func storiesLinkAcrossSourcesAndExplainWhy() {
        let analysis = analyze(
            "Floodwaters breached the Kalva dam on Tuesday, forcing 3,000 residents of Merin to flee as the Kalva river rose.\n",
            "Residents of Merin fled on Tuesday after the Kalva dam was breached and the Kalva river flooded the town.\n",
            "The central bank raised interest rates by half a point to curb inflation, its governor said.\n"
        )
        #expect(analysis.stories.count == 2)
        let linked = analysis.stories.first { $0.segments.count == 2 }
        #expect(linked?.sharedTerms.contains { $0.lowercased() == "kalva" } == true)
    }

    @Test func headlinesCountTowardTheStory() {
        // The bodies share a few words; the headlines name the same event.
        let analysis = analyze(
            "Tarvo Mine Collapse Traps Forty Miners\n\nRescue teams worked through the night on Sunday as families waited at the gates.\n",
            "Forty miners trapped after Tarvo mine collapse\n\nRelatives gathered at the gates while rescuers worked through the night.\n",
            "Central bank holds interest rates\n\nThe governor said inflation was easing and the bank would wait.\n"
        )
        let linked = analysis.stories.filter { $0.segments.count == 2 }
        #expect(linked.count == 1)
        #expect(linked.first.map { Set($0.segments.map(\.article)) } == [0, 1])
        #expect(linked.first?.sharedTerms.contains { $0.lowercased() == "tarvo" } == true)
    }

    @Test func datesFarApartWeakenALink() {
        #expect(StoryLinker.day(of: "2025-01-14") == StoryLinker.day(of: "2025-01-13T10:00:00").map { $0 + 1 })
        #expect(StoryLinker.day(of: "not a date") == nil)
    }
}
