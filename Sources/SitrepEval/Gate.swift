import Foundation
import SitrepHarness

/// A quality figure of an evaluation, printed as `figure NAME VALUE` so that ``Gate`` can read it.
enum Figure {
    /// Prints one figure on its own line: `figure quotes.recall 0.995`.
    static func report(_ name: String, _ value: Double) {
        print("figure \(name) \(format(value))")
    }

    /// The figures in an evaluation's output, by name.
    static func parse(_ output: String) -> [String: Double] {
        var figures: [String: Double] = [:]
        for line in output.split(separator: "\n") {
            let words = line.split(separator: " ")
            guard words.count == 3, words[0] == "figure", let value = Double(words[2]) else { continue }
            figures[String(words[1])] = value
        }
        return figures
    }
}

/// The quality gate of `make test`: runs every evaluation on the development data and fails when a figure falls
/// more than ``tolerance`` below the figure recorded in the repository (`eval/figures.txt`). `--record` writes the
/// figures measured now into that file: raising a recorded figure is part of the change that earns it. The gate
/// also fails when the export of the dev data differs from the one recorded in `eval/export-digests.txt`
/// (``ExportDigest``); `--record` records those digests too.
enum Gate {
    /// How far a figure may fall below its recorded value before the gate fails.
    static let tolerance = 0.01
    /// The evaluations the gate runs, each a subcommand of this program.
    static let evaluations = ["quotes", "stories", "figures", "layout", "speakers", "canonical", "kinds"]

    static func run(recorded file: URL, record: Bool, data: URL) throws {
        guard FileManager.default.fileExists(atPath: data.path) else {
            print("eval gate: skipped (\(data.path) is not here)")
            return
        }
        guard Sweep.active.isEmpty else {
            print("eval gate: \(Sweep.active.joined(separator: ", ")) set: a sweep's setting changes what is measured; unset it")
            exit(1)
        }
        var measured: [String: Double] = [:]
        for evaluation in evaluations {
            let result = try Spawn.run([CommandLine.arguments[0], evaluation])
            guard result.status == 0 else {
                print("eval gate: SitrepEval \(evaluation) failed (exit \(result.status)):\n\(result.stdout)\(result.stderr)")
                exit(1)
            }
            measured.merge(Figure.parse(result.stdout)) { _, new in new }
        }
        let digestRun = try Spawn.run([CommandLine.arguments[0], "digest"])
        guard digestRun.status == 0 else {
            print("eval gate: SitrepEval digest failed (exit \(digestRun.status)):\n\(digestRun.stdout)\(digestRun.stderr)")
            exit(1)
        }
        let digests = ExportDigest.parse(digestRun.stdout)
        let digestFile = file.deletingLastPathComponent().appending(path: "export-digests.txt")
        let recorded = try read(file)
        if record {
            try write(measured, to: file)
            try ExportDigest.write(digests, to: digestFile)
            print("eval gate: \(measured.count) figures recorded in \(file.lastPathComponent), "
                  + "\(digests.count) export digests in \(digestFile.lastPathComponent)")
            return
        }
        var failed = 0
        for name in Set(measured.keys).union(recorded.keys).sorted() {
            switch (recorded[name], measured[name]) {
            case let (was?, now?):
                let fell = now < was - tolerance
                if fell { failed += 1 }
                print("\(fell ? "FELL" : "ok  ") \(name) \(format(now)) (recorded \(format(was)))")
            case let (was?, nil):
                failed += 1
                print("GONE \(name) not measured (recorded \(format(was)))")
            case let (nil, now?):
                print("new  \(name) \(format(now)) (not recorded: SitrepEval gate --record)")
            case (nil, nil): break
            }
        }
        let differences = ExportDigest.differences(recorded: try ExportDigest.read(digestFile), measured: digests)
        for line in differences { print(line) }
        if differences.isEmpty {
            print("ok   export of the dev data identical to \(digestFile.lastPathComponent) (\(digests.count) digests)")
        } else {
            print("the export differs: if that is meant, re-record with `.build/release/SitrepEval digest --record` "
                  + "(`digest --write DIR` writes the tables to diff two builds)")
        }
        print("eval gate: \(measured.count - failed) passed, \(failed) failed, export \(differences.isEmpty ? "identical" : "DIFFERS")")
        if failed > 0 || !differences.isEmpty { exit(1) }
    }

    /// The recorded figures: `name value` a line; `#` starts a comment.
    static func read(_ file: URL) throws -> [String: Double] {
        guard FileManager.default.fileExists(atPath: file.path) else { return [:] }
        var figures: [String: Double] = [:]
        for line in try String(contentsOf: file, encoding: .utf8).split(separator: "\n") where !line.hasPrefix("#") {
            let words = line.split(separator: " ")
            if words.count == 2, let value = Double(words[1]) { figures[String(words[0])] = value }
        }
        return figures
    }

    private static func write(_ figures: [String: Double], to file: URL) throws {
        let header = "# Figures on ../shared/data that make test keeps (SitrepEval gate): a figure may not fall more than "
            + "\(tolerance) below its line.\n# Written by `.build/release/SitrepEval gate --record`.\n"
        let lines = figures.keys.sorted().map { "\($0) \(format(figures[$0]!))" }.joined(separator: "\n")
        try (header + lines + "\n").write(to: file, atomically: true, encoding: .utf8)
    }
}
