import Foundation

/// Settings of a sweep on the dev data: a threshold tried in place of the one in the code, read from an environment
/// variable named `SITREP_TUNE_` and the setting's name (`SITREP_TUNE_WINDOW=2`), so that no variable a shell sets
/// for another purpose (GNU screen's `WINDOW`, say) changes what an evaluation measures.
enum Sweep {
    static let prefix = "SITREP_TUNE_"

    /// The setting's value, when its variable is set to a number.
    static func double(_ name: String) -> Double? { text(name).flatMap(Double.init) }
    /// The setting's value, when its variable is set to a whole number.
    static func int(_ name: String) -> Int? { text(name).flatMap(Int.init) }
    /// Whether the setting's variable is set at all (a switch).
    static func isSet(_ name: String) -> Bool { text(name) != nil }

    /// The variables of settings set in this process's environment: the gate measures the code's own settings only.
    static var active: [String] { ProcessInfo.processInfo.environment.keys.filter { $0.hasPrefix(prefix) }.sorted() }

    private static func text(_ name: String) -> String? { ProcessInfo.processInfo.environment[prefix + name] }
}
