import Foundation

/// A real terminal for end-to-end tests: a tmux server on its own socket running one command in a pane of a
/// given size. Screens are read with capture-pane and polled, never waited for with fixed sleeps.
final class Tmux {
    let socket = "sitrep-e2e-\(UUID().uuidString.prefix(8))"

    /// Starts `command` (run by sh) in a detached session of `width` x `height`.
    init(width: Int, height: Int, command: String, directory: URL) throws {
        try tmux(["-f", "/dev/null", "new-session", "-d", "-s", "main", "-x", "\(width)", "-y", "\(height)",
                  "-c", directory.path, command])
    }

    deinit {
        // kill-server alone can leave the server behind: end the pane's processes and the server by pid too.
        let pids = ((try? tmux(["display-message", "-p", "-t", "main", "#{pid} #{pane_pid}"])) ?? "")
            .split(whereSeparator: { $0 == " " || $0 == "\n" }).compactMap { pid_t($0) }
        _ = try? tmux(["kill-server"])
        if pids.count == 2 {
            kill(-pids[1], SIGKILL)
            kill(pids[1], SIGKILL)
            kill(pids[0], SIGKILL)
        }
    }

    /// Types keys as tmux names them ("Tab", "Enter", "j", "BSpace").
    func send(_ keys: String...) throws { try tmux(["send-keys", "-t", "main"] + keys) }

    /// Types text literally.
    func type(_ text: String) throws { try tmux(["send-keys", "-t", "main", "-l", text]) }

    func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-t", "main", "-x", "\(width)", "-y", "\(height)"])
    }

    /// The process id of the pane's command (its shell).
    func panePID() throws -> pid_t {
        guard let pid = pid_t(try tmux(["display-message", "-p", "-t", "main", "#{pane_pid}"]).trimmingCharacters(in: .whitespacesAndNewlines)) else {
            throw Spawn.Failure(description: "no pane")
        }
        return pid
    }

    /// The visible screen as text.
    func screen() throws -> String { try tmux(["capture-pane", "-p", "-t", "main"]) }

    /// Polls the screen until `condition` holds, up to `timeout` seconds; returns the last screen.
    @discardableResult
    func waitFor(timeout: Double = 15, _ condition: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        while Date() < deadline {
            last = try screen()
            if condition(last) { return last }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return last
    }

    @discardableResult
    private func tmux(_ arguments: [String]) throws -> String {
        try Spawn.output(["tmux", "-L", socket] + arguments, environment: ["LANG=C.UTF-8", "TERM=xterm-256color"])
    }
}

/// Runs programs with posix_spawn and waitpid (Foundation's Process leaves the tmux client unreaped on Linux).
/// Output goes through files: a forked tmux server would hold a pipe open for ever.
enum Spawn {
    struct Failure: Error, CustomStringConvertible { let description: String }

    /// What a finished program left: its exit status (128 + signal when killed) and its output.
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// A started program, to wait for or to kill.
    struct Running {
        let pid: pid_t
        let stdoutFile: String
        let stderrFile: String

        /// Waits for the program to end and collects its output.
        func wait() -> Result {
            var status: Int32 = 0
            while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
            defer { unlink(stdoutFile); unlink(stderrFile) }
            let signal = status & 0x7f
            let code = signal == 0 ? (status >> 8) & 0xff : 128 + signal
            return Result(status: code, stdout: (try? String(contentsOfFile: stdoutFile, encoding: .utf8)) ?? "",
                          stderr: (try? String(contentsOfFile: stderrFile, encoding: .utf8)) ?? "")
        }
    }

    /// Starts a program with standard input from `input` (a file path; /dev/null when nil).
    static func start(_ arguments: [String], environment extra: [String], input: String? = nil) throws -> Running {
        let base = FileManager.default.temporaryDirectory.appending(path: "spawn-\(UUID().uuidString)").path
        let running = Running(pid: 0, stdoutFile: base + ".out", stderrFile: base + ".err")
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, input ?? "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, running.stdoutFile, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, running.stderrFile, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        let names = Set(extra.compactMap { $0.split(separator: "=").first.map(String.init) })
        let inherited = ProcessInfo.processInfo.environment.filter { $0.key != "TMUX" && !names.contains($0.key) }
        let environment = inherited.map { "\($0.key)=\($0.value)" } + extra
        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        var envp: [UnsafeMutablePointer<CChar>?] = environment.map { strdup($0) } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawnp(&pid, arguments[0], &actions, nil, &argv, &envp)
        guard spawned == 0 else { throw Failure(description: "cannot run \(arguments[0]): error \(spawned)") }
        return Running(pid: pid, stdoutFile: running.stdoutFile, stderrFile: running.stderrFile)
    }

    /// Runs a program to its end.
    static func run(_ arguments: [String], environment: [String] = [], input: String? = nil) throws -> Result {
        try start(arguments, environment: environment, input: input).wait()
    }

    /// Runs a program to its end and returns what it wrote on standard output.
    static func output(_ arguments: [String], environment: [String]) throws -> String {
        try run(arguments, environment: environment).stdout
    }
}

/// The package root and the `sitrep` binary built next to the test bundle (or named by SITREP_BIN).
enum Paths {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static var binary: URL {
        if let explicit = ProcessInfo.processInfo.environment["SITREP_BIN"] { return URL(fileURLWithPath: explicit) }
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = folder.appending(path: "sitrep")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            folder = folder.deletingLastPathComponent()
        }
        return root.appending(path: ".build/debug/sitrep")
    }
}
