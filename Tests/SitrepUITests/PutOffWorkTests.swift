import Foundation
import SitrepCore
import Testing
@testable import SitrepUI

/// A source of one long article of two segments, each the story of another article too, which puts off the evidence
/// of a story's links as a library does (one story a call, the last asked first) and counts the bytes of text its
/// reading pages read.
final class PutOffSource: ReaderSource, @unchecked Sendable {
    static let text = Array(String(repeating: "Shelling went on through the night near the river, officials said. ",
                                   count: 8_000).utf8)
    static let reason = "linked by: Kherson \u{00B7} same day"
    private let lock = NSLock()
    private var made: Set<Int> = []
    private var asked: [Int] = []
    private var read = 0
    private var documents = 0

    /// Bytes of text read since the last call.
    func takeRead() -> Int { lock.withLock { defer { read = 0 }; return read } }
    /// Reading documents asked for since the last call.
    func takeDocuments() -> Int { lock.withLock { defer { documents = 0 }; return documents } }

    let summary = "put off"
    let articleCount = 1
    func articleCount(in view: ArticleView) throws(CommandError) -> Int { 1 }
    func articles(in view: ArticleView, _ range: Range<Int>) -> [ArticleRow] {
        range.clamped(to: 0..<1).map { _ in
            ArticleRow(key: 0, title: "Shelling near the river", source: "long.txt", segmentCount: 2, truncated: false)
        }
    }
    func position(ofArticle key: Int, in view: ArticleView) -> Int? { key == 0 ? 0 : nil }
    func unreadCount() -> Int { 1 }
    func setMarks(read: Bool, flagged: Bool, ofArticle key: Int) throws(CommandError) {}
    func stored(ofArticle key: Int) -> StoredArticle? { nil }
    func segments(ofArticle key: Int, _ range: Range<Int>) -> [SegmentRow] {
        range.clamped(to: 0..<2).map {
            SegmentRow(key: SegmentKey(article: 0, segment: $0), label: "Night \($0 + 1)", headed: false, quoteCount: 0,
                       linkedCount: 1)
        }
    }
    func quotes(of segment: SegmentKey, _ range: Range<Int>) -> [QuoteRow] { [] }
    func reading(_ segment: SegmentKey, previewCharacters: Int?) -> ReadingDocument? {
        let story = segment.segment
        let reason: String? = lock.withLock {
            documents += 1
            if made.contains(story) { return PutOffSource.reason }
            asked.removeAll { $0 == story }
            asked.append(story)
            return nil
        }
        let pages = ReadingPages(sizes: [PutOffSource.text.count], text: { _, bytes in
            let range = bytes.clamped(to: 0..<PutOffSource.text.count)
            self.lock.withLock { self.read += range.count }
            return Array(PutOffSource.text[range])
        }, characters: { _, bytes in bytes.count }, highlights: { _, _ in [] }, quotes: { _ in [] })
        return ReadingDocument(articleTitle: "Shelling near the river", heading: "Night \(story + 1)", source: "long.txt",
                               lines: 3...3, paragraphs: [ReadingParagraph(text: "", line: 3, highlights: [])], quotes: [],
                               linked: [LinkRow(key: SegmentKey(article: 1, segment: story), label: "River shelled",
                                                source: "other.txt", reason: reason)],
                               linkedCount: 1, pages: pages)
    }
    func adjacentLinked(to segment: SegmentKey, forward: Bool) -> LinkRow? { nil }
    func search(_ query: String, limit: Int) throws(SearchError) -> [SearchRow] { [] }
    func speakers(matching text: String, limit: Int) -> [SpeakerRow] { [] }
    func quoteCount(ofSpeaker key: Int) -> Int { 0 }
    func quotes(ofSpeaker key: Int, _ range: Range<Int>) -> [QuoteRow] { [] }
    func storyFigures(of segment: SegmentKey, limit: Int) -> [FigureRow] { [] }
    func figureWithCounterparts(_ key: Int) -> [FigureRow] { [] }
    var hasPutOffWork: Bool { lock.withLock { !asked.isEmpty } }
    func doPutOffWork() -> Bool {
        lock.withLock {
            guard let story = asked.popLast() else { return false }
            made.insert(story)
            return true
        }
    }
}

