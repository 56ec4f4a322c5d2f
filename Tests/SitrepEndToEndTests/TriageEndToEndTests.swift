import Foundation
import SitrepHarness
import Testing

/// Issue 23's triage in a real terminal: marks kept in the library, sort, limit, next unread, the command line,
/// save, pipe and the pager, the help hint, plurals and tabs.
extension ReaderEndToEndTests {
    /// A library in `scratch` holding the bundled corpus.
    func corpusLibrary(_ scratch: Scratch) throws -> String {
        let library = scratch.url.appending(path: "library.sqlite").path
        let ingest = try Spawn.run([Paths.binary.path, "ingest", Paths.root.appending(path: "Resources/corpus").path],
                                   environment: ["SITREP_LIBRARY=\(library)"])
        #expect(ingest.status == 0)
        return library
    }

    /// Types a `:` command and Enter.
    func command(_ tmux: Tmux, _ text: String) throws {
        try tmux.send(":")
        try tmux.waitFor(timeout: 5) { $0.split(separator: "\n").last?.hasPrefix(":") == true }
        try tmux.type(text)
        try tmux.send("Enter")
    }

    @Test func readAndFlagMarksAreKeptInTheLibraryAcrossRuns() throws {
        let scratch = try Scratch()
        let library = try corpusLibrary(scratch)
        var tmux = try session(arguments: "", library: library)
        var screen = try tmux.waitFor { $0.contains("article 1/6") }
        #expect(screen.contains("\u{00B7} 6 unread"), "\(screen)")
        try tmux.send("Enter")
        screen = try tmux.waitFor { $0.contains("Reading \u{00B7}") }
        #expect(screen.contains("\u{00B7} 5 unread"), "opening a segment marks its article read: \(screen)")
        try tmux.send("q")
        try tmux.send("j")
        try tmux.send("F")
        screen = try tmux.waitFor { $0.contains("Flagged: ") }
        try tmux.send("Q")
        #expect(try tmux.waitFor { $0.contains(" END") }.contains("EXIT=0"))

        tmux = try session(arguments: "", library: library)
        screen = try tmux.waitFor { $0.contains("article 1/6") }
        let rows = screen.split(separator: "\n")
        #expect(screen.contains("\u{00B7} 5 unread"), "the read mark was kept: \(screen)")
        #expect(rows.contains { $0.hasPrefix("\u{2502}   Ukraine-Russia war latest") }, "article 1 read: \(screen)")
        #expect(rows.contains { $0.hasPrefix("\u{2502}!N Ukrainian President") }, "article 2 flagged: \(screen)")
        try command(tmux, "limit flagged")
        screen = try tmux.waitFor { $0.contains("Limited to flagged") }
        #expect(screen.contains("Limited to flagged: 1 article"), "\(screen)")
        #expect(screen.contains("limit: flagged (1)"), "the title bar shows the limit: \(screen)")
        // u from the top reads the next unread article.
        try command(tmux, "limit")
        try tmux.send("u")
        screen = try tmux.waitFor { $0.contains("unread articles left") }
        #expect(screen.contains("4 unread articles left \u{00B7} Ukrainian President"), "\(screen)")
        try tmux.send("Q")
        #expect(try tmux.waitFor { $0.contains(" END") }.contains("EXIT=0"))
    }

    @Test func sortAndLimitTheArticleList() throws {
        let tmux = try session(width: 120, height: 40)
        var screen = try tmux.waitFor { $0.contains("article 1/6") }
        try tmux.send("S")
        screen = try tmux.waitFor { $0.contains("Sorted by") }
        #expect(screen.contains("Sorted by date (newest first)"), "\(screen)")
        try command(tmux, "sort title")
        screen = try tmux.waitFor { $0.contains("Sorted by title") }
        let first = screen.split(separator: "\n").first { $0.hasPrefix("\u{2502} N ") }
        #expect(first?.hasPrefix("\u{2502} N \u{2702} A fire caused") == true, "titles A to Z: \(screen)")
        try command(tmux, "limit words kherson")
        screen = try tmux.waitFor { $0.contains("Limited to words kherson") }
        #expect(screen.contains("limit: words kherson (1)") && screen.contains("Articles (1)"), "\(screen)")
        try command(tmux, "limit words \"unclosed")
        screen = try tmux.waitFor { $0.contains("invalid search query") }
        #expect(screen.contains("Articles (1)"), "a bad query leaves the limit as it was: \(screen)")
        try command(tmux, "frobnicate")
        screen = try tmux.waitFor { $0.contains("Unknown command: frobnicate") }
        try command(tmux, "search strike")
        // (The pane's title is drawn before the status line of the same frame: both are waited for, or the capture
        // may fall between them.)
        screen = try tmux.waitFor { $0.contains("Search: strike") && $0.contains(" for strike") }
        #expect(screen.contains("1 hit for strike") || screen.contains("hits for strike"), "\(screen)")
        try command(tmux, "quit")
        #expect(try tmux.waitFor { $0.contains(" END") }.contains("EXIT=0"))
    }

