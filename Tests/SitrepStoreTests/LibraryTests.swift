import Foundation
import GRDB
import SitrepCore
import Testing
@testable import SitrepStore

@Suite("The library on a real SQLite file")
struct LibraryTests {
    @Test("ingesting the samples twice changes nothing the second time")
    func ingestTwice() throws {
        let folder = try TemporaryFolder()
        let library = try Library(path: folder.path + "/library.sqlite")
        let sources = try sampleSources()
        #expect(try library.ingest(sources) == [.added, .added])
        let before = try library.counts()
        let quotesBefore = try library.quotes(QuoteFilter())
        #expect(try library.ingest(sources) == [.unchanged, .unchanged])
        #expect(try library.needsRebuild == false)
        let after = try library.counts()
        #expect(before == after)
        #expect(try library.quotes(QuoteFilter()) == quotesBefore)
        #expect(after.articles == 6 && after.sources == 2)
    }

    @Test("a library read a batch of files at a time links exactly as one analysis of all the files")
    func batchedRebuildMatchesOneAnalysis() throws {
        let folder = try TemporaryFolder()
        // More files than one batch; the first and the last carry one story, one quotation and one figure.
        let count = Library.rebuildBatch + 6
        let places = ["Arden", "Bexley", "Corvin", "Dunmore", "Elston", "Fairbank", "Glenmore", "Harrow"]
        let sources = (0..<count).map { index -> SourceText in
            let text: String
            if index == 0 || index == count - 1 {
                let killed = index == 0 ? 12 : 15
                text = """
                    Kalva dam breach floods Merin

                    Floodwaters breached the Kalva dam on Tuesday and killed \(killed) villagers in Merin as the Kalva \
                    river rose, rescuers said.

                    “We will organise the evacuation of Merin before the Kalva river rises again,” Ivo Horvat, the \
                    regional governor, said.

                    """
            } else if index == 1 {
                text = "Orchard growers count frost losses\n\nApple growers in the upland valleys lost most of the blossom to a late frost.\n"
            } else {
                let place = places[index % places.count]
                text = """
                    Council of \(place) meets for the \(index)th time

                    The council of \(place) approved plan number \(index) on Monday, its clerk said.

                    “Plan \(index) is ready for \(place),” Mr Quill said.

                    """
            }
            return SourceText(name: folder.path + String(format: "/%03d.txt", index), text: text)
        }
        let library = try Library(path: folder.path + "/library.sqlite")
        for source in sources { try library.store(source, hash: ContentHash.of(source.bytes)) }
        var reported: [Int] = []
        try library.rebuild { read, total in
            #expect(total == count)
            reported.append(read)
        }
        #expect(reported == [Library.rebuildBatch, count], "told after each batch")
        let export = ExportDocument(Analyzer().analyze(sources))
        let quotes = try library.quotes(QuoteFilter()).sorted { $0.id < $1.id }
        #expect(quotes.count == export.quotes.count)
        for (stored, expected) in zip(quotes, export.quotes) {
            #expect(stored.text == expected.text)
            #expect(stored.speaker?.name == expected.speakerName)
            #expect(stored.copies.map { "q\($0)" } == expected.copies)
            let segment = export.articles.flatMap(\.segments).first { $0.id == expected.segment }
            #expect("st\(stored.story)" == segment?.story)
        }
        // The story, the quotation and the figures that join the first and the last file.
        let kalva = try #require(quotes.first { $0.text.contains("evacuation of Merin") })
        #expect(kalva.copies.count == 1)
        let story = try library.segments(ofStory: kalva.story).map { ($0.source as NSString).lastPathComponent }
        #expect(Set(story) == ["000.txt", String(format: "%03d.txt", count - 1)])
        #expect(try library.figures(ofSegment: kalva.segment).contains { $0.value == 12 && $0.comparison == "differ" })
        // `]` and `[` from either end of the story reach the other end, wrapping around.
        let last = String(format: "%03d.txt", count - 1)
        for forward in [true, false] {
            let next = try #require(try library.adjacentLinked(toSegment: kalva.segment, forward: forward))
            #expect((next.source as NSString).lastPathComponent == last)
            let back = try #require(try library.adjacentLinked(toSegment: next.segment.id, forward: forward))
            #expect((back.source as NSString).lastPathComponent == "000.txt")
        }
        let single = try #require(try library.stories(linkedOnly: false).first { $0.segmentCount == 1 })
        let alone = try #require(try library.segments(ofStory: single.id).first)
        #expect(try library.adjacentLinked(toSegment: alone.segment.id, forward: true) == nil)
        #expect(try library.linked(toSegment: kalva.segment, limit: 0).isEmpty)
        #expect(try library.counts().speakers == export.speakers.count)
        // The counts written down by the rebuild are the tables' own.
        let counted = try library.pool.read { db in
            try [Int.fetchOne(db, sql: "SELECT count(*) FROM articles"), Int.fetchOne(db, sql: "SELECT count(*) FROM quotes"),
                 Int.fetchOne(db, sql: "SELECT count(*) FROM stories WHERE source_count > 1")]
        }
        let counts = try library.counts()
        #expect([counts.articles, counts.quotes, counts.linkedStories] == counted)
        let stored = try library.stories(linkedOnly: true).sorted { $0.id < $1.id }
        // Linked: covered by two or more files.
        let sourceOf = Dictionary(uniqueKeysWithValues: export.articles.flatMap { article in
            article.segments.map { ($0.id, article.source) }
        })
        let linked = export.stories.filter { Set($0.segments.compactMap { sourceOf[$0] }).count > 1 }
        #expect(!linked.isEmpty)
        #expect(stored.map { "st\($0.id)" } == linked.map(\.id))
        #expect(stored.map(\.sharedTerms) == linked.map(\.sharedTerms))
    }

