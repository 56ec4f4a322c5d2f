import Foundation
import SitrepCore
@testable import SitrepStore
import Testing

/// A library records the version of the analysis that made it, and reindexing brings it to this program's.
@Suite struct AnalysisVersionTests {
    @Test func aLibraryRecordsItsAnalysisAndIsReindexedWhenItDiffers() throws {
        let folder = try TemporaryFolder()
        let library = try Library(path: folder.path + "/library.sqlite")
        #expect(try library.analysisVersion == nil)
        try library.ingest(try sampleSources())
        #expect(try library.analysisVersion == Analyzer.version)
        #expect(try library.needsReindex == false)
        let quotes = try library.quotes(QuoteFilter())
        // As a library built by an earlier version would read.
        try library.write { db in try db.execute(sql: "UPDATE meta SET value = 'earlier' WHERE key = 'analysis'") }
        #expect(try library.needsReindex)
        var reported: [Int] = []
        try library.reindex { read, _ in reported.append(read) }
        #expect(!reported.isEmpty, "every file was read again")
        #expect(try library.needsReindex == false)
        // The same quotations, by the same speakers, at the same places (made again, under new ids).
        func described(_ quotes: [LibraryQuote]) -> [String] {
            quotes.map { "\($0.source):\($0.line):\($0.column) \($0.kind) \($0.speaker?.name ?? "-"): \($0.text)" }
        }
        let again = try library.quotes(QuoteFilter())
        #expect(described(again) == described(quotes))
        #expect(again.map(\.id).min()! > quotes.map(\.id).max()!, "ids of removed rows are never used again")
    }

    @Test func theVersionIsADigestOfTheRulesAndTheLexicon() {
        #expect(Analyzer.version.count >= 8)
        #expect(Analyzer.version.allSatisfy { $0.isHexDigit })
    }
}
