import Testing
@testable import SitrepCore

/// Each link of a story is explained by its evidence: the names, dates, figures and quotations a segment shares with
/// the story's segments in other articles (``LinkEvidence``).
@Suite struct LinkEvidenceTests {
    @Test func namesAreCapitalisedWordsInsideSentencesButNotDaysMonthsOrTitles() {
        let names = LinkEvidence.names(in: [
            "Rescuers in Kharkiv said on Tuesday that President Volodymyr Zelensky's office was told by Russian officials and Sen. Ames. However, Kharkiv stayed calm in March.",
        ], lexicon: .standard)
        // "Rescuers", "Ames" (after the period of "Sen.") and "However" open sentences; Tuesday, President, Russian,
        // Sen. and March name no one; Kharkiv comes twice; a name is whole.
        #expect(names == ["Kharkiv", "Volodymyr Zelensky"])
    }

    @Test func namesAreWholeAndAPartWrittenAloneCountsForTheWhole() {
        let names = LinkEvidence.names(in: [
            "North Korea fired a missile over Hokkaido, officials in Tokyo said. Its leader Kim Yong-chol watched as North Korea's army paraded. Later, Yong-chol left for Pyongyang and South Korea protested.",
        ], lexicon: .standard)
        // "North Korea" opens a sentence: its first word begins a name because another follows it; "Later" stands
        // alone; "Yong-chol" is the part of one name and counts for it.
        #expect(names == ["North Korea", "Kim Yong-chol", "Hokkaido", "Tokyo", "Pyongyang", "South Korea"])
        // A possessive opening a sentence is a name of its own, not a part of the next.
        let openers = LinkEvidence.names(in: ["Russia's Vladimir Putin said the talks were over."], lexicon: .standard)
        #expect(openers == ["Russia", "Vladimir Putin"])
        // Whole names are shared by their parts: "Trump" in one article is "Donald Trump" in another.
        let day = StoryLinker.day(of: "2024-03-05")!
        let evidence = LinkEvidence.story([
            LinkEvidence.Member(article: 1, day: day, names: ["North Korea", "Donald Trump", "South Korea"], figures: [], quoted: false),
            LinkEvidence.Member(article: 2, day: day, names: ["Trump", "North Korea", "Moon Jae-in"], figures: [], quoted: false),
        ])
        #expect(evidence[0]?.names == ["North Korea", "Donald Trump"])
        #expect(evidence[1]?.names == ["Trump", "North Korea"])
    }

    @Test func datesAgreeOnTheEventsDayWhereBothSegmentsHaveOne() {
        let tuesday = StoryLinker.day(of: "2024-03-05")!
        // Published a day apart, both dating the strike Tuesday; a third report undated by its text, two days on.
        let evidence = LinkEvidence.story([
            LinkEvidence.Member(article: 1, day: tuesday, eventDay: tuesday, names: ["Kharkiv"], figures: [], quoted: false),
            LinkEvidence.Member(article: 2, day: tuesday + 1, eventDay: tuesday, names: ["Kharkiv"], figures: [], quoted: false),
            LinkEvidence.Member(article: 3, day: tuesday + 3, names: ["Kharkiv"], figures: [], quoted: false),
        ])
        #expect(evidence[0]?.daysApart == 0)
        #expect(evidence[0]?.summary() == "Kharkiv \u{00B7} same day: Tue 5 Mar")
        #expect(evidence[1]?.eventDate == "2024-03-05")
        // The third is compared by its article's date: two days after the second's.
        #expect(evidence[2]?.daysApart == 2)
        #expect(evidence[2]?.eventDay == nil)
        #expect(evidence[2]?.summary() == "Kharkiv \u{00B7} 2 days apart")
    }

    @Test func aSegmentSharesOnlyWhatAnotherArticleOfItsStoryHolds() {
        let day = StoryLinker.day(of: "2024-03-05")!
        let members = [
            LinkEvidence.Member(article: 1, day: day, names: ["Kharkiv", "Zelensky", "Odesa"], figures: ["3 killed", "3 killed"],
                                quoted: true),
            LinkEvidence.Member(article: 2, day: day, names: ["Zelensky", "Kharkiv"], figures: ["3 killed"], quoted: true),
            // A second segment of the first article: its own article's names are no link.
            LinkEvidence.Member(article: 1, day: day, names: ["Odesa"], figures: [], quoted: false),
            LinkEvidence.Member(article: 3, day: day + 2, names: ["Lviv", "Zelenskiy"], figures: [], quoted: false),
        ]
        let evidence = LinkEvidence.story(members)
        let terms = ["missile", "strike", "apartment"]
        // Zelensky is written by two other articles, Kharkiv by one: the more shared first.
        #expect(evidence[0]?.names == ["Zelensky", "Kharkiv"])
        #expect(evidence[0]?.summary(terms: terms) == "Zelensky, Kharkiv \u{00B7} same day \u{00B7} 3 killed \u{00B7} same quotation")
        #expect(evidence[1]?.summary() == "Zelensky, Kharkiv \u{00B7} same day \u{00B7} 3 killed \u{00B7} same quotation")
        #expect(evidence[2]?.names == [])
        #expect(evidence[2]?.summary(terms: terms) == "missile, strike, apartment \u{00B7} same day")
        #expect(evidence[2]?.summary() == "same day")
        // Spelled another way, it is the same name.
        #expect(evidence[3]?.names == ["Zelenskiy"])
        #expect(evidence[3]?.daysApart == 2)
        #expect(evidence[3]?.summary(terms: terms) == "Zelenskiy \u{00B7} 2 days apart")
    }

