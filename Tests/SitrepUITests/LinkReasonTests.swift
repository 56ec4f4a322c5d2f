import SitrepCore
import Testing
@testable import SitrepUI

/// The reading view's "Same story elsewhere" says under each linked segment what links it to the story.
@Suite struct LinkReasonTests {
    @Test func eachLinkedSegmentHasItsReasonUnderIt() {
        let evidence = LinkEvidence(names: ["Zelensky", "Kharkiv"], daysApart: 0, figures: ["three killed"],
                                    sharedQuotation: true)
        let links = [LinkRow(key: SegmentKey(article: 1, segment: 0), label: "Three killed as missile hits Kharkiv flats",
                             source: "b.txt", reason: LinkRow.reason(evidence)),
                     LinkRow(key: SegmentKey(article: 2, segment: 0), label: "A copy", source: "c.txt")]
        let document = ReadingDocument(articleTitle: "Strike", heading: nil, source: "a.txt", lines: 1...3,
                                       paragraphs: [ReadingParagraph(text: "A missile struck.", line: 3, highlights: [])],
                                       quotes: [], linked: links, linkedCount: 2)
        let text = ReadingView.lines(document, width: 80, theme: Theme(color: false)).map { $0.map(\.text).joined() }
        let row = text.firstIndex(of: "\u{2194} Three killed as missile hits Kharkiv flats (b.txt)")
        #expect(row.map { text[$0 + 1] } == "  Zelensky, Kharkiv \u{00B7} same day \u{00B7} three killed \u{00B7} same quotation")
        // A link the source knows no reason for is listed alone.
        #expect(text.last == "\u{2194} A copy (c.txt)")
        #expect(LinkRow.reason(nil) == nil)
        let none = LinkEvidence(names: [], daysApart: nil, figures: [], sharedQuotation: false)
        #expect(LinkRow.reason(none) == nil)
        #expect(LinkRow.reason(none, terms: ["missile", "strike"]) == "missile, strike")
    }

    @Test func filesAnalysedInMemoryShowTheReasonOfEachLink() throws {
        let texts = [
            "---\ndate: 2024-03-05\n---\nMissile strike hits apartment block in Kharkiv\n\n"
                + "A Russian missile struck an apartment block in Kharkiv on Tuesday, killing three people, regional governor Oleh Syniehubov said.\n\n"
                + "\u{201C}Rescuers are still searching the rubble for survivors,\u{201D} Syniehubov said in a statement on Telegram.\n",
            "---\ndate: 2024-03-05\n---\nThree killed as missile hits Kharkiv flats\n\n"
                + "Three people were killed when a Russian missile hit an apartment block in Kharkiv, governor Oleh Syniehubov said on Tuesday.\n\n"
                + "\u{201C}Rescuers are still searching the rubble for survivors,\u{201D} Syniehubov said in a statement on Telegram.\n",
        ]
        let analysis = Analyzer().analyze(texts.enumerated().map { SourceText(name: "r\($0.offset).txt", text: $0.element) })
        let source = AnalysisSource(analysis: analysis, label: "two reports")
        let document = try #require(source.reading(SegmentKey(article: 0, segment: 0)))
        let link = try #require(document.linked.first)
        #expect(link.source == "r1.txt")
        #expect(link.reason?.contains("Syniehubov") == true, "\(link.reason ?? "none")")
        #expect(link.reason?.lowercased().hasSuffix("same day: tue 5 mar \u{00B7} three killed \u{00B7} same quotation") == true, "\(link.reason ?? "none")")
    }
}
