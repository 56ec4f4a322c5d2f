import Foundation
import SitrepCore
@testable import SitrepStore
import Testing

/// The library keeps terms (labels and titles nobody says) with kind "term": searchable by kind and exported, but not
/// among the quotations of a segment the reader lists.
@Suite struct TermRowsTests {
    @Test func termsAreStoredAndExportedButNotListedWithTheSegmentsQuotations() throws {
        let folder = try TemporaryFolder()
        let library = try Library(path: folder.path + "/library.sqlite")
        let path = try folder.write("port.txt", """
            Strikes on the port

            The so-called “special military operation” entered its fourth year.

            “The port will reopen on Monday,” said Oleh Kiper, the regional governor.

            “Ships are already waiting,” Kiper said.
            """)
        try library.ingest([try SourceText.decode(name: path, bytes: Array(Data(contentsOf: URL(fileURLWithPath: path))))])

        let terms = try library.quotes(QuoteFilter(kinds: ["term"]))
        #expect(terms.map(\.text) == ["special military operation"])
        #expect(terms.first?.speaker == nil)
        let listed = try library.quotes(QuoteFilter(kinds: ["direct", "partial"]))
        #expect(listed.map(\.text).allSatisfy { !$0.contains("special military") })

        let first = try #require(listed.first)
        let segment = try #require(try library.segments(ofArticle: first.article, 0..<1).first)
        #expect(segment.quoteCount == 2)
        let pane = try library.quotes(ofSegment: first.segment, 0..<10)
        #expect(pane.map(\.kind) == ["direct", "direct"])
        #expect(try library.quotes(ofSegment: first.segment, 1..<2).map(\.text) == ["Ships are already waiting,"])

        let exported = try library.exportDocument().quotes.first { $0.text == "special military operation" }
        #expect(exported?.kind == "term")
    }
}
