import Foundation
import SitrepHarness
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
        #expect(csv.first?.hasSuffix(",named,articles,outlet,article_title") == true)
        #expect(csv.contains { $0.contains("John Smith") && $0.contains(",true,1,,Harbour fees rise again") })
        #expect(csv.contains { $0.contains("federal judge") && $0.contains(",false,1,,Harbour fees rise again") })
    }

    @Test func twoUnnamedSpeakersOfOneDescriptionReadApartAndQuotesMarkThemUnnamed() throws {
        let work = try LibraryCommandTests.Workspace()
        let files = try NewsFixtures.twoJudges.map { try work.write($0.name, Array($0.text.utf8)) }
        #expect(try work.sitrep("ingest", files[0], files[1]).status == 0)
        // Each row with the lines under it, as printed.
        let rows = try work.sitrep("speakers").stdout.components(separatedBy: "\n").reduce(into: [String]()) { rows, line in
            if line.hasPrefix("    "), !rows.isEmpty { rows[rows.count - 1] += "\n" + line } else if !line.isEmpty { rows.append(line) }
        }
        let judges = rows.filter { $0.hasPrefix("[") && $0.contains("federal judge] (unnamed person, 1 quotation, 2016-11-02)") }
        try #require(judges.count == 2, "\(rows)")
        #expect(judges[0] != judges[1])
        #expect(judges.contains { $0.contains("\n    in: Harbour Times, \u{201C}Harbour fees rise again\u{201D}") })
        #expect(judges.contains { $0.contains("\n    in: Valley Post, \u{201C}School board election overturned\u{201D}") })

        let json = try JSONSerialization.jsonObject(with: Data(try work.sitrep("speakers", "--json").stdout.utf8))
        let records = try #require(json as? [[String: Any]])
        #expect(Set(records.compactMap { $0["outlet"] as? String }) == ["Harbour Times", "Valley Post"])
        #expect(records.allSatisfy { $0["articles"] as? Int == 1 && $0["article_title"] is String })

        let quotes = try work.sitrep("quotes").stdout.split(separator: "\n").map(String.init)
        #expect(quotes.count == 2 && quotes.allSatisfy { $0.contains(": [federal judge] [direct]: ") || $0.contains(": [a federal judge] [direct]: ") },
                "\(quotes)")
        let quoted = try JSONSerialization.jsonObject(with: Data(try work.sitrep("quotes", "--json").stdout.utf8))
        let speakers = try #require(quoted as? [[String: Any]]).compactMap { $0["speaker"] as? [String: Any] }
        #expect(speakers.count == 2 && speakers.allSatisfy { $0["named"] as? Bool == false })
        let quoteRows = try work.sitrep("quotes", "--csv").stdout.split(separator: "\r\n")
        #expect(quoteRows.first?.hasSuffix(",story,speaker_named") == true)
        let csv = quoteRows.dropFirst()
        #expect(csv.count == 2 && csv.allSatisfy { !$0.contains("[") && $0.contains("federal judge,direct,") && $0.hasSuffix(",false") },
                "\(csv)")
    }
}
