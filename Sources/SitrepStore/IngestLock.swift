import Foundation

/// An exclusive claim on a library for one ingest, so that two ingests never run at once: an advisory lock
/// (`flock`) on `library.sqlite.lock`, released when the holder ends however it ends (even killed).
public final class IngestLock {
    private let descriptor: Int32

    /// Takes the lock, or throws ``LibraryError/busy(path:pid:)`` naming the process that holds it.
    public init(library path: String) throws {
        let lockPath = path + ".lock"
        descriptor = open(lockPath, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw LibraryError.readOnly(path: path) }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            close(descriptor)
            throw LibraryError.busy(path: path, pid: IngestLock.holder(lockPath))
        }
        let pid = Array("\(getpid())\n".utf8)
        _ = ftruncate(descriptor, 0)
        _ = pid.withUnsafeBufferPointer { pwrite(descriptor, $0.baseAddress, $0.count, 0) }
    }

    /// How long the pid of a holder that has just taken the lock is waited for (it writes it right after).
    static let pidWait = 0.2

    /// The pid written in the lock file by the ingest that holds it, nil when none comes within ``pidWait``.
    private static func holder(_ lockPath: String) -> Int32? {
        let deadline = Date().addingTimeInterval(pidWait)
        repeat {
            let text = (try? String(contentsOfFile: lockPath, encoding: .utf8)) ?? ""
            if let pid = Int32(text.trimmingCharacters(in: .whitespacesAndNewlines)) { return pid }
            usleep(5_000)
        } while Date() < deadline
        return nil
    }

    deinit {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
