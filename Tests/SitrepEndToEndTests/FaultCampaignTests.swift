import Foundation
import GRDB
import SitrepHarness
import SitrepStore
@testable import sitrep
import Testing

/// The fault campaign of the reliability issue, replayed on the real binary with real files, folders and streams:
/// no crash, no silent success, and reads that never write.
@Suite struct FaultCampaignTests {
    typealias Workspace = LibraryCommandTests.Workspace

    static let article = "Strike on the depot\n\nOfficials said 3 people were killed in the strike, the governor said.\n"

    /// Runs a shell script with the workspace's library, for what needs redirections.
    static func shell(_ work: Workspace, _ script: String) throws -> Spawn.Result {
        try Spawn.run(["sh", "-c", script], environment: ["SITREP_LIBRARY=\(work.library)", "NO_COLOR=1",
                                                           "SITREP=\(Paths.binary.path)"])
    }

    @Test func fileNamesThatDifferOnlyInNormalisationAreTwoFiles() throws {
        let work = try Workspace()
        // café in NFC (é as one scalar) and in NFD (e and a combining acute): two names to the file system.
        try work.write("d/caf\u{E9}.txt", Array(Self.article.utf8))
        try work.write("d/cafe\u{301}.txt", Array("Flood in the valley\n\nThe mayor said 5 people were injured.\n".utf8))
        let folder = work.folder.appending(path: "d").path
        let first = try work.sitrep("ingest", folder)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stderr.contains("2 files: 2 added, 0 replaced, 0 unchanged, 0 failed"), "\(first.stderr)")
        let second = try work.sitrep("ingest", folder)
        #expect(second.status == 0, "\(second.stderr)")
        #expect(second.stderr.contains("2 files: 0 added, 0 replaced, 2 unchanged, 0 failed"), "\(second.stderr)")
        let quotes = try work.sitrep("quotes", "--reported")
        #expect(quotes.status == 0 && quotes.stdout.contains("killed") && quotes.stdout.contains("injured"), "\(quotes)")
    }

    @Test func standardInputIsReadWithinBounds() throws {
        let work = try Workspace()
        let folder = try work.sitrep("ingest", "-", input: "/")
        #expect(folder.status == 1)
        #expect(folder.stderr.contains("standard input is a folder, not a text file"), "\(folder.stderr)")
        let zeros = try work.sitrep("ingest", "-", input: "/dev/zero")
        #expect(zeros.status == 1)
        #expect(zeros.stderr.contains("standard input: binary data (NUL byte at offset 0)"), "\(zeros.stderr)")
        // Endless text is refused at the limit instead of filling memory.
        let endless = try Self.shell(work, "yes | \"$SITREP\" ingest -; echo \"rc=$?\"")
        #expect(endless.stdout.contains("rc=1"), "\(endless.stdout)")
        #expect(endless.stderr.contains("standard input: more than 256 MB"), "\(endless.stderr)")
        #expect(endless.peakKilobytes < 1_000_000)
    }

    @Test func aFailedWriteOfOutputIsOneLineAndExitOne() throws {
        let work = try Workspace()
        #expect(try work.sitrep("ingest", LibraryCommandTests.corpus).status == 0)
        let before = try work.snapshot()
        let full = try Self.shell(work, "\"$SITREP\" quotes > /dev/full; echo \"rc=$?\"")
        #expect(full.stdout.contains("rc=1"))
        #expect(full.stderr == "sitrep: cannot write to standard output: No space left on device\n", "\(full.stderr)")
        let closed = try Self.shell(work, "\"$SITREP\" quotes >&-; echo \"rc=$?\" >&2")
        #expect(closed.stderr == "sitrep: cannot write to standard output: Bad file descriptor\nrc=1\n", "\(closed.stderr)")
        let export = try Self.shell(work, "\"$SITREP\" export --format json > /dev/full; echo \"rc=$?\"")
        #expect(export.stdout.contains("rc=1") && export.stderr.contains("No space left on device"))
        // An ingest whose standard error is closed stores the file and says so by its exit code alone.
        let fresh = try work.write("new.txt", Array(Self.article.utf8))
        let quiet = try Self.shell(work, "\"$SITREP\" ingest '\(fresh)' 2>&-; echo \"rc=$?\"")
        #expect(quiet.stdout == "rc=1\n", "\(quiet.stdout) \(quiet.stderr)")
        #expect(try work.snapshot() != before, "the file was stored")
        // The library was not written into through a reused descriptor.
        #expect(try work.sitrep("check").status == 0)
    }

    @Test func foldersAreWalkedWithoutSilence() throws {
        let work = try Workspace()
        let real = work.folder.appending(path: "real").path
        try FileManager.default.createDirectory(atPath: real, withIntermediateDirectories: true)
        for name in ["000_b9078d0d6c918584.txt", "001_5bef676826590cea.txt"] {
            try FileManager.default.copyItem(atPath: LibraryCommandTests.corpus + "/" + name, toPath: real + "/" + name)
        }
        let link = work.folder.appending(path: "news").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: real)
        let linked = try work.sitrep("ingest", link)
        #expect(linked.status == 0 && linked.stderr.contains("2 files: 2 added"), "\(linked.stderr)")

        let loop = work.folder.appending(path: "loop").path
        try FileManager.default.createSymbolicLink(atPath: loop, withDestinationPath: loop)
        let looped = try work.sitrep("ingest", loop)
        #expect(looped.status == 1)
        #expect(looped.stderr.contains("loop: too many levels of symbolic links"), "\(looped.stderr)")

        // A link inside a folder back to the folder is walked once.
        try FileManager.default.createSymbolicLink(atPath: real + "/again", withDestinationPath: real)
        let again = try work.sitrep("ingest", real)
        #expect(again.status == 0 && again.stderr.contains("2 files: 0 added, 0 replaced, 2 unchanged"), "\(again.stderr)")

        // A name that is not UTF-8 is told, not skipped in silence.
        let badName = Array((real + "/bad").utf8) + [0xFF, 0x2E, 0x74, 0x78, 0x74, 0]
        let descriptor = badName.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { open($0, O_WRONLY | O_CREAT, 0o644) }
        }
        #expect(descriptor >= 0)
        close(descriptor)
        let named = try work.sitrep("ingest", real)
        #expect(named.status == 1)
        #expect(named.stderr.contains("file name is not UTF-8, skipped"), "\(named.stderr)")
    }

    @Test func anUnreadableFolderIsAFailure() throws {
        let work = try Workspace()
        let inner = work.folder.appending(path: "news/inner").path
        try FileManager.default.createDirectory(atPath: inner, withIntermediateDirectories: true)
        try work.write("news/inner/a.txt", Array(Self.article.utf8))
        chmod(inner, 0o000)
        chmod(work.folder.path, 0o777)
        defer { chmod(inner, 0o755) }
        let library = work.folder.appending(path: "nobody.sqlite").path
        let result = try Spawn.run(LibraryFaultTests.unprivileged + [Paths.binary.path, "ingest", "--library", library,
                                                                     work.folder.appending(path: "news").path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("inner: cannot read folder: permission denied"), "\(result.stderr)")
    }

    @Test func deepFoldersKeepEveryFileAndTooLongPathsAreTold() throws {
        let work = try Workspace()
        // 500 levels: a path of about 1,500 bytes, longer than Foundation's 1,024 but within the system's 4,096.
        var deep = work.folder.appending(path: "deep").path
        for _ in 0..<500 { deep += "/dd" }
        try FileManager.default.createDirectory(atPath: deep, withIntermediateDirectories: true)
        try Data(Self.article.utf8).write(to: URL(fileURLWithPath: deep + "/a.txt"))
        try Data("Flood in the valley\n\nThe mayor said 5 people were injured.\n".utf8)
            .write(to: URL(fileURLWithPath: deep + "/b.txt"))
        let result = try work.sitrep("ingest", work.folder.appending(path: "deep").path)
        #expect(result.status == 0 && result.stderr.contains("2 files: 2 added, 0 replaced"), "\(result.stderr)")

        // Past the system's limit: made one level at a time relative to the folder before.
        var folder = open(work.folder.path, O_RDONLY | O_DIRECTORY)
        #expect(mkdirat(folder, "long", 0o755) == 0)
        var next = openat(folder, "long", O_RDONLY | O_DIRECTORY)
        close(folder)
        folder = next
        for _ in 0..<1_100 {
            mkdirat(folder, "dddd", 0o755)
            next = openat(folder, "dddd", O_RDONLY | O_DIRECTORY)
            close(folder)
            folder = next
        }
        let file = openat(folder, "c.txt", O_WRONLY | O_CREAT, 0o644)
        _ = Self.article.withCString { write(file, $0, strlen($0)) }
        close(file)
        close(folder)
        let long = try work.sitrep("ingest", work.folder.appending(path: "long").path)
        #expect(long.status == 1)
        #expect(long.stderr.contains("file name too long"), "\(long.stderr)")
        _ = try Spawn.run(["rm", "-rf", work.folder.appending(path: "long").path])
    }

    @Test func aMissingLibraryIsAnErrorForEveryReadCommand() throws {
        let work = try Workspace()
        for command in [["export"], ["quotes"], ["search", "kyiv"], ["speakers"], ["stories"], ["check"]] {
            let result = try work.sitrep(arguments: command)
            #expect(result.status == 1, "\(command)")
            #expect(result.stderr.contains("library.sqlite: no library here (sitrep ingest PATH makes one)"), "\(command): \(result.stderr)")
            #expect(result.stdout.isEmpty)
        }
    }

    @Test func readCommandsLeaveTheLibraryUnchanged() throws {
        let work = try Workspace()
        #expect(try work.sitrep("ingest", LibraryCommandTests.corpus).status == 0)
        let before = try Data(contentsOf: URL(fileURLWithPath: work.library))
        for command in [["export"], ["quotes", "--limit", "1"], ["search", "kim"], ["speakers"], ["stories"], ["check"]] {
            let result = try work.sitrep(arguments: command)
            #expect(result.status == 0, "\(command): \(result.stderr)")
            #expect(try Data(contentsOf: URL(fileURLWithPath: work.library)) == before, "\(command) changed the library")
        }
    }

    @Test func twoIngestsStartedTogetherOnANewLibrary() throws {
        for round in 0..<4 {
            let work = try Workspace()
            let environment = ["SITREP_LIBRARY=\(work.library)", "NO_COLOR=1"]
            let first = try Spawn.start([Paths.binary.path, "ingest", LibraryCommandTests.corpus], environment: environment)
            let second = try Spawn.start([Paths.binary.path, "ingest", LibraryCommandTests.corpus], environment: environment)
            for result in [first.wait(), second.wait()] {
                if result.status != 0 {
                    #expect(result.stderr.contains("another ingest is running on this library (pid"), "round \(round): \(result.stderr)")
                }
            }
            #expect(try work.sitrep("quotes", "--speaker", "zelensky").status == 0)
        }
    }

    @Test func aDamagedLibraryIsNotWrittenAndCheckSaysSo() throws {
        let work = try Workspace()
        #expect(try work.sitrep("ingest", LibraryCommandTests.corpus).status == 0)
        // Random bytes over every page after the first three.
        let handle = try FileHandle(forUpdating: URL(fileURLWithPath: work.library))
        let size = try handle.seekToEnd()
        var generator = SystemRandomNumberGenerator()
        for page in stride(from: UInt64(3 * 4096), to: size, by: 4096 * 2) {
            try handle.seek(toOffset: page + 100)
            try handle.write(contentsOf: Data((0..<400).map { _ in UInt8.random(in: 0...255, using: &generator) }))
        }
        try handle.close()
        let damaged = try Data(contentsOf: URL(fileURLWithPath: work.library))
        let check = try work.sitrep("check")
        #expect(check.status == 1)
        #expect(check.stderr.contains("the library is damaged"), "\(check.stderr)")
        let fresh = try work.write("new.txt", Array(Self.article.utf8))
        let ingest = try work.sitrep("ingest", fresh)
        #expect(ingest.status == 1)
        #expect(ingest.stderr.contains("damaged"), "\(ingest.stderr)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: work.library)) == damaged, "left untouched")
    }

    /// Every read command over a library with random bytes over one page of the quotations table, for each page of
    /// it in turn: the right output, or one line naming the damage and exit 1; never exit 0 with rows missing, never
    /// a backtrace. `sitrep check` names the damaged page and its table.
    @Test func randomBytesOverAPageOfTheQuotationsTableAreNeverASilentSuccess() throws {
        let work = try Workspace()
        #expect(try work.sitrep("ingest", LibraryCommandTests.corpus).status == 0)
        let url = URL(fileURLWithPath: work.library)
        let intact = try Data(contentsOf: url)
        let (pages, pageSize) = try DatabaseQueue(path: work.library, configuration: {
            var configuration = Configuration()
            configuration.readonly = true
            return configuration
        }()).read { db in
            (try Int.fetchAll(db, sql: "SELECT pageno FROM dbstat WHERE name = 'quotes' ORDER BY pageno"),
             try Int.fetchOne(db, sql: "PRAGMA page_size") ?? 4096)
        }
        #expect(pages.count >= 2, "the quotations table spans pages: \(pages)")
        let commands = [["quotes"], ["quotes", "--json"], ["quotes", "--limit", "1"], ["quotes", "--reported"],
                        ["quotes", "--speaker", "zelensky"], ["search", "kim"],
                        ["search", "kim", "--json"], ["speakers"], ["speakers", "--json"], ["stories"], ["stories", "--json"],
                        ["export"], ["export", "--format", "csv"], ["figures"], ["figures", "--json"]]
        let expected = try commands.map { try work.sitrep(arguments: $0) }
        for (command, result) in zip(commands, expected) { #expect(result.status == 0, "\(command): \(result.stderr)") }
        var generator = SystemRandomNumberGenerator()
        for page in pages {
            var damaged = intact
            let start = (page - 1) * pageSize
            damaged.replaceSubrange(start..<(start + pageSize), with: (0..<pageSize).map { _ in UInt8.random(in: 0...255, using: &generator) })
            try damaged.write(to: url)
            for (command, intact) in zip(commands, expected) {
                let result = try work.sitrep(arguments: command)
                if result.status == 0 {
                    #expect(result.stdout == intact.stdout, "page \(page), \(command): exit 0 with other output")
                    #expect(result.stderr.isEmpty, "page \(page), \(command): \(result.stderr)")
                } else {
                    #expect(result.status == 1, "page \(page), \(command)")
                    #expect(result.stderr.split(separator: "\n").count == 1, "page \(page), \(command): \(result.stderr)")
                    #expect(result.stderr.contains("the library is damaged"), "page \(page), \(command): \(result.stderr)")
                }
            }
            // The reader: each segment's quotations are all there, or the status line says the library is damaged.
            let reader = try LibrarySource(library: Library(path: work.library, create: false, readOnly: true))
            for article in reader.articles(0..<reader.articleCount) {
                for segment in reader.segments(ofArticle: article.key, 0..<article.segmentCount) {
                    let quotes = reader.quotes(of: segment.key, 0..<(segment.quoteCount + 1))
                    let problem = reader.problem()
                    #expect(quotes.count == segment.quoteCount || problem?.contains("the library is damaged") == true,
                            "page \(page), \(segment.key): \(quotes.count) of \(segment.quoteCount) shown, \(problem ?? "no word")")
                }
            }
            let check = try work.sitrep("check")
            #expect(check.status == 1)
            #expect(check.stderr.contains("the library is damaged: page \(page) (quotes)"), "\(check.stderr)")
            #expect(check.stderr.split(separator: "\n").count == 1, "\(check.stderr)")
        }
    }
}
