import ArgumentParser
import Foundation
import SitrepCore

/// `sitrep export`: the interchange format of `shared/notes/export-json.md`, for files or the whole library.
struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write articles, segments, quotations, speakers, stories and figures as JSON, JSON lines or CSV.",
        discussion: """
        With files or folders, they are analysed together and nothing is stored; with none, the whole library is \
        exported as it is stored (nothing is analysed again), its ids the library's own with a prefix per kind \
        (a12, s40, q7, p3, st9, f2: the numbers quotes --json and stories give). json writes one object (see the README); jsonl writes one record per line with a "type" field \
        (article, quote, speaker, story, figure); csv writes one table, chosen with --table.
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case json, jsonl, csv }
    enum Table: String, ExpressibleByArgument, CaseIterable { case articles, segments, quotes, speakers, stories, figures }

    @OptionGroup var library: LibraryOptions
    @OptionGroup var articles: ArticleOptions

    @Option(help: "Output format: \(Format.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: Format = .json

    @Option(help: "The table --format csv writes: \(Table.allCases.map(\.rawValue).joined(separator: ", ")).")
    var table: Table = .quotes

    @Argument(help: "Text files or folders to analyse; none exports the library.")
    var paths: [String] = []

    func run() throws {
        let (document, loaded) = try library.document(paths, articles: articles)
        switch format {
        case .json:
            Output.write(json: String(decoding: document.json(), as: UTF8.self) + "\n")
        case .jsonl:
            Output.write(json: try document.jsonLines())
        case .csv:
            let (header, rows) = document.table(table.rawValue)
            Output.csv(header: header, rows: rows)
        }
        try SourceLoader.finish(loaded)
    }
}
