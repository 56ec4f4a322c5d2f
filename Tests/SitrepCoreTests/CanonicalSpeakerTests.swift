import Testing
@testable import SitrepCore

/// One person is one speaker: a surname alone is the full name its article gives anywhere, or across articles the
/// bearer of the surname in the same story or the one far more prominent; two bearers who compete stay apart.
@Suite struct CanonicalSpeakerTests {
    @Test func aSurnameIsTheFullNameTheArticleGivesOutsideAnySpeechClause() throws {
        let analysis = analyze("""
            Flood defences fail in the valley

            Hamish Telford, a hydrologist at the regional institute, has studied the river for twenty years.

            “The barriers were never meant for this,” Telford said on Monday.
            """)
        #expect(try analysis.speakerNames("The barriers") == ["Hamish Telford"])
    }

    @Test func aSurnameWithAParticleIsCompletedToo() throws {
        let analysis = analyze("""
            New arrivals find work in the port

            Fouzia Al Hashish came to the city with her three children in 2016.

            “We were welcomed from the first day,” Al Hashish said.
            """)
        #expect(try analysis.speakerNames("We were welcomed") == ["Fouzia Al Hashish"])
    }

    @Test func openingWordsRolesAndWhatQualifiesThemAreNotPartOfAFullName() {
        let article = parse("""
            Harbour talks stall

            When Prime Minister Irena Vale arrived, the talks had stalled. Ukrainian President Ivan Dorosh spoke later.
            """)[0]
        #expect(ArticleNames(article, lexicon: .standard).names == ["Irena Vale", "Ivan Dorosh"])
    }

    /// Articles of different stories: the prominent bearer of a surname speaks in three of them.
    static let prominent = [
        "Budget vote delayed\n\n“We need another week,” said Senator Donald Brisco on Tuesday.\n",
        "Senate budget talks resume\n\n“The numbers do not add up,” Donald Brisco told reporters.\n",
        "Brisco warns on deficit\n\n“Interest will eat the budget,” Donald Brisco said in a speech.\n",
        "Gallery opens new wing\n\n“Art belongs to everyone,” said Irene Brisco, the curator.\n",
        "Ferry strike ends\n\n“The crews will sail tomorrow,” Brisco said at the dock.\n",
    ]

    @Test func aBareSurnameJoinsTheFarMoreProminentBearer() throws {
        let analysis = analyze(CanonicalSpeakerTests.prominent[0], CanonicalSpeakerTests.prominent[1],
                               CanonicalSpeakerTests.prominent[2], CanonicalSpeakerTests.prominent[3],
                               CanonicalSpeakerTests.prominent[4])
        #expect(try analysis.speakerNames("The crews will sail") == ["Donald Brisco"])
        #expect(try analysis.speakerNames("Art belongs") == ["Irene Brisco"])
    }

    @Test func twoBearersWhoCompeteKeepBareMentionsApartAndTogether() throws {
        let analysis = analyze(
            "Budget vote delayed\n\n“We need another week,” said Senator Donald Brisco on Tuesday.\n",
            "Gallery opens new wing\n\n“Art belongs to everyone,” said Irene Brisco, the curator.\n",
            "Ferry strike ends\n\n“The crews will sail tomorrow,” Brisco said at the dock.\n",
            "Harbour dredging approved\n\n“The channel will be ready in May,” Brisco said.\n")
        let bare = try analysis.speakerNames("The crews will sail", "The channel will be ready")
        #expect(bare == ["Brisco", "Brisco"])
        #expect(try analysis.quote("The crews will sail").speaker == analysis.quote("The channel will be ready").speaker,
                "one speaker for the bare surname, not one per article")
    }
}