    @Test("a changed file has its articles replaced; other files keep theirs")
    func changedFile() throws {
        let folder = try TemporaryFolder()
        let library = try Library(path: folder.path + "/library.sqlite")
        let path = folder.path + "/a.txt"
        let first = SourceText(name: path, text: "Dam breached in the south\n\nThe dam on the river was breached overnight, officials said.\n")
        let other = SourceText(name: folder.path + "/b.txt", text: "Talks resume in Geneva\n\nNegotiators met again on Monday, the mediator said.\n")
        try library.ingest([first, other])
        let before = try library.articles(0..<10)
        #expect(before.map(\.title) == ["Dam breached in the south", "Talks resume in Geneva"])
        let second = SourceText(name: path, text: "Bridge reopened after repairs\n\nTraffic crossed the bridge again on Sunday, the mayor said.\n")
        #expect(try library.ingest([second]) == [.replaced])
        // The list is in order of ingest: the new version comes last; the other file's article keeps its id.
        let after = try library.articles(0..<10)
        #expect(after.map(\.title) == ["Talks resume in Geneva", "Bridge reopened after repairs"])
        #expect(after[0].id == before[1].id)
        #expect(after[1].id > before[1].id, "a new article never takes an old id")
        #expect(try library.search("dam").isEmpty)
        #expect(try library.search("bridge").map(\.line) == [1, 3])
    }

    @Test("quotations by speaker: case, honorifics, aliases, spellings and prefixes")
    func quotesBySpeaker() throws {
        let folder = try TemporaryFolder()
        let library = try Library(path: folder.path + "/library.sqlite")
        try library.ingest(try sampleSources())
        let marked: Set<String> = ["direct", "partial"]
        for query in ["zelenskiy", "Zelensky", "ZELENSK", "Mr Zelenskyy", "president volodymyr zelenskiy"] {
            let quotes = try library.quotes(QuoteFilter(speaker: SpeakerQuery(query), kinds: marked))
            #expect(quotes.count == 9, "\(query)")
            #expect(Set(quotes.compactMap(\.speaker?.name)) == ["Volodymyr Zelensky"], "\(query)")
            #expect(Set(quotes.map { ($0.source as NSString).lastPathComponent }).count == 2, "\(query)")
        }
        let lee = try library.quotes(QuoteFilter(speaker: SpeakerQuery("lee"), kinds: marked))
        #expect(Set(lee.compactMap(\.speaker?.id)).count == 2)
        #expect(try library.speakers(matching: SpeakerQuery("lee")).count == 2)
        #expect(try library.quotes(QuoteFilter(speaker: SpeakerQuery("nobody-by-this-name"))).isEmpty)
    }

    @Test("quotations by story and by words")
    func quotesByStoryAndText() throws {
        let folder = try TemporaryFolder()
        let library = try Library(path: folder.path + "/library.sqlite")
        try library.ingest(try sampleSources())
        let captured = try library.quotes(QuoteFilter(text: "captured"))
        #expect(!captured.isEmpty)
        #expect(captured.allSatisfy { $0.text.lowercased().contains("captur") })
        let story = try #require(captured.first?.story)
        let ofStory = try library.quotes(QuoteFilter(story: story))
        #expect(ofStory.allSatisfy { $0.story == story })
        #expect(ofStory.contains { $0.id == captured[0].id })
    }

    @Test("full-text search folds case and diacritics in every script, ranks, and reports lines")
    func search() throws {
        let folder = try TemporaryFolder()
        let library = try Library(path: folder.path + "/library.sqlite")
        let path = folder.path + "/k.txt"
        try library.ingest([SourceText(name: path, text: "Удар по Харкову\n\nВійська завдали удару по Харкову вночі.\n\nPolice said the café in Kramatorsk was hit twice.\n")])
        #expect(try library.search("харкову").map(\.line) == [1, 3])
        #expect(try library.search("cafe").map(\.line) == [5])
        let hit = try #require(library.search("Харкову").first)
        #expect(hit.snippet.contains(SearchHit.markStart + "Харкову" + SearchHit.markEnd))
        #expect(throws: LibraryError.self) { try library.search("AND (") }
    }

