import Foundation

/// Reads the article out of a web page, as readability does: page furniture (navigation, menus, headers and
/// footers, asides, share buttons, related links, cookie notices, scripts and styles) is dropped, every block of
/// the rest is scored by its text (length, commas) and the scores flow to its parents, a parent's score falls with
/// the share of its text inside links and rises or falls with its class and id; the best parent is the article.
public enum PageExtractor {
    /// Why a page gave no article.
    public enum Failure: Error, Equatable, Sendable, CustomStringConvertible {
        case noDocument
        case noText

        public var description: String {
            switch self {
            case .noDocument: "not an HTML document"
            case .noText: "no article text found in the page"
            }
        }
    }

    /// Elements that are page furniture wherever they are.
    static let furnitureTags: Set<String> = ["nav", "aside", "footer", "header", "menu", "dialog"]
    /// ARIA roles of page furniture.
    static let furnitureRoles: Set<String> = [
        "navigation", "banner", "contentinfo", "complementary", "menu", "menubar", "dialog", "alertdialog", "search",
        "toolbar",
    ]
    /// Words of a class or id that mark furniture whatever else the name says.
    static let furnitureWords: Set<String> = [
        "nav", "navbar", "navigation", "menu", "breadcrumb", "breadcrumbs", "share", "sharing", "social", "related",
        "recommended", "recirculation", "cookie", "cookies", "consent", "gdpr", "newsletter", "subscribe", "signup",
        "promo", "advert", "advertisement", "ads", "ad", "sponsor", "sponsored", "outbrain", "taboola", "popup",
        "modal", "paywall", "comments", "comment", "sidebar", "trending", "mostread", "popular", "readmore",
        "skip", "toolbar", "widget", "banner", "masthead", "footer", "tags",
    ]
    /// Words that mark furniture unless the name also has a word of ``contentWords``.
    static let weakFurnitureWords: Set<String> = ["header", "meta", "extra", "pager", "pagination", "hidden", "tools"]
    /// Words of a class or id that mark the article.
    static let contentWords: Set<String> = [
        "article", "body", "content", "entry", "main", "post", "story", "text", "blog", "page", "prose",
    ]

    /// The article of an HTML page. `url` is where the page was read from (the canonical link wins when the page
    /// gives one); `encoding` is the charset HTTP declared.
    public static func article(_ bytes: [UInt8], encoding: String? = nil, url: String? = nil) throws(Failure) -> WebArticle {
        guard let root = Markup.html(bytes, encoding: encoding) else { throw .noDocument }
        let meta = PageMetadata(root, url: url)
        let body = root.child("body") ?? root
        var scores: [Int: Double] = [:]
        var candidates: [Int: MarkupElement] = [:]
        score(body, ancestors: [], scores: &scores, candidates: &candidates)
        var best: MarkupElement?
        var bestScore = 0.0
        for (id, element) in candidates {
            let final = (scores[id] ?? 0) * (1 - linkDensity(element))
            if final > bestScore || (final == bestScore && element.id < (best?.id ?? .max)) {
                best = element
                bestScore = final
            }
        }
        let chosen = best.map { articleAround($0, in: body) } ?? body
        // The headline and byline are the article's own fields; labels and lists of links are furniture.
        let links = linkTexts(in: chosen)
        let blocks = HTMLBlocks.of(chosen, keep: { !isFurniture($0) }).filter { block in
            block.text != meta.title && !isLabel(block) && !links.contains(block.text)
                && !(block.text.count < 40 && meta.byline.map(block.text.contains) == true)
        }
        guard blocks.contains(where: { if case .paragraph = $0 { true } else { false } }) else { throw .noText }
        return WebArticle(title: meta.title ?? blocks[0].text, outlet: meta.outlet, url: meta.url, author: meta.byline,
                          date: meta.date, blocks: blocks)
    }

    /// The `article` element that holds the best candidate within three levels, when there is one: its figures
    /// and captions lie beside the body's text (furniture inside it is still dropped).
    private static func articleAround(_ candidate: MarkupElement, in body: MarkupElement) -> MarkupElement {
        if candidate.name == "article" { return candidate }
        var found: MarkupElement?
        func search(_ element: MarkupElement, path: [MarkupElement]) -> Bool {
            if element.id == candidate.id {
                found = path.suffix(3).last { $0.name == "article" }
                return true
            }
            return element.elements.contains { search($0, path: path + [element]) }
        }
        _ = search(body, path: [])
        return found ?? candidate
    }

