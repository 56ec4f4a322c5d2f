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
/// standard input. Every file is decoded before anything is analysed, so a bad one stops the run.
enum SourceLoader {
    /// Decodes every file under the paths; the first path that cannot be read or decoded is an error.
    static func load(_ paths: [String]) throws -> [SourceText] {
        let walk = FileWalk(paths)
        if let problem = walk.problems.first { throw CLIError(problem) }
        return try walk.files.map { path in
            do {
                return try SourceText.decode(name: path == "-" ? "stdin" : path, bytes: FileRead.bytes(path))
            } catch let error as InputError {
                throw CLIError(error.description)
            }
        }
    }

    /// The sample corpus compiled into the binary.
    static func bundledCorpus() -> [SourceText] {
        BundledCorpus.files.keys.sorted().map { name in
            SourceText(name: "Resources/corpus/" + name, text: BundledCorpus.files[name]!)
        }
    }
}
