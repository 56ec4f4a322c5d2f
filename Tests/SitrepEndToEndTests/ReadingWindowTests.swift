import Foundation
import SitrepStore
@testable import SitrepUI
@testable import sitrep
import Testing

/// The reading view of a segment of one long line (issue 29: the 50 MB line of half a million quotations took
/// 1.1 s to open) holds and reads only the lines it shows and a margin: its text, quotations and figures are read
/// from the library a window at a time, on opening as on every key.
@Suite struct ReadingWindowTests {
    /// The library's reader source, counting what reading documents hold and what their pages read.
    final class Counting: ReaderSource, @unchecked Sendable {
        let base: LibrarySource
        private let lock = NSLock()
        private var counts = (text: 0, counted: 0, highlights: 0, quotes: 0)

        init(_ base: LibrarySource) { self.base = base }

        /// What was read since the last call: bytes of text, bytes whose characters were counted, highlights, quotations.
        func take() -> (text: Int, counted: Int, highlights: Int, quotes: Int) {
            lock.withLock { defer { counts = (0, 0, 0, 0) }; return counts }
        }
        private func add(text: Int = 0, counted: Int = 0, highlights: Int = 0, quotes: Int = 0) {
            lock.withLock {
                counts.text += text; counts.counted += counted; counts.highlights += highlights; counts.quotes += quotes
            }
        }

        func reading(_ segment: SegmentKey, previewCharacters: Int?) -> ReadingDocument? {
            guard var document = base.reading(segment, previewCharacters: previewCharacters) else { return nil }
            add(text: document.paragraphs.reduce(0) { $0 + $1.text.utf8.count },
                highlights: document.paragraphs.reduce(0) { $0 + $1.highlights.count }, quotes: document.quotes.count)
            if let pages = document.pages {
                document.pages = ReadingPages(
                    sizes: pages.sizes,
                    text: { let text = pages.text($0, $1); self.add(text: text.count); return text },
                    characters: { self.add(counted: $1.count); return pages.characters($0, $1) },
                    highlights: { let found = pages.highlights($0, $1); self.add(highlights: found.count); return found },
                    quotes: { let found = pages.quotes($0); self.add(quotes: found.count); return found })
            }
            return document
        }

        var summary: String { base.summary }
        var articleCount: Int { base.articleCount }
        func articleCount(in view: ArticleView) throws(CommandError) -> Int { try base.articleCount(in: view) }
        func articles(in view: ArticleView, _ range: Range<Int>) -> [ArticleRow] { base.articles(in: view, range) }
        func position(ofArticle key: Int, in view: ArticleView) -> Int? { base.position(ofArticle: key, in: view) }
        func unreadCount() -> Int { base.unreadCount() }
        func setMarks(read: Bool, flagged: Bool, ofArticle key: Int) throws(CommandError) {}
        func stored(ofArticle key: Int) -> StoredArticle? { nil }
        func segments(ofArticle key: Int, _ range: Range<Int>) -> [SegmentRow] { base.segments(ofArticle: key, range) }
        func quotes(of segment: SegmentKey, _ range: Range<Int>) -> [QuoteRow] {
            let found = base.quotes(of: segment, range)
            add(quotes: found.count)
            return found
        }
        func adjacentLinked(to segment: SegmentKey, forward: Bool) -> LinkRow? { nil }
        func search(_ query: String, limit: Int) throws(SearchError) -> [SearchRow] { try base.search(query, limit: limit) }
        func speakers(matching text: String, limit: Int) -> [SpeakerRow] { base.speakers(matching: text, limit: limit) }
        func quoteCount(ofSpeaker key: Int) -> Int { base.quoteCount(ofSpeaker: key) }
        func quotes(ofSpeaker key: Int, _ range: Range<Int>) -> [QuoteRow] { base.quotes(ofSpeaker: key, range) }
        func storyFigures(of segment: SegmentKey, limit: Int) -> [FigureRow] { base.storyFigures(of: segment, limit: limit) }
        func figureWithCounterparts(_ key: Int) -> [FigureRow] { base.figureWithCounterparts(key) }
    }

