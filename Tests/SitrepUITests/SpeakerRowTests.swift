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
