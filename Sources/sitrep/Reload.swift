import ArgumentParser
import Foundation
import SitrepFetch
import SitrepStore
import SitrepWeb

/// `sitrep reload`: fetches every subscription and stores its new and changed items in the library.
struct Reload: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Fetch every subscribed feed and add its new and changed items to the library.",
        discussion: """
        Feeds are fetched in parallel (a bounded number at once), conditionally (ETag, Last-Modified), with a \
        timeout, a size limit and at most 5 redirects. An item already stored is not stored again (by GUID, else \
        URL); a changed one replaces it. Items of a feed tagged fulltext get their page fetched. A feed that fails \
        is told on one line and the others go on; the exit code is then 1.
        """
    )

    @OptionGroup var library: LibraryOptions
    @OptionGroup var urls: UrlsOptions

    @Option(name: .long, help: "Feeds fetched at once.")
    var parallel = 8

    @Option(name: .long, help: "Seconds without an answer before a feed is given up.")
    var timeout = 20.0

    func run() throws {
        guard parallel >= 1 else { throw ValidationError("--parallel takes a number of at least 1") }
        guard timeout > 0 else { throw ValidationError("--timeout takes a positive number of seconds") }
        let (subscriptions, problems) = try urls.load()
        problems.forEach(Output.report)
        let (store, lock) = try library.openForWriting()
        defer { withExtendedLifetime(lock) {} }
        let display = ReloadDisplay(Progress(totalFiles: subscriptions.count, totalBytes: 0, unit: "feeds"))
        let reloader = Reloader(library: store, fetcher: Fetcher(limits: FetchLimits(timeout: timeout, concurrency: parallel)))
        let outcomes = waitFor { await reloader.reload(subscriptions) { display.show($0) } }
        let progress = display.progress
        try progress.indexing { try store.rebuild(progress: $0) }
        var added = 0, replaced = 0, unchanged = 0
        for case let .stored(new, changed, same) in outcomes.map(\.result) {
            added += new
            replaced += changed
            unchanged += same
        }
        let failed = outcomes.filter(\.failed).count
        let counts = try libraryCall { try store.counts() }
        Output.report("\(count(outcomes.count, "feed")): \(added) new, \(replaced) changed, \(unchanged) unchanged items, "
            + "\(outcomes.count { $0.result == .notModified }) not modified, \(failed) failed in "
            + "\(Progress.clock(progress.elapsed)); library: \(count(counts.articles, "article"))")
        if failed > 0 || !problems.isEmpty { throw ExitCode(1) }
    }
}

/// The progress bar and the failure lines of a reload. The reloader calls ``show(_:)`` once per feed, one call at a
/// time, so the progress bar is never drawn from two threads at once.
private final class ReloadDisplay: @unchecked Sendable {
    let progress: Progress

    init(_ progress: Progress) { self.progress = progress }

    func show(_ outcome: ReloadOutcome) {
        if case let .failed(reason) = outcome.result {
            progress.finish()
            Output.report("\(outcome.subscription.url): \(reason)")
        }
        progress.advance(bytes: 0)
    }
}
