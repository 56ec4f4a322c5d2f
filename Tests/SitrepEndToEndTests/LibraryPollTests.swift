import Foundation
import SitrepHarness
import Testing

/// The reader notices an ingest made while it is open: the new articles appear without a restart, the selection
/// stays where it was.
@Suite(.serialized) struct LibraryPollTests {
    @Test func anIngestWhileTheReaderIsOpenShowsWithoutARestart() throws {
        let work = try LibraryCommandTests.Workspace()
        #expect(try work.sitrep("ingest", LibraryCommandTests.corpus).status == 0)
        let command = "SITREP_LIBRARY='\(work.library)' '\(Paths.binary.path)'; sleep 600"
        let tmux = try Tmux(width: 160, height: 45, command: command, directory: Paths.root)
        try tmux.waitFor { $0.contains("article 1/6") }
        try tmux.send("j")
        try tmux.waitFor { $0.contains("article 2/6") }
        // A file whose path sorts after the samples', so the articles already listed keep their places.
        let fresh = try work.write("zz-dam.txt", Array("Dam breached near Kherson\n\nThe dam was breached overnight, officials said.\n".utf8))
        #expect(try work.sitrep("ingest", fresh).status == 0)
        // The ingest stores the file, then its analysis, each in a transaction of its own: the reader may notice the
        // first before the second, and shows the counts again when the library changes again.
        var screen = try tmux.waitFor(timeout: 30) { $0.contains("The library changed") && $0.contains("7 articles") }
        #expect(screen.contains("The library changed"), "\(screen)")
        #expect(screen.contains("library \u{00B7} 3 files \u{00B7} 7 articles"), "\(screen)")
        // The next key shows the position again: the same article, in a list one longer.
        try tmux.send("C-l")
        screen = try tmux.waitFor { $0.contains("article 2/7") }
        #expect(screen.contains("article 2/7"), "\(screen)")
    }
}
