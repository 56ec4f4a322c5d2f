import ArgumentParser
import SitrepCore
import SitrepStore

/// `sitrep search QUERY`: full-text search of the library.
struct Search: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Search titles, headings and paragraphs of the library, best matches first.",
        discussion: """
        QUERY uses FTS5 syntax: words, "a phrase", prefix*, AND, OR, NOT, parentheses. Matching ignores case and \
        diacritics in every script. Each hit is printed as source:line with the matched words highlighted.
        """
    )

    @OptionGroup var library: LibraryOptions
    @OptionGroup var output: OutputOptions

    @Option(help: "Show at most this many hits.")
    var limit = 50

    @Argument(help: "The search query.")
    var query: [String]

    func run() throws {
        let text = query.joined(separator: " ")
        let store = try library.openForReading()
        let hits = try libraryCall { try store.search(text, limit: limit) }
        if output.json {
            try Output.json(hits.map(HitJSON.init))
        } else if output.csv {
            Output.csv(header: ["source", "line", "kind", "article", "title", "snippet"], rows: hits.map { hit in
                [hit.source, "\(hit.line)", hit.kind, "\(hit.article)", hit.articleTitle, Search.marked(hit.snippet, styled: false)]
            })
        } else {
            let styled = Output.styled
            Output.write(styled: hits.map { hit in
                "\(VisibleText.line(hit.source)):\(hit.line): \(Search.marked(hit.snippet, styled: styled))\n"
            }.joined())
        }
    }

    /// A snippet with its matches shown: bold on a terminal, between brackets otherwise. The snippet's own text
    /// has its control characters made visible; the only escape sequences are the marks'.
    static func marked(_ snippet: String, styled: Bool) -> String {
        let (start, end) = styled ? ("\u{1B}[1;4m", "\u{1B}[0m") : ("[", "]")
        return snippet.split(separator: SearchHit.markEnd, omittingEmptySubsequences: false)
            .map { piece in
                piece.split(separator: SearchHit.markStart, omittingEmptySubsequences: false)
                    .map { VisibleText.line($0) }.joined(separator: start)
            }.joined(separator: end)
    }

    /// A hit as JSON.
    struct HitJSON: Encodable {
        var source: String
        var line: Int
        var kind: String
        var article: Int
        var title: String
        var segment: Int?
        var snippet: String

        init(_ hit: SearchHit) {
            source = hit.source
            line = hit.line
            kind = hit.kind
            article = hit.article
            title = hit.articleTitle
            segment = hit.segment
            snippet = Search.marked(hit.snippet, styled: false)
        }

        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(source, forKey: .source)
            try c.encode(line, forKey: .line)
            try c.encode(kind, forKey: .kind)
            try c.encode(article, forKey: .article)
            try c.encode(title, forKey: .title)
            try c.encode(segment, forKey: .segment)
            try c.encode(snippet, forKey: .snippet)
        }

        enum CodingKeys: String, CodingKey { case source, line, kind, article, title, segment, snippet }
    }
}
