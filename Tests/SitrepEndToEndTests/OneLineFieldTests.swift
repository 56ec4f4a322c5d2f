import Foundation
import SitrepHarness
import Testing

/// A field written inside one line of a listing (an outlet, a title, a description, a segment's label) that holds
/// a line break or a tab from a feed or a file is flattened to spaces, so the listing keeps one line per thing; JSON
/// escapes the same value.
@Suite struct OneLineFieldTests {
    typealias Workspace = LibraryCommandTests.Workspace

    /// A file whose front matter outlet holds a tab and a line separator (U+2028) and whose title and quoted sentence
    /// hold a tab, as front matter and copied text bring them (a web page's or a feed's fields are collapsed when
    /// they are read).
    static func library() throws -> Workspace {
        let work = try Workspace()
        let file = try work.write("saved/bridge.txt", Array("""
            ---
            outlet: Valley\tPost\u{2028}West
            ---
            Bridge\treopens after repairs

            \u{201C}Traffic moves again,\u{201D} said Marta Kowalska, the city engineer of the\tharbour.

            """.utf8))
        let ingest = try work.sitrep("ingest", file)
        #expect(ingest.status == 0, "\(ingest.stderr)")
        return work
    }

    @Test func speakersKeepOneLineForEachOfTheirFields() throws {
        let work = try Self.library()
        let result = try work.sitrep("speakers")
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(lines.contains("    in: Valley Post West, \u{201C}Bridge reopens after repairs\u{201D}"), "\(result.stdout)")
        // Each line is a speaker, or the article ("in:") or the other names ("also:") under it.
        #expect(lines.allSatisfy { !$0.hasPrefix(" ") || $0.hasPrefix("    in: ") || $0.hasPrefix("    also: ") },
                "\(result.stdout)")
        #expect(!result.stdout.contains("\t") && !result.stdout.contains("\u{2028}"))
        // JSON escapes the value as it is; CSV keeps it in its cell.
        let json = try work.sitrep("speakers", "--json")
        #expect(json.stdout.contains("\"outlet\" : \"Valley\\tPost"), "\(json.stdout)")
        let csv = try work.sitrep("speakers", "--csv")
        #expect(csv.stdout.contains(",Valley\tPost\u{2028}West,"), "\(csv.stdout)")
    }

    @Test func storiesKeepOneLineForEachSegment() throws {
        let work = try Self.library()
        let result = try work.sitrep("stories", "--all")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains(": Bridge reopens after repairs ("), "\(result.stdout)")
        #expect(result.stdout.contains("city engineer of the harbour"), "\(result.stdout)")
        #expect(!result.stdout.contains("\t"), "\(result.stdout)")
    }
}
