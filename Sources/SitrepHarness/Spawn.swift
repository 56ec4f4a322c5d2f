import Foundation

/// Runs programs with posix_spawn and waitpid (Foundation's Process leaves the tmux client unreaped on Linux).
/// Output goes through files: a forked tmux server would hold a pipe open for ever.
public enum Spawn {
    public struct Failure: Error, CustomStringConvertible {
        public let description: String
        public init(description: String) { self.description = description }
    }

    /// What a finished program left: its exit status (128 + signal when killed) and its output.
    public struct Result {
        public var status: Int32
        public var stdout: String
        public var stderr: String
        /// The program's peak resident memory (`ru_maxrss`), in kilobytes.
        public var peakKilobytes: Int
    }

    /// A started program, to wait for or to kill.
    public struct Running {
        public let pid: pid_t
        public let stdoutFile: String
        public let stderrFile: String

        /// Waits for the program to end and collects its output.
        public func wait() -> Result {
            var status: Int32 = 0
            var usage = rusage()
            while wait4(pid, &status, 0, &usage) == -1 && errno == EINTR {}
            defer { unlink(stdoutFile); unlink(stderrFile) }
            let signal = status & 0x7f
            let code = signal == 0 ? (status >> 8) & 0xff : 128 + signal
            return Result(status: code, stdout: (try? String(contentsOfFile: stdoutFile, encoding: .utf8)) ?? "",
                          stderr: (try? String(contentsOfFile: stderrFile, encoding: .utf8)) ?? "",
                          peakKilobytes: Int(usage.ru_maxrss))
        }
    }

    /// Starts a program with standard input from `input` (a file path; /dev/null when nil).
    public static func start(_ arguments: [String], environment extra: [String], input: String? = nil) throws -> Running {
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
    public static func run(_ arguments: [String], environment: [String] = [], input: String? = nil) throws -> Result {
        try start(arguments, environment: environment, input: input).wait()
    }

    /// Runs a program to its end and returns what it wrote on standard output.
    public static func output(_ arguments: [String], environment: [String]) throws -> String {
        try run(arguments, environment: environment).stdout
    }
}

