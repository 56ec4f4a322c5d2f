import Foundation
import SitrepHarness
import Testing

/// The manual pages follow the program: every subcommand `sitrep --help` lists has its entry in sitrep(1), and
/// the pages are well-formed enough for man to render.
@Suite struct ManualTests {
    static let folder = Paths.root.appending(path: "man")

    /// The first word of each entry (the line after `.TP`) of a page, without its font macros and quotes.
    static func entries(_ page: String) -> Set<String> {
        let lines = page.split(separator: "\n", omittingEmptySubsequences: false)
        var found = Set<String>()
        for (index, line) in lines.enumerated() where line == ".TP" && index + 1 < lines.count {
            let words = lines[index + 1].split(separator: " ").dropFirst()
            if let first = words.first {
                found.insert(first.replacingOccurrences(of: "\"", with: "").replacingOccurrences(of: "\\fB", with: "")
                    .replacingOccurrences(of: "\\fR", with: "").replacingOccurrences(of: ",", with: ""))
            }
        }
        return found
    }

    @Test func everySubcommandHasItsEntryInTheManual() throws {
        let help = try Spawn.run([Paths.binary.path, "--help"])
        #expect(help.status == 0)
        // The SUBCOMMANDS section ends at its first blank line.
        let section = help.stdout.components(separatedBy: "SUBCOMMANDS:").last?.components(separatedBy: "\n\n").first
        let listed = section?.split(separator: "\n")
            .compactMap { line -> String? in
                guard line.hasPrefix("  "), !line.hasPrefix("   "), let word = line.split(separator: " ").first else { return nil }
                return String(word)
            } ?? []
        #expect(listed.count >= 8, "\(help.stdout)")
        let page = try String(contentsOf: ManualTests.folder.appending(path: "sitrep.1"), encoding: .utf8)
        let documented = ManualTests.entries(page)
        for command in listed {
            #expect(documented.contains(command), "sitrep.1 has no entry for \(command): \(documented.sorted())")
        }
    }
}
