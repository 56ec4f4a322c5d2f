import Foundation
import SitrepHarness
import Testing

/// Faults of the medium under a real library file: a library that cannot be written, and a full disk (a small
/// tmpfs mounted in a private mount namespace). Each gets one clear line, a non-zero exit, and the library keeps
/// everything it held.
@Suite struct LibraryFaultTests {
    typealias Workspace = LibraryCommandTests.Workspace

    /// Runs commands as a user for whom file permissions hold: root ignores them, so as root the commands run as
    /// `nobody` (setpriv); any other user is already bound by them.
    static let unprivileged: [String] = getuid() == 0
        ? ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"] : []

    @Test func aReadOnlyLibraryIsReadButNotWritten() throws {
        let work = try Workspace()
        #expect(try work.sitrep("ingest", LibraryCommandTests.corpus).status == 0)
        let before = try work.snapshot()
        let fresh = try work.write("new.txt", Array("Kyiv\n\nOfficials said 12 people were killed, the mayor said.\n".utf8))
        chmod(fresh, 0o644)
        // A copy of the binary that the unprivileged user can run wherever the checkout is. cp writes it, so no
        // descriptor open for writing leaks into processes this one starts meanwhile ("text file busy").
        let binary = work.folder.appending(path: "sitrep").path
        #expect(try Spawn.run(["cp", Paths.binary.path, binary]).status == 0)
        chmod(binary, 0o755)
        chmod(work.library, 0o444)
        chmod(work.folder.path, 0o555)
        defer { chmod(work.folder.path, 0o755) }
        let environment = ["SITREP_LIBRARY=\(work.library)", "NO_COLOR=1"]
        func sitrep(_ arguments: String...) throws -> Spawn.Result {
            try Spawn.run(LibraryFaultTests.unprivileged + [binary] + arguments, environment: environment)
        }

        let ingest = try sitrep("ingest", fresh)
        #expect(ingest.status == 1)
        #expect(ingest.stderr.contains("the library cannot be written (read-only file or folder)"), "\(ingest.stderr)")
        #expect(ingest.stderr.split(separator: "\n").count == 1, "one line: \(ingest.stderr)")

        let quotes = try sitrep("quotes", "--speaker", "zelensky", "--json")
        #expect(quotes.status == 0, "\(quotes.stderr)")
        let found = try LibraryCommandTests.decode([LibraryCommandTests.Quote].self, quotes.stdout)
        #expect(found.count == 9 && found.allSatisfy { $0.speaker?.name == "Volodymyr Zelensky" })
        let search = try sitrep("search", "prisoner")
        #expect(search.status == 0 && search.stdout.contains("Zelensky offers Kim Jong Un [prisoner] swap"), "\(search.stderr)")
        let export = try sitrep("export", "--format", "json")
        #expect(export.status == 0 && export.stdout == before, "the library holds what it held")

        // The reader opens it in a real terminal and quits cleanly.
        let command = "SITREP_LIBRARY='\(work.library)' \(LibraryFaultTests.unprivileged.joined(separator: " ")) "
            + "'\(binary)'; echo \"EXIT=$?\"; sleep 600"
        let tmux = try Tmux(width: 100, height: 30, command: command, directory: work.folder)
        var screen = try tmux.waitFor { $0.contains("library \u{00B7} 2 files \u{00B7} 6 articles") }
        #expect(screen.contains("library \u{00B7} 2 files \u{00B7} 6 articles"), "\(screen)")
        // Marking an article read needs a write: the status line says why it cannot be kept.
        try tmux.send("m")
        screen = try tmux.waitFor { $0.contains("Marks not kept") }
        #expect(screen.contains("Marks not kept"), "\(screen)")
        try tmux.send("q")
        #expect(try tmux.waitFor { $0.contains("EXIT=") }.contains("EXIT=0"))
    }

    @Test func aFullDiskIsReportedAndTheLibraryKept() throws {
        let work = try Workspace()
        #expect(try work.sitrep("ingest", LibraryCommandTests.corpus).status == 0)
        let before = try work.snapshot()
        // A megabyte of news text, more than the disk has room for.
        let paragraph = "Officials said 23,000 households were without power after the strike on the city, "
            + "and the regional governor said repairs would take days. "
        let big = try work.write("big.txt", Array(("Power cut\n\n" + String(repeating: paragraph + "\n\n", count: 7000)).utf8))
        let librarySize = try #require(FileManager.default.attributesOfItem(atPath: work.library)[.size] as? Int)
        let disk = work.folder.appending(path: "disk").path
        try FileManager.default.createDirectory(atPath: disk, withIntermediateDirectories: true)
        let copy = disk + "/library.sqlite"
        let binary = Paths.binary.path
        // In a private mount namespace (as root, or as a user allowed user namespaces): a tmpfs with room for
        // the library and 128 KB more.
        let script = """
            mount -t tmpfs -o size=\((librarySize + 128 * 1024) / 1024)k tmpfs '\(disk)' || exit 90
            cp '\(work.library)' '\(copy)'
            '\(binary)' ingest --library '\(copy)' '\(big)'; echo "ingest=$?"
            '\(binary)' export --library '\(copy)' --format json > '\(work.folder.path)/after.json'; echo "export=$?"
            '\(binary)' quotes --library '\(copy)' --speaker zelensky > /dev/null; echo "quotes=$?"
            """
        let result = try Spawn.run(["unshare", "-rm", "sh", "-c", script], environment: ["NO_COLOR=1"])
        #expect(result.status == 0, "unshare and mount: \(result.stderr)")
        #expect(result.stdout.contains("ingest=1"), "\(result.stdout)")
        let errors = result.stderr.split(separator: "\n")
        #expect(errors.count == 1 && errors[0].contains("the disk is full; nothing of the file in progress was stored"),
                "\(result.stderr)")
        #expect(result.stdout.contains("export=0") && result.stdout.contains("quotes=0"), "\(result.stdout)")
        let after = try String(contentsOfFile: work.folder.path + "/after.json", encoding: .utf8)
        #expect(after == before, "everything stored before the full disk is still there")
    }
}
