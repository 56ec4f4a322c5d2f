import ArgumentParser
import Foundation
import SitrepCore

/// A command-line failure, reported as one line.
struct CLIError: Error, CustomStringConvertible {
    let description: String
    /// The failure stops a run that would otherwise go on to the next file (the library itself failed).
    let fatal: Bool
    init(_ description: String, fatal: Bool = false) {
        self.description = description
        self.fatal = fatal
    }
}

/// Reads the files named on the command line: files as given, folders recursively (see ``FileWalk``), `-` for
/// standard input. Every file is decoded before anything is analysed, so a bad one stops the run. A web page or a
/// feed (by its content) is read as its article or items; a file that is not text by its content (JSON, a PDF, an
/// image...) is left out with one line saying what it looks like.
enum SourceLoader {
    /// The files read, each with how it is cut into articles, and one line for each file left out.
    struct Loaded {
        var inputs: [SourceInput] = []
        var refused: [String] = []
    }

    /// Decodes every text file under the paths; the first path that cannot be read or decoded is an error, and so
    /// is a command line whose every file was left out (the last one's line is the error). Each file left out is
    /// reported at once, before the command's work on the others.
    static func load(_ paths: [String], articles: ArticleOptions) throws -> Loaded {
        let walk = FileWalk(paths)
        if let problem = walk.problems.first { throw CLIError(problem) }
        let choice = articles.choice()
        var loaded = Loaded()
        for path in walk.files {
            let name = path == "-" ? "stdin" : path
            let bytes = try FileRead.bytes(path)
            // A saved page or feed is read as ingest reads it: its article, or its items.
            if let web = try WebIngest.articles(ofFile: bytes, name: name) {
                let chosen = try choice.boundaries(for: path)
                loaded.inputs += web.map { SourceInput($0.source, boundaries: chosen ?? $0.boundaries ?? .detected) }
                continue
            }
            if let refusal = ContentKind.of(bytes).refusal(file: path == "-" ? "standard input" : path) {
                loaded.refused.append(refusal)
                continue
            }
            do {
                let source = try SourceText.decode(name: name, bytes: bytes)
                loaded.inputs.append(SourceInput(source, boundaries: try choice.boundaries(for: path) ?? .detected))
            } catch let error as InputError {
                throw CLIError(error.description)
            }
        }
        if loaded.inputs.isEmpty, let last = loaded.refused.last {
            loaded.refused.dropLast().forEach(Output.report)
            throw CLIError(last)
        }
        loaded.refused.forEach(Output.report)
        return loaded
    }

    /// Ends a command with exit status 1 when files were left out (after its work on the others is done).
    static func finish(_ loaded: Loaded) throws {
        if !loaded.refused.isEmpty { throw ExitCode(1) }
    }

    /// The sample corpus compiled into the binary.
    static func bundledCorpus() -> [SourceInput] {
        BundledCorpus.files.keys.sorted().map { name in
            SourceInput(SourceText(name: "Resources/corpus/" + name, text: BundledCorpus.files[name]!))
        }
    }
}
