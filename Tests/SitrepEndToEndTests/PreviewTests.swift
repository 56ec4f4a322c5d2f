import Foundation
import SitrepHarness
import SitrepStore
@testable import SitrepUI
@testable import sitrep
import Testing

/// The preview of a segment in the library: a text that fills it leaves no room for what follows, so the same
/// story elsewhere is not read for it (nor the evidence of its links made), while a short one shows it.
@Suite struct PreviewTests {
    @Test func aPreviewTheTextFillsReadsNoLinks() throws {
        let work = try LibraryCommandTests.Workspace()
        let paths = try StrikeReports.files.map { try work.write($0.name, Array($0.text.utf8)) }
        #expect(try work.sitrep(arguments: ["ingest"] + paths).status == 0)
        let library = try Library(path: work.library, create: false, readOnly: true)
        let source = try LibrarySource(library: library)
        let strike = try #require(source.articles(0..<3).first { $0.source.hasSuffix("a.txt") })
        let key = SegmentKey(article: strike.key, segment: 0)
        // Filled by its first words: no links, nothing put off; the quotation in them still marked.
        let filled = try #require(source.reading(key, previewCharacters: 300))
        #expect(filled.linked.isEmpty && filled.linkedCount == 1)
        #expect(!library.hasPutOffEvidence)
        let quoted = try #require(filled.paragraphs.first { $0.text.contains("Rescuers are still") })
        #expect(quoted.highlights.contains { if case .quote = $0.kind { true } else { false } })
        // Room to spare: the other report is listed, the evidence of its link put off.
        let roomy = try #require(source.reading(key, previewCharacters: 10_000))
        #expect(roomy.linked.map(\.source).allSatisfy { $0.hasSuffix("b.txt") } && roomy.linked.count == 1)
        #expect(library.hasPutOffEvidence)
        #expect(roomy.paragraphs.first { $0.text.contains("Rescuers are still") }?.highlights == quoted.highlights)
    }

    @Test func spacesThatFillNoLineLeaveRoomForTheLinks() throws {
        let work = try LibraryCommandTests.Workspace()
        // The first report's body words apart by runs of spaces: its first 300 characters wrap into a few lines.
        let paths = try StrikeReports.files.map { file in
            var paragraphs = file.text.components(separatedBy: "\n\n")
            for index in paragraphs.indices.dropFirst() where file.name.hasSuffix("a.txt") {
                paragraphs[index] = paragraphs[index].replacingOccurrences(of: " ", with: "      ")
            }
            return try work.write(file.name, Array(paragraphs.joined(separator: "\n\n").utf8))
        }
        #expect(try work.sitrep(arguments: ["ingest"] + paths).status == 0)
        let library = try Library(path: work.library, create: false, readOnly: true)
        let source = try LibrarySource(library: library)
        let strike = try #require(source.articles(0..<3).first { $0.source.hasSuffix("a.txt") })
        let preview = try #require(source.reading(SegmentKey(article: strike.key, segment: 0), previewCharacters: 300))
        #expect(preview.linked.count == 1 && preview.linkedCount == 1)
    }
}
