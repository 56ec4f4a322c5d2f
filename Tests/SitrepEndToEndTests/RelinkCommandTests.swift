import Foundation
import SitrepHarness
import Testing

/// `sitrep relink` through the real binary: a library built file by file, linked again, shows the stories one
/// ingest of the same files shows, and the story ids it had still find their quotations.
@Suite struct RelinkCommandTests {
    typealias Workspace = LibraryCommandTests.Workspace

    struct Story: Decodable {
        struct Segment: Decodable { var source: String; var lines: [Int] }
        var id: Int
        var segments: [Segment]
    }

    /// The stories of a library as sets of their segments (source and first line), ids aside.
    static func groups(_ workspace: Workspace) throws -> Set<Set<String>> {
        let result = try workspace.sitrep("stories", "--json")
        #expect(result.status == 0, "\(result.stderr)")
        let stories = try LibraryCommandTests.decode([Story].self, result.stdout)
        return Set(stories.map { Set($0.segments.map { "\($0.source):\($0.lines.first ?? 0)" }) })
    }

    @Test func relinkGivesTheStoriesOfOneIngestAndKeepsOldStoryIdsResolving() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: LibraryCommandTests.corpus).sorted()
            .map { LibraryCommandTests.corpus + "/" + $0 }
        let once = try Workspace()
        #expect(try once.sitrep(arguments: ["ingest"] + files).status == 0)

        let byFile = try Workspace()
        for file in files.reversed() { #expect(try byFile.sitrep("ingest", file).status == 0) }
        let before = try LibraryCommandTests.decode([Story].self, try byFile.sitrep("stories", "--json").stdout)
        #expect(!before.isEmpty)

        let relink = try byFile.sitrep("relink")
        #expect(relink.status == 0, "\(relink.stderr)")
        #expect(relink.stderr.contains("\(files.count) files linked again in"), "\(relink.stderr)")
        #expect(try Self.groups(byFile) == Self.groups(once))
        for story in before {
            let quotes = try byFile.sitrep("quotes", "--story", String(story.id))
            #expect(quotes.status == 0, "\(quotes.stderr)")
            #expect(!quotes.stdout.isEmpty, "story \(story.id) no longer resolves")
        }
    }

    @Test func aStoryIdTheLibraryNeverGaveIsOneLineAndAFailure() throws {
        let workspace = try Workspace()
        #expect(try workspace.sitrep("ingest", LibraryCommandTests.corpus).status == 0)
        let quotes = try workspace.sitrep("quotes", "--story", "99999")
        #expect(quotes.status != 0)
        #expect(quotes.stdout.isEmpty)
        #expect(quotes.stderr.contains("no story 99999 in the library"), "\(quotes.stderr)")
        #expect(quotes.stderr.split(separator: "\n").count == 1)
    }
}
