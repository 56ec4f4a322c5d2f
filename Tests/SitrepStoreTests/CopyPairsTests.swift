import Foundation
import GRDB
import SitrepCore
@testable import SitrepStore
import Testing

/// A quotation carried by several articles: each pair of copies is one row (``SchemaCopyPairs``), read in both
/// directions, and a library an older Sitrep wrote (both orders stored) reads and migrates to the same copies.
@Suite struct CopyPairsTests {
    private func carrier(_ folder: String, _ index: Int) -> SourceText {
        SourceText(name: folder + "/\(index).txt", text: """
            Grain corridor talks, report \(index)

            “The corridor will stay open for every ship that carries grain to the ports of Africa,” the minister \
            Olena Hrytsenko said in Odesa on day \(index).

            """)
    }

    private func copies(_ library: Library) throws -> [String: [String]] {
        let quotes = try library.quotes(QuoteFilter())
        let texts = Dictionary(uniqueKeysWithValues: quotes.map { ($0.id, ($0.source as NSString).lastPathComponent) })
        return Dictionary(uniqueKeysWithValues: quotes.map { quote in
            (texts[quote.id]!, quote.copies.map { texts[$0]! })
        })
    }

    private func rows(_ library: Library) throws -> Int {
        try library.pool.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM quote_copies") ?? 0 }
    }

    @Test func eachPairOfCopiesIsOneRowReadFromEitherSide() throws {
        let folder = try TemporaryFolder()
        let library = try Library(path: folder.path + "/library.sqlite")
        try library.ingest([carrier(folder.path, 1)])
        try library.ingest([carrier(folder.path, 2), carrier(folder.path, 3)])
        #expect(try copies(library) == ["1.txt": ["2.txt", "3.txt"], "2.txt": ["1.txt", "3.txt"],
                                        "3.txt": ["1.txt", "2.txt"]])
        #expect(try rows(library) == 3, "three pairs")
        let olderFirst = try library.pool.read { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM quote_copies WHERE quote_id < copy_id") ?? -1
        }
        #expect(olderFirst == 0, "each pair's later quotation first")
        let exported = try library.exportDocument().quotes.map(\.copies)
        #expect(exported.map(\.count) == [2, 2, 2])
        // A copy removed takes its pairs with it, on either side.
        _ = try library.remove(paths: [folder.path + "/2.txt"])
        #expect(try copies(library) == ["1.txt": ["3.txt"], "3.txt": ["1.txt"]])
        #expect(try rows(library) == 1)
    }

    @Test func aLibraryWithBothOrdersReadsAndKeepsTheSameCopies() throws {
        let folder = try TemporaryFolder()
        let path = folder.path + "/library.sqlite"
        var before: [String: [String]] = [:]
        do {
            let library = try Library(path: path)
            try library.ingest((1...3).map { carrier(folder.path, $0) })
            before = try copies(library)
            // As an older Sitrep left it: each pair in both orders.
            try library.undoMigration(SchemaCopyPairs.identifier, """
                INSERT INTO quote_copies(quote_id, copy_id) SELECT copy_id, quote_id FROM quote_copies
                """)
            #expect(try rows(library) == 6)
        }
        #expect(try copies(try Library(path: path, readOnly: true)) == before, "read as it is")
        let library = try Library(path: path)
        #expect(try rows(library) == 3, "one row a pair once migrated")
        #expect(try copies(library) == before)
    }
}
