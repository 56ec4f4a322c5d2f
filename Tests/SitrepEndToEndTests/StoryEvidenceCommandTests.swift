import Foundation
import SitrepHarness
import Testing

/// `sitrep stories` through the real binary: each linked segment says what links it, and a story's files are
/// counted and worded right ("1 source", never "1 sources").
@Suite struct StoryEvidenceCommandTests {
    typealias Workspace = LibraryCommandTests.Workspace

    struct Story: Decodable {
        struct Evidence: Decodable {
            var names: [String]; var daysApart: Int?; var eventDay: String?; var sharedQuotation: Bool; var reason: String
        }
        struct Segment: Decodable { var source: String; var evidence: Evidence? }
        var sources: Int
        var segments: [Segment]
    }

    @Test func eachLinkedSegmentSaysWhatLinksItAndCountsAreWordedRight() throws {
        let workspace = try Workspace()
        // Two dated reports of one missile strike from two outlets, and a brief on another subject.
        let paths = try StrikeReports.files.map { try workspace.write($0.name, Array($0.text.utf8)) }
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

    @Test func reportsADayApartAgreeOnTheDayOfTheEvent() throws {
        let workspace = try Workspace()
        // The strike told "on Tuesday" in Tuesday's paper and "yesterday" in Wednesday's.
        let told = StrikeReports.files[0]
        let retold = StrikeReports.files[1].text.replacingOccurrences(of: "date: 2024-03-05", with: "date: 2024-03-06")
            .replacingOccurrences(of: "said on Tuesday", with: "said yesterday")
        let paths = [try workspace.write(told.name, Array(told.text.utf8)), try workspace.write("b.txt", Array(retold.utf8))]
        #expect(try workspace.sitrep(arguments: ["ingest"] + paths).status == 0)
        let listed = try workspace.sitrep("stories")
        let reasons = listed.stdout.split(separator: "\n").filter { $0.contains("linked by: ") }
        #expect(reasons.count == 2, "\(listed.stdout)")
        #expect(reasons.allSatisfy { $0.contains("same day: Tue 5 Mar") }, "\(listed.stdout)")
        let json = try LibraryCommandTests.decode([Story].self, try workspace.sitrep("stories", "--json").stdout)
        let evidence = json.flatMap(\.segments).compactMap(\.evidence)
        #expect(evidence.count == 2)
        #expect(evidence.allSatisfy { $0.daysApart == 0 && $0.eventDay == "2024-03-05" }, "\(evidence)")
    }
}
