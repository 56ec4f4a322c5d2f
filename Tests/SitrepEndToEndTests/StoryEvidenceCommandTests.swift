import Foundation
import SitrepHarness
import Testing

/// `sitrep stories` through the real binary: each linked segment says what links it, and a story's files are
/// counted and worded right ("1 source", never "1 sources").
@Suite struct StoryEvidenceCommandTests {
    typealias Workspace = LibraryCommandTests.Workspace

    struct Story: Decodable {
        struct Evidence: Decodable { var names: [String]; var daysApart: Int?; var sharedQuotation: Bool; var reason: String }
        struct Segment: Decodable { var source: String; var evidence: Evidence? }
        var sources: Int
        var segments: [Segment]
    }

    /// Two dated reports of one missile strike from two outlets, quoting the governor alike, and a brief on another
    /// subject.
    static let files = [
        ("a.txt", "---\nsource: Northern Herald\ndate: 2024-03-05\n---\nMissile strike hits apartment block in Kharkiv\n\n"
            + "A Russian missile struck an apartment block in Kharkiv on Tuesday, killing three people and wounding twelve, regional governor Oleh Syniehubov said.\n\n"
            + "\u{201C}Rescuers are still searching the rubble for survivors,\u{201D} Syniehubov said in a statement on Telegram.\n\n"
            + "Volodymyr Zelensky condemned the strike on Kharkiv and asked allies for more air defence systems.\n"),
        ("b.txt", "---\nsource: Eastern Courier\ndate: 2024-03-05\n---\nThree killed as missile hits Kharkiv flats\n\n"
            + "Three people were killed and twelve wounded when a Russian missile hit an apartment block in Kharkiv, governor Oleh Syniehubov said on Tuesday.\n\n"
            + "\u{201C}Rescuers are still searching the rubble for survivors,\u{201D} Syniehubov said in a statement on Telegram.\n\n"
            + "Volodymyr Zelensky called the strike on Kharkiv a war crime and again asked allies for air defence systems.\n"),
        ("c.txt", "---\nsource: Harbour Times\ndate: 2024-03-05\n---\nFerry timetable changes for the summer\n\n"
            + "The harbour authority in Portwell will add two evening ferries to the island from June, its director Maria Lund said.\n"),
    ]

    @Test func eachLinkedSegmentSaysWhatLinksItAndCountsAreWordedRight() throws {
        let workspace = try Workspace()
        let paths = try StoryEvidenceCommandTests.files.map { try workspace.write($0.0, Array($0.1.utf8)) }
        #expect(try workspace.sitrep(arguments: ["ingest"] + paths).status == 0)

        let listed = try workspace.sitrep("stories")
        #expect(listed.status == 0, "\(listed.stderr)")
        #expect(listed.stdout.contains("(2 segments, 2 sources)"), "\(listed.stdout)")
        let reasons = listed.stdout.split(separator: "\n").filter { $0.contains("linked by: ") }
        #expect(reasons.count == 2, "\(listed.stdout)")
        #expect(reasons.allSatisfy { $0.contains("Kharkiv") && $0.contains("same day") && $0.hasSuffix("same quotation") })
        #expect(!listed.stdout.contains("Ferry"), "a story of one file is not coverage by several")

        let all = try workspace.sitrep("stories", "--all")
        #expect(all.stdout.contains("(1 segment, 1 source)"), "\(all.stdout)")
        #expect(!all.stdout.contains("1 sources") && !all.stdout.contains("1 segments"), "\(all.stdout)")

        let json = try LibraryCommandTests.decode([Story].self, try workspace.sitrep("stories", "--json").stdout)
        #expect(json.count == 1)
        for story in json {
            #expect(story.sources == Set(story.segments.map(\.source)).count)
            #expect(story.sources > 1)
            #expect(story.segments.allSatisfy { $0.evidence?.sharedQuotation == true && $0.evidence?.daysApart == 0 })
        }
    }
}