    @Test func saveAndPipeAnArticle() throws {
        let scratch = try Scratch()
        let saved = scratch.url.appending(path: "saved.txt").path
        let piped = scratch.url.appending(path: "piped.txt").path
        let tmux = try session(width: 120, height: 40)
        var screen = try tmux.waitFor { $0.contains("article 1/6") }
        try command(tmux, "save \(saved)")
        screen = try tmux.waitFor { $0.contains("Saved ") }
        #expect(screen.contains("Saved 26 lines to \(saved)"), "article 1 is lines 1-26: \(screen)")
        let text = try String(contentsOfFile: saved, encoding: .utf8)
        #expect(text.hasPrefix("Ukraine-Russia war latest: Zelensky offers Kim Jong Un prisoner swap"))
        try tmux.send("w")
        try tmux.waitFor { $0.contains("Save to: ") }
        try tmux.type(saved)
        try tmux.send("Enter")
        screen = try tmux.waitFor { $0.contains("not overwritten") }
        #expect(screen.contains("\(saved) exists: not overwritten"), "\(screen)")
        try tmux.send("|")
        try tmux.waitFor { $0.contains("Pipe to: ") }
        try tmux.type("cat > '\(piped)'; echo piped-ok")
        try tmux.send("Enter")
        screen = try tmux.waitFor { $0.contains("press Enter to return") }
        #expect(screen.contains("piped-ok"), "the command runs on the terminal: \(screen)")
        try tmux.send("Enter")
        screen = try tmux.waitFor { $0.contains("Piped to ") && $0.contains("Articles (6)") }
        #expect(screen.contains("Articles (6)"), "the reader is back: \(screen)")
        #expect(try String(contentsOfFile: piped, encoding: .utf8) == text)
        try tmux.send("Q")
        #expect(try tmux.waitFor { $0.contains(" END") }.contains("EXIT=0"))
    }

    @Test func thePagerOpensTheSourceAtItsLineOrAStoredCopyWhenTheFileIsGone() throws {
        let scratch = try Scratch()
        let pager = scratch.url.appending(path: "pager.sh")
        let shown = scratch.url.appending(path: "shown.txt").path
        try Data("#!/bin/sh\necho \"$1\" > '\(shown)'\ncat \"$2\" >> '\(shown)'\n".utf8).write(to: pager)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: pager.path)
        let story = scratch.url.appending(path: "dam.txt")
        let body = "Dam breached near Kherson\n\nThe dam was breached overnight, officials said.\n\nEvacuation\n\nThousands left their homes by morning.\n"
        try Data(body.utf8).write(to: story)
        let library = scratch.url.appending(path: "library.sqlite").path
        #expect(try Spawn.run([Paths.binary.path, "ingest", story.path], environment: ["SITREP_LIBRARY=\(library)"]).status == 0)
        try FileManager.default.removeItem(at: story)

        let tmux = try session(width: 160, height: 30, arguments: "", library: library, environment: "PAGER='\(pager.path)'")
        var screen = try tmux.waitFor { $0.contains("article 1/1") }
        try tmux.send("p")
        screen = try tmux.waitFor { $0.contains("Paged ") }
        #expect(screen.contains("Paged the stored copy of \(story.path) at line 1"), "\(screen)")
        #expect(try String(contentsOfFile: shown, encoding: .utf8) == "+1\n" + body)

        // A file still on disk is paged itself, at the line of the segment being read.
        try tmux.respawn("PAGER='\(pager.path)' SITREP_LIBRARY=/nonexistent '\(Paths.binary.path)' Resources/corpus; sleep 600")
        screen = try tmux.waitFor { $0.contains("article 1/6") }
        try tmux.send("Tab")
        try tmux.send("j")
        try tmux.send("Enter")
        screen = try tmux.waitFor { $0.contains("Reading \u{00B7}") }
        try tmux.send("p")
        screen = try tmux.waitFor { $0.contains("Paged ") }
        #expect(screen.contains("Paged Resources/corpus/000_b9078d0d6c918584.txt at line 9"), "\(screen)")
        let paged = try String(contentsOfFile: shown, encoding: .utf8)
        #expect(paged.hasPrefix("+9\nUkraine-Russia war latest"), "\(paged.prefix(80))")
    }

    @Test func theHelpHintPluralsAndTabsAtANarrowWidth() throws {
        let scratch = try Scratch()
        let story = scratch.url.appending(path: "table.txt")
        try Data(("Losses by day\n\nThe governor said the air force shot down\tfour drones over Odesa overnight, and two more "
                  + "fell into the sea near the port.\n").utf8).write(to: story)
        let tmux = try session(width: 100, height: 30, arguments: "'\(story.path)'")
        var screen = try tmux.waitFor { $0.contains("article 1/1") }
        #expect(screen.contains("1 file \u{00B7} 1 article \u{00B7}"), "\(screen)")
        #expect(screen.split(separator: "\n").last?.hasSuffix("? help \u{00B7} q quit") == true, "\(screen)")
        // Narrower, the status line keeps the help hint alone.
        try tmux.resize(width: 60, height: 30)
        screen = try tmux.waitFor { $0.split(separator: "\n").last?.hasSuffix("? help") == true }
        #expect(screen.split(separator: "\n").last?.hasSuffix(" ? help") == true, "\(screen)")
        try tmux.resize(width: 100, height: 30)
        try tmux.waitFor { $0.split(separator: "\n").last?.hasSuffix("q quit") == true }
        try tmux.send("Enter")
        screen = try tmux.waitFor { $0.contains("Reading \u{00B7}") }
        #expect(screen.contains(" The governor said the air force shot down       four"), "a tab to column 48: \(screen)")
        try tmux.send("/")
        try tmux.type("odesa")
        try tmux.send("Enter")
        screen = try tmux.waitFor { $0.contains("Search: odesa") }
        #expect(screen.contains("1 hit for odesa"), "\(screen)")
        try tmux.send("?")
        screen = try tmux.waitFor { $0.contains("Help: ") }
        try tmux.send("G")
        screen = try tmux.waitFor { $0.contains(":limit unread") }
        #expect(screen.contains(":pipe COMMAND"), "\(screen)")
        try tmux.send("q")
        try tmux.waitFor { !$0.contains("Help: ") }
        try tmux.send("Q")
        #expect(try tmux.waitFor { $0.contains(" END") }.contains("EXIT=0"))
    }
}
