import Foundation
import SitrepHarness
import Testing

/// One search engine for both modes: the reader on files (analysed in memory) finds what the same files find in a
/// library, FTS5 syntax included.
@Suite(.serialized) struct SearchParityTests {
    @Test(arguments: ["kursk OR kherson", "korean NOT soldiers", "\"prisoner swap\"", "zelensk*"])
    func theReaderOnFilesFindsWhatTheLibraryFinds(query: String) throws {
        let work = try LibraryCommandTests.Workspace()
        #expect(try work.sitrep("ingest", LibraryCommandTests.corpus).status == 0)
        let listed = try work.sitrep("search", "--json", "--limit", "500", query)
        #expect(listed.status == 0, "\(listed.stderr)")
        struct Hit: Decodable { var line: Int }
        let hits = try JSONDecoder().decode([Hit].self, from: Data(listed.stdout.utf8))
        #expect(!hits.isEmpty, "the query finds something in the samples")

        let command = "SITREP_LIBRARY='/nonexistent/library.sqlite' '\(Paths.binary.path)' Resources/corpus; sleep 600"
        let tmux = try Tmux(width: 160, height: 45, command: command, directory: Paths.root)
        try tmux.waitFor { $0.contains("Quotations (") && $0.contains("article 1/") }
        try tmux.send("/")
        try tmux.type(query)
        try tmux.send("Enter")
        let screen = try tmux.waitFor { $0.contains("Search: \(query) (") }
        #expect(screen.contains("Search: \(query) (\(hits.count))"), "\(screen)")
    }
}
