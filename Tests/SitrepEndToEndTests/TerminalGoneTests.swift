import Foundation
import SitrepHarness
import Testing

/// A reader whose terminal goes away (the window closed, the connection dropped, the shell killed) ends instead of
/// spinning on a terminal that answers nothing for ever.
@Suite(.serialized) struct TerminalGoneTests {
    @Test func theReaderEndsWhenItsTerminalIsGone() throws {
        let command = "SITREP_LIBRARY=/nonexistent/library.sqlite '\(Paths.binary.path)' Resources/corpus; sleep 600"
        let tmux = try Tmux(width: 100, height: 30, command: command, directory: Paths.root)
        try tmux.waitFor { $0.contains("article 1/6") }
        let reader = try SignalEndToEndTests().readerPID(tmux)
        // The pane's shell dies at once; tmux closes the pane and its terminal with it.
        kill(try tmux.panePID(), SIGKILL)
        let deadline = Date().addingTimeInterval(10)
        var alive = true
        while Date() < deadline {
            // A process that ended but was not reaped yet is a zombie: gone for this purpose.
            let status = (try? String(contentsOfFile: "/proc/\(reader)/stat", encoding: .utf8)) ?? ""
            let state = status.split(separator: ")").last?.split(separator: " ").first
            if status.isEmpty || state == "Z" { alive = false; break }
            Thread.sleep(forTimeInterval: 0.1)
        }
        if alive { kill(reader, SIGKILL) }
        #expect(!alive, "the reader still runs 10 s after its terminal went")
    }
}
