import Foundation
import SitrepHarness
import SitrepCore
import SitrepStore
import Testing

/// The real binary's library commands on a real SQLite file in a temporary folder.
@Suite struct LibraryCommandTests {
    /// A temporary folder with a library path in it, removed at the end.
    final class Workspace {
        let folder: URL
        var library: String { folder.appending(path: "library.sqlite").path }

        init() throws {
            folder = FileManager.default.temporaryDirectory.appending(path: "sitrep-cli-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        }

        deinit { try? FileManager.default.removeItem(at: folder) }

        /// Runs `sitrep` with the library of this workspace (through SITREP_LIBRARY, as a user would set it).
        func sitrep(_ arguments: String..., input: String? = nil) throws -> Spawn.Result {
            try sitrep(arguments: arguments, input: input)
        }

        /// Runs `sitrep` with arguments given as an array.
        func sitrep(arguments: [String], input: String? = nil) throws -> Spawn.Result {
            try Spawn.run([Paths.binary.path] + arguments, environment: ["SITREP_LIBRARY=\(library)", "NO_COLOR=1"],
                          input: input)
        }

        /// Writes a file and returns its path.
        @discardableResult
        func write(_ name: String, _ bytes: [UInt8]) throws -> String {
            let url = folder.appending(path: name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(bytes).write(to: url)
            return url.path
        }

        /// The library exported as JSON: what it holds, to compare before and after.
        func snapshot() throws -> String {
            let result = try sitrep("export", "--format", "json")
            #expect(result.status == 0, "\(result.stderr)")
            return result.stdout
        }
    }

    /// The bundled sample corpus, by absolute path.
    static let corpus = Paths.root.appending(path: "Resources/corpus").path

    static func decode<T: Decodable>(_ type: T.Type, _ text: String) throws -> T {
        try JSONDecoder().decode(type, from: Data(text.utf8))
    }

    struct Quote: Decodable {
        struct Speaker: Decodable { var id: Int; var name: String }
        var text: String
        var kind: String
        var source: String
        var line: Int
        var speaker: Speaker?
    }

    @Test func ingestingTheSamplesTwiceChangesNothing() throws {
        let work = try Workspace()
        let first = try work.sitrep("ingest", LibraryCommandTests.corpus)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stderr.contains("2 files: 2 added, 0 replaced, 0 unchanged, 0 failed"))
        let before = try work.snapshot()
        let second = try work.sitrep("ingest", LibraryCommandTests.corpus)
        #expect(second.status == 0)
        #expect(second.stderr.contains("2 files: 0 added, 0 replaced, 2 unchanged, 0 failed"))
        #expect(try work.snapshot() == before)
        #expect(before.contains("\"titleDerived\""))
    }

    @Test func quotationsBySpeaker() throws {
        let work = try Workspace()
        #expect(try work.sitrep("ingest", LibraryCommandTests.corpus).status == 0)
        let zelensky = try work.sitrep("quotes", "--speaker", "zelenskiy", "--json")
        #expect(zelensky.status == 0)
        let quotes = try Self.decode([Quote].self, zelensky.stdout)
        #expect(quotes.count == 9)
        #expect(Set(quotes.map(\.kind)) == ["direct", "partial"])
        #expect(Set(quotes.compactMap(\.speaker?.name)) == ["Volodymyr Zelensky"])
        #expect(Set(quotes.map { ($0.source as NSString).lastPathComponent }).count == 2, "from both files")
        let lee = try Self.decode([Quote].self, try work.sitrep("quotes", "--speaker", "lee", "--json").stdout)
        #expect(Set(lee.compactMap(\.speaker?.id)).count == 2)
        #expect(Set(lee.compactMap(\.speaker?.name)) == ["Seongmin Lee", "Lee Seong-kweun"])
        let prefix = try Self.decode([Quote].self, try work.sitrep("quotes", "--speaker", "zelensk", "--json").stdout)
        #expect(prefix.count == 9)
        let csv = try work.sitrep("quotes", "--speaker", "zelensk", "--csv").stdout
        #expect(csv.hasPrefix("id,speaker,kind,text,cue,source,line,column,story,speaker_named\r\n"))
        #expect(csv.split(separator: "\r\n").count == 10)
        let speakers = try work.sitrep("speakers", "--json", "lee").stdout
        #expect(speakers.contains("\"name\" : \"Lee Seong-kweun\"") && speakers.contains("\"name\" : \"Seongmin Lee\""))
    }

    @Test func searchIsCaseAndDiacriticInsensitiveInEveryScript() throws {
        let work = try Workspace()
        let file = try work.write("kharkiv.txt", Array("Удар по Харкову\n\nВійська завдали удару по Харкову вночі, повідомив мер.\n".utf8))
        #expect(try work.sitrep("ingest", file).status == 0)
        let result = try work.sitrep("search", "харкову")
        #expect(result.status == 0)
        #expect(result.stdout.contains("kharkiv.txt:1: Удар по [Харкову]"))
        #expect(result.stdout.contains("kharkiv.txt:3: Війська завдали удару по [Харкову]"))
        let bad = try work.sitrep("search", "AND (")
        #expect(bad.status != 0)
        #expect(bad.stderr.split(separator: "\n").count == 1)
    }

    @Test func aBinaryFileIsRefusedAndTheLibraryIsUnchanged() throws {
        let work = try Workspace()
        #expect(try work.sitrep("ingest", LibraryCommandTests.corpus).status == 0)
        let before = try work.snapshot()
        let binary = try work.write("photo.txt", [0x47, 0x49, 0x46, 0x00, 0x01])
        let good = try work.write("good.txt", Array("Ceasefire holds\n\nThe ceasefire held overnight, the army said.\n".utf8))
        let result = try work.sitrep("ingest", binary)
        #expect(result.status == 1)
        #expect(result.stderr.contains("\(binary): binary data (NUL byte at offset 3), not a text file"))
        #expect(try work.snapshot() == before)
        // One bad file among good ones: the others go on, the exit code still says something failed.
        let mixed = try work.sitrep("ingest", binary, good, work.folder.appending(path: "missing.txt").path)
        #expect(mixed.status == 1)
        #expect(mixed.stderr.contains("missing.txt: no such file or directory"))
        #expect(mixed.stderr.contains("2 files: 1 added, 0 replaced, 0 unchanged, 2 failed"), "\(mixed.stderr)")
        #expect(try work.snapshot().contains("Ceasefire holds"))
    }

    @Test func aDamagedLibraryIsReportedAndLeftAlone() throws {
        let work = try Workspace()
        let garbage = (0..<8192).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 11) }
        try work.write("library.sqlite", garbage)
        let file = try work.write("a.txt", Array("Ceasefire holds\n\nThe ceasefire held overnight, the army said.\n".utf8))
        for arguments in [["ingest", file], ["quotes"], ["search", "ceasefire"]] {
            let result = try Spawn.run([Paths.binary.path] + arguments, environment: ["SITREP_LIBRARY=\(work.library)"])
            #expect(result.status == 1, "\(arguments)")
            #expect(result.stderr.contains("library.sqlite: the library is damaged or not a database"), "\(arguments)")
            #expect(result.stderr.split(separator: "\n").count == 1)
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: work.library)) == Data(garbage))
    }

    @Test func aSecondIngestAtTheSameTimeIsToldWhoHoldsTheLibrary() throws {
        let work = try Workspace()
        let samples = try FileManager.default.contentsOfDirectory(atPath: LibraryCommandTests.corpus).filter { $0.hasSuffix(".txt") }
        for copy in 0..<40 {
            var bytes = Array(try Data(contentsOf: URL(fileURLWithPath: LibraryCommandTests.corpus + "/" + samples[copy % 2])))
            bytes += Array("\nReporting by desk \(copy).\n".utf8)
            try work.write("bulk/\(copy).txt", bytes)
        }
        let first = try Spawn.start([Paths.binary.path, "ingest", work.folder.appending(path: "bulk").path],
                                    environment: ["SITREP_LIBRARY=\(work.library)"])
        // Wait until the first ingest holds the library (its lock file names it), then try a second one.
        let deadline = Date().addingTimeInterval(10)
        while Date() < deadline, (try? String(contentsOfFile: work.library + ".lock", encoding: .utf8)) != "\(first.pid)\n" {
            Thread.sleep(forTimeInterval: 0.01)
        }
        let second = try work.sitrep("ingest", LibraryCommandTests.corpus)
        let firstResult = first.wait()
        #expect(firstResult.status == 0, "\(firstResult.stderr)")
        #expect(second.status == 1)
        #expect(second.stderr == "Error: \(work.library): another ingest is running on this library (pid \(first.pid)); try again when it ends\n")
        #expect(try work.sitrep("ingest", LibraryCommandTests.corpus).status == 0, "the lock is gone with the first ingest")
    }

    @Test func unknownFlagsGetUsage() throws {
        let work = try Workspace()
        let result = try work.sitrep("quotes", "--speakr", "lee")
        #expect(result.status == 64)
        #expect(result.stderr.contains("Unknown option '--speakr'"))
        #expect(result.stderr.contains("Usage: sitrep quotes"))
    }

    @Test func exportFormats() throws {
        let work = try Workspace()
        #expect(try work.sitrep("ingest", LibraryCommandTests.corpus).status == 0)
        let lines = try work.sitrep("export", "--format", "jsonl").stdout.split(separator: "\n")
        let types = try lines.map { line -> String in
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            return object?["type"] as? String ?? "?"
        }
        #expect(types.filter { $0 == "article" }.count == 6)
        #expect(Set(types) == ["article", "quote", "speaker", "story", "figure"])
        let csv = try work.sitrep("export", "--format", "csv", "--table", "speakers").stdout
        #expect(csv.hasPrefix("id,name,aliases,kind,description,quotes,named\r\n"))
        #expect(csv.contains("Volodymyr Zelensky"))
    }

    @Test func standardInputIsIngested() throws {
        let work = try Workspace()
        let file = try work.write("in.txt", Array("Ceasefire holds\n\nThe ceasefire held overnight, the army said.\n".utf8))
        let result = try work.sitrep("ingest", "-", input: file)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try work.sitrep("search", "ceasefire").stdout.contains("stdin:"))
    }

    /// Kills ingests at several moments (while files are stored, while the library is rebuilt) and checks the
    /// library each time: it opens, is sound, every stored file is whole, what was there before is still there,
    /// and the next ingest completes it.
    @Test func killingAnIngestLeavesTheLibraryWhole() throws {
        let work = try Workspace()
        let samples = try FileManager.default.contentsOfDirectory(atPath: LibraryCommandTests.corpus)
            .filter { $0.hasSuffix(".txt") }.sorted()
        var files: [String: [UInt8]] = [:]
        for copy in 0..<60 {
            let sample = samples[copy % samples.count]
            var bytes = Array(try Data(contentsOf: URL(fileURLWithPath: LibraryCommandTests.corpus + "/" + sample)))
            bytes += Array("\nReporting by desk \(copy); editing by desk \(copy * 7).\n".utf8)
            files[try work.write("bulk/\(copy).txt", bytes)] = bytes
        }
        let bulk = work.folder.appending(path: "bulk").path
        for (round, delay) in [0.02, 0.08, 0.25, 1.0].enumerated() {
            let path = work.folder.appending(path: "library-\(round).sqlite").path
            let environment = ["SITREP_LIBRARY=\(path)"]
            #expect(try Spawn.run([Paths.binary.path, "ingest", LibraryCommandTests.corpus], environment: environment).status == 0)
            let running = try Spawn.start([Paths.binary.path, "ingest", bulk], environment: environment)
            Thread.sleep(forTimeInterval: delay)
            kill(running.pid, SIGKILL)
            _ = running.wait()
            let library = try Library(path: path, create: false)
            #expect(try library.integrityProblem() == nil)
            let stored = try library.sources()
            for source in stored where source.name.contains("/bulk/") {
                #expect(files[source.name] == source.bytes, "a stored file is whole: \(source.name)")
            }
            #expect(stored.filter { !$0.name.contains("/bulk/") }.count == 2, "the files stored before are kept")
            #expect(try library.counts().articles >= 6, "the last complete index is kept")
            let finish = try Spawn.run([Paths.binary.path, "ingest", bulk], environment: environment)
            #expect(finish.status == 0, "\(finish.stderr)")
            #expect(try library.counts().sources == 62)
            #expect(try library.needsRebuild == false)
            let quotes = try Spawn.run([Paths.binary.path, "quotes", "--speaker", "zelenskiy", "--json"], environment: environment)
            #expect(try Self.decode([Quote].self, quotes.stdout).count == 9 * 31)
        }
    }
}
