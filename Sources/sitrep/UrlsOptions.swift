import ArgumentParser
import Foundation
import SitrepWeb

/// `--urls FILE`: the subscriptions file (newsboat's urls format), shared by reload and the OPML commands.
struct UrlsOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "The subscriptions file (default: $XDG_CONFIG_HOME/sitrep/urls, else ~/.config/sitrep/urls).",
        valueName: "file"))
    var urls: String?

    /// The file's path: the option, else the XDG default.
    var path: String {
        if let urls { return urls }
        let environment = ProcessInfo.processInfo.environment
        let config = environment["XDG_CONFIG_HOME"].flatMap { $0.hasPrefix("/") ? $0 : nil }
            ?? (environment["HOME"] ?? NSHomeDirectory()) + "/.config"
        return config + "/sitrep/urls"
    }

    /// The subscriptions and a line for each line of the file that is not one; an empty list when the file does not
    /// exist and `missingIsEmpty`, else an error. Lines sitrep skips (newsboat's query feeds) are told here.
    func load(missingIsEmpty: Bool = false) throws -> (subscriptions: [Subscription], problems: [String]) {
        guard FileManager.default.fileExists(atPath: path) else {
            if missingIsEmpty { return ([], []) }
            throw CLIError("\(path): no subscriptions file (one feed URL a line, or sitrep import-opml FILE)")
        }
        let bytes = try FileRead.bytes(path)
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw CLIError("\(path): the subscriptions file is not UTF-8 text")
        }
        let (subscriptions, problems, skipped) = Subscriptions.parse(text)
        skipped.forEach { Output.report("\(path): \($0)") }
        return (subscriptions, problems.map { "\(path): \($0)" })
    }
}
