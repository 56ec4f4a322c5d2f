import Foundation
import SitrepHarness
import Testing

/// Issue 31's figures in a real terminal, read from a library: `f` sets the story's figures side by side, `c` goes
/// to a figure's counterparts, Enter reads one, Backspace comes back.
extension ReaderEndToEndTests {
    /// A library in `scratch` holding the harness's two flood reports, whose tolls differ.
    func floodLibrary(_ scratch: Scratch) throws -> String {
        for file in FloodReports.files {
            try Data(file.text.utf8).write(to: scratch.url.appending(path: file.name))
        }
        let library = scratch.url.appending(path: "library.sqlite").path
        let ingest = try Spawn.run([Paths.binary.path, "ingest", scratch.url.appending(path: "a-wire.txt").path,
                                    scratch.url.appending(path: "b-daily.txt").path],
                                   environment: ["SITREP_LIBRARY=\(library)"])
        #expect(ingest.status == 0, "\(ingest.stderr)")
        return library
    }

    @Test func aStorysFiguresSideBySideAndAFiguresCounterparts() throws {
        let scratch = try Scratch()
        let library = try floodLibrary(scratch)
        let tmux = try session(width: 100, height: 30, arguments: "", library: library)
        var screen = try tmux.waitFor { $0.contains("article 1/2") }
        screen = try press(tmux, "f", after: screen)
        screen = try tmux.waitFor(timeout: 5) { $0.contains("Figures: ") }
        let rows = screen.split(separator: "\n").map(String.init)
        let twelve = try #require(rows.firstIndex { $0.contains("at least 12 people \u{2014} Ivo Horvat") }, "\(screen)")
        let fifteen = try #require(rows.firstIndex { $0.contains("15 people \u{2014} Police") }, "\(screen)")
        #expect(fifteen == twelve + 2, "the two tolls one after the other: \(screen)")
        #expect(rows[twelve].contains("killed") && rows[twelve].contains("differ \u{2194}1"), "\(screen)")
        #expect(rows[twelve + 1].contains("a-wire.txt:5") && rows[fifteen + 1].contains("b-daily.txt:5"), "\(screen)")
        #expect(screen.contains("5 figures \u{00B7} c counterparts"), "\(screen)")
        // The toll of the second outlet, then its counterparts: the first outlet's.
        try tmux.send("G")
        try tmux.send("c")
        screen = try tmux.waitFor(timeout: 5) { $0.contains("and its counterparts (1)") }
        #expect(screen.contains("15 people and its counterparts (1)"), "the second outlet's toll first: \(screen)")
        try tmux.send("j")
        try tmux.send("Enter")
        screen = try tmux.waitFor(timeout: 5) { $0.contains("Reading \u{00B7}") }
        #expect(screen.contains("At least 12 people were killed"), "the counterpart's article is read: \(screen)")
        try tmux.send("BSpace")
        screen = try tmux.waitFor(timeout: 5) { $0.contains("and its counterparts (1)") }
        try tmux.send("BSpace")
        screen = try tmux.waitFor(timeout: 5) { $0.contains("Figures: ") }
        try tmux.send("Q")
        #expect(try tmux.waitFor { $0.contains(" END") }.contains("EXIT=0"))
    }
}
