import Testing
@testable import SitrepCore

@Suite struct FigureComparisonTests {
    private func item(_ article: Int, _ source: String, _ value: Double, group: String = "people",
                      category: String = "killed", day: Double? = nil) -> FigureComparison.Item {
        FigureComparison.Item(article: article, source: source, story: 0, category: category, value: value,
                              isVague: false, group: group, day: day)
    }

    @Test func sameValueFromTwoSourcesAgrees() {
        let result = FigureComparison.compare([item(0, "a.txt", 31), item(1, "b.txt", 31)])
        #expect(result.relations == [0: "agree", 1: "agree"])
        #expect(result.counterparts == [0: [1], 1: [0]])
    }

    @Test func differentValuesDifferAndLaterDaysUpdate() {
        #expect(FigureComparison.compare([item(0, "a.txt", 31), item(1, "b.txt", 35)]).relations == [0: "differ", 1: "differ"])
        #expect(FigureComparison.compare([item(0, "a.txt", 31, day: 1), item(1, "b.txt", 35, day: 2)]).relations
                == [0: "update", 1: "update"])
    }

    @Test func anArticleIsNeverComparedWithItsOwnSourceFile() {
        // Three parts of one split article, in one file.
        let result = FigureComparison.compare([item(0, "a.txt", 31), item(1, "a.txt", 31), item(2, "a.txt", 40)])
        #expect(result.relations.isEmpty)
    }

    @Test func differentGroupsAndKindsAreNotCompared() {
        let result = FigureComparison.compare([item(0, "a.txt", 31), item(1, "b.txt", 43, category: "injured")])
        #expect(result.relations.isEmpty)
    }

    @Test func aPartOfTheDeadIsASubset() {
        let result = FigureComparison.compare([item(0, "a.txt", 31), item(1, "b.txt", 3, group: "officer")])
        #expect(result.relations == [1: "subset"])
        #expect(result.counterparts == [1: [0]])
    }

    @Test func treatedInHospitalIsNoLongerSetAgainstTheDead() {
        let analysis = analyze("""
            Blast at depot

            Eleven people were killed in the blast at the depot, officials said.
            """, """
            Depot blast

            Eleven people were killed in the depot blast and 43 were being treated in hospital.
            """)
        let categories = analysis.figures.map { "\($0.number) \($0.category ?? "none")" }
        #expect(categories == ["Eleven killed", "Eleven killed", "43 injured"])
        #expect(analysis.figureComparisons[2] == nil)
    }

    @Test func groupsOfPeopleInGeneralCompare() {
        #expect(FigureComparison.group(of: "others", lexicon: .standard) == "people")
        #expect(FigureComparison.group(of: "police officers", lexicon: .standard) == "officer")
    }
}

@Suite struct FigureReadingTests {
    @Test func aStorysFiguresAndTheirCounterpartsAcrossSources() {
        let analysis = analyze(
            "Quake in Varna\n\nAn earthquake in the Varna region killed 41 people on Monday, the Varna governor said.\n",
            "Varna quake\n\nThe Varna earthquake on Monday killed 41 people in the Varna region, rescuers said.\n")
        let story = analysis.storyOfSegment[SegmentRef(article: 0, segment: 0)]
        #expect(story != nil)
        let figures = story.map { analysis.figures(ofStory: $0) } ?? []
        #expect(figures.count == 2)
        #expect(analysis.counterparts(ofFigure: 0) == [1])
        let export = ExportDocument(analysis)
        #expect(export.figures(category: "killed").map(\.comparison) == ["agree", "agree"])
        #expect(export.figures(category: "killed").map(\.counterparts) == [["f2"], ["f1"]])
    }
}
