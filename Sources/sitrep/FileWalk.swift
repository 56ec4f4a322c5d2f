import Foundation

/// The files named on the command line: files as given, folders walked recursively (hidden entries skipped,
/// symbolic links followed, each folder read once however many links lead to it), in a stable order. Nothing is
/// passed over without a word: a path that cannot be read, a folder that cannot be listed, a name that is not
/// UTF-8 or a path too long for the system each give a problem line, and the walk goes on.
struct FileWalk {
    /// The files found, in the order given, each folder's files sorted by their bytes.
    private(set) var files: [String] = []
    /// One line for each path that could not be read.
    private(set) var problems: [String] = []
    /// Folders already walked, by device and inode: a link back to a folder above does not loop.
    private var walked: Set<FileIdentity> = []

    /// Walks the paths; `-` stands for standard input and is kept as it is.
    init(_ paths: [String]) {
        for path in paths {
            if path == "-" { files.append(path); continue }
            var info = stat()
            guard stat(path, &info) == 0 else { problems.append("\(path): \(FileWalk.reason(errno))"); continue }
            if info.st_mode & S_IFMT == S_IFDIR {
                walk(folder: path, identity: FileIdentity(info))
            } else {
                files.append(path)
            }
        }
    }

    private mutating func walk(folder: String, identity: FileIdentity) {
        guard walked.insert(identity).inserted else { return }
        guard let directory = opendir(folder) else {
            problems.append("\(folder): cannot read folder: \(FileWalk.reason(errno))")
            return
        }
        var names: [[UInt8]] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in Array(raw.prefix(while: { $0 != 0 })) }
            if name.first == UInt8(ascii: ".") { continue }
            names.append(name)
        }
        closedir(directory)
        for name in names.sorted(by: { $0.lexicographicallyPrecedes($1) }) {
            let base = folder.hasSuffix("/") ? folder : folder + "/"
            guard let text = String(validating: name, as: UTF8.self) else {
                problems.append("\(base)\(String(decoding: name, as: UTF8.self)): file name is not UTF-8, skipped")
                continue
            }
            let path = base + text
            var info = stat()
            guard stat(path, &info) == 0 else { problems.append("\(path): \(FileWalk.reason(errno))"); continue }
            switch info.st_mode & S_IFMT {
            case S_IFDIR: walk(folder: path, identity: FileIdentity(info))
            case S_IFREG: files.append(path)
            default: problems.append("\(path): not a regular file, skipped")
            }
        }
    }

    /// The system's words for an error number, in lower case ("no such file or directory").
    static func reason(_ number: Int32) -> String {
        let text = String(cString: strerror(number))
        return text.prefix(1).lowercased() + text.dropFirst()
    }

    /// A file's identity on its file system.
    private struct FileIdentity: Hashable {
        let device: UInt64
        let inode: UInt64
        init(_ info: stat) {
            device = UInt64(info.st_dev)
            inode = UInt64(info.st_ino)
        }
    }
}
