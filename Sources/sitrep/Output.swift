import Foundation
import SitrepCore

/// Everything the command line writes. Text from the library or the file system goes through
/// ``VisibleText/visible(_:)`` before a person sees it; a write that fails ends the command with one line on
/// standard error and exit code 1 (a closed pipe ends it silently, as it does any Unix tool).
enum Output {
    /// A JSON array, pretty-printed with sorted keys; absent values are written as null. Control characters are
    /// escaped (DEL and C1 too, which JSON encoders leave raw).
    static func json<T: Encodable>(_ records: [T]) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        write(json: String(decoding: try encoder.encode(records), as: UTF8.self) + "\n")
    }

    /// JSON text as it is, but for DEL and C1 control characters, which are escaped.
    static func write(json text: String) {
        writeRaw(VisibleText.escapingJSON(text), to: STDOUT_FILENO)
    }

    /// CSV (RFC 4180): a header, then one row per record; fields with commas, quotes or line breaks are quoted.
    /// On a terminal, control characters in the fields are shown as placeholders.
    static func csv(header: [String], rows: [[String]]) {
        let terminal = isatty(STDOUT_FILENO) == 1
        var text = header.map(field).joined(separator: ",") + "\r\n"
        for row in rows {
            text += row.map { field(terminal ? VisibleText.visible($0) : $0) }.joined(separator: ",") + "\r\n"
        }
        writeRaw(text, to: STDOUT_FILENO)
    }

    /// Human-readable text on standard output, control characters shown as placeholders.
    static func write(_ text: String) {
        writeRaw(VisibleText.visible(text), to: STDOUT_FILENO)
    }

    /// Human-readable text whose parts from outside were made visible already, with escape sequences of the
    /// program's own (the bold of a search match), on standard output as it is.
    static func write(styled text: String) {
        writeRaw(text, to: STDOUT_FILENO)
    }

    /// One line for a person on standard error (a diagnostic, a summary), control characters shown as placeholders.
    static func report(_ line: String) {
        writeRaw(VisibleText.visible(line) + "\n", to: STDERR_FILENO)
    }

    /// Terminal control of the program's own (a progress bar's carriage return and erase) and text already made
    /// visible, written to standard error as it is.
    static func control(_ text: String) {
        writeRaw(text, to: STDERR_FILENO)
    }

    private static func field(_ value: String) -> String {
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// Whether standard output is a terminal that takes colour (not piped, `NO_COLOR` unset).
    static var styled: Bool {
        isatty(STDOUT_FILENO) == 1 && (ProcessInfo.processInfo.environment["NO_COLOR"] ?? "").isEmpty
    }

    /// Standard streams that were closed when the program started (`sitrep quotes >&-`). They are reopened on
    /// /dev/null at once, so that no file the program opens (the library) takes their number and receives its
    /// output; writing to them is then an error.
    nonisolated(unsafe) private static var closedAtStart: Set<Int32> = []

    /// Makes the standard streams safe to use; call first thing. A closed pipe ends the program silently.
    static func prepareStandardStreams() {
        signal(SIGPIPE, SIG_DFL)
        for stream in [STDIN_FILENO, STDOUT_FILENO, STDERR_FILENO] where fcntl(stream, F_GETFD) == -1 && errno == EBADF {
            let null = open("/dev/null", stream == STDIN_FILENO ? O_RDONLY : O_WRONLY)
            if null >= 0, null != stream { dup2(null, stream); close(null) }
            closedAtStart.insert(stream)
        }
    }

    /// Writes every byte, or ends the program with one line and exit code 1.
    private static func writeRaw(_ text: String, to stream: Int32) {
        var failure: Int32 = closedAtStart.contains(stream) ? EBADF : 0
        if failure == 0 {
            var text = text
            text.withUTF8 { buffer in
                var offset = 0
                while offset < buffer.count {
                    let written = Glibc.write(stream, buffer.baseAddress! + offset, buffer.count - offset)
                    if written < 0 {
                        if errno == EINTR { continue }
                        failure = errno
                        return
                    }
                    offset += written
                }
            }
        }
        guard failure != 0 else { return }
        if stream == STDOUT_FILENO {
            let name = String(cString: strerror(failure))
            if !closedAtStart.contains(STDERR_FILENO) {
                let line = "sitrep: cannot write to standard output: \(name)\n"
                _ = line.withCString { Glibc.write(STDERR_FILENO, $0, strlen($0)) }
            }
        }
        exit(1)
    }
}
