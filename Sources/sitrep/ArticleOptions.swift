import ArgumentParser
import Foundation
import SitrepCore

/// `--one-article` / `--no-one-article`, shared by the commands that read files: how files are cut into articles.
/// Without either, a folder's settings file (``FolderSettings``) decides, then, for a file already in the library,
/// the way it was stored; else articles are found from the text.
struct ArticleOptions: ParsableArguments {
    @Flag(inversion: .prefixedNo, help: ArgumentHelp(
        "Each file is one article (--no-one-article: find articles in each file, whatever a folder's .sitrep says)."))
    var oneArticle: Bool?

    /// How files are cut into articles: the command line's choice, else each file's folder settings.
    func choice() -> BoundaryChoice { BoundaryChoice(oneArticle: oneArticle) }
}

/// How each file named on a command line is cut into articles: `--one-article` or `--no-one-article` for every
/// file, else the nearest `.sitrep` settings file of the folders above it (each read once).
final class BoundaryChoice: @unchecked Sendable {
    private let oneArticle: Bool?
    private let lock = NSLock()
    private var known: [String: Result<FolderSettings?, CLIError>] = [:]

    init(oneArticle: Bool?) {
        self.oneArticle = oneArticle
    }

    /// How the command line says every input is cut into articles; nil when it does not say (a web address has no
    /// folder settings).
    var commandLine: ArticleParser.Boundaries? {
        oneArticle.map { $0 ? .wholeSource : .detected }
    }

    /// How the file at `path` is cut into articles, when the command line or a folder says; nil when neither does.
    /// A settings file that cannot be read is an error for each file under it.
    func boundaries(for path: String) throws(CLIError) -> ArticleParser.Boundaries? {
        if let commandLine { return commandLine }
        guard path != "-" else { return nil }
        var folder = Ingest.canonical((path as NSString).deletingLastPathComponent.isEmpty
            ? "." : (path as NSString).deletingLastPathComponent)
        while let current = folder {
            if let boundaries = try settings(of: current).get()?.boundaries { return boundaries }
            guard current != "/" else { break }
            let parent = (current as NSString).deletingLastPathComponent
            folder = parent.isEmpty ? nil : parent
        }
        return nil
    }

    /// The settings of one folder, read once; nil when it has none.
    private func settings(of folder: String) -> Result<FolderSettings?, CLIError> {
        if let kept = lock.withLock({ known[folder] }) { return kept }
        let file = (folder == "/" ? "" : folder) + "/" + FolderSettings.fileName
        let result: Result<FolderSettings?, CLIError>
        if !FileManager.default.fileExists(atPath: file) {
            result = .success(nil)
        } else if let data = FileManager.default.contents(atPath: file), let text = String(data: data, encoding: .utf8) {
            do {
                result = .success(try FolderSettings.parse(text))
            } catch {
                result = .failure(CLIError("\(file): \(error.description)"))
            }
        } else {
            result = .failure(CLIError("\(file): cannot read the folder's settings"))
        }
        lock.withLock { known[folder] = result }
        return result
    }
}