    static let sentence = "Officials said 23,000 households were without power after the strike, the ministry said. "
    static let sentences = 5_000

    @Test func theReadingViewOfALongLineReadsAWindowAtATime() throws {
        let work = try LibraryCommandTests.Workspace()
        let line = String(repeating: ReadingWindowTests.sentence, count: ReadingWindowTests.sentences)
        let file = try work.write("line.txt", Array(line.utf8))
        #expect(try work.sitrep("ingest", file).status == 0)
        let library = try Library(path: work.library, create: false, readOnly: true)
        let source = Counting(try LibrarySource(library: library))
        let key = SegmentKey(article: try #require(source.articles(0..<1).first).key, segment: 0)
        let whole = line.utf8.count
        #expect(whole > 4 * ReadingPages.chunkBytes)

        // What a key may read: a few windows of text, the quotations and figures in them and in the margin before.
        let perWindow = 2 * (ReadingLayout.window + Library.longestPlace) / ReadingWindowTests.sentence.count
        let layouts = ReadingLayouts()
        let reducer = Reducer(source: source, layouts: layouts)
        let renderer = Renderer(source: source, theme: Theme(color: true), layouts: layouts)
        var state = AppState(width: 100, height: 30)
        var screens: [String: String] = [:]
        var counted = 0
        for (name, action) in [("open", Action.open), ("j", .down), ("PgDn", .pageDown), ("G", .bottom), ("k", .up),
                               ("PgUp", .pageUp), ("g", .top)] {
            _ = source.take()
            reducer.reduce(&state, action)
            screens[name] = renderer.render(state).text
            let read = source.take()
            #expect(read.text <= 2 * ReadingPages.chunkBytes, "\(name): \(read.text) bytes of text")
            #expect(read.highlights <= 3 * perWindow, "\(name): \(read.highlights) quotations and figures")
            #expect(read.quotes <= ReadingDocument.quotesListed, "\(name): \(read.quotes) quotations")
            counted += read.counted
        }
        // The characters of the text are counted once, on another thread, for laying out back from the end.
        #expect(counted <= whole)
        #expect(state.reading?.segment == key)
        #expect(screens["open"]?.contains("Officials said 23,000 households") == true, "\(screens["open"] ?? "")")
        #expect(screens["G"]?.contains("and \(ReadingWindowTests.sentences - ReadingDocument.quotesListed) more") == true,
                "\(screens["G"] ?? "")")
        // Back at the top, the first screen again (the status line's percentage is an estimate until the end is read).
        #expect(screens["g"]?.split(separator: "\n").dropLast() == screens["open"]?.split(separator: "\n").dropLast())

        // Lines laid out a window at a time are those of the whole document laid out at once, styles included.
        let windowed = try #require(source.reading(key))
        let places = try library.places(ofSegment: 1, passage: 1, characters: 0..<Int.max / 2)
        var held = windowed
        held.pages = nil
        held.paragraphs = [ReadingParagraph(text: line.trimmingCharacters(in: .whitespaces), line: 1, highlights: places.map {
            Highlight(range: $0.range, kind: $0.figure ? .figure : .quote(speakerKey: $0.speaker))
        })]
        held.quotes = source.quotes(of: key, 0..<ReadingDocument.quotesListed)
        let theme = Theme(color: true)
        let pieces = ReadingLayout(windowed, width: 100, theme: theme, query: "ministry"),
            reference = ReadingLayout(held, width: 100, theme: theme, query: "ministry")
        pieces.ensure(3_000)
        reference.ensure(3_000)
        func runs(_ line: ReadingView.Line?) -> [String] { (line ?? []).map { "\($0.style)\u{1}\($0.text)" } }
        #expect(pieces.lines.prefix(3_000).map(runs) == reference.lines.prefix(3_000).map(runs))
        // From the end: the last lines of the text and what follows are those laid out from the top.
        reference.ensure(.max)
        let end = pieces.bottom()
        #expect(end > 3_000)
        let tail = 600
        _ = pieces.prepare(end - tail, rows: tail)
        #expect((end - tail..<end).map { runs(pieces.line($0)) } == reference.lines.suffix(tail).map(runs))
    }
}
