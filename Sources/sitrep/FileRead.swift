import Foundation

/// Reads a whole file, or standard input, as the bytes it holds at one moment.
enum FileRead {
    /// The most standard input may bring: more than this is refused rather than read until memory runs out.
    static let standardInputLimit = 256 << 20
    /// How often a file that changes while it is read is read again before it is refused.
    static let attemptsOnChange = 3

    /// The bytes of a file; `-` reads standard input. A file that changed while it was read is read again.
    static func bytes(_ path: String) throws(CLIError) -> [UInt8] {
        if path == "-" { return try standardInput() }
        for _ in 0..<attemptsOnChange {
            let descriptor = open(path, O_RDONLY | O_CLOEXEC)
            guard descriptor >= 0 else { throw CLIError("\(path): cannot read file: \(FileWalk.reason(errno))") }
            defer { close(descriptor) }
            var before = stat()
            guard fstat(descriptor, &before) == 0 else { throw CLIError("\(path): cannot read file: \(FileWalk.reason(errno))") }
            guard before.st_mode & S_IFMT == S_IFREG else { throw CLIError("\(path): not a regular file") }
            let bytes = try readAll(descriptor, name: path, limit: nil, expected: Int(before.st_size))
            var after = stat()
            guard fstat(descriptor, &after) == 0 else { throw CLIError("\(path): cannot read file: \(FileWalk.reason(errno))") }
            if after.st_size == before.st_size, after.st_mtim.tv_sec == before.st_mtim.tv_sec,
               after.st_mtim.tv_nsec == before.st_mtim.tv_nsec, bytes.count == Int(after.st_size) {
                return bytes
            }
        }
        throw CLIError("\(path): the file changed while it was being read; try again when it is written")
    }

    /// Standard input, up to ``standardInputLimit``; a folder, binary data or more than the limit is refused
    /// as soon as it is seen.
    private static func standardInput() throws(CLIError) -> [UInt8] {
        var info = stat()
        if fstat(STDIN_FILENO, &info) == 0, info.st_mode & S_IFMT == S_IFDIR {
            throw CLIError("standard input is a folder, not a text file")
        }
        return try readAll(STDIN_FILENO, name: "standard input", limit: standardInputLimit, expected: 0)
    }

    /// Reads to the end of a descriptor. With a limit, stops with an error past it, and at the first NUL byte
    /// (binary data: `yes`, `/dev/zero` and the like are not read to the end).
    private static func readAll(_ descriptor: Int32, name: String, limit: Int?, expected: Int) throws(CLIError) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(expected + 1)
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count == 0 { return bytes }
            if count < 0 {
                if errno == EINTR { continue }
                throw CLIError("\(name): cannot read: \(FileWalk.reason(errno))")
            }
            if let limit {
                if let nul = chunk[0..<count].firstIndex(of: 0) {
                    throw CLIError("\(name): binary data (NUL byte at offset \(bytes.count + nul)), not a text file")
                }
                if bytes.count + count > limit {
                    throw CLIError("\(name): more than \(limit >> 20) MB; save it to a file and ingest the file")
                }
            }
            bytes += chunk[0..<count]
        }
    }
}
