import Foundation
import SitrepCore

/// Reads a JSON Lines file into dictionaries; a missing file is reported and ends the run with status 0
/// (the data sets are optional: the project builds and tests without them).
enum JSONLines {
    /// The first `limit` records of the file (all of them by default).
    static func read(_ url: URL, limit: Int = .max) throws -> [[String: Any]] {
        guard FileManager.default.fileExists(atPath: url.path) else {
            print("skipped: \(url.path) is not here (the development data lives in ../shared/data)")
            exit(0)
        }
        // Lines split on their bytes: splitting the text as Characters costs more than parsing the JSON.
        let bytes = try Data(contentsOf: url)
        return try bytes.split(separator: 0x0A).prefix(limit).map { line in
            try JSONSerialization.jsonObject(with: Data(line)) as? [String: Any] ?? [:]
        }
    }

    /// The texts of records, each named by its `id` (a record without an `id` or a `text` is left out).
    static func sources(_ records: [[String: Any]]) -> [SourceText] {
        records.compactMap { record in
            guard let id = record["id"] as? String, let text = record["text"] as? String else { return nil }
            return SourceText(name: id, text: text)
        }
    }
}

/// Formats a ratio with three decimals.
func format(_ value: Double) -> String { String(format: "%.3f", value) }