    /// Whether an element is page furniture: by tag, role, `hidden`, or the words of its class and id.
    static func isFurniture(_ element: MarkupElement) -> Bool {
        if furnitureTags.contains(element.name) { return true }
        if let role = element["role"], furnitureRoles.contains(role.lowercased()) { return true }
        if element["hidden"] != nil || element["aria-hidden"] == "true" { return true }
        if ["body", "article", "main", "html"].contains(element.name) { return false }
        let words = nameWords(element)
        if !words.isDisjoint(with: furnitureWords) { return true }
        return !words.isDisjoint(with: weakFurnitureWords) && words.isDisjoint(with: contentWords)
    }

    /// The words of an element's class, id and component name, lower-cased (`article-body__share` gives article,
    /// body, share).
    static func nameWords(_ element: MarkupElement) -> Set<String> {
        let names = ["class", "id", "data-component", "data-testid"].compactMap { element[$0] }.joined(separator: " ").lowercased()
        return Set(names.split { !$0.isLetter && !$0.isNumber }.map(String.init))
    }

    /// Adds the score of every paragraph to its parent (whole), grandparent (half) and the three ancestors above
    /// (a third each), skipping furniture and what lies in it.
    private static func score(_ element: MarkupElement, ancestors: [MarkupElement], scores: inout [Int: Double],
                              candidates: inout [Int: MarkupElement]) {
        guard !HTMLBlocks.hidden.contains(element.name), !isFurniture(element) else { return }
        if ["p", "pre", "td", "blockquote"].contains(element.name) || isTextDiv(element) {
            let text = element.text
            if text.count >= 25 {
                let commas = text.filter { $0 == "," || $0 == "\u{060C}" || $0 == "\u{FF0C}" }.count
                let points = 1 + Double(commas) + min(Double(text.count) / 100, 3)
                for (level, ancestor) in ancestors.reversed().prefix(5).enumerated() {
                    if candidates[ancestor.id] == nil {
                        candidates[ancestor.id] = ancestor
                        scores[ancestor.id] = baseScore(ancestor)
                    }
                    scores[ancestor.id, default: 0] += points / (level == 0 ? 1 : level == 1 ? 2 : Double(level) * 3)
                }
            }
            return
        }
        for child in element.elements {
            score(child, ancestors: ancestors + [element], scores: &scores, candidates: &candidates)
        }
    }

    /// A `div` holding text and inline elements only: a paragraph written without `<p>`.
    private static func isTextDiv(_ element: MarkupElement) -> Bool {
        element.name == "div" && element.elements.allSatisfy { !HTMLBlocks.blockTags.contains($0.name) }
            && element.children.contains { if case let .text(text) = $0 { !WebText.collapsed(text).isEmpty } else { false } }
    }

    /// A candidate's own score: its tag, and its class and id.
    private static func baseScore(_ element: MarkupElement) -> Double {
        var score: Double
        switch element.name {
        case "article": score = 30
        case "main": score = 10
        case "div", "section": score = 5
        case "pre", "td", "blockquote": score = 3
        case "ol", "ul", "dl", "dd", "dt", "li", "form", "address": score = -3
        case "h1", "h2", "h3", "h4", "h5", "h6", "th": score = -5
        default: score = 0
        }
        if element["itemprop"] == "articleBody" { score += 25 }
        let words = nameWords(element)
        if !words.isDisjoint(with: contentWords) { score += 25 }
        if !words.isDisjoint(with: furnitureWords) { score -= 25 }
        return score
    }

    /// The share of an element's text that lies inside links.
    static func linkDensity(_ element: MarkupElement) -> Double {
        let total = element.text.count
        guard total > 0 else { return 0 }
        var linked = 0
        element.descendants { if $0.name == "a" { linked += $0.text.count } }
        return min(1, Double(linked) / Double(total))
    }

    /// A short block that is a label rather than text ("Advertisement", "Share this article").
    private static func isLabel(_ block: WebBlock) -> Bool {
        guard case .paragraph = block else { return false }
        let words = block.text.split(separator: " ").count
        return words <= 3 && !block.text.contains(where: { ".!?\u{201D}\"".contains($0) })
            && ["advertisement", "share", "share this article", "read more", "related", "subscribe"]
                .contains(block.text.lowercased())
    }

    /// The texts of the blocks that are mostly a link (lists of further stories inside the article element).
    private static func linkTexts(in element: MarkupElement) -> Set<String> {
        var texts: Set<String> = []
        element.descendants { candidate in
            guard ["p", "li", "div", "span", "h2", "h3", "h4"].contains(candidate.name) else { return }
            let text = candidate.text
            if !text.isEmpty, linkDensity(candidate) > 0.6 { texts.insert(text) }
        }
        return texts
    }
}
