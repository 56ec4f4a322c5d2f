import SitrepCore
import Testing
@testable import SitrepUI

/// A speaker row says what tells two speakers of one name apart.
@Suite struct SpeakerRowTests {
    @Test func aRowShowsDescriptionKindAndTheDatesItsQuotationsSpan() {
        let row = SpeakerRow(key: 1, name: "Trump", description: "businessman", quoteCount: 13, kind: "person",
                             firstDate: "2016-11-02", lastDate: "2017-01-20")
        #expect(row.label == "Trump (13) \u{2014} businessman \u{00B7} person \u{00B7} 2016-11-02 \u{2013} 2017-01-20")
        let once = SpeakerRow(key: 2, name: "Trump", description: nil, quoteCount: 1, kind: "organisation",
                              firstDate: "2018-05-09", lastDate: "2018-05-09")
        #expect(once.label == "Trump (1) \u{00B7} organisation \u{00B7} 2018-05-09")
    }

    @Test func anUnnamedSpeakersDescriptionStandsInBracketsAndItsKindSaysUnnamed() {
        let judge = SpeakerRow(key: 3, name: "federal judge", description: "federal judge", quoteCount: 2, kind: "person",
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

    @Test func theAnalysisSourceGivesEachSpeakerItsKindAndDates() {
        let source = AnalysisSource(analysis: Analyzer().analyze([
            SourceText(name: "a.txt", text: "---\ndate: 2016-11-02\n---\nVote delayed\n\n“We need a week,” said Donald Brisco.\n"),
            SourceText(name: "b.txt", text: "---\ndate: 2017-01-20\n---\nVote held\n\n“It passed,” said Donald Brisco.\n"),
        ]), label: "two dates")
        let row = source.speakers(matching: "brisco", limit: 5).first
        #expect(row?.kind == "person")
        #expect(row?.firstDate == "2016-11-02")
        #expect(row?.lastDate == "2017-01-20")
    }
}
