import Foundation
import SitrepHarness
import Testing

/// Text from outside never reaches the terminal raw: every listing command, run on a pseudo-terminal over a library
/// of a hostile article (escape sequences that set the title, write the clipboard, clear the screen, switch to the
/// alternate screen, C1 controls, DEL) in a file whose name carries an escape sequence too, writes no control byte.
@Suite struct TerminalSafetyTests {
    static let escape: UInt8 = 0x1B

    /// An article whose text carries terminal control sequences in every place a listing shows.
    static let hostileArticle = [
        "Shelling hits Kharkiv\u{1B}]0;PWNED-TITLE\u{07}", "",
        "Russian forces shelled Kharkiv on Tuesday, killing 12 people, officials said\u{1B}]52;c;ZWNobyBQV05FRA==\u{07}.", "",
        "\u{201C}We will rebuild the city\u{1B}[2J\u{1B}[?1049h,\u{201D} said Ihor Terekhov\u{1B}]8;;http://x\u{07}, the mayor.", "",
        "The governor said the fire was out\u{9B}31m and that 4 people were injured\u{7F}.", "",
    ].joined(separator: "\n")

    /// Bytes that drive a terminal: ESC, BEL, DEL and the UTF-8 form of C1 controls.
    static func controlBytes(in bytes: [UInt8]) -> [Int] {
        var found: [Int] = []
        for (index, byte) in bytes.enumerated() {
            if byte == escape || byte == 0x07 || byte == 0x7F { found.append(index) }
            if byte == 0xC2, index + 1 < bytes.count, (0x80...0x9F).contains(bytes[index + 1]) { found.append(index) }
        }
        return found
    }

    @Test func noListingCommandWritesAControlByteFromTheLibrary() throws {
        let work = try LibraryCommandTests.Workspace()
        let folder = work.folder.appending(path: "news").path
        try work.write("news/report\u{1B}]0;FNAME-TITLE\u{07}.txt", Array(Self.hostileArticle.utf8))
        // A file that cannot be decoded: its name is printed in the error line.
        try work.write("news/broken\u{1B}[31m.txt", [0x41, 0xFF, 0x42])
        let environment = ["SITREP_LIBRARY=\(work.library)", "NO_COLOR=1", "TERM=xterm-256color"]
        let commands: [[String]] = [
            ["ingest", folder],
            ["search", "fire OR kharkiv OR city"],
            ["quotes"],
            ["quotes", "--reported"],
            ["quotes", "--csv"],
            ["quotes", "--speaker", "terekhov"],
            ["speakers"],
            ["stories", "--all"],
            ["stories", "--all", "--csv"],
            ["search", "--csv", "fire"],
            ["quotes", "--json", "--reported"],
            ["export", "--format", "jsonl"],
            ["export", "--format", "csv", "--table", "articles"],
            ["ingest", work.folder.appending(path: "missing\u{1B}]0;GONE\u{07}").path],
        ]
        for command in commands {
            let result = try PseudoTerminal.run([Paths.binary.path] + command, environment: environment)
            // The progress bar of an ingest redraws its line with the one sequence of its own (erase line).
            let own = command[0] == "ingest" ? result.text.replacingOccurrences(of: "\r\u{1B}[K", with: "\r") : result.text
            #expect(Self.controlBytes(in: Array(own.utf8)).isEmpty, "\(command): \(result.text.debugDescription)")
            #expect(!result.bytes.isEmpty, "\(command) wrote nothing")
        }
        // The text is shown, with visible placeholders where the controls were.
        let quotes = try PseudoTerminal.run([Paths.binary.path, "quotes"], environment: environment)
        #expect(quotes.text.contains("We will rebuild the city\u{241B}[2J\u{241B}[?1049h"))
        let ingest = try PseudoTerminal.run([Paths.binary.path, "ingest", folder], environment: environment)
        #expect(ingest.text.contains("broken\u{241B}[31m.txt: invalid UTF-8"))
        #expect(ingest.status == 1)
        let missing = try PseudoTerminal.run([Paths.binary.path, "ingest", "gone\u{1B}]0;X\u{07}"], environment: environment)
        #expect(missing.text.contains("gone\u{241B}]0;X\u{2407}"))
        #expect(missing.status != 0)
    }

    @Test func searchMarksMatchesWithItsOwnStyleOnly() throws {
        let work = try LibraryCommandTests.Workspace()
        try work.write("news/a.txt", Array(Self.hostileArticle.utf8))
        #expect(try work.sitrep("ingest", work.folder.appending(path: "news").path).status == 0)
        let styled = try PseudoTerminal.run([Paths.binary.path, "search", "kharkiv"],
                                            environment: ["SITREP_LIBRARY=\(work.library)", "TERM=xterm-256color", "NO_COLOR="])
        // Bold on and off around each match, and no other escape sequence.
        let text = styled.text
        #expect(text.contains("\u{1B}[1;4mKharkiv\u{1B}[0m"))
        let stripped = text.replacingOccurrences(of: "\u{1B}[1;4m", with: "").replacingOccurrences(of: "\u{1B}[0m", with: "")
        #expect(Self.controlBytes(in: Array(stripped.utf8)).isEmpty, "\(text.debugDescription)")
    }

    @Test func jsonEscapesEveryControlCharacter() throws {
        let work = try LibraryCommandTests.Workspace()
        try work.write("news/a.txt", Array(Self.hostileArticle.utf8))
        #expect(try work.sitrep("ingest", work.folder.appending(path: "news").path).status == 0)
        let result = try work.sitrep("quotes", "--json", "--reported")
        #expect(Self.controlBytes(in: Array(result.stdout.utf8)).isEmpty)
        struct Quote: Decodable { var text: String }
        let quotes = try JSONDecoder().decode([Quote].self, from: Data(result.stdout.utf8))
        // Escaped, not lost: the decoded text holds the characters as they were.
        #expect(quotes.contains { $0.text.contains("\u{9B}31m") })
        #expect(quotes.contains { $0.text.contains("\u{1B}[2J") })
    }
}
