import Foundation
@testable import SitrepCore

/// Analyses texts given inline, each as its own file.
func analyze(_ texts: String...) -> Analysis {
    Analyzer().analyze(texts.enumerated().map { SourceText(name: "t\($0.offset).txt", text: $0.element) })
}

/// Parses one inline text into articles.
func parse(_ text: String) -> [Article] {
    ArticleParser().parse(SourceText(name: "t.txt", text: text))
}

extension Analysis {
    /// The canonical name of a quotation's speaker.
    func speakerName(_ quote: Quotation) -> String? { quote.speaker.map { speakers[$0].name } }

    /// The speakers' canonical names of the quotations starting with each prefix, in order.
    func speakerNames(_ prefixes: String...) throws -> [String?] {
        try prefixes.map { speakerName(try quote($0)) }
    }

    /// The quotation whose text starts with `prefix`; a test failure when there is none.
    func quote(_ prefix: String) throws -> Quotation {
        guard let quote = quotes.first(where: { $0.text.hasPrefix(prefix) }) else {
            throw Missing(what: "no quotation starts with \(prefix); found \(quotes.map(\.text))")
        }
        return quote
    }
}

/// The package's root folder, found from this file.
let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// The sample corpus as bundled in Resources/corpus.
func corpusSources() throws -> [SourceText] {
    let folder = packageRoot.appending(path: "Resources/corpus")
    return try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted().filter { $0.hasSuffix(".txt") }.map {
        try SourceText.decode(name: $0, bytes: Array(Data(contentsOf: folder.appending(path: $0))))
    }
}

/// A value a test needed was not produced.
struct Missing: Error, CustomStringConvertible {
    let what: String
    var description: String { what }
}

/// The hand annotation of the samples: from ../shared when present, else the copy kept with the tests.
func goldURL() -> URL {
    let shared = packageRoot.deletingLastPathComponent().appending(path: "shared/gold/seeds.gold.json")
    let local = packageRoot.appending(path: "Tests/SitrepCoreTests/Fixtures/seeds.gold.json")
    return FileManager.default.fileExists(atPath: shared.path) ? shared : local
}
