import ArgumentParser
import Foundation
import SitrepCore

/// `sitrep export --format json FILE...`: the interchange format of `shared/notes/export-json.md`.
struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write articles, segments, quotations, speakers, stories and figures as JSON.",
        discussion: "Sources are reported as given on the command line. See the README for the format."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case json }

    @Option(help: "Output format: \(Format.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: Format = .json

    @Argument(help: "Text files or folders to analyse.")
    var paths: [String] = []

    func run() throws {
        guard !paths.isEmpty else { throw ValidationError("give one or more files or folders to export") }
        let analysis = Analyzer().analyze(try SourceLoader.load(paths))
        FileHandle.standardOutput.write(ExportDocument(analysis).json())
        FileHandle.standardOutput.write(Data("\n".utf8))
    }
}
