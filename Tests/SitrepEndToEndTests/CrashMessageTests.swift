import Foundation
import SitrepHarness
import Testing

/// A crash of the reader prints what failed after the terminal is restored: what the process wrote on standard
/// error while curses owned the screen (Swift's "Fatal error: …" and its backtrace) is kept aside and shown then.
@Suite(.serialized) struct CrashMessageTests {
    @Test func whatACrashPrintsIsShownOnTheRestoredTerminal() throws {
        let command = "SITREP_LIBRARY=/nonexistent/library.sqlite '\(Paths.binary.path)' Resources/corpus; code=$?; "
            + "modes=$(\(SignalEndToEndTests.modes)); echo \"EXIT=$code MODES=$modes END\"; sleep 600"
        let tmux = try Tmux(width: 100, height: 30, command: command, directory: Paths.root)
        try tmux.waitFor { $0.contains("article 1/6") }
        let reader = try SignalEndToEndTests().readerPID(tmux)
        // What a failing process writes on its standard error, written there from outside: the reader's own
        // descriptor 2, as the kernel shows it.
        let message = "Fatal error: the message of a crash\n"
        let descriptor = open("/proc/\(reader)/fd/2", O_WRONLY | O_APPEND)
        #expect(descriptor >= 0)
        _ = message.withCString { write(descriptor, $0, strlen($0)) }
        close(descriptor)
        var screen = try tmux.screen()
        #expect(!screen.contains("the message of a crash"), "nothing reaches the reader's screen: \(screen)")
        kill(reader, SIGSEGV)
        screen = try tmux.waitFor { $0.contains(" END") }
        #expect(screen.contains("Fatal error: the message of a crash"), "\(screen)")
        #expect(screen.contains("EXIT=\(128 + SIGSEGV) "), "\(screen)")
        #expect(screen.contains("MODES=icanon echo "), "\(screen)")
    }
}
