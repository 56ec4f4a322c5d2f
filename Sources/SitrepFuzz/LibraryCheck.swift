import Foundation
import SitrepCore
import SitrepStore

/// One fuzz input through the library and the command line: the bytes become a folder of files (names made from
/// the bytes too, some not UTF-8, some in subfolders), which are stored in a real library file, indexed, and read
/// back through every query the listing commands make; with `SITREP_FUZZ_CLI` naming a `sitrep` binary, the
/// real command line ingests the folder and runs every listing command over it. A crash, an exit status other
/// than 0 or 1, a control byte in human-readable output or a broken invariant of the library is a crash here, so
/// that libFuzzer keeps the input.
enum LibraryCheck {
    /// Files one input becomes, at most.
    static let maximumFiles = 6

    static func check(_ bytes: [UInt8]) {
        let folder = FileManager.default.temporaryDirectory.appending(path: "sitrep-fuzz-\(getpid())").path
        try? FileManager.default.removeItem(atPath: folder)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let files = write(bytes, into: folder + "/news")
        checkStore(files, library: folder + "/library.sqlite", words: words(bytes))
        if let binary = ProcessInfo.processInfo.environment["SITREP_FUZZ_CLI"] {
            checkCommandLine(binary, folder: folder, words: words(bytes))
        }
    }

    /// Splits the bytes into files: the first byte chooses how many, the next ones where they are cut and how they
    /// are named. Returns each file's path and bytes.
    static func write(_ bytes: [UInt8], into folder: String) -> [(path: String, bytes: [UInt8])] {
        guard let first = bytes.first else { return [] }
        let count = 1 + Int(first) % maximumFiles
        let body = Array(bytes.dropFirst())
        var files: [(String, [UInt8])] = []
        let size = max(1, body.count / count)
        for index in 0..<count {
            let start = min(body.count, index * size)
            let end = index == count - 1 ? body.count : min(body.count, start + size)
            let chunk = Array(body[start..<end])
            // A name from the chunk's first bytes (no slash, no NUL): odd bytes and invalid UTF-8 included.
            var name = Array("f\(index)".utf8) + chunk.prefix(3).map { $0 == 0x2F || $0 == 0 ? 0x5F : $0 } + Array(".txt".utf8)
            if index % 3 == 2 { name = Array("sub/".utf8) + name }
            files.append((folder + "/" + String(decoding: name, as: UTF8.self), chunk))
            let path = Array(folder.utf8) + [0x2F] + name
            mkdir(folder, 0o755)
            mkdir(folder + "/sub", 0o755)
            let descriptor = (path + [0]).withUnsafeBufferPointer { buffer in
                buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                    open($0, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
                }
            }
            if descriptor >= 0 {
                _ = chunk.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
                close(descriptor)
            }
        }
        return files
    }

    /// Words of the input to search and look speakers up with, FTS5 syntax included.
    static func words(_ bytes: [UInt8]) -> [String] {
        let text = String(decoding: bytes.prefix(4096), as: UTF8.self)
        let found = text.split(whereSeparator: { $0.isWhitespace }).prefix(4).map(String.init)
        return found.isEmpty ? ["a"] : found
    }

    /// Stores the decodable files in a library, indexes it and reads everything back through the queries.
    static func checkStore(_ files: [(path: String, bytes: [UInt8])], library path: String, words: [String]) {
        do {
            let library = try Library(path: path, create: true)
            var stored = 0
            for file in files {
                guard let source = try? SourceText.decode(name: file.path, bytes: file.bytes) else { continue }
                try library.store(source, hash: ContentHash.of(file.bytes))
                stored += 1
            }
            try library.rebuild()
            let counts = try library.counts()
            let articles = try library.articles(0..<max(1, counts.articles))
            guard articles.count == counts.articles else { fatalError("\(articles.count) articles listed, \(counts.articles) counted") }
            let quotes = try library.quotes(QuoteFilter())
            guard quotes.count == counts.quotes else { fatalError("\(quotes.count) quotations listed, \(counts.quotes) counted") }
            for article in articles {
                for segment in try library.segments(ofArticle: article.id) {
                    let passages = try library.passages(ofSegment: segment.id)
                    for quote in try library.quotes(ofSegment: segment.id) {
                        guard let range = quote.range, let passage = passages.first(where: { $0.id == quote.passage }) else { continue }
                        let characters = Array(passage.text)
                        guard range.lowerBound >= 0, range.upperBound <= characters.count else {
                            fatalError("quotation \(quote.id) at \(range) outside its passage of \(characters.count)")
                        }
                    }
                    _ = try library.figures(ofSegment: segment.id)
                    _ = try library.linked(toSegment: segment.id, limit: 10)
                }
            }
            for word in words {
                _ = try? library.search(word)
                _ = try library.speakers(matching: SpeakerQuery(word), limit: 20)
                _ = try library.quotes(QuoteFilter(speaker: SpeakerQuery(word)))
            }
            for story in try library.stories(linkedOnly: false) { _ = try library.segments(ofStory: story.id) }
            _ = try library.sources()
            if let problem = try library.integrityProblem() { fatalError("library damaged: \(problem)") }
        } catch let error as LibraryError {
            if case .badQuery = error { return }
            fatalError("library error on generated files: \(error)")
        } catch {
            fatalError("error on generated files: \(error)")
        }
    }

    /// The real command line over the folder: every status is 0 or 1, and what a person reads holds no control
    /// byte.
    static func checkCommandLine(_ binary: String, folder: String, words: [String]) {
        let library = folder + "/cli.sqlite"
        let commands: [[String]] = [
            ["ingest", folder + "/news"], ["quotes", "--reported"], ["search"] + words.prefix(2), ["speakers"],
            ["stories", "--all"], ["quotes", "--speaker", words[0]], ["export", "--format", "jsonl"], ["check"],
        ]
        for command in commands {
            let (status, output) = run([binary, command[0], "--library", library] + command.dropFirst())
            guard status == 0 || status == 1 else { fatalError("sitrep \(command) ended with status \(status): \(String(decoding: output, as: UTF8.self))") }
            if command[0] != "export", let index = controlByte(in: output) {
                fatalError("sitrep \(command) wrote control byte \(output[index]) at \(index)")
            }
        }
    }

    /// The offset of the first byte that drives a terminal (ESC, BEL, DEL or a C1 control in UTF-8), if any.
    static func controlByte(in bytes: [UInt8]) -> Int? {
        bytes.indices.first { index in
            let byte = bytes[index]
            return byte == 0x1B || byte == 0x07 || byte == 0x7F
                || (byte == 0xC2 && index + 1 < bytes.count && (0x80...0x9F).contains(bytes[index + 1]))
        }
    }

    /// Runs a program with its output in a file; its exit status (128 + signal when killed) and output.
    static func run(_ arguments: [String]) -> (Int32, [UInt8]) {
        let output = FileManager.default.temporaryDirectory.appending(path: "sitrep-fuzz-out-\(getpid())").path
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        guard posix_spawn(&pid, arguments[0], &actions, nil, &argv, environ) == 0 else { fatalError("cannot run \(arguments[0])") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        var bytes: [UInt8] = []
        let file = open(output, O_RDONLY)
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while file >= 0 {
            let count = read(file, &chunk, chunk.count)
            if count <= 0 { break }
            bytes += chunk[0..<count]
        }
        if file >= 0 { close(file) }
        unlink(output)
        let signal = status & 0x7f
        return (signal == 0 ? (status >> 8) & 0xff : 128 + signal, bytes)
    }
}
