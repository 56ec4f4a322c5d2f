import Foundation
import SitrepCore
import SitrepFetch
import SitrepStore
import SitrepWeb

/// `sitrep ingest` of web pages and feeds: saved files that are HTML or a feed by content, and http(s) addresses.
enum WebIngest {
    /// Whether a command-line argument is a web address rather than a file.
    static func isAddress(_ argument: String) -> Bool {
        let lower = argument.lowercased()
        return lower.hasPrefix("http://") || lower.hasPrefix("https://")
    }

    /// Stores a saved page (its article) or feed (its items, named `FILE#key`), cut into articles as `boundaries`
    /// says when it says (else a page from its text, each item whole); nil when the bytes are neither, and the
    /// file is to be read as text.
    static func storeFile(_ bytes: [UInt8], name: String, boundaries: ArticleParser.Boundaries?,
                          in store: Library) throws -> [SourceChange]? {
        guard let sources = try articles(ofFile: bytes, name: name) else { return nil }
        return try libraryCall { try store.storeWeb(cut(sources, boundaries), feed: nil, state: nil) }
    }

    /// The sources with the boundaries a command line or folder chose in place of their own, when one did.
    static func cut(_ sources: [WebSource], _ boundaries: ArticleParser.Boundaries?) -> [WebSource] {
        guard let boundaries else { return sources }
        return sources.map { source in
            var source = source
            source.boundaries = boundaries
            return source
        }
    }

    /// The article of a saved page, or the items of a saved feed (named `FILE#key`); nil when the bytes are
    /// neither, and the file is to be read as text (or refused as data: JSON with an `items` array that is not a
    /// JSON Feed and does not say it is one is JSON data).
    static func articles(ofFile bytes: [UInt8], name: String) throws(CLIError) -> [WebSource]? {
        let content = WebContent.sniff(bytes)
        do {
            switch content {
            case .html: return [try WebDocument.pageArticle(bytes, charset: nil, address: name, name: name)]
            case .feed, .jsonFeed:
                let feed = try WebDocument.feed(bytes, charset: nil, address: name)
                return try WebDocument.feedArticles(feed, address: name, outlet: nil)
            case .other: return nil
            }
        } catch {
            if content == .jsonFeed, !WebContent.declaresJSONFeed(bytes) { return nil }
            throw CLIError("\(name): \(error.description)")
        }
    }

    /// Fetches web addresses (pages, feeds or text) and stores what they hold, cut into articles as `boundaries`
    /// says when it says; a failed address is one line.
    static func storeAddresses(_ addresses: [String], boundaries: ArticleParser.Boundaries?,
                               in store: Library) -> (changes: [SourceChange], failures: [String]) {
        guard !addresses.isEmpty else { return ([], []) }
        let fetcher = Fetcher()
        let fetched = waitFor {
            await withTaskGroup(of: (Int, Result<FetchResponse, FetchError>).self) { group in
                for (index, address) in addresses.enumerated() {
                    group.addTask {
                        do throws(FetchError) {
                            return (index, .success(try await fetcher.fetch(address)))
                        } catch {
                            return (index, .failure(error))
                        }
                    }
                }
                var results: [(Int, Result<FetchResponse, FetchError>)] = []
                for await result in group { results.append(result) }
                return results.sorted { $0.0 < $1.0 }.map(\.1)
            }
        }
        var changes: [SourceChange] = []
        var failures: [String] = []
        for (address, result) in zip(addresses, fetched) {
            do {
                let response = try result.get()
                changes += try storeResponse(response, address: address, boundaries: boundaries, in: store)
            } catch let error as FetchError {
                failures.append("\(address): \(error.description)")
            } catch let error as CLIError {
                failures.append(error.description)
            } catch {
                failures.append("\(address): \(error)")
            }
        }
        return (changes, failures)
    }

    private static func storeResponse(_ response: FetchResponse, address: String,
                                      boundaries: ArticleParser.Boundaries?, in store: Library) throws -> [SourceChange] {
        let sources: [WebSource]
        do {
            switch WebContent.sniff(response.body, contentType: response.contentType) {
            case .html:
                sources = [try WebDocument.pageArticle(response.body, charset: response.charset, address: response.url, name: address)]
            case .feed, .jsonFeed:
                let feed = try WebDocument.feed(response.body, charset: response.charset, address: address)
                sources = try WebDocument.feedArticles(feed, address: address, outlet: nil)
            case .other:
                let text = try SourceText.decode(name: address, bytes: response.body)
                return [try libraryCall { try store.store(text, hash: ContentHash.of(response.body), boundaries: boundaries) }]
            }
        } catch let error as WebDocument.Failure {
            throw CLIError("\(address): \(error.description)")
        } catch let error as InputError {
            throw CLIError(error.description)
        }
        return try libraryCall { try store.storeWeb(cut(sources, boundaries), feed: nil, state: nil) }
    }
}
