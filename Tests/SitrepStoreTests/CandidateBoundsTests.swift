import Foundation
import GRDB
import SitrepCore
@testable import SitrepStore
import Testing

/// Finding a new segment's candidate stories reads a bounded amount of the library (``StoryIndex/postingsRead``
/// postings per term, ``StoryIndex/candidatesRead`` candidates), and a story told by more segments than that is
/// still found.
@Suite struct CandidateBoundsTests {
    private static func report(_ number: Int) -> String {
        """
        Floods cut off villages in the north, report \(number)

        Rivers burst their banks across the northern province after three days of heavy rain, cutting off dozens of villages.
        “We have never seen water this high,” the regional governor Anna Kowalska said on Monday.
        Rescue teams used boats to reach families stranded on rooftops in the flooded villages of the province.
        """
    }

    @Test func aStoryOfMoreSegmentsThanAreReadIsStillJoined() throws {
        let folder = try TemporaryFolder()
        let library = try Library(path: folder.path + "/library.sqlite")
        let count = StoryIndex.candidatesRead + 6
        try library.ingest((0..<count).map { SourceText(name: folder.path + String(format: "/%03d.txt", $0), text: CandidateBoundsTests.report($0)) })
        try library.ingest([SourceText(name: folder.path + "/new.txt", text: CandidateBoundsTests.report(count))])
        let stories = try library.pool.read { db in
            try Row.fetchAll(db, sql: "SELECT segment_count, source_count FROM stories").map { ($0[0] as Int, $0[1] as Int) }
        }
        #expect(stories.count == 1)
        #expect(stories.first?.0 == count + 1)
        #expect(stories.first?.1 == count + 1)
    }
}
