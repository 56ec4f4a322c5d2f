import ArgumentParser
import Foundation
import SitrepWeb

/// `sitrep import-opml FILE`: adds the feeds of an OPML file to the subscriptions file.
struct ImportOPML: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import-opml",
        abstract: "Add the feeds of an OPML file (another reader's export) to the subscriptions file.",
        discussion: "Feeds already subscribed are left as they are; folders become tags; the file is created when missing."
    )

    @OptionGroup var urls: UrlsOptions

    @Argument(help: "The OPML file; '-' reads standard input.")
    var file: String

    func run() throws {
        let imported: [Subscription]
        do { imported = try OPML.subscriptions(try FileRead.bytes(file)) } catch let error as MarkupError {
            throw CLIError("\(file): \(error.description)")
        }
        let existing = try urls.load(missingIsEmpty: true).subscriptions
        let known = Set(existing.map(\.url))
        let added = imported.filter { !known.contains($0.url) }
        let path = urls.path
        if !added.isEmpty {
            let folder = (path as NSString).deletingLastPathComponent
            do {
                if !folder.isEmpty { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) }
                var text = FileManager.default.fileExists(atPath: path) ? String(decoding: try FileRead.bytes(path), as: UTF8.self) : ""
                if !text.isEmpty, !text.hasSuffix("\n") { text += "\n" }
                text += added.map(Subscriptions.line).joined(separator: "\n") + "\n"
                try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
            } catch let error as CLIError {
                throw error
            } catch {
                throw CLIError("\(path): cannot write the subscriptions file: \((error as NSError).localizedDescription)")
            }
        }
        Output.report("\(path): \(count(added.count, "feed")) added, \(imported.count - added.count) already subscribed")
    }
}

/// `sitrep export-opml`: the subscriptions as OPML on standard output.
struct ExportOPML: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export-opml",
        abstract: "Write the subscriptions as an OPML file on standard output (for another reader)."
    )

    @OptionGroup var urls: UrlsOptions

    func run() throws {
        let (subscriptions, problems) = try urls.load()
        problems.forEach(Output.report)
        Output.write(OPML.document(subscriptions))
    }
}
