import Foundation
import GRDB
import SitrepCore
import Testing
@testable import SitrepStore

/// Pages of the reader's lists are the same rows as the whole lists, cut at the same places.
@Suite struct LibraryPagesTests {
    @Test func pagesOfSegmentsQuotationsAndSpeakersMatchTheWholeLists() throws {
        let folder = try TemporaryFolder()
        let library = try Library(path: folder.path + "/library.sqlite")
        try library.ingest(try sampleSources())
        let article = try #require(library.articles(0..<1).first)
        let segments = try library.segments(ofArticle: article.id)
        #expect(segments.count == 5)
        #expect(try library.segments(ofArticle: article.id, 1..<3).map(\.id) == segments[1..<3].map(\.id))
        #expect(try library.segments(ofArticle: article.id, 4..<40).map(\.id) == [segments[4].id])
        #expect(try library.segments(ofArticle: article.id, 9..<12).isEmpty)

        let segment = try #require(segments.first { $0.quoteCount >= 4 })
        let quotes = try library.quotes(ofSegment: segment.id)
        #expect(quotes.count == segment.quoteCount)
        for range in [0..<1, 1..<3, 2..<quotes.count, (quotes.count - 1)..<(quotes.count + 5)] {
            #expect(try library.quotes(ofSegment: segment.id, range).map(\.id) == quotes[range.clamped(to: quotes.indices)].map(\.id),
                    "\(range)")
        }
        #expect(try library.quotes(ofSegment: segment.id, quotes.count..<(quotes.count + 2)).isEmpty)
        #expect(try library.quotes(ofSegment: segment.id, 0..<0).isEmpty)
        // Where they stand in a stretch of a paragraph: those reaching into it, quotations then figures, in order.
        let figures = try library.figures(ofSegment: segment.id)
        for passage in Set(quotes.compactMap(\.passage)) {
            for stretch in [0..<Int.max / 2, 10..<60, 100..<101] {
                let expected = quotes.filter { $0.passage == passage }.compactMap { quote in
                    quote.range.flatMap { $0.upperBound > stretch.lowerBound && $0.lowerBound < stretch.upperBound ? ($0, false, quote.speaker?.id) : nil }
                } + figures.filter { $0.passage == passage }.compactMap { figure in
                    figure.range.flatMap { $0.upperBound > stretch.lowerBound && $0.lowerBound < stretch.upperBound ? ($0, true, nil) : nil }
                }
                let places = try library.places(ofSegment: segment.id, passage: passage, characters: stretch)
                #expect(places.map(\.range) == expected.map(\.0), "\(stretch)")
                #expect(places.map(\.figure) == expected.map(\.1))
                #expect(places.map(\.speaker) == expected.map(\.2))
            }
        }

        // Passages read by stretches: their sizes, bytes and characters are those of their whole text.
        let body = try library.passages(ofSegment: segment.id).filter { $0.kind == "body" }
        let sizes = try library.passageSizes(ofSegment: segment.id)
        #expect(sizes.map(\.id) == body.map(\.id) && sizes.map(\.bytes) == body.map(\.text.utf8.count))
        for passage in body {
            let bytes = Array(passage.text.utf8)
            #expect(try library.passageText(passage.id, bytes: 3..<40) == Array(bytes[3..<40]))
            #expect(try library.passageCharacters(passage.id, bytes: 0..<bytes.count) == passage.text.count)
        }
        let plain = Array("Kherson, 12 killed. ".utf8), carriage = Array("a\r\nb".utf8), accented = Array("Kyiv – Київ".utf8)
        #expect(plain.withUnsafeBytes(Library.isPlainASCII) && !carriage.withUnsafeBytes(Library.isPlainASCII))
        #expect(!accented.withUnsafeBytes(Library.isPlainASCII) && !(plain + carriage + plain).withUnsafeBytes(Library.isPlainASCII))

