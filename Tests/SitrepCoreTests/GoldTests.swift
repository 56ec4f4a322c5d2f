import Foundation
import Testing
@testable import SitrepCore

/// Checks the export of the two sample articles against the hand annotation (`seeds.gold.json`).
@Suite struct GoldTests {
    struct Gold: Decodable {
        struct Speaker: Decodable { var id: String; var name: String; var aliases: [String] }
        struct Segment: Decodable { var lines: [Int]; var accept_start: [Int]? }
        struct Article: Decodable { var lines: [Int]; var truncated: Bool; var title: String?; var caption: String?; var segments: [Segment] }
        struct Caption: Decodable { var line: Int; var text: String }
        struct Document: Decodable { var file: String; var articles: [Article]; var captions: [Caption] }
        struct Quote: Decodable { var file: String; var line: Int; var text: String; var kind: String; var speaker: String? }
        struct Reported: Decodable { var file: String; var line: Int; var speaker: String }
        var speakers: [Speaker]
        var documents: [Document]
        var quotes: [Quote]
        var reported: [Reported]
    }

    /// The gold file from ../shared when present, else the copy kept with the tests.
    static func gold() throws -> Gold {
        try JSONDecoder().decode(Gold.self, from: Data(contentsOf: goldURL()))
    }

    static func export() throws -> ExportDocument {
        ExportDocument(Analyzer().analyze(try corpusSources()))
    }

    @Test func articlesLinesTruncationAndCaptions() throws {
        let gold = try Self.gold()
        let export = try Self.export()
        for document in gold.documents {
            let ours = export.articles.filter { $0.source == document.file }
            #expect(ours.map(\.lines) == document.articles.map(\.lines), "articles of \(document.file)")
            #expect(ours.map(\.truncated) == document.articles.map(\.truncated), "truncation in \(document.file)")
            #expect(ours.map(\.titleDerived) == document.articles.map { $0.title == nil }, "derived titles in \(document.file)")
            let captions = Set(ours.flatMap(\.captions))
            let expected = Set(document.captions.map(\.text) + document.articles.compactMap(\.caption))
            #expect(captions == expected, "captions of \(document.file)")
        }
    }

    @Test func segmentStarts() throws {
        let gold = try Self.gold()
        let export = try Self.export()
        for document in gold.documents {
            let ours = export.articles.filter { $0.source == document.file }
            for (article, expected) in zip(ours, document.articles) {
                #expect(article.segments.count == expected.segments.count, "segments of \(document.file) \(expected.lines)")
                for (segment, goldSegment) in zip(article.segments, expected.segments) {
                    let accepted = goldSegment.accept_start ?? [goldSegment.lines[0]]
                    #expect(accepted.contains(segment.lines[0]), "segment start \(segment.lines[0]) in \(document.file)")
                }
            }
        }
    }

    /// Our speaker id for each gold speaker, matched by name and aliases, one-to-one.
    func speakerMap(_ gold: Gold, _ export: ExportDocument) -> [String: Set<String>] {
        var map: [String: Set<String>] = [:]
        for speaker in gold.speakers {
            let keys = Set(([speaker.name] + speaker.aliases).map { NameKey.description($0) })
            for ours in export.speakers where !keys.isDisjoint(with: Set(([ours.name] + ours.aliases).map { NameKey.description($0) })) {
                map[speaker.id, default: []].insert(ours.id)
            }
        }
        return map
    }

    @Test func quotationsPrecisionRecallAndSpeakers() throws {
        let gold = try Self.gold()
        let export = try Self.export()
        let speakers = speakerMap(gold, export)
        let ours = export.quotes.filter { $0.kind != "reported" }
        var matchedOurs = Set<String>()
        var correctSpeakers = 0
        let scored = gold.quotes.filter { $0.kind != "ambiguous" }
        for quote in gold.quotes {
            let match = ours.first { $0.source == quote.file && $0.line == quote.line && $0.text == quote.text }
            if quote.kind == "ambiguous" {
                // Scare quotes are free: found or not, with or without a speaker.
                for same in ours where same.source == quote.file && same.line == quote.line && same.text == quote.text {
                    matchedOurs.insert(same.id)
                }
                continue
            }
            guard let match else {
                Issue.record("missed quotation \(quote.file):\(quote.line) \(quote.text)")
                continue
            }
            matchedOurs.insert(match.id)
            #expect(match.kind == quote.kind, "kind of \(quote.file):\(quote.line)")
            if let id = match.speaker, let expected = quote.speaker, speakers[expected] == [id] { correctSpeakers += 1 }
            else { Issue.record("speaker of \(quote.file):\(quote.line) is \(match.speakerName ?? "nil") (\(match.speaker ?? "")), expected \(quote.speaker ?? "nil") ↦ \(speakers[quote.speaker ?? ""] ?? [])") }
        }
        let extra = ours.filter { !matchedOurs.contains($0.id) }
        #expect(extra.isEmpty, "quotations not in the gold: \(extra.map { "\($0.source):\($0.line) \($0.text)" })")
        #expect(correctSpeakers == scored.count)
        // One speaker of ours per gold speaker, and no two gold speakers merged.
        let used = speakers.values.filter { $0.count == 1 }.map { $0.first! }
        #expect(Set(used).count == used.count)
    }

    @Test func reportedSpeechRecall() throws {
        let gold = try Self.gold()
        let export = try Self.export()
        let speakers = speakerMap(gold, export)
        let reported = export.quotes.filter { $0.kind == "reported" }
        // An unnamed source the gold annotates as a speaker ("analysts") is ours by its mention: it has no speaker
        // record, since a lone common noun is no speaker's name.
        let aliases = Dictionary(gold.speakers.map { ($0.id, Set(([$0.name] + $0.aliases).map(NameKey.description))) },
                                 uniquingKeysWith: { first, _ in first })
        let found = gold.reported.filter { entry in
            reported.contains { quote in
                guard quote.source == entry.file, quote.line == entry.line else { return false }
                if let speaker = quote.speaker { return speakers[entry.speaker]?.contains(speaker) == true }
                return quote.mention.map { aliases[entry.speaker]?.contains(NameKey.description($0)) == true } ?? false
            }
        }
        let recall = Double(found.count) / Double(gold.reported.count)
        #expect(recall >= 0.9, "reported speech recall \(recall); missed \(gold.reported.filter { entry in !found.contains { $0.file == entry.file && $0.line == entry.line && $0.speaker == entry.speaker } }.map { "\($0.file):\($0.line) \($0.speaker)" })")
    }
}
