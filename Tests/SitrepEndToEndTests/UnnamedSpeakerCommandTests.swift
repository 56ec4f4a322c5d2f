import Foundation
import Testing

/// `sitrep speakers` tells a speaker no article names from a named one, in text, JSON and CSV.
@Suite struct UnnamedSpeakerCommandTests {
    @Test func aNamedAndAnUnnamedSpeakerAreListedApart() throws {
        let work = try LibraryCommandTests.Workspace()
        let file = try work.write("harbour.txt", Array("""
            Harbour fees rise again

            “The port cannot carry these costs,” a federal judge said on Monday.

            “We will appeal,” said John Smith, a shipping agent in Gdansk.

            """.utf8))
        #expect(try work.sitrep("ingest", file).status == 0)
        let lines = try work.sitrep("speakers").stdout.split(separator: "\n").map(String.init)
        let judge = try #require(lines.first { $0.contains("federal judge") })
        #expect(judge.hasPrefix("[") && judge.contains("federal judge] (unnamed person, 1 quotation)"))
        #expect(lines.contains { $0.hasPrefix("John Smith (person, 1 quotation)") })

        let json = try JSONSerialization.jsonObject(with: Data(try work.sitrep("speakers", "--json").stdout.utf8))
        let records = try #require(json as? [[String: Any]])
        let named = Dictionary(uniqueKeysWithValues: records.map { ($0["name"] as? String ?? "", $0["named"] as? Bool) })
        #expect(named["John Smith"] == true)
        #expect(named.first { $0.key.hasSuffix("federal judge") }?.value == false)

        let csv = try work.sitrep("speakers", "--csv").stdout.split(separator: "\r\n").map(String.init)
        #expect(csv.first?.hasSuffix(",named") == true)
        #expect(csv.contains { $0.contains("John Smith") && $0.hasSuffix(",true") })
        #expect(csv.contains { $0.contains("federal judge") && $0.hasSuffix(",false") })
    }
}
