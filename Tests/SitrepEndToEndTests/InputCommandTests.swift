import Foundation
import SitrepCore
import SitrepHarness
import SitrepStore
import Testing

/// Files told by their content, `--one-article` and a folder's `.sitrep`, run through the real binary.
@Suite struct InputCommandTests {
    typealias Workspace = LibraryCommandTests.Workspace

    static let index = Array(#"{"articles": [{"title": "Dam breach", "text": "\"We will rebuild,\" the mayor said."}]}"#.utf8)
    static let pdf = Array("%PDF-1.4\n%".utf8) + [0xE2, 0xE3, 0xCF, 0xD3] + Array("\n1 0 obj\n".utf8)
    static let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13]
    static let story = Array("""
        Storm closes harbour for a second day

        The port authority kept the harbour closed on Tuesday as the storm drove waves of eight metres onto the coast.

        "The walls have held so far," the harbour master said.

        """.utf8)
    /// Two stories in one file: the parser finds two articles, `--one-article` keeps one.
    static let twoStories = Array(NewsFixtures.twoStories.utf8)

    /// The records of an export in JSON lines, of one type.
    func records(_ jsonl: String, type: String) throws -> [[String: Any]] {
        try jsonl.split(separator: "\n").compactMap { line in
            let record = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            return record?["type"] as? String == type ? record : nil
        }
    }

    func articles(_ workspace: Workspace) throws -> [[String: Any]] {
        let export = try workspace.sitrep("export", "--format", "jsonl")
        #expect(export.status == 0, "\(export.stderr)")
        return try records(export.stdout, type: "article")
    }

