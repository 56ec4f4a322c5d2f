import Foundation
import SitrepCore
import SitrepStore

/// A one-line progress bar on standard error (files done, MB/s, time left), drawn only when standard error is a
/// terminal and at most ten times a second; silent when piped.
final class Progress {
    private let totalFiles: Int
    private let totalBytes: Int
    private let enabled: Bool
    private let unit: String
    private let start = Date()
    private var lastDraw = Date.distantPast
    private(set) var files = 0
    private(set) var bytes = 0

    /// `unit` names what is counted ("files", "feeds"); the rate is shown only when there are bytes to count.
    init(totalFiles: Int, totalBytes: Int, unit: String = "files", enabled: Bool = isatty(STDERR_FILENO) == 1) {
        self.totalFiles = totalFiles
        self.totalBytes = totalBytes
        self.unit = unit
        self.enabled = enabled
    }

    /// Seconds since the start.
    var elapsed: Double { Date().timeIntervalSince(start) }

    /// Counts one file done.
    func advance(bytes count: Int) {
        files += 1
        bytes += count
        draw(force: files == totalFiles)
    }

    /// Shows what is happening now in place of the bar (for the final indexing step).
    func status(_ text: String) {
        guard enabled else { return }
        Output.control("\r\u{1B}[K" + VisibleText.visible(text))
    }

    /// Clears the line.
    func finish() {
        guard enabled else { return }
        Output.control("\r\u{1B}[K")
    }

    private func draw(force: Bool) {
        guard enabled, force || Date().timeIntervalSince(lastDraw) >= 0.1 else { return }
        lastDraw = Date()
        let fraction = totalBytes > 0 ? Double(bytes) / Double(totalBytes) : Double(files) / Double(max(1, totalFiles))
        let width = 24
        let filled = min(width, Int(fraction * Double(width)))
        let rate = elapsed > 0 ? Double(bytes) / 1_048_576 / elapsed : 0
        let left = fraction > 0 ? elapsed * (1 - fraction) / fraction : 0
        let bar = String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled)
        let speed = totalBytes > 0 ? String(format: "  %.1f MB/s", rate) : ""
        let line = "[\(bar)] \(files)/\(totalFiles) \(unit)\(speed)  \(Progress.clock(left)) left"
        Output.control("\r\u{1B}[K\(line)")
    }

    /// Seconds as m:ss.
    static func clock(_ seconds: Double) -> String {
        let whole = Int(seconds.rounded())
        return String(format: "%d:%02d", whole / 60, whole % 60)
    }
}

extension Progress {
    /// Brings the library's index up to date through `rebuild` (an ingest's, a reload's or a reindex), its progress
    /// on this line ("indexing: 3/10 files read…", then "linking 10 files…"); a library error becomes one line, and a
    /// full disk says that the files are stored but not indexed yet.
    func indexing(_ verb: String = "indexing",
                  _ rebuild: (_ progress: (_ read: Int, _ total: Int) -> Void) throws -> Void) throws {
        status("\(verb)\u{2026}")
        defer { finish() }
        do {
            try rebuild { read, total in
                self.status(read < total ? "\(verb): \(read)/\(total) files read\u{2026}" : "linking \(total) files\u{2026}")
            }
        } catch let LibraryError.full(path) {
            throw CLIError("\(path): the disk is full while indexing; the files are stored but not indexed yet: "
                + "free some space and run sitrep ingest again")
        } catch let error as LibraryError {
            throw CLIError(error.description)
        }
    }
}
