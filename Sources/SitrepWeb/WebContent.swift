import Foundation

/// What a document is, by its first bytes (and by HTTP's `Content-Type` when the bytes do not tell).
public enum WebContent: Sendable, Equatable {
    /// RSS or Atom (XML).
    case feed
    /// JSON Feed.
    case jsonFeed
    /// A web page.
    case html
    /// Anything else (plain text, to be read as a text file).
    case other

    /// Looks at the first kilobyte of a document that opens with `<`: the first of `<rss`, `<rdf:RDF`, `<feed` and HTML's `<html`, `<head`, `<body`,
    /// `<!doctype html` (or an element only HTML has, for a fragment of a page) decides; a JSON object with `items` is a JSON Feed.
    public static func sniff(_ bytes: [UInt8], contentType: String? = nil) -> WebContent {
        var start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        while start < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[start]) { start += 1 }
        let head = String(decoding: bytes[start...].prefix(1024).map { $0 < 0x80 ? $0 : 0x20 }, as: UTF8.self).lowercased()
        if head.hasPrefix("{") {
            return head.contains("jsonfeed.org/version") || head.contains("\"items\"") ? .jsonFeed : .other
        }
        guard head.hasPrefix("<") else { return fromType(contentType) }
        let feedMark = ["<rss", "<rdf:rdf", "<feed"].compactMap { head.range(of: $0)?.lowerBound }.min()
        let htmlMark = (["<!doctype html", "<html", "<head", "<body"] + fragmentMarks)
            .compactMap { head.range(of: $0)?.lowerBound }.min()
        switch (feedMark, htmlMark) {
        case let (feed?, html?): return feed < html ? .feed : .html
        case (_?, nil): return .feed
        case (nil, _?): return .html
        case (nil, nil): return fromType(contentType)
        }
    }

    /// Whether a JSON document says it is a JSON Feed (its `version` names jsonfeed.org in the first kilobyte),
    /// rather than being taken for one by its `items`.
    public static func declaresJSONFeed(_ bytes: [UInt8]) -> Bool {
        String(decoding: bytes.prefix(1024), as: UTF8.self).lowercased().contains("jsonfeed.org/version")
    }

    /// Elements that only HTML has: a saved fragment of a page (an article's body without `<html>` around it) is a
    /// page too, not XML data.
    static let fragmentMarks = ["<p>", "<p ", "<div", "<article", "<section", "<main", "<span", "<h1", "<h2", "<h3",
                                "<br>", "<br/", "<br "]

    private static func fromType(_ contentType: String?) -> WebContent {
        let type = (contentType ?? "").lowercased()
        if type.contains("rss") || type.contains("atom") || type.contains("rdf") { return .feed }
        if type.contains("feed+json") { return .jsonFeed }
        if type.contains("html") { return .html }
        return .other
    }
}
