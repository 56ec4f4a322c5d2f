import Foundation
import SitrepStore
import SitrepWeb

/// What reloading one feed did.
public struct ReloadOutcome: Sendable {
    public enum Result: Sendable, Equatable {
        /// New or changed items were stored (counts of added, replaced and unchanged items).
        case stored(added: Int, replaced: Int, unchanged: Int)
        /// The server answered 304: nothing new.
        case notModified
        /// Nothing was stored; the reason in one line.
        case failed(String)
    }

    public var subscription: Subscription
    public var result: Result

    /// Whether the feed failed.
    public var failed: Bool { if case .failed = result { true } else { false } }
}

/// Reloads subscriptions into the library: every feed fetched (a bounded number at once, conditionally with the
/// validators of its last answer), parsed, and its items stored in one transaction with the feed's new state, so
/// that a failure anywhere leaves what was stored before as it was. The caller rebuilds the library afterwards.
public struct Reloader: Sendable {
    public let library: Library
    public let fetcher: Fetcher

    public init(library: Library, fetcher: Fetcher) {
        self.library = library
        self.fetcher = fetcher
    }

    /// Reloads every subscription; `done` is called after each feed, in the order they finish. A failed feed is
    /// told and recorded, and the others go on.
    public func reload(_ subscriptions: [Subscription], done: @Sendable (ReloadOutcome) -> Void = { _ in }) async
        -> [ReloadOutcome] {
        let states = (try? library.feedStates()) ?? [:]
        var outcomes: [ReloadOutcome] = []
        var quiet: [String: FeedState] = [:]
        await withTaskGroup(of: (ReloadOutcome, FeedState?).self) { group in
            var pending = subscriptions[...]
            func startNext() {
                guard let subscription = pending.popFirst() else { return }
                group.addTask { await reload(subscription, state: states[subscription.url] ?? FeedState()) }
            }
            for _ in 0..<max(1, fetcher.limits.concurrency) { startNext() }
            while let (outcome, state) = await group.next() {
                if let state { quiet[outcome.subscription.url] = state }
                outcomes.append(outcome)
                done(outcome)
                startNext()
            }
        }
        do {
            try library.saveFeedStates(quiet)
        } catch {
            // The feeds' items are stored; only the record of this check is lost, and the next reload asks again.
        }
        return outcomes
    }

    /// Reloads one feed. Returns the outcome and, when nothing was stored, the state still to be saved.
    private func reload(_ subscription: Subscription, state old: FeedState) async -> (ReloadOutcome, FeedState?) {
        var state = old
        state.lastFetch = Date()
        func failed(_ reason: String) -> (ReloadOutcome, FeedState?) {
            state.failure = reason
            return (ReloadOutcome(subscription: subscription, result: .failed(reason)), state)
        }
        let response: FetchResponse
        do {
            response = try await fetcher.fetch(subscription.url, etag: old.etag, lastModified: old.lastModified)
        } catch {
            return failed(error.description)
        }
        state.failure = nil
        state.lastSuccess = state.lastFetch
        if response.notModified { return (ReloadOutcome(subscription: subscription, result: .notModified), state) }
        do {
            let feed = try WebDocument.feed(response.body, charset: response.charset, address: subscription.url)
            var sources = try WebDocument.feedArticles(feed, address: subscription.url, outlet: subscription.name)
            if subscription.fullText {
                sources = await withFullText(sources, feed: subscription.url)
            }
            state.etag = response.etag
            state.lastModified = response.lastModified
            state.title = feed.title
            let changes = try library.storeWeb(sources, feed: subscription.url, state: state)
            return (ReloadOutcome(subscription: subscription, result: .stored(
                added: changes.count { $0 == .added }, replaced: changes.count { $0 == .replaced },
                unchanged: changes.count { $0 == .unchanged })), nil)
        } catch let error as WebDocument.Failure {
            return failed(error.description)
        } catch {
            return failed("\(error)")
        }
    }

    /// Pages fetched at once for one feed's items.
    static let pagesAtOnce = 4

    /// The items not stored yet, each with the article of its page in place of the feed's text (the feed's text
    /// is kept when the page fails or has no article), in the feed's order. Items stored before are left out: their
    /// page is not fetched again.
    private func withFullText(_ sources: [WebSource], feed: String) async -> [WebSource] {
        let stored = (try? library.storedItemKeys(feed: feed)) ?? []
        let new = sources.filter { !stored.contains($0.key) }
        var result = new
        await withTaskGroup(of: (Int, WebSource?).self) { group in
            var next = 0
            func startNext() {
                guard next < new.count else { return }
                let (index, source) = (next, new[next])
                next += 1
                group.addTask { (index, await fetcher.pageArticle(for: source)) }
            }
            for _ in 0..<Reloader.pagesAtOnce { startNext() }
            while let (index, article) = await group.next() {
                if let article { result[index] = article }
                startNext()
            }
        }
        return result
    }
}

extension Fetcher {
    /// The article of an item's page, under the item's name and key and cut as the item is; nil when the page fails
    /// or has no article.
    func pageArticle(for item: WebSource) async -> WebSource? {
        guard let url = item.url, let page = try? await fetch(url),
              var article = try? WebDocument.pageArticle(page.body, charset: page.charset, address: page.url,
                                                         name: item.source.name)
        else { return nil }
        article.key = item.key
        article.boundaries = item.boundaries
        return article
    }
}