    @Test func aJSONFileAloneIsRefusedInOneLineAndNothingIsStored() throws {
        let workspace = try Workspace()
        let path = try workspace.write("notes/index.json", InputCommandTests.index)
        let ingest = try workspace.sitrep("ingest", path)
        #expect(ingest.status == 1)
        #expect(ingest.stderr.hasPrefix("\(path): looks like JSON data, not an article or a feed; skipped\n"), "\(ingest.stderr)")
        #expect(try articles(workspace).isEmpty)
        let quotes = try workspace.sitrep("quotes", "--json")
        #expect(quotes.status == 0)
        #expect((try JSONSerialization.jsonObject(with: Data(quotes.stdout.utf8)) as? [Any])?.isEmpty == true)
        // The commands that read files without storing them say the same, and stop.
        for command in [["export"], ["figures"], ["read"]] {
            let result = try workspace.sitrep(arguments: command + [path])
            #expect(result.status != 0)
            #expect(result.stdout.isEmpty)
            #expect(result.stderr.contains("\(path): looks like JSON data, not an article or a feed; skipped"), "\(result.stderr)")
            #expect(result.stderr.split(separator: "\n").count == 1, "\(result.stderr)")
        }
        let piped = try workspace.sitrep("ingest", "-", input: path)
        #expect(piped.status == 1)
        #expect(piped.stderr.hasPrefix("standard input: looks like JSON data, not an article or a feed; skipped\n"), "\(piped.stderr)")
        let pdf = try workspace.write("report.txt", InputCommandTests.pdf)
        let refused = try workspace.sitrep("export", pdf)
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("\(pdf): looks like a PDF; save it as text first; skipped"), "\(refused.stderr)")
    }

    @Test func aFolderIngestReportsFilesThatAreNotTextAndStoresTheOthers() throws {
        let workspace = try Workspace()
        let folder = workspace.folder.appending(path: "news").path
        try workspace.write("news/index.json", InputCommandTests.index)
        try workspace.write("news/report.pdf", InputCommandTests.pdf)
        try workspace.write("news/photo.png", InputCommandTests.png)
        try workspace.write("news/storm.txt", InputCommandTests.story)
        let ingest = try workspace.sitrep("ingest", folder)
        // As for any file of a folder that is not read: told, counted as failed, exit status 1; the others stored.
        #expect(ingest.status == 1)
        #expect(ingest.stderr.contains("\(folder)/index.json: looks like JSON data, not an article or a feed; skipped"))
        #expect(ingest.stderr.contains("\(folder)/report.pdf: looks like a PDF; save it as text first; skipped"))
        #expect(ingest.stderr.contains("\(folder)/photo.png: looks like a PNG image, not text; skipped"))
        #expect(ingest.stderr.contains("4 files: 1 added, 0 replaced, 0 unchanged, 3 failed"), "\(ingest.stderr)")
        let stored = try articles(workspace)
        #expect(stored.map { $0["title"] as? String } == ["Storm closes harbour for a second day"])
        let quotes = try workspace.sitrep("quotes", "--json")
        #expect(quotes.status == 0)
        #expect(!quotes.stdout.contains("index.json") && !quotes.stdout.contains("We will rebuild"))
        #expect(quotes.stdout.contains("The walls have held so far"))
        // Exported without storing: the text file's article, the others told, exit status 1.
        let export = try workspace.sitrep("export", "--format", "jsonl", folder)
        #expect(export.status == 1)
        #expect(try records(export.stdout, type: "article").map { $0["title"] as? String } == ["Storm closes harbour for a second day"])
        #expect(export.stderr.contains("index.json: looks like JSON data"))
    }

    @Test func aDataFileStoredAsTextByAnOlderIngestIsTakenOutWhenIngestedAgain() throws {
        let workspace = try Workspace()
        // What an older Sitrep stored: the file's bytes, read as text, in a library of this version's tables.
        let path = try workspace.write("notes/index.json", InputCommandTests.index)
        let library = try Library(path: workspace.library)
        let text = try SourceText.decode(name: path, bytes: InputCommandTests.index)
        try library.store(text, hash: ContentHash.of(text.bytes))
        try library.rebuild()
        #expect(try articles(workspace).count == 1)
        let ingest = try workspace.sitrep("ingest", path)
        #expect(ingest.status == 1)
        #expect(ingest.stderr.hasPrefix(
            "\(path): looks like JSON data, not an article or a feed; skipped; what was stored from it before is removed\n"),
            "\(ingest.stderr)")
        #expect(try articles(workspace).isEmpty)
    }

    @Test func aSavedPageIsReadAsItsArticleByTheCommandsThatReadFiles() throws {
        let workspace = try Workspace()
        let path = try workspace.write("saved.txt", Array(WebCommandTests.page.utf8))
        let export = try workspace.sitrep("export", "--format", "jsonl", path)
        #expect(export.status == 0, "\(export.stderr)")
        let titles = try records(export.stdout, type: "article").map { $0["title"] as? String }
        #expect(titles == ["Talks end without agreement"])
        #expect(!export.stdout.contains("<html"))
    }

    @Test func oneArticleKeepsEachFileWholeAndAChangedFileIsCutAsBefore() throws {
        let workspace = try Workspace()
        let path = try workspace.write("two.txt", InputCommandTests.twoStories)
        let detected = try workspace.sitrep("export", "--format", "jsonl", path)
        #expect(try records(detected.stdout, type: "article").count == 2)
        let whole = try workspace.sitrep("export", "--one-article", "--format", "jsonl", path)
        #expect(try records(whole.stdout, type: "article").count == 1)

        #expect(try workspace.sitrep("ingest", "--one-article", path).status == 0)
        #expect(try articles(workspace).count == 1)
        // Changed, and ingested with nothing said: still one article.
        try workspace.write("two.txt", InputCommandTests.twoStories + Array("The vote was close.\n".utf8))
        let again = try workspace.sitrep("ingest", path)
        #expect(again.stderr.contains("1 file: 0 added, 1 replaced"), "\(again.stderr)")
        #expect(try articles(workspace).count == 1)
        #expect(try workspace.sitrep("reindex").status == 0)
        #expect(try articles(workspace).count == 1)
        // --no-one-article: the same bytes cut from the text.
        let detect = try workspace.sitrep("ingest", "--no-one-article", path)
        #expect(detect.stderr.contains("1 file: 0 added, 1 replaced"), "\(detect.stderr)")
        #expect(try articles(workspace).count == 2)
    }

    @Test func aFoldersSettingsFileMakesEveryFileUnderItOneArticle() throws {
        let workspace = try Workspace()
        try workspace.write("wire/.sitrep", Array("# each file is one story\none-article yes\n".utf8))
        try workspace.write("wire/day1/two.txt", InputCommandTests.twoStories)
        try workspace.write("loose/two.txt", InputCommandTests.twoStories)
        let wire = workspace.folder.appending(path: "wire").path, loose = workspace.folder.appending(path: "loose").path
        let ingest = try workspace.sitrep("ingest", wire, loose)
        #expect(ingest.status == 0, "\(ingest.stderr)")
        let sources = try articles(workspace).compactMap { $0["source"] as? String }
        #expect(sources.filter { $0.hasSuffix("wire/day1/two.txt") }.count == 1)
        #expect(sources.filter { $0.hasSuffix("loose/two.txt") }.count == 2)
        // The reader on files and export read the same settings; the command line overrides them.
        let export = try workspace.sitrep("export", "--format", "jsonl", wire)
        #expect(try records(export.stdout, type: "article").count == 1)
        let detect = try workspace.sitrep("export", "--no-one-article", "--format", "jsonl", wire)
        #expect(try records(detect.stdout, type: "article").count == 2)
        // A settings file that cannot be read is told, with its line.
        try workspace.write("wire/.sitrep", Array("one-article maybe\n".utf8))
        let bad = try workspace.sitrep("export", wire)
        #expect(bad.status != 0)
        #expect(bad.stderr.contains("wire/.sitrep: line 1: one-article takes yes or no, not 'maybe'"), "\(bad.stderr)")
    }
}
