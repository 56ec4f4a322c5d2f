import Foundation

/// A real terminal for end-to-end tests and benchmarks: a tmux server on its own socket running one command in a
/// pane of a given size. Screens are read with capture-pane and polled, never waited for with fixed sleeps.
public final class Tmux {
    public let socket = "sitrep-e2e-\(UUID().uuidString.prefix(8))"

    /// Starts `command` (run by sh) in a detached session of `width` x `height`.
    public init(width: Int, height: Int, command: String, directory: URL) throws {
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

    /// Replaces the pane's command with `command` (run by sh), the server already running.
    public func respawn(_ command: String) throws { try tmux(["respawn-pane", "-k", "-t", "main", command]) }

    /// Types keys as tmux names them ("Tab", "Enter", "j", "BSpace").
    public func send(_ keys: String...) throws { try tmux(["send-keys", "-t", "main"] + keys) }

    /// Types text literally.
    public func type(_ text: String) throws { try tmux(["send-keys", "-t", "main", "-l", text]) }

    public func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-t", "main", "-x", "\(width)", "-y", "\(height)"])
    }

    /// The process id of the pane's command (its shell).
    public func panePID() throws -> pid_t {
        guard let pid = pid_t(try tmux(["display-message", "-p", "-t", "main", "#{pane_pid}"]).trimmingCharacters(in: .whitespacesAndNewlines)) else {
            throw Spawn.Failure(description: "no pane")
        }
        return pid
    }

    /// The visible screen as text.
    public func screen() throws -> String { try tmux(["capture-pane", "-p", "-t", "main"]) }

    /// Polls the screen until `condition` holds, up to `timeout` seconds; returns the last screen.
    @discardableResult
    public func waitFor(timeout: Double = 15, interval: Double = 0.05, _ condition: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        while Date() < deadline {
            last = try screen()
            if condition(last) { return last }
            Thread.sleep(forTimeInterval: interval)
        }
        return last
    }

    /// Polls until the screen differs from `previous` and then holds still for one more poll, so that a repaint
    /// tmux has applied only in part is never returned; returns that screen, or the last one after `timeout` seconds.
    @discardableResult
    public func waitForChange(from previous: String, timeout: Double = 5, interval: Double = 0.05) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var last = previous
        while Date() < deadline {
            let now = try screen()
            if now != previous && now == last { return now }
            last = now
            Thread.sleep(forTimeInterval: interval)
        }
        return last
    }

    @discardableResult
    private func tmux(_ arguments: [String]) throws -> String {
        try Spawn.output(["tmux", "-L", socket] + arguments, environment: ["LANG=C.UTF-8", "TERM=xterm-256color"])
    }
}

