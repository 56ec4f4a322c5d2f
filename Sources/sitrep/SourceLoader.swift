import Foundation
import SitrepCore

/// A command-line failure, reported as one line.
struct CLIError: Error, CustomStringConvertible {
    let description: String
    /// The failure stops a run that would otherwise go on to the next file (the library itself failed).
    let fatal: Bool
    init(_ description: String, fatal: Bool = false) {
        self.description = description
        self.fatal = fatal
    }
}

/// Reads the files named on the command line: files as given, folders recursively (hidden entries skipped),
/// `-` for standard input. Every file is decoded before anything is analysed, so a bad one stops the run.
enum SourceLoader {
    /// The paths of the files under the given paths, in a stable order.
    static func files(_ paths: [String]) throws -> [String] {
        var files: [String] = []
        let manager = FileManager.default
        for path in paths {
            if path == "-" { files.append(path); continue }
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw CLIError("\(path): no such file or directory")
            }
            guard isDirectory.boolValue else { files.append(path); continue }
            guard let walker = manager.enumerator(atPath: path) else { throw CLIError("\(path): cannot read folder") }
            var found: [String] = []
            while let entry = walker.nextObject() as? String {
                let name = (entry as NSString).lastPathComponent
                if name.hasPrefix(".") { walker.skipDescendants(); continue }
                let full = (path as NSString).appendingPathComponent(entry)
                var entryIsDirectory: ObjCBool = false
                if manager.fileExists(atPath: full, isDirectory: &entryIsDirectory), !entryIsDirectory.boolValue {
                    found.append(full)
                }
            }
            files += found.sorted()
        }
        return files
    }

    /// The bytes of one file (or of standard input for `-`).
    static func bytes(_ path: String) throws -> [UInt8] {
        if path == "-" { return Array(FileHandle.standardInput.readDataToEndOfFile()) }
        guard FileManager.default.isReadableFile(atPath: path), let data = FileManager.default.contents(atPath: path) else {
            throw CLIError("\(path): cannot read file (permission denied or not a regular file)")
        }
        return Array(data)
    }

    /// Decodes every file under the paths; the first unreadable or undecodable one is an error.
    static func load(_ paths: [String]) throws -> [SourceText] {
        try files(paths).map { path in
            do {
                return try SourceText.decode(name: path == "-" ? "stdin" : path, bytes: bytes(path))
            } catch let error as InputError {
                throw CLIError(error.description)
            }
        }
    }

    /// The sample corpus compiled into the binary.
    static func bundledCorpus() -> [SourceText] {
        BundledCorpus.files.keys.sorted().map { name in
            SourceText(name: "Resources/corpus/" + name, text: BundledCorpus.files[name]!)
        }
    }
}
