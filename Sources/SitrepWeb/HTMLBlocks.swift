import Foundation

/// The readable blocks of an HTML tree: paragraphs, sub-headlines and captions, in document order, with the
/// inline markup (links, emphasis) flattened into their text.
public enum HTMLBlocks {
    /// Elements whose content is never text to read.
    static let hidden: Set<String> = [
        "script", "style", "noscript", "template", "svg", "iframe", "object", "embed", "canvas", "form", "button",
        "select", "input", "textarea", "head", "video", "audio", "map",
    ]
    /// Elements that start and end a block of text.
    static let blockTags: Set<String> = [
        "p", "div", "section", "article", "main", "blockquote", "pre", "li", "ul", "ol", "dl", "dt", "dd", "table",
        "tr", "td", "th", "figure", "figcaption", "h1", "h2", "h3", "h4", "h5", "h6", "header", "footer", "address",
        "br", "hr", "body", "aside", "nav",
    ]
    static let headingTags: Set<String> = ["h1", "h2", "h3", "h4", "h5", "h6"]

    /// The blocks of an element and its descendants. `keep` decides whether an element is read at all (the page
    /// extractor drops navigation with it); hidden elements are always dropped.
    public static func of(_ element: MarkupElement, keep: (MarkupElement) -> Bool = { _ in true }) -> [WebBlock] {
        var collector = Collector()
        collector.walk(element, keep: keep)
        collector.flush()
        return collector.blocks
    }

    /// The blocks of an HTML fragment (a feed item's content), parsed with libxml2's HTML parser.
    public static func of(fragment html: String) -> [WebBlock] {
        guard let root = Markup.html(Array(("<html><body>" + html + "</body></html>").utf8), encoding: "UTF-8") else {
            return []
        }
        return of(root)
    }

    /// Plain text (a feed's `content_text`, an Atom `type="text"` element): paragraphs between blank lines, or one
    /// per line when there are no blank lines.
    public static func of(plainText text: String) -> [WebBlock] {
        let normalised = text.replacingOccurrences(of: "\r\n", with: "\n")
        let parts = normalised.contains("\n\n") ? normalised.components(separatedBy: "\n\n") : normalised.components(separatedBy: "\n")
        return parts.map(WebText.collapsed).filter { !$0.isEmpty }.map(WebBlock.paragraph)
    }

    private enum Kind { case paragraph, heading, caption }

    private struct Collector {
        var blocks: [WebBlock] = []
        var buffer = ""

        mutating func flush(as kind: Kind = .paragraph) {
            let text = WebText.collapsed(buffer)
            buffer = ""
            guard !text.isEmpty else { return }
            switch kind {
            case .paragraph: blocks.append(.paragraph(text))
            case .heading: blocks.append(.heading(text))
            case .caption: blocks.append(.caption(text))
            }
        }

        /// Reads an element; the text of a block is a heading or a caption when it lies inside one.
        mutating func walk(_ element: MarkupElement, keep: (MarkupElement) -> Bool, kind inherited: Kind = .paragraph) {
            guard !HTMLBlocks.hidden.contains(element.name), keep(element) else { return }
            let kind: Kind = element.name == "figcaption" ? .caption
                : HTMLBlocks.headingTags.contains(element.name) ? .heading : inherited
            let block = HTMLBlocks.blockTags.contains(element.name)
            if block { flush(as: inherited) }
            for child in element.children {
                switch child {
                case let .text(text): buffer += text
                case let .element(inner): walk(inner, keep: keep, kind: kind)
                }
            }
            if block { flush(as: kind) }
        }
    }
}
