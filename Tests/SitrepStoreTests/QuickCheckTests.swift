import Foundation
import GRDB
import SitrepCore
@testable import SitrepStore
import Testing

/// The check before writing reads the whole file: every time on a small library, once an interval on a large one.
@Suite struct QuickCheckTests {
    @Test func aLargeLibraryIsCheckedOnceAnIntervalAndASmallOneEveryTime() throws {
        let folder = try TemporaryFolder()
        let path = folder.path + "/library.sqlite"
        var page = 0
        do {
            let library = try Library(path: path)
            try library.ingest(try sampleSources())
            // Taken as large (every file is over 0 bytes): the sound check is written down.
            #expect(try library.quickCheckProblem(alwaysBelow: 0) == nil)
            page = try library.pool.read { db in
                // A page of an index: opening the library does not read it.
                try Int.fetchOne(db, sql: "SELECT pageno FROM dbstat WHERE name = 'quotes_by_article' ORDER BY pageno DESC LIMIT 1")!
            }
            _ = try library.pool.writeWithoutTransaction { db in try db.checkpoint(.truncate) }
            try library.pool.close()
        }
        // The cells of that page overwritten.
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        try handle.seek(toOffset: UInt64((page - 1) * 4096 + 100))
        try handle.write(contentsOf: Data(repeating: 0xA5, count: 200))
        try handle.close()

        let library = try Library(path: path)
        #expect(try library.quickCheckProblem(alwaysBelow: 0) == nil, "checked sound within the interval: not read again")
        #expect(try library.quickCheckProblem(alwaysBelow: 0, interval: 0) != nil, "the interval over: checked and found")
        #expect(try library.quickCheckProblem() != nil, "a small library: checked every time")
    }
}
