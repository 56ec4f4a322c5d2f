import Foundation
import SitrepHarness
import Testing

/// The reader on a library draws a segment without waiting for the evidence of its story's links (a large story's
/// takes a while to make), then makes it while no key waits and draws the segment again with it.
@Suite(.serialized) struct ReaderPutOffEvidenceTests {
    @Test func theReasonOfALinkIsShownAfterTheScreenWithoutAKey() throws {
        let work = try LibraryCommandTests.Workspace()
        let paths = try StrikeReports.files.map { try work.write($0.name, Array($0.text.utf8)) }
        #expect(try work.sitrep(arguments: ["ingest"] + paths).status == 0)
        let command = "SITREP_LIBRARY='\(work.library)' NO_COLOR=1 '\(Paths.binary.path)'; sleep 600"
        let tmux = try Tmux(width: 160, height: 45, command: command, directory: Paths.root)
        try tmux.waitFor { $0.contains("article 1/3") }
        // The first report read: its story's other report is listed, and what links them comes with no other key.
        try tmux.send("Enter")
        let screen = try tmux.waitFor(timeout: 10) { $0.contains("Same story elsewhere") && $0.contains("same quotation") }
        #expect(screen.contains("Same story elsewhere"), "\(screen)")
        #expect(screen.contains("same day") && screen.contains("same quotation"), "\(screen)")
    }
}
