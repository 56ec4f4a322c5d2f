import Foundation
import Testing
@testable import SitrepCore

/// Stories and figures of the two sample articles against the hand annotation.
@Suite struct StoryGoldTests {
    struct Gold: Decodable {
        struct Segment: Decodable { var lines: [Int]; var story: String }
        struct Article: Decodable { var lines: [Int]; var segments: [Segment] }
        struct Document: Decodable { var file: String; var articles: [Article] }
        struct Figure: Decodable { var file: String; var line: Int; var number: String }
        var documents: [Document]
        var related_ok: [[String]]
        var figures: [Figure]
    }

    static func gold() throws -> Gold {
        try JSONDecoder().decode(Gold.self, from: Data(contentsOf: goldURL()))
    }

    @Test func segmentsOfOneStoryLinkAndOthersDoNot() throws {
        let gold = try Self.gold()
        let export = ExportDocument(Analyzer().analyze(try corpusSources()))
        // Our segment for each gold segment, matched by file and first line.
        var ours: [(gold: String, story: String, name: String)] = []
        for document in gold.documents {
            let articles = export.articles.filter { $0.source == document.file }
            for goldSegment in document.articles.flatMap(\.segments) {
                let candidates = articles.flatMap(\.segments)
                let match = try #require(candidates.first { $0.lines[0] <= goldSegment.lines[1] && $0.lines[1] >= goldSegment.lines[0]
                    && ($0.lines[0] >= goldSegment.lines[0] || $0.lines[1] >= goldSegment.lines[1]) })
                ours.append((goldSegment.story, match.story, "\(document.file):\(goldSegment.lines[0])"))
            }
        }
        let free = Set(gold.related_ok.flatMap { [$0.joined(separator: "|"), $0.reversed().joined(separator: "|")] })
        for (i, left) in ours.enumerated() {
            for right in ours[(i + 1)...] {
                if left.gold == right.gold {
                    #expect(left.story == right.story, "\(left.name) and \(right.name) are one story (\(left.gold))")
                } else if !free.contains("\(left.gold)|\(right.gold)") {
                    #expect(left.story != right.story, "\(left.name) (\(left.gold)) and \(right.name) (\(right.gold)) are not one story")
                }
            }
        }
    }

    @Test func everyGoldFigureIsFoundOnItsLine() throws {
        let gold = try Self.gold()
        let export = ExportDocument(Analyzer().analyze(try corpusSources()))
        for figure in gold.figures {
            #expect(export.figures.contains { $0.source == figure.file && $0.line == figure.line && $0.number == figure.number },
                    "figure \(figure.number) on \(figure.file):\(figure.line)")
        }
    }

    @Test func linkedStoriesSayWhy() throws {
        let export = ExportDocument(Analyzer().analyze(try corpusSources()))
        let linked = export.stories.filter { $0.segments.count > 1 }
        #expect(!linked.isEmpty)
        for story in linked { #expect(!story.sharedTerms.isEmpty, "story \(story.id) has no shared terms") }
    }
}
