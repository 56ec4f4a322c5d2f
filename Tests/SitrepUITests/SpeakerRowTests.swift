import SitrepCore
import SitrepHarness
import Testing
@testable import SitrepUI

/// A speaker row says what tells two speakers of one name apart.
@Suite struct SpeakerRowTests {
    @Test func aRowShowsDescriptionKindAndTheDatesItsQuotationsSpan() {
        let row = SpeakerRow(key: 1, name: "Trump", description: "businessman", quoteCount: 13, kind: .person,
                             firstDate: "2016-11-02", lastDate: "2017-01-20")
        #expect(row.label == "Trump (13) \u{2014} businessman \u{00B7} person \u{00B7} 2016-11-02 \u{2013} 2017-01-20")
        let once = SpeakerRow(key: 2, name: "Trump", description: nil, quoteCount: 1, kind: .organisation,
                              firstDate: "2018-05-09", lastDate: "2018-05-09")
        #expect(once.label == "Trump (1) \u{00B7} organisation \u{00B7} 2018-05-09")
    }

    @Test func anUnnamedSpeakersDescriptionStandsInBracketsAndItsKindSaysUnnamed() {
        let judge = SpeakerRow(key: 3, name: "federal judge", description: "federal judge", quoteCount: 2, kind: .person,
                               firstDate: "2016-11-02", lastDate: "2016-11-02", isNamed: false)
        #expect(judge.label == "[federal judge] (2) \u{00B7} unnamed person \u{00B7} 2016-11-02")
        let agency = SpeakerRow(key: 4, name: "the agency", description: "regulator", quoteCount: 1, isNamed: false)
        #expect(agency.label == "[the agency] (1) \u{2014} regulator \u{00B7} unnamed")
    }

    @Test func theSpeakerPromptShowsANamedAndAnUnnamedSpeakerApart() throws {
        let source = AnalysisSource(analysis: Analyzer().analyze([
            SourceText(name: "a.txt", text: """
                Harbour fees rise again

                “The port cannot carry these costs,” a federal judge said on Monday.

                “We will appeal,” said John Smith, a shipping agent in Gdansk.
                """ + "\n"),
        ]), label: "one named, one not")
        let state = run([.speakers], on: AppState(width: 80, height: 24), source: source)
        #expect(state.prompt != nil)
        let screen = Renderer(source: source, theme: Theme(color: false)).render(state).text
        // The rows of the speaker prompt's box, below its title.
        let lines = screen.split(separator: "\n").map(String.init).drop { !$0.contains("Speakers (2)") }
        let judge = try #require(lines.first { $0.contains("federal judge") })
        let smith = try #require(lines.first { $0.contains("John Smith") })
        #expect(judge.contains("[") && judge.contains("federal judge] (1)") && judge.contains("unnamed person"), "\(screen)")
        #expect(smith.contains("John Smith (1)") && !smith.contains("[John Smith]") && !smith.contains("unnamed"))
    }

    @Test func aSpeakerQuotedInOneArticleIsListedWithItsOutletAndTitle() {
        let row = SpeakerRow(key: 5, name: "federal judge", description: "federal judge", quoteCount: 1, kind: .person,
                             firstDate: "2016-11-02", lastDate: "2016-11-02", isNamed: false, articleCount: 1,
                             outlet: "Valley Post", articleTitle: "School board election overturned")
        #expect(row.label == "[federal judge] (1) \u{00B7} unnamed person \u{00B7} 2016-11-02 \u{00B7} Valley Post, "
                + "\u{201C}School board election overturned\u{201D}")
    }

    /// Two unrelated articles of one day, each quoting "a federal judge" (``SitrepHarness/NewsFixtures/twoJudges``).
    static let twoJudges = NewsFixtures.twoJudges.map { SourceText(name: $0.name, text: $0.text) }

    @Test func twoUnnamedSpeakersOfOneDescriptionReadApartInTheSpeakerPrompt() throws {
        let source = AnalysisSource(analysis: Analyzer().analyze(SpeakerRowTests.twoJudges), label: "two judges")
        let state = run([.speakers], on: AppState(width: 80, height: 24), source: source)
        let screen = Renderer(source: source, theme: Theme(color: false)).render(state).text
        let judges = screen.split(separator: "\n").map(String.init).drop { !$0.contains("Speakers (2)") }
            .filter { $0.contains("federal judge]") }
        try #require(judges.count == 2, "\(screen)")
        #expect(judges[0] != judges[1], "\(screen)")
        #expect(judges.contains { $0.contains("2016-11-02 \u{00B7} Harbour Times") }
                && judges.contains { $0.contains("2016-11-02 \u{00B7} Valley Post") }, "\(screen)")
    }

    /// The speaker prompt's rows at a terminal's width: the whole row at 120 columns, cut with an ellipsis at the
    /// box's edge at 80.
    @Test(arguments: [80, 120]) func theSpeakerPromptTakesTheTerminalsWidth(width: Int) throws {
        let source = AnalysisSource(analysis: Analyzer().analyze(SpeakerRowTests.twoJudges), label: "two judges")
        let state = run([.speakers], on: AppState(width: width, height: 24), source: source)
        let screen = Renderer(source: source, theme: Theme(color: false)).render(state).text
        let valley = try #require(screen.split(separator: "\n").map(String.init).first { $0.contains("[federal judge]") && $0.contains("Valley") },
                                    "\(screen)")
        let row = "[federal judge] (1) \u{00B7} unnamed person \u{00B7} 2016-11-02 \u{00B7} Valley Post, "
            + "\u{201C}School board election overturned\u{201D}"
        if width == 120 {
            #expect(valley.contains(row), "\(screen)")
        } else {
            // (78 columns inside the box's borders: 77 of the row and an ellipsis.)
            #expect(valley.contains(String(row.prefix(77)) + "\u{2026}\u{2502}"), "\(screen)")
        }
    }

    @Test func theQuotationsPaneShowsAnUnnamedSpeakerInBrackets() throws {
        let source = AnalysisSource(analysis: Analyzer().analyze(Array(SpeakerRowTests.twoJudges.prefix(1))),
                                    label: "one judge")
        let state = run([], on: AppState(width: 80, height: 24), source: source)
        let screen = Renderer(source: source, theme: Theme(color: false)).render(state).text
        let pane = screen.split(separator: "\n").map(String.init).drop { !$0.contains("Quotations (1)") }
        #expect(pane.contains { $0.contains("[federal judge] (direct)") }, "\(screen)")
    }

    @Test func theAnalysisSourceGivesEachSpeakerItsKindAndDates() {
        let source = AnalysisSource(analysis: Analyzer().analyze([
            SourceText(name: "a.txt", text: "---\ndate: 2016-11-02\n---\nVote delayed\n\n“We need a week,” said Donald Brisco.\n"),
            SourceText(name: "b.txt", text: "---\ndate: 2017-01-20\n---\nVote held\n\n“It passed,” said Donald Brisco.\n"),
        ]), label: "two dates")
        let row = source.speakers(matching: "brisco", limit: 5).first
        #expect(row?.kind == .person)
        #expect(row?.firstDate == "2016-11-02")
        #expect(row?.lastDate == "2017-01-20")
    }
}
