import Glibc

/// What the process writes on standard error while curses owns the screen, kept aside and shown once the terminal
/// is restored.
///
/// A crash prints its reason (Swift's "Fatal error: …", the backtrace) on standard error, which is the terminal: on
/// the reader's screen it would be erased by the restore that follows. While the reader runs, standard error goes
/// to an unlinked temporary file instead; when the reader ends, or in the crash handler after the terminal is
/// restored, that file is copied to the real standard error (with async-signal-safe calls only).
enum StandardErrorCapture {
    /// The real standard error, -1 while nothing is captured.
    nonisolated(unsafe) private static var saved: Int32 = -1
    /// The temporary file standard error goes to meanwhile.
    nonisolated(unsafe) private static var file: Int32 = -1

    /// The real standard error (the terminal), for commands the reader runs meanwhile.
    static var real: Int32 { saved >= 0 ? saved : STDERR_FILENO }

    /// Sends standard error to a temporary file; nothing happens when no temporary file can be made.
    static func begin() {
        guard saved < 0 else { return }
        var template = Array("/tmp/sitrep-stderr-XXXXXX".utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else { return }
        template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) }
        let real = dup(STDERR_FILENO)
        guard real >= 0, dup2(descriptor, STDERR_FILENO) >= 0 else {
            close(descriptor)
            if real >= 0 { close(real) }
            return
        }
        saved = real
        file = descriptor
    }

    /// Gives standard error back and writes on it what was captured. Async-signal-safe: the crash handler calls it.
    static func end() {
        guard saved >= 0 else { return }
        dup2(saved, STDERR_FILENO)
        close(saved)
        saved = -1
        var buffer = (UInt64(0), UInt64(0), UInt64(0), UInt64(0), UInt64(0), UInt64(0), UInt64(0), UInt64(0))
        lseek(file, 0, SEEK_SET)
        withUnsafeMutableBytes(of: &buffer) { raw in
            while true {
                let count = read(file, raw.baseAddress, raw.count)
                if count <= 0 { break }
                _ = write(STDERR_FILENO, raw.baseAddress, count)
            }
        }
        close(file)
        file = -1
    }
}