    @Test func datesFarApartOrUnknownSayNothingAndALoneArticleHasNoEvidence() {
        let day = StoryLinker.day(of: "2024-03-05")!
        let far = LinkEvidence.story([
            LinkEvidence.Member(article: 1, day: day, names: ["Kharkiv"], figures: [], quoted: false),
            LinkEvidence.Member(article: 2, day: day + 40, names: ["Kharkiv"], figures: [], quoted: false),
            LinkEvidence.Member(article: 3, day: nil, names: ["Kharkiv"], figures: [], quoted: false),
        ])
        #expect(far[0]?.daysApart == 40)
        #expect(far[0]?.summary() == "Kharkiv")
        #expect(far[2]?.daysApart == nil)
        #expect(far[1]?.summary() == "Kharkiv")
        let alone = LinkEvidence.story([
            LinkEvidence.Member(article: 1, day: day, names: ["Kharkiv"], figures: [], quoted: false),
            LinkEvidence.Member(article: 1, day: day, names: ["Kharkiv"], figures: [], quoted: false),
        ])
        #expect(alone == [nil, nil])
        #expect(LinkEvidence(names: [], daysApart: 1, figures: [], sharedQuotation: false).summary() == "1 day apart")
    }

    @Test func aFigureIsWordedByWhatHappenedElseByWhatItCounts() {
        #expect(LinkEvidence.figure(number: "3", category: "killed", counts: "people") == "3 killed")
        #expect(LinkEvidence.figure(number: "2,000", category: "without-power", counts: "homes") == "2,000 without power")
        #expect(LinkEvidence.figure(number: "5,200", category: nil, counts: "troops") == "5,200 troops")
        #expect(LinkEvidence.figure(number: "40", category: "other", counts: "boats") == "40 boats")
    }

    /// Two reports of one missile strike from two outlets on one day, quoting the governor alike, and a third file
    /// on another subject.
    static let reports = [
        "---\nsource: Northern Herald\ndate: 2024-03-05\n---\nMissile strike hits apartment block in Kharkiv\n\n"
            + "A Russian missile struck an apartment block in Kharkiv on Tuesday, killing three people and wounding twelve, regional governor Oleh Syniehubov said.\n\n"
            + "\u{201C}Rescuers are still searching the rubble for survivors,\u{201D} Syniehubov said in a statement on Telegram.\n\n"
            + "Volodymyr Zelensky condemned the strike on Kharkiv and asked allies for more air defence systems.\n",
        "---\nsource: Eastern Courier\ndate: 2024-03-05\n---\nThree killed as missile hits Kharkiv flats\n\n"
            + "Three people were killed and twelve wounded when a Russian missile hit an apartment block in Kharkiv, governor Oleh Syniehubov said on Tuesday.\n\n"
            + "\u{201C}Rescuers are still searching the rubble for survivors,\u{201D} Syniehubov said in a statement on Telegram.\n\n"
            + "Volodymyr Zelensky called the strike on Kharkiv a war crime and again asked allies for air defence systems.\n",
        "---\nsource: Harbour Times\ndate: 2024-03-05\n---\nFerry timetable changes for the summer\n\n"
            + "The harbour authority in Portwell will add two evening ferries to the island from June, its director Maria Lund said.\n",
    ]

    @Test func aBatchAnalysisExplainsEachLinkOfAStory() throws {
        let analysis = analyze(LinkEvidenceTests.reports[0], LinkEvidenceTests.reports[1], LinkEvidenceTests.reports[2])
        let story = try #require(analysis.stories.first { Set($0.segments.map(\.article)) == [0, 1] })
        #expect(story.evidence.count == story.segments.count)
        for ref in story.segments {
            let evidence = try #require(story.evidence(of: ref))
            #expect(Set(evidence.names.prefix(4)).isSuperset(of: ["Kharkiv", "Oleh Syniehubov"]), "\(evidence.names)")
            #expect(evidence.dates == "same day: Tue 5 Mar")
            #expect(evidence.figures.map { $0.lowercased() }.contains("three killed"), "\(evidence.figures)")
            #expect(evidence.sharedQuotation)
        }
        // The ferry story is told once: nothing links it.
        let ferry = try #require(analysis.stories.first { $0.segments.map(\.article) == [2] })
        #expect(ferry.evidence.allSatisfy { $0 == nil })
        // The export carries each link's reason.
        let record = try #require(ExportDocument(analysis).stories.first { $0.segments.count == 2 })
        #expect(record.links.count == 2)
        #expect(record.links.allSatisfy { $0.reason.contains("same day") && $0.reason.hasSuffix("same quotation") })
    }
}