/// Work a source put off (the evidence of a story's links) done while the reader reads a long segment: the segment
/// read keeps its lines, laid out as they were, and only the lines of its links change, when they do.
@Suite struct PutOffWorkTests {
    /// A reader of the source, sharing its layouts.
    static func reader() -> (PutOffSource, ReadingLayouts, Renderer, Reducer) {
        let source = PutOffSource()
        let layouts = ReadingLayouts()
        return (source, layouts, Renderer(source: source, theme: Theme(color: false), layouts: layouts),
                Reducer(source: source, layouts: layouts))
    }

    /// Reading the long article's first segment.
    static var reading: AppState {
        var state = AppState(width: 100, height: 30)
        state.reading = ReadingState(segment: SegmentKey(article: 0, segment: 0))
        return state
    }

    @Test func theSegmentReadKeepsItsLinesAndShowsItsLinksOnceTheyAreMade() throws {
        let (source, layouts, renderer, reducer) = PutOffWorkTests.reader()
        var state = PutOffWorkTests.reading
        let first = renderer.render(state).text
        #expect(first.contains("Shelling went on") && source.takeRead() > 0)
        // The other segment shown meanwhile (a preview): its story is put off last, and made first.
        _ = source.reading(SegmentKey(article: 0, segment: 1), previewCharacters: 500)
        // Its links are not the segment read's: nothing to draw again, nothing laid out again.
        #expect(layouts.doPutOffWork(of: source, reading: state.reading?.segment) == false)
        #expect(renderer.render(state).text == first)
        #expect(source.takeRead() == 0)
        // The segment read's story made: drawn again, with the text as laid out, not read again.
        #expect(layouts.doPutOffWork(of: source, reading: state.reading?.segment))
        #expect(renderer.render(state).text == first)
        #expect(source.takeRead() == 0)
        #expect(!source.hasPutOffWork)
        // Its links, at the end, say what links them.
        reducer.reduce(&state, .bottom)
        let end = renderer.render(state).text
        #expect(end.contains("River shelled (other.txt)") && end.contains(PutOffSource.reason), "\(end)")
    }

    @Test func linksLaidOutAlreadyAreLaidOutAgainInPlace() throws {
        let (source, layouts, renderer, reducer) = PutOffWorkTests.reader()
        var state = PutOffWorkTests.reading
        reducer.reduce(&state, .bottom)
        let before = renderer.render(state).text
        #expect(before.contains("River shelled (other.txt)") && !before.contains(PutOffSource.reason), "\(before)")
        _ = source.takeRead()
        #expect(layouts.doPutOffWork(of: source, reading: state.reading?.segment))
        let after = renderer.render(state).text
        #expect(after.contains("River shelled (other.txt)") && after.contains(PutOffSource.reason), "\(after)")
        #expect(source.takeRead() == 0)
        // The lines above the links are those drawn before.
        let kept = before.split(separator: "\n").prefix { !$0.contains("River shelled") }
        #expect(after.split(separator: "\n").prefix(kept.count) == kept)
    }

    @Test func aSegmentNoLongerReadIsNotAskedForAgain() throws {
        let (source, layouts, renderer, _) = PutOffWorkTests.reader()
        var state = PutOffWorkTests.reading
        _ = renderer.render(state)
        #expect(source.takeDocuments() > 0 && source.hasPutOffWork)
        // Back to the lists: the layout kept is the segment read before, whose links no screen shows.
        state.reading = nil
        #expect(layouts.doPutOffWork(of: source, reading: state.reading?.segment))
        #expect(layouts.refresh(from: source, reading: state.reading?.segment) == false)
        // Reading another segment: the one read before is not the one shown either.
        #expect(layouts.refresh(from: source, reading: SegmentKey(article: 0, segment: 1)) == false)
        #expect(source.takeDocuments() == 0)
    }
}
