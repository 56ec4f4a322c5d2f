import Foundation
import SitrepHarness
import Testing

/// The reader on a library of feeds: each article's outlet and date in the list, `o` opens its web address in
/// `$BROWSER`, `r` fetches the subscriptions and the new items show.
@Suite(.serialized) struct ReaderWebTests {
    /// How many items the loopback feed serves; `r` is tested by raising it.
    final class FeedSize: @unchecked Sendable {
        private let lock = NSLock()
        private var value = 3
        var items: Int {
            get { lock.withLock { value } }
            set { lock.withLock { value = newValue } }
        }
    }

    @Test func outletAndDateInTheListOpenInTheBrowserAndReload() throws {
        let work = try LibraryCommandTests.Workspace()
        let size = FeedSize()
        let server = try LoopbackServer { request in
            request.path == "/feed" ? .text(WebCommandTests.feed("north", items: size.items), type: "application/rss+xml")
                : .init(status: 404)
        }
        defer { server.stop() }
        try work.write("config/sitrep/urls", Array("\(server.base)/feed \"~North Desk\"\n".utf8))
        let config = work.folder.appending(path: "config").path
        let first = try Spawn.run([Paths.binary.path, "reload"],
                                  environment: ["SITREP_LIBRARY=\(work.library)", "XDG_CONFIG_HOME=\(config)", "NO_COLOR=1"])
        #expect(first.status == 0, "\(first.stderr)")
        // A browser that writes down what it was asked to open.
        let opened = work.folder.appending(path: "opened.txt").path
        let browser = try work.write("browser.sh", Array("#!/bin/sh\necho \"$@\" > '\(opened)'\n".utf8))
        chmod(browser, 0o755)
        let command = "SITREP_LIBRARY='\(work.library)' XDG_CONFIG_HOME='\(config)' BROWSER='\(browser)' "
            + "'\(Paths.binary.path)'; sleep 600"
        let tmux = try Tmux(width: 140, height: 40, command: command, directory: Paths.root)
        var screen = try tmux.waitFor { $0.contains("article 1/3") }
        #expect(screen.contains("North Desk \u{00B7} 2025-01-12"), "\(screen)")
        try tmux.send("o")
        let deadline = Date().addingTimeInterval(10)
        while Date() < deadline, !FileManager.default.fileExists(atPath: opened) { Thread.sleep(forTimeInterval: 0.05) }
        let address = (try? String(contentsOfFile: opened, encoding: .utf8)) ?? ""
        #expect(address.hasPrefix("https://north.example/"), "the browser got \(address)")
        // A fourth item on the feed: r fetches it, and the list has it once the reload is over.
        size.items = 4
        try tmux.send("r")
        screen = try tmux.waitFor(timeout: 30) { $0.contains("press Enter") }
        try tmux.send("Enter")
        screen = try tmux.waitFor(timeout: 15) { $0.contains("4 articles") }
        #expect(screen.contains("4 articles"), "\(screen)")
    }
}
