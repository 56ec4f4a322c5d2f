import Foundation

/// Runs a program with a pseudo-terminal as its standard input, output and error, as a person's shell would, and
/// keeps every byte it wrote there: what a terminal would have been told to do.
public enum PseudoTerminal {
    /// What a program wrote on its terminal, byte for byte, and its exit status (128 + signal when killed).
    public struct Result {
        public var status: Int32
        public var bytes: [UInt8]
        /// The output as text (invalid UTF-8 repaired).
        public var text: String { String(decoding: bytes, as: UTF8.self) }
    }

    /// Runs a program to its end on a new pseudo-terminal of 80x24, with `extra` added to the environment.
    public static func run(_ arguments: [String], environment extra: [String] = []) throws -> Result {
        // Linux's pseudo-terminal multiplexer: unlock the new terminal and ask its number (what grantpt, unlockpt
        // and ptsname do, which Swift's Glibc module does not import).
        let master = open("/dev/ptmx", O_RDWR | O_NOCTTY)
        var unlock: Int32 = 0
        var number: UInt32 = 0
        guard master >= 0, ioctl(master, 0x4004_5431 /* TIOCSPTLCK */, &unlock) == 0,
              ioctl(master, 0x8004_5430 /* TIOCGPTN */, &number) == 0 else {
            throw Spawn.Failure(description: "cannot open a pseudo-terminal")
        }
        defer { close(master) }
        let slavePath = "/dev/pts/\(number)"
        var size = winsize(ws_row: 24, ws_col: 80, ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(master, UInt(TIOCSWINSZ), &size)
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        for stream in Int32(0)...2 {
            posix_spawn_file_actions_addopen(&actions, stream, slavePath, stream == 0 ? O_RDONLY : O_WRONLY, 0)
        }
        posix_spawn_file_actions_addclose(&actions, master)
        let names = Set(extra.compactMap { $0.split(separator: "=").first.map(String.init) })
        let inherited = ProcessInfo.processInfo.environment.filter { $0.key != "TMUX" && !names.contains($0.key) }
        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        var envp: [UnsafeMutablePointer<CChar>?] = (inherited.map { "\($0.key)=\($0.value)" } + extra).map { strdup($0) } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawnp(&pid, arguments[0], &actions, nil, &argv, &envp)
        guard spawned == 0 else { throw Spawn.Failure(description: "cannot run \(arguments[0]): error \(spawned)") }
        // Read until the program and everything it started have closed the terminal (read then fails with EIO).
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65_536)
        var status: Int32 = 0
        var exited = false
        while true {
            var poller = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
            let ready = poll(&poller, 1, 100)
            if ready > 0 {
                let count = read(master, &buffer, buffer.count)
                if count > 0 { bytes += buffer[0..<count]; continue }
                if count < 0, errno == EINTR { continue }
                break
            }
            if exited { break }
            if waitpid(pid, &status, WNOHANG) == pid { exited = true }
        }
        if !exited { while waitpid(pid, &status, 0) == -1 && errno == EINTR {} }
        let signal = status & 0x7f
        return Result(status: signal == 0 ? (status >> 8) & 0xff : 128 + signal, bytes: bytes)
    }
}
