import Foundation
import SitrepHarness
import Testing

/// Issue 23 and 29 in a real terminal: keys that must not quit, whole grapheme clusters, reading on across
/// segments, n after an opened hit, and resizing to one column.
extension ReaderEndToEndTests {
    /// A folder removed when the test ends, for fixtures and config files.
    final class Scratch {
        let url = FileManager.default.temporaryDirectory.appending(path: "sitrep-e2e-\(UUID().uuidString)")
        init() throws { try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true) }
        deinit { try? FileManager.default.removeItem(at: url) }
    }

    /// Sends a key and waits until the screen shows something else (a key the reader ignores with a message changes
    /// the status line).
    @discardableResult
    func press(_ tmux: Tmux, _ key: String, after screen: String) throws -> String {
        try tmux.send(key)
        return try tmux.waitForChange(from: screen)
    }

    @Test func altKeysUnknownSequencesMouseReportsAndEscapeDoNotQuit() throws {
        let scratch = try Scratch()
        let config = scratch.url.appending(path: "sitrep/config")
        try FileManager.default.createDirectory(at: config.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data("bind M-j next-article\n".utf8).write(to: config)
        let tmux = try session(arguments: "Resources/corpus", environment: "XDG_CONFIG_HOME='\(scratch.url.path)'")
        var screen = try tmux.waitFor { $0.contains("Quotations (") && $0.contains("article 1/6") }
        try tmux.send("M-j")
        screen = try tmux.waitFor { $0.contains("article 2/6") }
        #expect(screen.contains("article 2/6"), "M-j is bound to next-article: \(screen)")
        try tmux.send("M-x")
        try tmux.type("\u{1B}[27;5;106~")
        screen = try tmux.waitFor { $0.contains("Unknown key Esc[27;5;106~ ignored") }
        #expect(screen.contains("Unknown key Esc[27;5;106~ ignored"), "\(screen)")
        try tmux.type("\u{1B}[<0;5;3M")
        screen = try tmux.waitFor { $0.contains("Mouse report ignored") }
        #expect(screen.contains("Mouse report ignored"), "\(screen)")
        try tmux.send("Escape")
        screen = try tmux.waitFor { $0.contains("q quits") }
        #expect(screen.contains("q quits") && screen.contains("Articles (6)"), "Esc at the top does not quit: \(screen)")
        #expect(!screen.contains(" END"))
        try tmux.send("Q")
        screen = try tmux.waitFor { $0.contains(" END") }
        #expect(screen.contains("EXIT=0"))
        #expect(screen.contains("MODES=icanon echo "))
    }

    @Test func aFlagEmojiIsDrawnWhole() throws {
        let scratch = try Scratch()
        let story = scratch.url.appending(path: "flags.txt")
        try Data("Flags \u{1F1FA}\u{1F1E6} fly over Kyiv\n\nThe flag \u{1F1FA}\u{1F1E6} was raised in Ha\u{300} No\u{323}\u{302}i, officials said.\n".utf8)
            .write(to: story)
        let tmux = try session(width: 80, height: 24, arguments: "'\(story.path)'")
        let screen = try tmux.waitFor { $0.contains("Articles (1)") && $0.contains("Flags \u{1F1FA}\u{1F1E6} fly") }
        let row = try #require(screen.split(separator: "\n").first { $0.contains("Flags \u{1F1FA}\u{1F1E6} fly over Kyiv") },
                               "both regional indicators on screen: \(screen)")
        #expect(row.hasPrefix("\u{2502}") && row.hasSuffix("\u{2502}"), "the border stays in place: \(row)")
        #expect(row.unicodeScalars.count == 80, "80 columns, the flag's two scalars in two of them: \(row)")
        #expect(screen.contains("Ha\u{300} No\u{323}\u{302}i"), "decomposed marks drawn: \(screen)")
    }

    @Test func spaceReadsOnAcrossSegmentsIntoTheNextArticle() throws {
        let tmux = try session(width: 100, height: 30)
        var screen = try tmux.waitFor { $0.contains("Quotations (") && $0.contains("article 1/6") }
        try tmux.send("Enter")
        screen = try tmux.waitFor { $0.contains("Reading \u{00B7}") }
        var headings: [String] = []
        for _ in 0..<40 where !screen.contains("Article 2/6") {
            screen = try press(tmux, "Space", after: screen)
            for heading in ["Taking North Korean soldiers alive", "Russian strike on Kherson", "Britain must"]
            where screen.contains(heading) && !headings.contains(heading) { headings.append(heading) }
        }
        #expect(screen.contains("Article 2/6: Ukrainian President Volodymyr Zelenskiy"), "\(screen)")
        #expect(headings.count == 3, "the segments of article 1 were read on the way: \(headings)")
    }

    @Test func nAfterOpeningAHitGoesToTheNextHit() throws {
        let tmux = try session(width: 100, height: 30)
        try tmux.waitFor { $0.contains("Quotations (") && $0.contains("article 1/6") }
        try tmux.send("/")
        try tmux.type("kherson")
        try tmux.send("Enter")
        var screen = try tmux.waitFor { $0.contains("4 hits for kherson") }
        try tmux.send("j")
        try tmux.send("j")
        screen = try tmux.waitFor { $0.contains("3/4") }
        try tmux.send("Enter")
        screen = try tmux.waitFor { $0.contains("Reading \u{00B7}") }
        try tmux.send("n")
        screen = try tmux.waitFor { $0.contains("hit 4/4") }
        #expect(screen.contains("hit 4/4"), "n after hit 3 goes to hit 4: \(screen)")
        try tmux.send("N")
        screen = try tmux.waitFor { $0.contains("hit 3/4") }
        #expect(screen.contains("hit 3/4"), "\(screen)")
    }

    @Test func resizingToOneColumnDoesNotCrash() throws {
        let tmux = try session(width: 40, height: 20)
        try tmux.waitFor { $0.contains("Articles (6)") }
        try tmux.send("Tab")
        try tmux.send("Tab")
        for height in [14, 20, 15] {
            try tmux.resize(width: 1, height: height)
            // One column shows no words to wait for: the reader is given the time to draw at that size (it crashed
            // doing so), and the screen after the last resize shows whether it lived.
            Thread.sleep(forTimeInterval: 0.2)
        }
        try tmux.resize(width: 80, height: 24)
        let screen = try tmux.waitFor { $0.contains("Quotations (") || $0.contains(" END") }
        #expect(!screen.contains(" END") && screen.contains("Quotations ("), "still running: \(screen)")
        try tmux.send("q")
        #expect(try tmux.waitFor { $0.contains(" END") }.contains("EXIT=0"))
    }
}
