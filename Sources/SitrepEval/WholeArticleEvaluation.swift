import Foundation
import SitrepCore

/// Whole real articles written to files as a user would: each must come out as one article, and files of several
/// articles must split exactly at their titles.
/// - layout-dev: every record in two layouts (one paragraph a line; blank lines between paragraphs), with and
///   without its title as the first line; the share of files parsed as exactly one article;
/// - news sample one a file (title, then paragraphs; the two layouts alternate): the share parsed as one article;
/// - news sample five a file (same layouts): precision, recall and F1 of article starts at the titles.
enum WholeArticleEvaluation {
    /// How the paragraphs of an article are laid out in its file.
    enum Layout: String, CaseIterable {
        case lines, blank

        var separator: String { self == .lines ? "\n" : "\n\n" }
    }

    /// An article as a title and its paragraphs.
    struct Record {
        var id: String
        var title: String
        var paragraphs: [String]

        /// The file text: the title (when asked) and the paragraphs in `layout`; the first line of each part.
        func file(_ layout: Layout, title withTitle: Bool) -> String {
            ((withTitle ? [title] : []) + paragraphs).joined(separator: layout.separator) + "\n"
        }
    }

    static let verbose = ProcessInfo.processInfo.environment["VERBOSE"] != nil

    /// layout-dev.jsonl: the share of records that come out as exactly one article, per layout, with and without title.
    static func runLayoutDev(_ url: URL, parser: ArticleParser) throws {
        guard FileManager.default.fileExists(atPath: url.path) else {
            print("skipped: \(url.path) is not here")
            return
        }
        let records = try JSONLines.read(url).compactMap { document -> Record? in
            guard let text = document["text"] as? String, let title = document["title"] as? String else { return nil }
            return Record(id: (document["id"] as? String) ?? "?", title: title, paragraphs: paragraphs(of: text))
        }
        print("layout-dev: \(records.count) single articles")
        for layout in Layout.allCases {
            for withTitle in [true, false] {
                var whole = 0
                for record in records {
                    let count = parser.parse(SourceText(name: record.id, text: record.file(layout, title: withTitle))).count
                    if count == 1 { whole += 1 } else if verbose { explain(record.file(layout, title: withTitle), id: "\(layout) title \(withTitle) \(record.id)", parser: parser) }
                }
                let share = Double(whole) / Double(max(1, records.count))
                let name = "layout_dev.one_article.\(layout.rawValue).\(withTitle ? "title" : "no_title")"
                print("layout-dev \(layout.rawValue), \(withTitle ? "with" : "without") title: \(whole)/\(records.count) one article")
                figure(name, share)
            }
        }
    }

    /// news-sample.jsonl written one article a file and five articles a file.
    static func runNewsSample(_ url: URL, parser: ArticleParser) throws {
        let records = try JSONLines.read(url).compactMap { document -> Record? in
            guard let text = document["text"] as? String, let title = document["title"] as? String else { return nil }
            let paragraphs = paragraphs(of: text)
            return paragraphs.isEmpty ? nil : Record(id: (document["id"] as? String) ?? "?", title: title, paragraphs: paragraphs)
        }
        var whole = 0
        for (index, record) in records.enumerated() {
            let layout: Layout = index % 2 == 0 ? .lines : .blank
            let count = parser.parse(SourceText(name: record.id, text: record.file(layout, title: true))).count
            if count == 1 { whole += 1 } else if verbose { explain(record.file(layout, title: true), id: "one-a-file \(layout) \(record.id)", parser: parser) }
        }
        print("news sample one a file: \(whole)/\(records.count) one article")
        figure("news_sample.one_a_file.one_article", Double(whole) / Double(max(1, records.count)))
        var counts = LayoutEvaluation.Counts()
        var files = 0
        for start in stride(from: 0, to: records.count - 4, by: 5) {
            let layout: Layout = files % 2 == 0 ? .lines : .blank
            var text = ""
            var gold: Set<Int> = []
            var line = 1
            for record in records[start..<(start + 5)] {
                gold.insert(line)
                let file = record.file(layout, title: true)
                text += file
                line += file.reduce(0) { $0 + ($1 == "\n" ? 1 : 0) }
                if layout == .blank { text += "\n"; line += 1 }
            }
            let predicted = Set(parser.parse(SourceText(name: "five", text: text)).map(\.lines.lowerBound))
            counts.add(predicted: predicted, gold: gold)
            if verbose {
                let lines = text.components(separatedBy: "\n")
                for extra in predicted.subtracting(gold).sorted() { print("  five \(files) extra at \(extra): \(lines[extra - 1].prefix(90))") }
                for missed in gold.subtracting(predicted).sorted() { print("  five \(files) missed at \(missed): \(lines[missed - 1].prefix(90))") }
            }
            files += 1
        }
        print("news sample five a file (\(files) files): article boundaries precision \(format(counts.precision)) "
            + "recall \(format(counts.recall)) F1 \(format(counts.f1))")
        figure("news_sample.five_a_file.article_f1", counts.f1)
    }

    /// Prints where a single article was split: the end of the line before each extra start, and the start's line.
    static func explain(_ text: String, id: String, parser: ArticleParser) {
        let lines = text.components(separatedBy: "\n")
        for article in parser.parse(SourceText(name: id, text: text)).dropFirst() {
            let start = article.lines.lowerBound
            let before = lines[..<(start - 1)].last { !$0.isEmpty } ?? ""
            print("  split \(id) at \(start) [\(article.kind)]: …\(before.suffix(60)) ‖ \(lines[start - 1].prefix(80))")
        }
    }

    /// The paragraphs of a data set text: blank-line separated blocks, or hard-wrapped lines with indented
    /// paragraph starts (the Reuters wire), each joined into one line.
    static func paragraphs(of text: String) -> [String] {
        var result: [String] = []
        var current: [String] = []
        func flush() {
            if !current.isEmpty { result.append(current.joined(separator: " ")) }
            current = []
        }
        for line in text.components(separatedBy: "\n") {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty { flush(); continue }
            if line.first?.isWhitespace == true { flush() }
            current.append(trimmed)
        }
        flush()
        return result
    }
}

/// Prints one figure in the form the quality gate reads: `figure <dotted.name> <value with 3 decimals>`.
func figure(_ name: String, _ value: Double) {
    print("figure \(name) \(format(value))")
}
