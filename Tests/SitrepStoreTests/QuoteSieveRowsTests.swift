import Foundation
import SitrepCore
@testable import SitrepStore
import Testing

/// The library keeps the sieve that decided each quotation's speaker (migration quote-sieves-v1), reads it back with
/// the quotation and exports it; one quotation is read by its id with its speaker's aliases.
@Suite struct QuoteSieveRowsTests {
    @Test func theSieveOfEachQuotationIsStoredReadAndExported() throws {
        let folder = try TemporaryFolder()
        let library = try Library(path: folder.path + "/library.sqlite")
        let path = try folder.write("flood.txt", """
            Flood warning for the delta

            “The dyke will hold until Friday,” said Ilse Marten, the regional governor.

            The so-called “red line” along the river was crossed on Tuesday night.
            """)
        try library.ingest([try SourceText.decode(name: path, bytes: Array(Data(contentsOf: URL(fileURLWithPath: path))))])
        let applied = try library.read { db in try Schema.migrator.appliedIdentifiers(db) }
        #expect(applied.contains(SchemaQuoteSieves.identifier))

        let quotes = try library.quotes(QuoteFilter())
        let said = try #require(quotes.first { $0.text.hasPrefix("The dyke will hold") })
        #expect(said.sieve == AttributionSieve.verbAfter.rawValue)
        #expect(quotes.first { $0.text == "red line" }?.sieve == AttributionSieve.scareQuote.rawValue)

        let (byID, aliases) = try #require(try library.quote(said.id))
        #expect(byID == said)
        #expect(aliases.contains("Ilse Marten"))

        let exported = try library.exportDocument().quotes.first { $0.text.hasPrefix("The dyke will hold") }
        #expect(exported?.sieve == "verb-after")
    }
}