        let speaker = try #require(library.speakers(matching: SpeakerQuery("zelensky")).first)
        let ofSpeaker = try library.quotes(QuoteFilter(speakerID: speaker.id))
        #expect(try library.quoteCount(ofSpeaker: speaker.id) == ofSpeaker.count)
        #expect(try library.quotes(ofSpeaker: speaker.id, 3..<7).map(\.id) == ofSpeaker[3..<7].map(\.id))
    }

    @Test func passagesAndFiguresForAPreviewAreCut() throws {
        let folder = try TemporaryFolder()
        let library = try Library(path: folder.path + "/library.sqlite")
        try library.ingest(try sampleSources())
        let article = try #require(library.articles(0..<1).first)
        let segment = try #require(library.segments(ofArticle: article.id).first { segment in
            (try? library.figures(ofSegment: segment.id).count) ?? 0 >= 2
        })
        let body = try library.passages(ofSegment: segment.id).filter { $0.kind == "body" }
        let cut = try library.bodyPassages(ofSegment: segment.id, characters: 10)
        #expect(cut.map(\.id) == body.prefix(10).map(\.id))
        #expect(cut.map(\.text) == body.prefix(10).map { String($0.text.prefix(10)) })
        let figures = try library.figures(ofSegment: segment.id)
        #expect(try library.figures(ofSegment: segment.id, limit: 1).map(\.line) == [figures[0].line])
    }

    @Test func aPreviewReadsWholeCharactersOfAnyScript() throws {
        let folder = try TemporaryFolder()
        let library = try Library(path: folder.path + "/library.sqlite")
        let text = "Війська завдали удару по Харкову вночі \u{1F1FA}\u{1F1E6}, а потім по Ха\u{300}рківщині."
        try library.ingest([SourceText(name: folder.path + "/k.txt", text: "Удар по Харкову\n\n\(text)\n")])
        let article = try #require(library.articles(0..<1).first)
        let segment = try #require(library.segments(ofArticle: article.id).first)
        let whole = try #require(library.passages(ofSegment: segment.id).first { $0.kind == "body" })
        #expect(whole.text == text)
        for characters in 1...(text.count + 2) {
            let preview = try library.bodyPassages(ofSegment: segment.id, characters: characters)
            #expect(preview.map(\.text) == [String(text.prefix(characters))], "\(characters)")
        }
    }

    @Test func aSegmentWhoseQuotationIdsHaveAGapIsCountedThrough() throws {
        let folder = try TemporaryFolder()
        let path = folder.path + "/library.sqlite"
        let (segment, before) = try {
            let library = try Library(path: path)
            try library.ingest(try sampleSources())
            let article = try #require(library.articles(0..<1).first)
            let segment = try #require(library.segments(ofArticle: article.id).first { $0.quoteCount >= 4 })
            return (segment, try library.quotes(ofSegment: segment.id))
        }()
        try DatabaseQueue(path: path).write { db in
            try db.execute(sql: "DELETE FROM quotes WHERE id = ?", arguments: [before[1].id])
            try db.execute(sql: "UPDATE segments SET quote_count = quote_count - 1 WHERE id = ?", arguments: [segment.id])
        }
        let reopened = try Library(path: path)
        let quotes = try reopened.quotes(ofSegment: segment.id)
        #expect(quotes.count == before.count - 1)
        for range in [0..<1, 1..<3, 2..<quotes.count] {
            #expect(try reopened.quotes(ofSegment: segment.id, range).map(\.id) == quotes[range].map(\.id), "\(range)")
        }
    }

    /// A search hit's snippet in a long paragraph is looked for in its start, a longer one while no word matches:
    /// the words around the first match, cut with an ellipsis; a short paragraph's as before.
    @Test func aSnippetOfALongParagraphIsFoundInItsStart() throws {
        let folder = try TemporaryFolder()
        let library = try Library(path: folder.path + "/library.sqlite")
        let filler = String(repeating: "Shelling continued overnight near the front line. ", count: 400)
        try library.ingest([SourceText(name: folder.path + "/long.txt",
                                       text: "Night of shelling\n\n\(filler)Drones struck Odesa port. \(filler)\n\nShort Kherson note.\n")])
        #expect(filler.utf8.count > 4 * Library.firstSnippetBytes)
        let far = try #require(library.search("odesa").first)
        #expect(far.snippet.contains("\(SearchHit.markStart)Odesa\(SearchHit.markEnd)"), "\(far.snippet)")
        #expect(far.snippet.hasPrefix("\u{2026}") && far.snippet.hasSuffix("\u{2026}"), "\(far.snippet)")
        let near = try #require(library.search("kherson").first)
        #expect(near.snippet == "Short \(SearchHit.markStart)Kherson\(SearchHit.markEnd) note.", "\(near.snippet)")
    }
}
