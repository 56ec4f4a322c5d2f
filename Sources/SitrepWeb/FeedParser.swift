import Foundation

/// A feed as published: its name, its site and its items, newest first as the publisher lists them.
public struct Feed: Sendable {
    public var title: String?
    public var link: String?
    public var items: [FeedItem]
}

/// One item of a feed. `content` is the full text when the feed carries it; `summaryOnly` says it carried only a
/// summary (a `fulltext` subscription then fetches the item's page).
public struct FeedItem: Sendable {
    public var title: String
    public var link: String?
    public var guid: String?
    public var author: String?
    /// ISO 8601 in UTC (see ``FeedDate``).
    public var date: String?
    public var blocks: [WebBlock]
    public var summaryOnly: Bool

    /// What identifies the item across reloads: its GUID, else its link, else its title.
    public var key: String { guid ?? link ?? title }

    /// The item as an article of `outlet`.
    public func article(outlet: String?) -> WebArticle {
        WebArticle(title: title, outlet: outlet, url: link, author: author, date: date, blocks: blocks)
    }
}

/// Why bytes are not a feed.
public enum FeedError: Error, Equatable, Sendable, CustomStringConvertible {
    case markup(MarkupError)
    case json(String)
    case notAFeed(root: String)

    public var description: String {
        switch self {
        case let .markup(error): error.description
        case let .json(detail): "malformed JSON Feed: \(detail)"
        case let .notAFeed(root): "not a feed (the document is <\(root)>)"
        }
    }
}

/// Reads RSS 2.0, RSS 1.0 (RDF), Atom and JSON Feed documents. No I/O: bytes in, items out.
public enum FeedParser {
    static let atom = "http://www.w3.org/2005/Atom"
    static let content = "http://purl.org/rss/1.0/modules/content/"
    static let dublinCore = "http://purl.org/dc/elements/1.1/"

    /// Parses a feed. `encoding` is the charset HTTP declared (it overrides the XML declaration); `base` resolves
    /// relative links.
    public static func parse(_ bytes: [UInt8], encoding: String? = nil, base: String? = nil) throws(FeedError) -> Feed {
        if WebContent.sniff(bytes) == .jsonFeed { return try json(bytes, base: base) }
        let root: MarkupElement
        do { root = try Markup.xml(bytes, encoding: encoding) } catch { throw .markup(error) }
        switch root.name {
        case "rss": return rss(root.child("channel") ?? root, items: root.child("channel")?.children("item") ?? [], base: base)
        case "RDF": return rss(root.child("channel") ?? root, items: root.children("item"), base: base)
        case "feed" where root.namespace == atom || root.namespace == nil: return atomFeed(root, base: base)
        default: throw .notAFeed(root: root.name)
        }
    }

    /// RSS 2.0 (items inside the channel) and RSS 1.0 (items beside it).
    private static func rss(_ channel: MarkupElement, items: [MarkupElement], base: String?) -> Feed {
        let feedLink = channel.child("link").map(\.text).flatMap { resolve($0, base: base) }
        var result = Feed(title: nonEmpty(channel.child("title")?.text), link: feedLink, items: [])
        for item in items {
            let full = item.child("encoded", namespace: content)?.rawText
            let summary = item.child("description")?.rawText
            let blocks = (full ?? summary).map(HTMLBlocks.of(fragment:)) ?? []
            let guid = nonEmpty(item.child("guid")?.text) ?? nonEmpty(item["about"])
            let author = nonEmpty(item.child("creator", namespace: dublinCore)?.text) ?? item.child("author").map { personName($0.text) }
            let date = FeedDate.normalised(item.child("pubDate")?.text ?? item.child("date", namespace: dublinCore)?.text)
            let link = item.child("link").map(\.text).flatMap { resolve($0, base: feedLink ?? base) }
            result.items.append(FeedItem(title: itemTitle(item.child("title")?.text, blocks: blocks), link: link,
                                         guid: guid, author: author, date: date, blocks: blocks,
                                         summaryOnly: full == nil))
        }
        return result
    }

    private static func atomFeed(_ root: MarkupElement, base: String?) -> Feed {
        let feedLink = alternate(root, base: base)
        var result = Feed(title: nonEmpty(root.child("title")?.text), link: feedLink, items: [])
        let feedAuthor = nonEmpty(root.child("author")?.child("name")?.text)
        for entry in root.children("entry") {
            let content = entry.child("content")
            let body = content ?? entry.child("summary")
            let blocks = body.map(atomBlocks) ?? []
            result.items.append(FeedItem(
                title: itemTitle(entry.child("title").map(atomText), blocks: blocks),
                link: alternate(entry, base: feedLink ?? base), guid: nonEmpty(entry.child("id")?.text),
                author: nonEmpty(entry.child("author")?.child("name")?.text) ?? feedAuthor,
                date: FeedDate.normalised(entry.child("published")?.text ?? entry.child("updated")?.text),
                blocks: blocks, summaryOnly: content == nil))
        }
        return result
    }