    @Test("the segment's passages, quotations and figures are placed for the reading view")
    func reading() throws {
        let folder = try TemporaryFolder()
        let library = try Library(path: folder.path + "/library.sqlite")
        try library.ingest(try sampleSources())
        let zelensky = try library.quotes(QuoteFilter(speaker: SpeakerQuery("zelensky"), kinds: ["direct"]))
        let quote = try #require(zelensky.first)
        let passages = try library.passages(ofSegment: quote.segment)
        let passage = try #require(passages.first { $0.id == quote.passage })
        let range = try #require(quote.range)
        let characters = Array(passage.text)
        #expect(String(characters[range]) == quote.text)
        #expect(passage.line == quote.line)
    }

    @Test("a damaged or foreign file is refused and left byte for byte as it was")
    func refusesDamagedFiles() throws {
        let folder = try TemporaryFolder()
        let garbage = folder.path + "/garbage.sqlite"
        let bytes = Data((0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 31) })
        try bytes.write(to: URL(fileURLWithPath: garbage))
        #expect(throws: LibraryError.self) { try Library(path: garbage) }
        #expect(try Data(contentsOf: URL(fileURLWithPath: garbage)) == bytes)

        let foreign = folder.path + "/other.sqlite"
        let queue = try DatabaseQueue(path: foreign)
        try queue.write { db in try db.execute(sql: "CREATE TABLE notes(text TEXT); INSERT INTO notes VALUES ('mine')") }
        try queue.close()
        let foreignBytes = try Data(contentsOf: URL(fileURLWithPath: foreign))
        #expect(throws: LibraryError.foreign(path: foreign)) { try Library(path: foreign) }
        #expect(try Data(contentsOf: URL(fileURLWithPath: foreign)) == foreignBytes)
    }

    @Test("a library truncated mid-file is reported as damaged")
    func truncated() throws {
        let folder = try TemporaryFolder()
        let path = folder.path + "/library.sqlite"
        do {
            let library = try Library(path: path)
            try library.ingest(try sampleSources())
            _ = try library.pool.writeWithoutTransaction { db in try db.checkpoint(.truncate) }
            try library.pool.close()
        }
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        try handle.truncate(atOffset: 4096 + 100)
        try handle.close()

        #expect(throws: LibraryError.self) {
            let library = try Library(path: path)
            if let problem = try library.integrityProblem() { throw LibraryError.corrupt(path: path, detail: problem) }
            _ = try library.quotes(QuoteFilter())
        }
    }

    @Test("a library locked by another process gives a clear error and keeps what it holds")
    func locked() throws {
        let folder = try TemporaryFolder()
        let path = folder.path + "/library.sqlite"
        let library = try Library(path: path, busyTimeout: 0.2)
        try library.ingest(try sampleSources())
        var configuration = Configuration()
        configuration.allowsUnsafeTransactions = true
        let holder = try DatabaseQueue(path: path, configuration: configuration)
        try holder.inDatabase { db in try db.execute(sql: "BEGIN EXCLUSIVE") }
        let extra = SourceText(name: folder.path + "/c.txt", text: "Ceasefire holds\n\nThe ceasefire held overnight, the army said.\n")
        #expect(throws: LibraryError.locked(path: path)) { try library.store(extra, hash: ContentHash.of(extra.bytes)) }
        try holder.inDatabase { db in try db.execute(sql: "ROLLBACK") }
        #expect(try library.counts().sources == 2)
    }

    @Test("files stored by an ingest cut short before its rebuild are indexed by the next one")
    func pendingRebuild() throws {
        let folder = try TemporaryFolder()
        let library = try Library(path: folder.path + "/library.sqlite")
        let sources = try sampleSources()
        try library.store(sources[0], hash: ContentHash.of(sources[0].bytes))
        #expect(try library.needsRebuild)
        #expect(try library.counts().articles == 0)
        try library.rebuild()
        #expect(try library.needsRebuild == false)
        #expect(try library.counts().articles > 0)
    }

    @Test("the default location follows SITREP_LIBRARY, then XDG_DATA_HOME, then HOME")
    func defaultPath() {
        #expect(Library.defaultPath(environment: ["SITREP_LIBRARY": "/x/l.sqlite", "HOME": "/h"]) == "/x/l.sqlite")
        #expect(Library.defaultPath(environment: ["XDG_DATA_HOME": "/d", "HOME": "/h"]) == "/d/sitrep/library.sqlite")
        #expect(Library.defaultPath(environment: ["XDG_DATA_HOME": "relative", "HOME": "/h"]) == "/h/.local/share/sitrep/library.sqlite")
        #expect(Library.defaultPath(environment: ["HOME": "/h"]) == "/h/.local/share/sitrep/library.sqlite")
    }
}
