import Foundation
import SitrepCore
import SitrepHarness
@testable import SitrepStore
@testable import SitrepUI
@testable import sitrep
import Testing

/// A screen of the reader reads the library once for what several panes show: the counts of the title bar and the
/// list, the page of articles the selected one is taken from, the selected segment the quotations pane and the
/// preview both need. A key reads again what it shows, nothing is kept past the frame.
@Suite struct FrameReadTests {
    /// The statements SQLite runs on the one connection of a library in memory while `body` runs.
    final class Statements: @unchecked Sendable {
        private let lock = NSLock()
        private var traced: [String] = []
        func add(_ sql: String) { lock.withLock { traced.append(sql) } }
        var all: [String] { lock.withLock { traced } }
    }

    private static func traced(_ library: Library, _ body: () -> Void) -> [String] {
        let statements = Statements()
        library.pool.writeWithoutTransaction { db in
            db.trace(options: .statement) { event in
                if case let .statement(statement) = event { statements.add(statement.sql) }
            }
        }
        body()
        library.pool.writeWithoutTransaction { db in db.trace(options: .statement, nil) }
        return statements.all
    }

    @Test func aScreenReadsTheCountsThePageAndTheSegmentOnce() throws {
        let inputs = StrikeReports.files.map { SourceInput(SourceText(name: $0.name, text: $0.text)) }
        let source = try LibrarySource(reading: inputs, label: "strikes")
        let renderer = Renderer(source: source, theme: Theme(color: false))
        var state = AppState(width: 120, height: 40)
        let first = FrameReadTests.traced(source.library) { _ = renderer.render(state) }
        // Title bar, list count and unread count from one read of the counts; the list's page read once; the selected
        // segment looked up once for the quotations pane and the preview.
        #expect(first.filter { $0.hasPrefix("SELECT value FROM meta WHERE key") }.count == 1)
        #expect(first.filter { $0.contains("a.position >= ?") }.count == 1)
        #expect(first.filter { $0.contains("s.article_id = ? AND s.ordinal = ?") }.count == 1)
        // The next key's screen reads them again (another process may have changed the library).
        Reducer(source: source).handle(&state, key: .character("j"))
        let second = FrameReadTests.traced(source.library) { _ = renderer.render(state) }
        #expect(second.filter { $0.hasPrefix("SELECT value FROM meta WHERE key") }.count == 1)
        #expect(renderer.render(state).text.contains("article 2/"))
    }

    @Test func aMarkSetInAFrameIsCountedInThatFrame() throws {
        let inputs = StrikeReports.files.map { SourceInput(SourceText(name: $0.name, text: $0.text)) }
        let source = try LibrarySource(reading: inputs, label: "strikes")
        let first = try #require(try source.library.articles(0..<1).first)
        source.frame {
            let before = source.unreadCount()
            #expect(before == source.articleCount)
            #expect(throws: Never.self) { try source.setMarks(read: true, flagged: false, ofArticle: first.id) }
            #expect(source.unreadCount() == before - 1)
        }
    }
}
