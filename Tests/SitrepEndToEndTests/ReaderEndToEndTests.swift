import Foundation
import SitrepHarness
import Testing

/// The real binary in a real terminal (tmux), on the bundled corpus.
@Suite(.serialized) struct ReaderEndToEndTests {
    /// Runs the reader, then reports its exit code and the terminal modes once it has quit.
    func session(width: Int = 160, height: Int = 45, arguments: String = "Resources/corpus",
                 library: String = "/nonexistent/library.sqlite", environment: String = "") throws -> Tmux {
        let modes = "stty -a | tr -s ' ;' '\\n\\n' | grep -E '^-?(icanon|echo)$' | tr '\\n' ' '"
        let command = "\(environment) SITREP_LIBRARY='\(library)' '\(Paths.binary.path)' \(arguments); code=$?; modes=$(\(modes)); "
            + "echo \"EXIT=$code MODES=$modes END\"; sleep 600"
        return try Tmux(width: width, height: height, command: command, directory: Paths.root)
    }

    @Test func firstScreenShowsArticlesSegmentsAndQuotations() throws {
        let tmux = try session()
        let screen = try tmux.waitFor { $0.contains("Quotations (") && $0.contains("article 1/6") }
        #expect(screen.contains("Ukraine-Russia war latest: Zelensky offers"))
        #expect(screen.contains("Ukrainian President Volodymyr Zelenskiy on"))
        #expect(screen.contains("Russian strike on Kherson leaves thousands"))
        #expect(screen.contains("“Ukraine is ready to hand over Kim Jong Un’s soldiers"))
        let lines = screen.split(separator: "\n")
        let quoteLine = try #require(lines.firstIndex { $0.contains("“Ukraine is ready to hand over") })
        #expect(lines[quoteLine - 1].contains("Volodymyr Zelensky (direct)"), "the speaker stands above the quotation")
        #expect(screen.contains("article 1/6"))
    }

    @Test func navigateReadAndQuitRestoresTheTerminal() throws {
        let tmux = try session()
        try tmux.waitFor { $0.contains("Quotations (") && $0.contains("article 1/6") }
        try tmux.send("Tab")
        try tmux.send("j")
        try tmux.send("j")
        var screen = try tmux.waitFor { $0.contains("segment 3/5") }
        #expect(screen.contains("segment 3/5"))
        try tmux.send("Enter")
        screen = try tmux.waitFor { $0.contains("Reading ·") && $0.contains("Oleksandr Prokudin") }
        #expect(screen.contains("About 23,000 households were left without electricity"))
        #expect(screen.contains("Oleksandr Prokudin"))
        try tmux.send("q")
        screen = try tmux.waitFor { $0.contains("segment 3/5") }
        #expect(!screen.contains("Reading ·"))
        try tmux.send("q")
        screen = try tmux.waitFor { $0.contains(" END") }
        #expect(screen.contains("EXIT=0"))
        #expect(screen.contains("MODES=icanon echo "), "canonical mode and echo are back on: \(screen)")
    }

