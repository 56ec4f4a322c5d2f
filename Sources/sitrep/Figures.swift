import ArgumentParser
import Foundation
import SitrepCore

/// `sitrep figures`: casualty and damage figures with who gives them, for analysts (ACLED-style columns).
struct Figures: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List casualty and damage figures: value, category, what they count, hedge, who gives them.",
        discussion: """
        With files or folders, they are analysed together and nothing is stored; with none, the library as stored. \
        Figures of the same story, category and counted group from different sources are compared: agree, differ, \
        subset (a part of another source's group) or update (a later day's count).
        """
    )

    @OptionGroup var library: LibraryOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var articles: ArticleOptions

    @Option(help: "Only figures of this story (an id from the export, such as st3).")
    var story: String?

    @Option(help: "Only figures of this category: killed, injured, casualties, missing, detained, displaced, evacuated, without-power, damaged, destroyed, deployed, exchanged, launched, other.")
    var category: String?

    @Argument(help: "Text files or folders to analyse; none reads the library.")
    var paths: [String] = []

    func run() throws {
        var story = story
        let (document, loaded) = try library.document(paths, articles: articles) { library in
            // A story merged into another since its id was given out is the one that absorbed it.
            if let id = story.flatMap({ Int($0.dropFirst(2)) }), story?.hasPrefix("st") == true {
                story = "st\(try library.resolve(.story, id))"
            }
        }
        let figures = document.figures(story: story, category: category)
        if output.json {
            try Output.json(figures)
        } else if output.csv {
            let (header, rows) = document.table("figures")
            let wanted = Set(figures.map(\.id))
            let idColumn = header.firstIndex(of: "id") ?? 0
            Output.csv(header: header, rows: rows.filter { wanted.contains($0[idColumn]) })
        } else {
            Output.write(figures.map { figure in
                // The number as written ("23,000", "Two", "dozens").
                let what = [figure.hedge, figure.number, figure.counts, figure.category].compactMap { $0 }
                    .filter { !$0.isEmpty }.joined(separator: " ")
                let who = figure.saidBy.map { " (\($0))" } ?? ""
                let compared = figure.comparison.map { " [\($0)]" } ?? ""
                return VisibleText.line("\(figure.source):\(figure.line): \(what)\(who)\(compared)") + "\n"
            }.joined())
        }
        try SourceLoader.finish(loaded)
    }
}
