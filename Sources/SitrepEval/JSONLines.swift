import Foundation

/// Reads a JSON Lines file into dictionaries; a missing file is reported and ends the run with status 0
/// (the data sets are optional: the project builds and tests without them).
enum JSONLines {
    static func read(_ url: URL) throws -> [[String: Any]] {
        guard FileManager.default.fileExists(atPath: url.path) else {
            print("skipped: \(url.path) is not here (the development data lives in ../shared/data)")
            exit(0)
        }
        let text = try String(contentsOf: url, encoding: .utf8)
        return try text.split(separator: "\n").map { line in
            try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] ?? [:]
        }
    }
}

/// Formats a ratio with three decimals.
func format(_ value: Double) -> String { String(format: "%.3f", value) }
