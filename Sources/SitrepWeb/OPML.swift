/// OPML, the outline format feed readers exchange subscriptions in.
public enum OPML {
    /// The feeds of an OPML document: every `outline` with an `xmlUrl`, named by its `title` or `text`, tagged with
    /// the titles of the folders (outer outlines) it is in.
    public static func subscriptions(_ bytes: [UInt8]) throws(MarkupError) -> [Subscription] {
        let root = try Markup.xml(bytes)
        var result: [Subscription] = []
        func visit(_ element: MarkupElement, folders: [String]) {
            for outline in element.children("outline") {
                let name = FeedParser.nonEmpty(outline["title"]) ?? FeedParser.nonEmpty(outline["text"])
                if let url = FeedParser.nonEmpty(outline["xmlUrl"]) {
                    result.append(Subscription(url: url, tags: folders, name: name))
                }
                let folder = outline["xmlUrl"] == nil ? name : nil
                visit(outline, folders: folders + (folder.map { [$0] } ?? []))
            }
        }
        visit(root.child("body") ?? root, folders: [])
        return result
    }

    /// An OPML 2.0 document listing the subscriptions (tags are not part of OPML and are left out).
    public static func document(_ subscriptions: [Subscription]) -> String {
        var lines = [
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>", "<opml version=\"2.0\">",
            "  <head><title>sitrep subscriptions</title></head>", "  <body>",
        ]
        for subscription in subscriptions {
            let name = escaped(subscription.name ?? subscription.url)
            lines.append("    <outline type=\"rss\" text=\"\(name)\" title=\"\(name)\" xmlUrl=\"\(escaped(subscription.url))\"/>")
        }
        lines += ["  </body>", "</opml>"]
        return lines.joined(separator: "\n") + "\n"
    }

    private static func escaped(_ text: String) -> String {
        var result = ""
        for character in WebText.collapsed(text) {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            default: result.append(character)
            }
        }
        return result
    }
}
