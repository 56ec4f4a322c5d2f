import Foundation

/// What a page says about its article outside the body: title, outlet, canonical address, author and date, from
/// its `<meta>` tags (Open Graph, article:*, name=author), its JSON-LD, its `<h1>`, `<time>` and byline elements.
struct PageMetadata {
    var title: String?
    var outlet: String?
    var url: String?
    var byline: String?
    var date: String?

    init(_ root: MarkupElement, url pageURL: String?) {
        var found = Found()
        found.visit(root, inFurniture: false)
        let meta = found.meta
        let linkedData = found.linkedData
        let ldAuthor = PageMetadata.name(linkedData["author"])
        let ldPublisher = PageMetadata.name(linkedData["publisher"])
        title = FeedParser.nonEmpty(linkedData["headline"] as? String) ?? FeedParser.nonEmpty(meta["og:title"])
            ?? FeedParser.nonEmpty(meta["twitter:title"]) ?? FeedParser.nonEmpty(found.headline)
            ?? FeedParser.nonEmpty(found.pageTitle).map(PageMetadata.withoutSiteName)
        let host = pageURL.flatMap { URL(string: $0)?.host }
        outlet = FeedParser.nonEmpty(meta["og:site_name"]) ?? ldPublisher ?? FeedParser.nonEmpty(meta["application-name"])
            ?? host
        url = FeedParser.nonEmpty(found.canonical).flatMap { FeedParser.resolve($0, base: pageURL) }
            ?? FeedParser.nonEmpty(meta["og:url"]) ?? pageURL
        let metaAuthor = FeedParser.nonEmpty(meta["author"]) ?? FeedParser.nonEmpty(meta["article:author"])
            .flatMap { $0.contains("://") ? nil : $0 }
        byline = ldAuthor ?? metaAuthor ?? FeedParser.nonEmpty(found.byline).map(PageMetadata.withoutBy)
        date = FeedDate.normalised(meta["article:published_time"] ?? (linkedData["datePublished"] as? String)
            ?? meta["datepublished"] ?? meta["pubdate"] ?? meta["date"] ?? meta["dc.date"] ?? found.time)
    }

    /// What one pass over the page collects; headlines, times and bylines inside page furniture are ignored.
    private struct Found {
        var meta: [String: String] = [:]
        var linkedData: [String: Any] = [:]
        var canonical: String?
        var pageTitle: String?
        var headline: String?
        var time: String?
        var byline: String?

        mutating func visit(_ element: MarkupElement, inFurniture: Bool) {
            switch element.name {
            case "meta":
                if let key = (element["property"] ?? element["name"] ?? element["itemprop"])?.lowercased(),
                   let content = element["content"], meta[key] == nil {
                    meta[key] = content
                }
            case "link":
                if element["rel"]?.lowercased() == "canonical", canonical == nil { canonical = element["href"] }
            case "title":
                if pageTitle == nil { pageTitle = element.text }
            case "script":
                if linkedData.isEmpty, element["type"]?.lowercased() == "application/ld+json" {
                    linkedData = PageMetadata.article(inLinkedData: element.rawText)
                }
            case "h1" where !inFurniture:
                if headline == nil { headline = element.text }
            case "time" where !inFurniture:
                if time == nil { time = element["datetime"] }
            default:
                let words = PageExtractor.nameWords(element)
                if byline == nil, !inFurniture, element["rel"] == "author" || element["itemprop"] == "author"
                    || words.contains("byline") || words.contains("author") {
                    let text = element.text
                    if !text.isEmpty, text.count < 120 { byline = text }
                }
            }
            let furniture = inFurniture || PageExtractor.isFurniture(element) && !["header", "footer"].contains(element.name)
            for child in element.elements { visit(child, inFurniture: furniture) }
        }
    }

    /// The first NewsArticle-like object of a JSON-LD script (`@graph` arrays included).
    static func article(inLinkedData text: String) -> [String: Any] {
        guard let object = try? JSONSerialization.jsonObject(with: Data(text.utf8)) else { return [:] }
        var queue: [Any] = [object]
        while !queue.isEmpty {
            let next = queue.removeFirst()
            if let array = next as? [Any] { queue += array; continue }
            guard let dictionary = next as? [String: Any] else { continue }
            if dictionary["headline"] != nil || dictionary["datePublished"] != nil { return dictionary }
            if let graph = dictionary["@graph"] { queue.append(graph) }
        }
        return [:]
    }

    /// A JSON-LD person or organisation: a name, an object with `name`, or a list of them (the first).
    static func name(_ value: Any?) -> String? {
        if let text = value as? String { return FeedParser.nonEmpty(text) }
        if let object = value as? [String: Any] { return FeedParser.nonEmpty(object["name"] as? String) }
        if let list = value as? [Any] { return list.lazy.compactMap(name).first }
        return nil
    }

    /// A `<title>` without the site's name after a separator ("Talks end | Example News" gives "Talks end"),
    /// when what is left has three words or more.
    static func withoutSiteName(_ title: String) -> String {
        for separator in [" | ", " - ", " \u{2013} ", " \u{2014} ", " :: "] {
            guard let range = title.range(of: separator, options: .backwards) else { continue }
            let head = String(title[..<range.lowerBound])
            if head.split(separator: " ").count >= 3 { return head }
        }
        return title
    }

    /// "By Jane Doe" gives "Jane Doe".
    static func withoutBy(_ text: String) -> String {
        text.lowercased().hasPrefix("by ") ? String(text.dropFirst(3)) : text
    }
}