    @Test func badInputIsOneLineAndNonZero() throws {
        let folder = FileManager.default.temporaryDirectory.appending(path: "sitrep-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let binary = folder.appending(path: "photo.txt")
        try Data([0x47, 0x49, 0x46, 0x00, 0x01]).write(to: binary)
        let tmux = try session(arguments: "'\(binary.path)'")
        let screen = try tmux.waitFor { $0.contains(" END") }
        #expect(screen.contains("Error: \(binary.path): binary data (NUL byte at offset 3), not a text file"))
        #expect(screen.contains("EXIT=1"))
        #expect(screen.contains("MODES=icanon echo "))
    }

    @Test func withoutPathsTheReaderOpensTheLibraryOrTheSampleWithAHint() throws {
        let folder = FileManager.default.temporaryDirectory.appending(path: "sitrep-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let library = folder.appending(path: "library.sqlite").path
        var tmux = try session(arguments: "", library: library)
        var screen = try tmux.waitFor { $0.contains("Quotations (") && $0.contains("article 1/") }
        #expect(screen.contains("bundled sample (library empty: sitrep ingest PATH)"))
        try tmux.send("q")
        #expect(try tmux.waitFor { $0.contains(" END") }.contains("EXIT=0"))

        let story = folder.appending(path: "dam.txt")
        try Data("Dam breached near Kherson\n\nThe dam was breached overnight, officials said.\n".utf8).write(to: story)
        let ingest = try Spawn.run([Paths.binary.path, "ingest", story.path], environment: ["SITREP_LIBRARY=\(library)"])
        #expect(ingest.status == 0)
        tmux = try session(arguments: "", library: library)
        screen = try tmux.waitFor { $0.contains("Quotations (") && $0.contains("article 1/") }
        #expect(screen.contains("library · 1 file · 1 article ·"))
        #expect(screen.contains("Dam breached near Kherson"))
        try tmux.send("q")
        #expect(try tmux.waitFor { $0.contains(" END") }.contains("EXIT=0"))
    }

    /// The journey of the issue: segments, the linked coverage and back, a speaker's quotations, help, a tiny
    /// terminal resized, and the terminal restored.
    @Test func linkedCoverageSpeakersHelpResizeAndQuit() throws {
        let tmux = try session(width: 40, height: 12)
        var screen = try tmux.waitFor { $0.contains("Articles (6)") && $0.contains("article 1/6") }
        #expect(screen.split(separator: "\n").allSatisfy { $0.count <= 40 }, "usable at 40x12: \(screen)")
        try tmux.resize(width: 120, height: 40)
        screen = try tmux.waitFor { $0.contains("Segments (5)") && $0.contains("Quotations (") && $0.contains("Preview") }
        #expect(screen.contains("Articles (6)"), "three columns after the resize: \(screen)")
        try tmux.send("Tab")
        try tmux.send("]")
        screen = try tmux.waitFor { $0.contains("001_5bef676826590cea.txt: Ukrainian President") }
        #expect(screen.contains("Resources/corpus/001_5bef676826590cea.txt: Ukrainian President Volodymyr Zelenskiy"),
                "the prisoner-swap segment of the other source: \(screen)")
        #expect(screen.contains("Segments (2)"), "the other article's segments are shown")
        try tmux.send("BSpace")
        screen = try tmux.waitFor { $0.contains("article 1/6") }
        #expect(screen.contains("article 1/6 · segment 1/5"))
        try tmux.send("s")
        try tmux.type("zelensk")
        screen = try tmux.waitFor {
            $0.contains("Speaker: zelensk") && $0.contains("Speakers (1)") && $0.contains("Volodymyr Zelensky (17)")
        }
        #expect(screen.contains("Volodymyr Zelensky (17)"))
        try tmux.send("Enter")
        // The list is drawn after its title: wait for the rows too (a busy machine catches the screen in between).
        screen = try tmux.waitFor {
            $0.contains("Quotations of Volodymyr Zelensky (17)") && $0.contains("000_b9078d0d6c918584.txt:4")
                && $0.contains("001_5bef676826590cea.txt:2")
        }
        #expect(screen.contains("000_b9078d0d6c918584.txt:4"))
        #expect(screen.contains("001_5bef676826590cea.txt:2"), "quotations from both files: \(screen)")
        try tmux.send("?")
        // The help window's rows come after its frame: wait for both.
        screen = try tmux.waitFor { $0.contains("Help: results") && $0.contains("quotations by speaker") }
        #expect(screen.contains("quotations by speaker"))
        try tmux.send("Escape")
        screen = try tmux.waitFor { !$0.contains("Help: results") }
        try tmux.send("q")
        screen = try tmux.waitFor { $0.contains("article 1/6") }
        try tmux.send("q")
        screen = try tmux.waitFor { $0.contains(" END") }
        #expect(screen.contains("EXIT=0"))
        #expect(screen.contains("MODES=icanon echo "), "canonical mode and echo are back on: \(screen)")
    }
}