    /// The blocks of an Atom text construct: `text`, escaped `html`, or inline `xhtml`.
    private static func atomBlocks(_ element: MarkupElement) -> [WebBlock] {
        switch element["type"] ?? "text" {
        case "html", "text/html": HTMLBlocks.of(fragment: element.rawText)
        case "xhtml", "application/xhtml+xml": HTMLBlocks.of(element)
        default: HTMLBlocks.of(plainText: element.rawText)
        }
    }

    private static func atomText(_ element: MarkupElement) -> String {
        element["type"] == "html" ? HTMLBlocks.of(fragment: element.rawText).map(\.text).joined(separator: " ") : element.text
    }

    /// The `rel="alternate"` link of an Atom feed or entry (a link without `rel` is one).
    private static func alternate(_ element: MarkupElement, base: String?) -> String? {
        let links = element.children("link")
        let chosen = links.first { ($0["rel"] ?? "alternate") == "alternate" } ?? links.first
        return chosen?["href"].flatMap { resolve($0, base: base) }
    }

    /// JSON Feed 1.0 and 1.1.
    private static func json(_ bytes: [UInt8], base: String?) throws(FeedError) -> Feed {
        let object: Any
        do { object = try JSONSerialization.jsonObject(with: Data(bytes)) } catch {
            throw .json("not valid JSON")
        }
        guard let root = object as? [String: Any], let items = root["items"] as? [[String: Any]] else {
            throw .json("no items array")
        }
        let feedLink = (root["home_page_url"] as? String).flatMap { resolve($0, base: base) }
        func author(_ object: [String: Any]) -> String? {
            nonEmpty((object["author"] as? [String: Any])?["name"] as? String)
                ?? nonEmpty(((object["authors"] as? [[String: Any]])?.first)?["name"] as? String)
        }
        var result = Feed(title: nonEmpty(root["title"] as? String), link: feedLink, items: [])
        for item in items {
            let html = item["content_html"] as? String
            let text = item["content_text"] as? String
            let summary = item["summary"] as? String
            let blocks = html.map(HTMLBlocks.of(fragment:)) ?? (text ?? summary).map(HTMLBlocks.of(plainText:)) ?? []
            let id = (item["id"] as? String) ?? (item["id"] as? Int).map(String.init)
            result.items.append(FeedItem(
                title: itemTitle(item["title"] as? String, blocks: blocks),
                link: (item["url"] as? String).flatMap { resolve($0, base: feedLink ?? base) }, guid: nonEmpty(id),
                author: author(item) ?? author(root),
                date: FeedDate.normalised((item["date_published"] as? String) ?? (item["date_modified"] as? String)),
                blocks: blocks, summaryOnly: html == nil && text == nil))
        }
        return result
    }

    /// The item's title, else the first words of its text (an item may have no title in RSS 2.0 and JSON Feed).
    private static func itemTitle(_ title: String?, blocks: [WebBlock]) -> String {
        if let title = nonEmpty(title) { return title }
        let words = (blocks.first?.text ?? "").split(separator: " ")
        return words.isEmpty ? "(untitled)" : words.prefix(12).joined(separator: " ") + (words.count > 12 ? "\u{2026}" : "")
    }

    /// RSS 2.0's `author` is an address with the name in brackets: `desk@example.org (Jane Doe)`.
    private static func personName(_ text: String) -> String {
        if let open = text.firstIndex(of: "("), let close = text.lastIndex(of: ")"), open < close {
            return WebText.collapsed(String(text[text.index(after: open)..<close]))
        }
        return text
    }

    static func resolve(_ link: String, base: String?) -> String? {
        let trimmed = WebText.collapsed(link)
        guard !trimmed.isEmpty else { return nil }
        if let base, let baseURL = URL(string: base), let url = URL(string: trimmed, relativeTo: baseURL) {
            return url.absoluteString
        }
        return trimmed
    }

    static func nonEmpty(_ text: String?) -> String? {
        guard let text = text.map(WebText.collapsed), !text.isEmpty else { return nil }
        return text
    }
}
