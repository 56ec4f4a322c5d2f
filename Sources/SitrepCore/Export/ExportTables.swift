import Foundation

extension ExportDocument {
    /// The document as JSON lines: one record per line, each with a `type` (`article`, `quote`, `speaker`,
    /// `story`, `figure`) and the fields of its record in the JSON export.
    public func jsonLines() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var text = ""
        func add(_ type: String, _ record: some Encodable) throws {
            guard var object = try JSONSerialization.jsonObject(with: encoder.encode(record)) as? [String: Any] else { return }
            object["type"] = type
            let line = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])
            text += String(decoding: line, as: UTF8.self) + "\n"
        }
        for record in articles { try add("article", record) }
        for record in quotes { try add("quote", record) }
        for record in speakers { try add("speaker", record) }
        for record in stories { try add("story", record) }
        for record in figures { try add("figure", record) }
        return text
    }

    /// The figures of one story and of one kind, either or both (nil: all), as `sitrep figures` lists them.
    public func figures(story: String? = nil, category: String? = nil) -> [FigureRecord] {
        figures.filter { (story == nil || $0.story == story) && (category == nil || $0.category == category) }
    }

    /// One table of the document for CSV: its header and rows. Lists are joined with "; ".
    public func table(_ name: String) -> (header: [String], rows: [[String]]) {
        let text = { (value: String?) in value ?? "" }
        switch name {
        case "articles":
            return (["id", "source", "first_line", "last_line", "title", "title_derived", "standfirst", "byline",
                     "dateline", "captions", "truncated", "kind", "segments"],
                    articles.map { article in
                        [article.id, article.source, "\(article.lines[0])", "\(article.lines[1])", article.title,
                         "\(article.titleDerived)", text(article.standfirst), text(article.byline), text(article.dateline),
                         article.captions.joined(separator: "; "), "\(article.truncated)", article.kind,
                         article.segments.map(\.id).joined(separator: "; ")]
                    })
        case "segments":
            return (["id", "article", "heading", "first_line", "last_line", "story"],
                    articles.flatMap { article in
                        article.segments.map { segment in
                            [segment.id, article.id, text(segment.heading), "\(segment.lines[0])", "\(segment.lines[1])", segment.story]
                        }
                    })
        case "speakers":
            return (["id", "name", "aliases", "kind", "description", "quotes", "named"],
                    speakers.map { [$0.id, $0.name, $0.aliases.joined(separator: "; "), $0.kind, text($0.description), "\($0.quotes)",
                                    "\($0.named)"] })
        case "stories":
            return (["id", "title", "segments", "shared_terms"],
                    stories.map { [$0.id, $0.title, $0.segments.joined(separator: "; "), $0.sharedTerms.joined(separator: "; ")] })
        case "figures":
            return (["source", "line", "column", "number", "value", "counts", "category", "hedge", "segment", "story", "comparison",
                     "id", "vague", "least", "said_by", "date", "place", "article", "counterparts", "upper_value"],
                    figures.map { figure in
                        [figure.source, "\(figure.line)", "\(figure.column)", figure.number, figure.value.map { "\($0)" } ?? "",
                         figure.counts, text(figure.category), text(figure.hedge), figure.segment, figure.story,
                         text(figure.comparison), figure.id, "\(figure.vague)", "\(figure.least)", text(figure.saidBy),
                         text(figure.date), text(figure.place), figure.article, figure.counterparts.joined(separator: "; "),
                         figure.upperValue.map { "\($0)" } ?? ""]
                    })
        default:
            return (["id", "article", "segment", "source", "line", "column", "text", "kind", "speaker", "speaker_name", "cue"],
                    quotes.map { quote in
                        [quote.id, quote.article, quote.segment, quote.source, "\(quote.line)", "\(quote.column)", quote.text,
                         quote.kind, text(quote.speaker), text(quote.speakerName), text(quote.cue)]
                    })
        }
    }
}
