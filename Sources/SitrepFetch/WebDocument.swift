import Foundation
import SitrepCore
import SitrepStore
import SitrepWeb

/// A fetched or saved document read into articles for the library: a feed gives one per item, a page one.
public enum WebDocument {
    /// Why a document gave no article.
    public struct Failure: Error, Equatable, Sendable, CustomStringConvertible {
        public let description: String
        public init(_ description: String) { self.description = description }
    }

    /// The articles of a feed, named `<feed>#<key>` (the key is the item's GUID, else its URL), one per item (the
    /// first of two items with the same key), each kept whole as one article. `outlet` names the feed (the subscription's `~name`, else the feed's
    /// title, else its host).
    public static func feedArticles(_ feed: Feed, address: String, outlet: String?) throws(Failure) -> [WebSource] {
        let outlet = outlet ?? feed.title ?? URL(string: address)?.host
        var seen: Set<String> = []
        var sources: [WebSource] = []
        for item in feed.items where seen.insert(item.key).inserted {
            sources.append(try source(item.article(outlet: outlet), name: address + "#" + item.key, key: item.key,
                                      boundaries: .wholeSource))
        }
        return sources
    }

    /// The article of a web page, named by its address.
    public static func pageArticle(_ bytes: [UInt8], charset: String?, address: String, name: String) throws(Failure) -> WebSource {
        let article: WebArticle
        do { article = try PageExtractor.article(bytes, encoding: charset, url: address) } catch {
            throw Failure(error.description)
        }
        return try source(article, name: name, key: address)
    }

    /// An article as a stored file of the library.
    static func source(_ article: WebArticle, name: String, key: String,
                       boundaries: ArticleParser.Boundaries? = nil) throws(Failure) -> WebSource {
        let text: SourceText
        do { text = try SourceText.decode(name: name, bytes: Array(article.text.utf8)) } catch {
            throw Failure(error.description)
        }
        return WebSource(source: text, key: key, url: article.url, outlet: article.outlet, author: article.author,
                         published: article.date, boundaries: boundaries)
    }

    /// Parses feed bytes, turning a parse error into one line.
    public static func feed(_ bytes: [UInt8], charset: String?, address: String) throws(Failure) -> Feed {
        do { return try FeedParser.parse(bytes, encoding: charset, base: address) } catch {
            throw Failure(error.description)
        }
    }
}
