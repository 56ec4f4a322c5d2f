import Foundation
import GRDB
import SitrepCore
@testable import SitrepStore
import Testing

/// `sitrep relink`: stories and speakers made again over the whole library from what the analysis stored.
@Suite struct LibraryRelinkTests {
    /// What the read commands show, whatever the ids: quotations with their speakers, speakers with their aliases
    /// and counts, stories as their segments' places with their titles and shared terms.
    private func described(_ library: Library) throws -> [String] {
        let quotes = try library.quotes(QuoteFilter()).map {
            "quote \($0.source):\($0.line):\($0.column) \($0.speaker?.name ?? "-"): \($0.text)"
        }
        let speakers = try library.speakers().map {
            "speaker \($0.name) \($0.kind?.rawValue ?? "") [\($0.aliases.sorted().joined(separator: "|"))] \($0.quoteCount)"
        }
        let stories = try library.stories(linkedOnly: false).map { story in
            "story \(try members(library, story.id)) \(story.title) [\(story.sharedTerms.joined(separator: ", "))] \(story.sourceCount)"
        }
        return (quotes + speakers + stories).sorted()
    }

    /// A story's segments as their places.
    private func members(_ library: Library, _ story: Int) throws -> String {
        try library.pool.read { db in
            try String.fetchAll(db, sql: """
                SELECT a.source || ':' || s.first_line FROM segments s JOIN articles a ON a.id = s.article_id
                WHERE s.story_id = ?
                """, arguments: [story]).sorted().joined(separator: " ")
        }
    }

    private func ids(_ library: Library, _ table: String) throws -> [Int] {
        try library.pool.read { db in try Int.fetchAll(db, sql: "SELECT id FROM \(table) ORDER BY id") }
    }

    @Test func aRelinkedLibraryShowsWhatOneBuiltAtOnceShowsAndItsIdsStillResolve() throws {
        let sources = try sampleSources()
        let folder = try TemporaryFolder()
        let once = try Library(path: folder.path + "/once.sqlite")
        try once.ingest(sources)
        let library = try Library(path: folder.path + "/backward.sqlite")
        for source in sources.reversed() { try library.ingest([source]) }
        // A story cut in two, as an unlucky order of arrivals can leave it: its second part a story of its own.
        let (whole, part) = try library.pool.write { db -> (Int, Int) in
            let whole = try #require(try Int.fetchOne(db, sql: "SELECT id FROM stories WHERE segment_count > 2 ORDER BY id LIMIT 1"))
            let segment = try #require(try Int.fetchOne(db, sql: "SELECT max(id) FROM segments WHERE story_id = ?", arguments: [whole]))
            try db.execute(sql: """
                INSERT INTO stories(title, shared_terms, segment_count, source_count, sum, shared_keys)
                SELECT 'cut', '', 1, 1, vector, vector FROM segments WHERE id = ?
                """, arguments: [segment])
            let part = Int(db.lastInsertedRowID)
            try db.execute(sql: "UPDATE segments SET story_id = ? WHERE id = ?", arguments: [part, segment])
            return (whole, part)
        }
        let storiesBefore = try ids(library, "stories")
        let speakersBefore = try ids(library, "speakers")
        let membersBefore = try Dictionary(uniqueKeysWithValues: storiesBefore.map { ($0, try members(library, $0)) })
        var reported: [(Int, Int)] = []
        try library.relink { reported.append(($0, $1)) }

        #expect(try described(library) == described(once))
        #expect(reported.last.map { $0.0 == $0.1 && $0.1 == sources.count } == true)
        let storiesAfter = Set(try ids(library, "stories"))
        let speakersAfter = Set(try ids(library, "speakers"))
        for id in storiesBefore { #expect(storiesAfter.contains(try library.resolve(.story, id)), "story \(id)") }
        for id in speakersBefore { #expect(speakersAfter.contains(try library.resolve(.speaker, id)), "speaker \(id)") }
        // The story made whole again keeps the id of the part that gave it most segments; the cut part resolves to it.
        #expect(storiesAfter.contains(whole))
        #expect(!storiesAfter.contains(part))
        #expect(try library.resolve(.story, part) == whole)
        // Every other story came out as it was, under its id; so did every speaker.
        for (id, places) in membersBefore where id != whole && id != part {
            #expect(try members(library, id) == places, "story \(id)")
        }
        #expect(speakersAfter == Set(speakersBefore))
        // The counts the status line shows are the relinked library's.
        #expect(try library.counts().speakers == speakersAfter.count)
    }

    @Test func aLibraryStoredWithoutSegmentTermsAsksForAReindexAndIsLeftAsItWas() throws {
        let folder = try TemporaryFolder()
        let library = try Library(path: folder.path + "/library.sqlite")
        try library.ingest(try sampleSources())
        try library.pool.write { db in try db.execute(sql: "DELETE FROM segment_terms WHERE segment_id = (SELECT min(id) FROM segments)") }
        let before = try described(library)
        #expect(throws: LibraryError.needsReindex(path: library.path)) { try library.relink() }
        #expect(try described(library) == before)
    }
}
