import ArgumentParser
import Foundation

/// `--json` / `--csv`, shared by the listing commands; plain text for people otherwise.
struct OutputOptions: ParsableArguments {
    @Flag(help: "Write a JSON array of objects.")
    var json = false

    @Flag(help: "Write CSV with a header row.")
    var csv = false

    func validate() throws {
        if json && csv { throw ValidationError("choose one of --json and --csv") }
    }
}

/// Writes records to standard output.
enum Output {
    /// A JSON array, pretty-printed with sorted keys; absent values are written as null.
    static func json<T: Encodable>(_ records: [T]) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        write(String(decoding: try encoder.encode(records), as: UTF8.self) + "\n")
    }

    /// One JSON object per line.
    static func jsonLines<T: Encodable>(_ records: [T]) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var text = ""
        for record in records { text += String(decoding: try encoder.encode(record), as: UTF8.self) + "\n" }
        write(text)
    }

    /// CSV (RFC 4180): a header, then one row per record; fields with commas, quotes or line breaks are quoted.
    static func csv(header: [String], rows: [[String]]) {
        var text = header.map(field).joined(separator: ",") + "\r\n"
        for row in rows { text += row.map(field).joined(separator: ",") + "\r\n" }
        write(text)
    }

    static func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    private static func field(_ value: String) -> String {
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// Whether standard output is a terminal that takes colour (not piped, `NO_COLOR` unset).
    static var styled: Bool {
        isatty(STDOUT_FILENO) == 1 && (ProcessInfo.processInfo.environment["NO_COLOR"] ?? "").isEmpty
    }
}
