import Foundation
import SitrepStore
import SitrepUI

/// What the reader's view of the library read during one frame (``ReaderSource/frame(_:)``), given again when a pane
/// asks for it again in that frame: the counts the title bar and the article list show, the articles and their
/// origins the list read (the preview asks for the selected one), the segments looked up by article and position (the
/// quotations pane and the preview each look up the selected one). Outside a frame nothing is kept; a frame's end
/// forgets all of it, and so does a change of marks made in it. Frames are the reader loop's (one thread); a read made
/// on another thread while a frame runs shares what that frame keeps (read during it, so no older than the frame).
final class FrameMemo: @unchecked Sendable {
    typealias Counts = (articles: Int, quotes: Int, speakers: Int, linkedStories: Int, sources: Int)

    private let lock = NSLock()
    /// Frames begun and not yet ended (they nest).
    private var depth = 0
    private var counts: Counts?
    private var unread: Int?
    private var articles: [Int: LibraryArticle] = [:]
    /// Each article's origin, nil when the library knows none.
    private var origins: [Int: ArticleOrigin?] = [:]
    private var segments: [SegmentKey: LibrarySegment] = [:]

    /// Runs `body` as a frame (or in the frame it is nested in).
    func run<T>(_ body: () -> T) -> T {
        lock.withLock { depth += 1 }
        defer {
            lock.withLock {
                depth -= 1
                if depth == 0 { forgetAll() }
            }
        }
        return body()
    }

    /// Forgets what the frame read (marks changed: the articles' rows and the unread count with them).
    func forget() { lock.withLock { forgetAll() } }

    private func forgetAll() {
        counts = nil
        unread = nil
        articles = [:]
        origins = [:]
        segments = [:]
    }

    /// The counts read in this frame, else read by `read` (and kept, in a frame).
    func counts(_ read: () -> Counts?) -> Counts? {
        if let kept = lock.withLock({ counts }) { return kept }
        let value = read()
        lock.withLock { if depth > 0 { counts = value } }
        return value
    }

    /// The unread count read in this frame, else read by `read`.
    func unread(_ read: () -> Int?) -> Int? {
        if let kept = lock.withLock({ unread }) { return kept }
        let value = read()
        lock.withLock { if depth > 0 { unread = value } }
        return value
    }

    /// Keeps articles and their origins read for the list (in a frame).
    func keep(_ read: [LibraryArticle], origins found: [Int: ArticleOrigin]) {
        lock.withLock {
            guard depth > 0 else { return }
            for article in read {
                articles[article.id] = article
                origins[article.id] = .some(found[article.id])
            }
        }
    }

    /// An article and its origin read in this frame, else read by `read`.
    func article(_ id: Int, _ read: () -> (LibraryArticle, ArticleOrigin?)?) -> (LibraryArticle, ArticleOrigin?)? {
        let kept: (LibraryArticle, ArticleOrigin?)? = lock.withLock {
            guard let article = articles[id], let origin = origins[id] else { return nil }
            return (article, origin)
        }
        if let kept { return kept }
        let value = read()
        if let value {
            lock.withLock {
                if depth > 0 {
                    articles[id] = value.0
                    origins[id] = .some(value.1)
                }
            }
        }
        return value
    }

    /// A segment looked up in this frame, else looked up by `read`.
    func segment(_ key: SegmentKey, _ read: () -> LibrarySegment?) -> LibrarySegment? {
        if let kept = lock.withLock({ segments[key] }) { return kept }
        let value = read()
        lock.withLock { if depth > 0, let value { segments[key] = value } }
        return value
    }
}
