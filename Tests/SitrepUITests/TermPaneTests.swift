import SitrepCore
import SitrepUI
import Testing

/// The reader's quotation pane lists quotations, not terms (labels and titles nobody says).
@Suite struct TermPaneTests {
    @Test func theQuotationPaneLeavesTermsOut() throws {
        let source = AnalysisSource(analysis: Analyzer().analyze([SourceText(name: "port.txt", text: """
            Strikes on the port

            The so-called “special military operation” entered its fourth year.

            “The port will reopen on Monday,” said Oleh Kiper, the regional governor.
            """)]), label: "one article")
        let document = try #require(source.reading(SegmentKey(article: 0, segment: 0), previewCharacters: nil))
        #expect(document.quotes.map(\.text) == ["The port will reopen on Monday,"])
        #expect(document.quoteCount == 1)
        #expect(source.quotes(of: SegmentKey(article: 0, segment: 0), 0..<10).map(\.kind) == ["direct"])
    }
}
