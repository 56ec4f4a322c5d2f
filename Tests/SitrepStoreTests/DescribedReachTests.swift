import Foundation
import SitrepCore
@testable import SitrepStore
import Testing

/// An unnamed speaker is the one the story's newest articles describe alike (``SpeakerIndex/describedReach``): a
/// long story whose office changed hands names today's holder, not nobody.
@Suite struct DescribedReachTests {
    private func report(_ folder: String, _ index: Int, _ speaker: String) -> SourceText {
        SourceText(name: folder + String(format: "/%03d.txt", index), text: """
            Dam talks resume in Geneva

            GENEVA, May 4 – Negotiators met again on the Kakhovka dam in Geneva on Monday.

            “We are ready to sign the protocol on water,” \(speaker) said after the morning session. The \
            foreign minister added that the talks would go on on Tuesday.

            """)
    }

    @Test func anUnnamedSpeakerIsWhomTheStorysNewestArticlesDescribeAlike() throws {
        let folder = try TemporaryFolder()
        let library = try Library(path: folder.path + "/library.sqlite")
        // The minister of the story's first articles, then as many of his successor's as the reach holds.
        let old = (0..<3).map { report(folder.path, $0, "the foreign minister Anton Hrytsenko") }
        let new = (3..<3 + SpeakerIndex.describedReach).map { report(folder.path, $0, "the foreign minister Petro Bondar") }
        try library.ingest(old + new)
        let unnamed = report(folder.path, 999, "the foreign minister")
        try library.ingest([unnamed])
        let quotes = try library.quotes(QuoteFilter())
        #expect(Set(quotes.map(\.story)).count == 1, "the reports are one story")
        let quote = try #require(quotes.first { $0.source.hasSuffix("999.txt") })
        #expect(quote.speaker?.name == "Petro Bondar")
    }
}
