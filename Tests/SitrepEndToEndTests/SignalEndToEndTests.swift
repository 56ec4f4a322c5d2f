import Foundation
import SitrepHarness
import Testing

/// Signals and suspension in a real terminal: the terminal is always given back in order.
@Suite(.serialized) struct SignalEndToEndTests {
    static let modes = "stty -a | tr -s ' ;' '\\n\\n' | grep -E '^-?(icanon|echo)$' | tr '\\n' ' '"

    /// The reader's process: the child of the pane's shell.
    func readerPID(_ tmux: Tmux) throws -> pid_t {
        let shell = try tmux.panePID()
        let deadline = Date().addingTimeInterval(10)
        while Date() < deadline {
            let children = (try? String(contentsOfFile: "/proc/\(shell)/task/\(shell)/children", encoding: .utf8)) ?? ""
            if let child = children.split(separator: " ").first.flatMap({ pid_t($0) }) { return child }
            Thread.sleep(forTimeInterval: 0.02)
        }
        throw Spawn.Failure(description: "the reader did not start")
    }

    @Test(arguments: [SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGTRAP, SIGSEGV])
    func aSignalRestoresTheTerminal(_ number: Int32) throws {
        let command = "SITREP_LIBRARY=/nonexistent/library.sqlite '\(Paths.binary.path)' Resources/corpus; code=$?; "
            + "modes=$(\(SignalEndToEndTests.modes)); echo \"EXIT=$code MODES=$modes END\"; sleep 600"
        let tmux = try Tmux(width: 100, height: 30, command: command, directory: Paths.root)
        try tmux.waitFor { $0.contains("article 1/6") }
        kill(try readerPID(tmux), number)
        let screen = try tmux.waitFor { $0.contains(" END") }
        #expect(screen.contains("EXIT=\(128 + number) "), "\(screen)")
        #expect(screen.contains("MODES=icanon echo "), "canonical mode and echo are back on: \(screen)")
    }

    @Test func ctrlZSuspendsAndFgRedraws() throws {
        let tmux = try Tmux(width: 100, height: 30, command: "bash --norc --noprofile -i", directory: Paths.root)
        try tmux.waitFor { $0.contains("$") || $0.contains("#") }
        try tmux.type("SITREP_LIBRARY=/nonexistent/library.sqlite '\(Paths.binary.path)' Resources/corpus")
        try tmux.send("Enter")
        try tmux.waitFor { $0.contains("article 1/6") }
        try tmux.send("j")
        try tmux.waitFor { $0.contains("article 2/6") }
        try tmux.send("C-z")
        var screen = try tmux.waitFor { $0.contains("Stopped") }
        #expect(screen.contains("Stopped"), "\(screen)")
        try tmux.type("echo \"MODES=$(\(SignalEndToEndTests.modes))END\"")
        try tmux.send("Enter")
        screen = try tmux.waitFor { $0.contains("MODES=icanon echo END") }
        #expect(screen.contains("MODES=icanon echo END"), "the shell gets a sane terminal while the reader is stopped: \(screen)")
        try tmux.send("C-l")
        try tmux.type("fg")
        try tmux.send("Enter")
        screen = try tmux.waitFor { $0.contains("article 2/6") && $0.contains("Articles (6)") }
        #expect(screen.contains("Articles (6)") && screen.contains("article 2/6"), "redrawn where it was: \(screen)")
        #expect(!screen.contains("MODES="), "the whole screen is repainted: \(screen)")
        try tmux.send("q")
        try tmux.type("echo \"DONE=$? MODES=$(\(SignalEndToEndTests.modes))END\"")
        try tmux.send("Enter")
        screen = try tmux.waitFor { $0.contains("DONE=0 MODES=icanon echo END") }
        #expect(screen.contains("DONE=0 MODES=icanon echo END"), "\(screen)")
    }
}
