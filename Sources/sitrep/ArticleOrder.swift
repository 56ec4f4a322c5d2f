import Foundation
import SitrepUI

/// The ids of the article list in the order and limit the reader shows, read once from the library and kept while
/// the view stays the same: paging a sorted list of 200,000 articles then costs a page, not a sort. The lock guards
/// the kept list (the reducer and the renderer share the source).
final class ArticleOrder: @unchecked Sendable {
    private let lock = NSLock()
    private var view: ArticleView?
    private var generation = 0
    private var ids: [Int] = []
    private var positions: [Int: Int] = [:]

    /// The ids of a view's list and the position of each, loaded by `load` when the view is not the one kept or
    /// the library changed since (its `generation`).
    func list(_ view: ArticleView, generation: Int, load: () throws -> [Int]) rethrows -> (ids: [Int], positions: [Int: Int]) {
        try lock.withLock {
            if self.view != view || self.generation != generation {
                ids = try load()
                positions = Dictionary(ids.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
                self.view = view
                self.generation = generation
            }
            return (ids, positions)
        }
    }

    /// Forgets a list limited to unread or flagged articles: a mark changed which articles it holds.
    func marksChanged() {
        lock.withLock { if view?.limit == .unread || view?.limit == .flagged { view = nil } }
    }
}
