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
