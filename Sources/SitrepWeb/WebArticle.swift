/// A block of an article's body as a web document gives it.
public enum WebBlock: Sendable, Equatable {
    case paragraph(String)
    /// A sub-headline inside the body.
    case heading(String)
    /// A photo caption or credit (a `figcaption`), kept apart from the body paragraphs.
    case caption(String)

    /// The block's text.
    public var text: String {
        switch self {
        case let .paragraph(text), let .heading(text), let .caption(text): text
        }
    }
}

/// An article read out of a feed item or a web page, ready to be written as a text file the core reads.
public struct WebArticle: Sendable, Equatable {
    public var title: String
    /// The publication that carries it (the feed's or the site's name).
    public var outlet: String?
    /// Where the article is on the web.
    public var url: String?
    public var author: String?
    /// Publication date and time, ISO 8601 in UTC (`2025-01-12T09:30:00Z`), or a day (`2025-01-12`).
    public var date: String?
    public var blocks: [WebBlock]

    public init(title: String, outlet: String? = nil, url: String? = nil, author: String? = nil, date: String? = nil,
                blocks: [WebBlock]) {
        self.title = title
        self.outlet = outlet
        self.url = url
        self.author = author
        self.date = date
        self.blocks = blocks
    }

    /// The body paragraphs' text (no headings, no captions).
    public var paragraphs: [String] {
        blocks.compactMap { if case let .paragraph(text) = $0 { text } else { nil } }
    }

    /// The article as a text file: a front matter block (title, source, date, url, author), then the title line,
    /// a byline when the author is a name, and the blocks, separated by blank lines. Captions are written as
    /// `Caption: ...`, which the parser keeps out of the body.
    public var text: String {
        let title = WebText.collapsed(self.title)
        var lines = ["---", "title: " + title]
        let fields: [(String, String?)] = [("source", outlet), ("date", date), ("url", url), ("author", author)]
        for (key, value) in fields {
            if let value = value.map(WebText.collapsed), !value.isEmpty { lines.append("\(key): \(value)") }
        }
        lines.append("---")
        var body = [title.isEmpty ? "(untitled)" : title]
        let existingByline = blocks.first.map { $0.text.hasPrefix("By ") } ?? false
        if let author = author.map(WebText.collapsed), WebArticle.isName(author), !existingByline {
            body.append("By " + author)
        }
        for block in blocks {
            let text = WebText.collapsed(block.text)
            guard !text.isEmpty, text != "---" else { continue }
            switch block {
            case .caption: body.append(text.hasPrefix("Caption:") || text.hasPrefix("Photo:") ? text : "Caption: " + text)
            case .paragraph, .heading: body.append(text)
            }
        }
        return lines.joined(separator: "\n") + "\n" + body.joined(separator: "\n\n") + "\n"
    }

    /// A person's or a desk's name: a few words, no digits, no address.
    static func isName(_ text: String) -> Bool {
        let words = text.split(separator: " ")
        return (1...6).contains(words.count) && !text.contains("@") && !text.contains("://")
            && !text.contains(where: \.isNumber) && text.first?.isUppercase == true
    }
}
