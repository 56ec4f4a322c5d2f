import ArgumentParser
import Foundation
import SitrepCore
import SitrepStore
import SitrepTerminal
import SitrepUI

/// `sitrep [read] [PATH...]`: the reader on the library, or on files analysed in memory.
struct Read: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Open the reader on the library, or on files or folders analysed in memory.",
        discussion: """
        With no paths, the library is read (the bundled sample corpus when the library is empty). \
        Keys: j/k move, Tab switches pane, Enter reads a segment, ? shows every key, q quits.
        """
    )

    @OptionGroup var library: LibraryOptions
    @OptionGroup var articles: ArticleOptions

    @Argument(help: "Text files or folders of news to read without storing them; '-' reads standard input.")
    var paths: [String] = []

    func run() throws {
        let source: any ReaderSource
        // `r` runs this program's reload on the library being read.
        var reload: [String]?
        var loaded = SourceLoader.Loaded()
        if !paths.isEmpty {
            loaded = try SourceLoader.load(paths, articles: articles)
            source = try LibrarySource(reading: loaded.inputs, label: paths.joined(separator: " "))
        } else if let store = try library.openIfPresent(), try LibrarySource(library: store).articleCount > 0 {
            source = try LibrarySource(library: store)
            let binary = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
            reload = [binary, "reload", "--library", library.path]
        } else {
            source = try LibrarySource(reading: SourceLoader.bundledCorpus(),
                                       label: "bundled sample (library empty: sitrep ingest PATH)")
        }
        let keymap = try Read.keymap()
        do {
            try ReaderLoop.run(source: source, keymap: keymap,
                               keyTimings: ProcessInfo.processInfo.environment["SITREP_KEY_TIMINGS"], reload: reload)
        } catch let error as TerminalError {
            throw CLIError(error.description)
        }
        try SourceLoader.finish(loaded)
    }

    /// The key bindings: the defaults, changed by `$XDG_CONFIG_HOME/sitrep/config` (`~/.config/sitrep/config`).
    static func keymap(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> Keymap {
        let base = environment["XDG_CONFIG_HOME"].flatMap { $0.hasPrefix("/") ? $0 : nil }
            ?? (environment["HOME"] ?? NSHomeDirectory()) + "/.config"
        let path = base + "/sitrep/config"
        guard FileManager.default.fileExists(atPath: path) else { return .standard }
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            throw CLIError("\(path): cannot read the config file")
        }
        do {
            return try Keymap.parse(config: text)
        } catch {
            throw CLIError("\(path): \(error.description)")
        }
    }
}
