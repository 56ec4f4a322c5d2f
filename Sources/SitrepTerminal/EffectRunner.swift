import Foundation
import SitrepUI

/// Carries out what the reducer asked for outside the screen (``Effect``), and says in one line how it went.
enum EffectRunner {
    static func perform(_ effect: Effect, on terminal: Terminal, reload: [String]? = nil,
                        environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        switch effect {
        case let .browse(url):
            // $BROWSER is a list of commands separated by colons, the first that runs wins; "%s" stands for the
            // address, else it is the last argument. The address is an argument, never shell text.
            let browsers = (environment["BROWSER"].flatMap { $0.isEmpty ? nil : $0 } ?? "xdg-open").split(separator: ":")
            for browser in browsers {
                let words = browser.split(separator: " ").map(String.init)
                guard let first = words.first, let path = executable(first, environment: environment) else { continue }
                let arguments = words.contains("%s") ? words.dropFirst().map { $0 == "%s" ? url : $0 } : words.dropFirst() + [url]
                let status = terminal.handOver { standardError in run([path] + arguments, input: nil, standardError: standardError) }
                return status.map { $0 == 0 ? "Opened \(url)" : "\(first) exited with status \($0)" } ?? "Cannot run \(first)"
            }
            return "No browser to open \(url) (set BROWSER)"
        case .reload:
            guard let reload else { return "Nothing to reload: these files are read in memory" }
            let status = terminal.handOver { standardError in
                let status = run(reload, input: nil, standardError: standardError)
                waitForEnter()
                return status
            }
            return status.map { $0 == 0 ? "Reloaded" : "Reload: some feeds failed (exit status \($0))" } ?? "Cannot run the reload"
        case let .save(text, path): return save(text, to: path)
        case let .pipe(text, command):
            return terminal.handOver { standardError in
                let status = run(["/bin/sh", "-c", command], input: text, standardError: standardError)
                waitForEnter()
                return status.map { $0 == 0 ? "Piped to \(command)" : "\(command) exited with status \($0)" }
                    ?? "Cannot run /bin/sh"
            }
        case let .pager(path, line, text):
            let pager = environment["PAGER"].flatMap { $0.isEmpty ? nil : $0 } ?? "less"
            var shown = path
            var temporary: String?
            if !FileManager.default.fileExists(atPath: path) {
                let copy = FileManager.default.temporaryDirectory.appendingPathComponent("sitrep-\(UUID().uuidString).txt").path
                guard FileManager.default.createFile(atPath: copy, contents: Data(text.utf8)) else {
                    return "Cannot write a temporary copy of \(path)"
                }
                shown = copy
                temporary = copy
            }
            defer { if let temporary { try? FileManager.default.removeItem(atPath: temporary) } }
            // The pager is a shell word list ($PAGER may hold options); the line and the file are its arguments.
            let status = terminal.handOver { standardError in
                run(["/bin/sh", "-c", "exec \(pager) \"+$1\" \"$2\"", "sh", String(line), shown], input: nil,
                    standardError: standardError)
            }
            let which = temporary == nil ? path : "the stored copy of \(path)"
            return status.map { $0 == 0 ? "Paged \(which) at line \(line)" : "\(pager) exited with status \($0)" }
                ?? "Cannot run \(pager)"
        }
    }

    /// Writes a new file; an existing one is left as it is.
    static func save(_ text: String, to path: String) -> String {
        let expanded = (path as NSString).expandingTildeInPath
        guard !FileManager.default.fileExists(atPath: expanded) else { return "\(path) exists: not overwritten" }
        guard FileManager.default.createFile(atPath: expanded, contents: Data(text.utf8)) else {
            return "Cannot write \(path)"
        }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).count - (text.hasSuffix("\n") ? 1 : 0)
        return "Saved \(lines) line\(lines == 1 ? "" : "s") to \(path)"
    }

    /// Runs a program on the terminal, `input` on its standard input; its exit status, nil when it cannot start.
    private static func run(_ arguments: [String], input: String?, standardError: Int32) -> Int32? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: arguments[0])
        process.arguments = Array(arguments.dropFirst())
        process.standardError = FileHandle(fileDescriptor: standardError, closeOnDealloc: false)
        let pipe = input.map { _ in Pipe() }
        if let pipe { process.standardInput = pipe }
        do { try process.run() } catch { return nil }
        if let pipe, let input {
            // A command that stops reading early (head) closes the pipe: the rest is dropped, not an error.
            signal(SIGPIPE, SIG_IGN)
            try? pipe.fileHandleForWriting.write(contentsOf: Data(input.utf8))
            try? pipe.fileHandleForWriting.close()
        }
        process.waitUntilExit()
        return process.terminationStatus
    }

    /// The path of a program: as given when it holds a slash, else the first in `$PATH`.
    private static func executable(_ name: String, environment: [String: String]) -> String? {
        if name.contains("/") { return FileManager.default.isExecutableFile(atPath: name) ? name : nil }
        let folders = (environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin").split(separator: ":")
        return folders.map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// After a piped command, its output stays on the screen until Enter.
    private static func waitForEnter() {
        let prompt = Array("\n[sitrep] press Enter to return".utf8)
        _ = prompt.withUnsafeBytes { write(STDOUT_FILENO, $0.baseAddress, $0.count) }
        _ = readLine()
    }
}
