import Foundation
import GRDB
import SitrepCore
@testable import SitrepStore
import Testing

/// The full-text indexes of passages, quotations and speakers' aliases are filled once per batch of new rows, and
/// still hold exactly the library's rows through additions, changes and removals.
@Suite struct BatchedSearchTests {
    /// The indexes' tables with, for each, the rows with words in it and the rows its index holds words of.
    private func indexed(_ library: Library) throws -> [String: (rows: Set<Int64>, indexed: Set<Int64>)] {
        try library.pool.write { db in
            var found: [String: (Set<Int64>, Set<Int64>)] = [:]
            for (table, index, text) in [("passages", "passages_fts", "text"), ("quotes", "quotes_fts", "text"),
                                         ("aliases", "aliases_fts", "alias || ' ' || keys")] {
                // FTS5's own check of the index's structure.
                try db.execute(sql: "INSERT INTO \(index)(\(index)) VALUES ('integrity-check')")
                try db.execute(sql: "CREATE VIRTUAL TABLE IF NOT EXISTS temp.\(index)_words USING fts5vocab(main, \(index), 'instance')")
                let rows = try Row.fetchAll(db, sql: "SELECT id, \(text) FROM \(table)")
                    .filter { ($0[1] as String).contains { $0.isLetter || $0.isNumber } }.map { $0[0] as Int64 }
                found[table] = (Set(rows), Set(try Int64.fetchAll(db, sql: "SELECT DISTINCT doc FROM temp.\(index)_words")))
            }
            return found
        }
    }

    /// Checks that each index holds the words of exactly the rows of its table.
    private func checkIndexes(_ library: Library, sourceLocation: SourceLocation = #_sourceLocation) throws {
        for (table, found) in try indexed(library) {
            #expect(!found.rows.isEmpty, "\(table)", sourceLocation: sourceLocation)
            #expect(found.rows == found.indexed, "\(table)", sourceLocation: sourceLocation)
        }
    }

    @Test func theIndexesHoldEveryRowAfterFilesAreAddedChangedAndRemoved() throws {
        let folder = try TemporaryFolder()
        let library = try Library(path: folder.path + "/library.sqlite")
        try library.ingest(try sampleSources())
        try checkIndexes(library)
        let path = folder.path + "/floods.txt"
        try library.ingest([SourceText(name: path, text: """
            Floods cut off villages in the north

            Rivers burst their banks after three days of rain, the regional governor Anna Kowalska said.
            “We have never seen water this high,” Kowalska said.
            """)])
        try checkIndexes(library)
        #expect(try library.search("villages").map(\.source) == [path])
        #expect(try library.quotes(QuoteFilter(text: "never seen water")).count == 1)
        #expect(try library.speakers(matching: SpeakerQuery("Kowalska")).map(\.name) == ["Anna Kowalska"])

        try library.ingest([SourceText(name: path, text: """
            Floods recede in the north

            “The water is falling at last,” the regional governor Anna Kowalska said on Friday.
            """)])
        try checkIndexes(library)
        #expect(try library.search("villages").isEmpty)
        #expect(try library.search("recede").map(\.source) == [path])
        #expect(try library.quotes(QuoteFilter(text: "never seen water")).isEmpty)
        #expect(try library.quotes(QuoteFilter(text: "falling")).count == 1)

        #expect(try library.remove(paths: [path]) == 1)
        try checkIndexes(library)
        #expect(try library.search("recede").isEmpty)
        #expect(try library.quotes(QuoteFilter(text: "falling")).isEmpty)
        #expect(try library.speakers(matching: SpeakerQuery("Kowalska")).isEmpty)
    }

    @Test func theCheckFindsARowLeftOutOfItsIndex() throws {
        let folder = try TemporaryFolder()
        let library = try Library(path: folder.path + "/library.sqlite")
        try library.ingest(try sampleSources())
        // A passage written without its index entry (no trigger writes one any more): the check sees it.
        try library.pool.write { db in
            try db.execute(sql: "INSERT INTO passages(article_id, segment_id, kind, line, text) VALUES (1, 1, 'body', 1, 'unindexed words')")
        }
        let passages = try #require(try indexed(library)["passages"])
        #expect(passages.rows.subtracting(passages.indexed).count == 1)
    }
}
