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
            let holder = (try? String(contentsOfFile: lockPath, encoding: .utf8)).flatMap { Int32($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
            close(descriptor)
            throw LibraryError.busy(path: path, pid: holder)
        }
        let pid = Array("\(getpid())\n".utf8)
        _ = ftruncate(descriptor, 0)
        _ = pid.withUnsafeBufferPointer { pwrite(descriptor, $0.baseAddress, $0.count, 0) }
    }

    deinit {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
