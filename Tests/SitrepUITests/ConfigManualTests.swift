import Foundation
import Testing
@testable import SitrepUI

/// sitrep-config(5) documents every action a key can be bound to, under the name the config file takes.
@Suite struct ConfigManualTests {
    @Test func everyBindableActionIsInTheConfigManual() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let page = try String(contentsOf: root.appending(path: "man/sitrep-config.5"), encoding: .utf8)
        // An entry names its actions in bold: ".B down\fR, \fBup".
        let entries = page.split(separator: "\n").filter { $0.hasPrefix(".B ") }.flatMap { line in
            line.dropFirst(3).components(separatedBy: "\\fR, \\fB")
        }
        for (_, name, _) in Action.bindable {
            #expect(entries.contains(name), "sitrep-config.5 does not document \(name)")
        }
    }
}
