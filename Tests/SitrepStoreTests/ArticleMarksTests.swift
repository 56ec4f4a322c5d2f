import Foundation
import GRDB
import SitrepCore
import Testing
@testable import SitrepStore

/// Read and flagged marks, kept by source and first line, and the article list sorted and limited in SQL.
@Suite struct ArticleMarksTests {
    /// The sample corpus plus one dated file, ingested into a library in a new folder.
    private func library(in folder: TemporaryFolder) throws -> Library {
        let library = try Library(path: folder.path + "/library.sqlite")
        let dated = SourceText(name: "dated.txt", text: """
            ---
            date: 2025-02-03
            ---
            Drones strike a depot near Odesa overnight

            The regional governor said the fire was put out by morning.
            """)
        try library.ingest(try sampleSources() + [dated])
        return library
    }

    @Test func marksAreReadWithoutTheTableAndKeptByASecondConnectionOnAReadOnlyLibrary() throws {
        let folder = try TemporaryFolder()
        let all = try library(in: folder).articles(0..<100)
        let reader = try Library(path: folder.path + "/library.sqlite", create: false, readOnly: true)
        // No table yet: everything unread, nothing flagged, and the unread limit is the whole list.
        #expect(try reader.read { db in try Library.hasMarks(db) } == false)
        #expect(try reader.readCount() == 0)
        #expect(try reader.articleCount(ArticleList(filter: .flagged)) == 0)
        #expect(try reader.articles(ArticleList(), 0..<100).allSatisfy { $0.mark == ArticleMark() })

        try reader.setMark(ArticleMark(read: true, flagged: false), ofArticle: all[1].id)
        try reader.setMark(ArticleMark(read: true, flagged: true), ofArticle: all[2].id)
        #expect(try reader.readCount() == 2)
        #expect(try reader.articles(ArticleList(), 2..<3).map(\.mark) == [ArticleMark(read: true, flagged: true)])
        #expect(try reader.articles(ArticleList(filter: .flagged), 0..<10).map(\.article.id) == [all[2].id])
        #expect(try reader.articles(ArticleList(filter: .unread), 0..<100).map(\.article.id)
                == all.map(\.id).filter { $0 != all[1].id && $0 != all[2].id })
        // Unmarking writes over the mark.
        try reader.setMark(ArticleMark(), ofArticle: all[1].id)
        #expect(try reader.articles(ArticleList(), 1..<2).map(\.mark) == [ArticleMark()])
    }

    @Test func marksSurviveARebuildThatRenumbersTheArticles() throws {
        let folder = try TemporaryFolder()
        let library = try library(in: folder)
        let all = try library.articles(0..<100)
        try library.setMark(ArticleMark(read: true, flagged: true), ofArticle: all[3].id)
        // A file ingested before the others renumbers them.
        try library.ingest([SourceText(name: "000_first.txt", text: "Ceasefire talks resume in Geneva\n\nDelegates met for six hours.\n")])
        let after = try library.articles(ArticleList(), 0..<100)
        #expect(after.count == all.count + 1)
        let marked = after.filter { $0.mark.flagged }
        #expect(marked.map { [$0.article.source, String($0.article.lines[0])] } == [[all[3].source, String(all[3].lines[0])]])
        #expect(try library.readCount() == 1)
        // The mark of an article no longer in the library is not counted.
        #expect(try library.remove(paths: [all[3].source]) == 1)
        try library.rebuild()
        #expect(try library.readCount() == 0)
        #expect(try library.articles(ArticleList(filter: .flagged), 0..<10).isEmpty)
    }

    @Test func ordersAreTheListSortedByTheirKeys() throws {
        let folder = try TemporaryFolder()
        let library = try library(in: folder)
        let all = try library.articles(0..<100)
        func ids(_ order: ArticleList.Order) throws -> [Int] { try library.articles(ArticleList(order: order), 0..<100).map(\.article.id) }
        #expect(try ids(.ingest) == all.map(\.id))
        #expect(try ids(.title) == all.sorted { ($0.title.lowercased(), $0.id) < ($1.title.lowercased(), $1.id) }.map(\.id))
        #expect(try ids(.quotes) == all.sorted { ($1.quoteCount, $0.id) < ($0.quoteCount, $1.id) }.map(\.id))
        #expect(try ids(.outlet) == all.sorted { ($0.source, $0.id) < ($1.source, $1.id) }.map(\.id))
        // The one dated article first, the undated after it in order of ingest.
        let dated = try #require(all.first { $0.date == "2025-02-03" })
        #expect(try ids(.date) == [dated.id] + all.map(\.id).filter { $0 != dated.id })
        // Pages, the ids of the list and the articles read by them agree with the whole list.
        let byTitle = try ids(.title)
        #expect(try library.articles(ArticleList(order: .title), 2..<4).map(\.article.id) == Array(byTitle[2..<4]))
        #expect(try library.articleIDs(ArticleList(order: .title)) == byTitle)
        #expect(try library.articles(ids: [byTitle[3], 999_999, byTitle[1]]).map(\.article.id) == [byTitle[3], byTitle[1]])
    }

    @Test func limitsKeepTheMatchingArticles() throws {
        let folder = try TemporaryFolder()
        let library = try library(in: folder)
        let all = try library.articles(0..<100)
        func ids(_ filter: ArticleList.Filter) throws -> Set<Int> {
            Set(try library.articles(ArticleList(filter: filter), 0..<100).map(\.article.id))
        }
        #expect(try ids(.outlet("DATED")) == Set(all.filter { $0.source.hasSuffix("dated.txt") }.map(\.id)))
        let odesa = try ids(.words("odesa"))
        #expect(odesa == Set(all.filter { $0.source.hasSuffix("dated.txt") }.map(\.id)))
        let zelensky = try #require(library.speakers(matching: SpeakerQuery("zelensky")).first)
        let quoting = Set(try library.quotes(QuoteFilter(speakerID: zelensky.id)).map(\.article))
        #expect(!quoting.isEmpty)
        #expect(try ids(.speaker("zelensky")) == quoting)
        #expect(try library.articleCount(ArticleList(filter: .speaker("nobody-such"))) == 0)
        let story = try #require(library.stories(linkedOnly: true).first)
        let inStory = Set(try library.segments(ofStory: story.id).map(\.segment.article))
        #expect(inStory.count >= 2)
        #expect(try ids(.story(story.id)) == inStory)
        #expect(try library.articleIDs(ArticleList(filter: .outlet("dated"))) == all.filter { $0.source.hasSuffix("dated.txt") }.map(\.id))
        #expect(throws: LibraryError.self) { try library.articleCount(ArticleList(filter: .words("\"unclosed"))) }
    }

    @Test func theStoredSourceOfAnArticleIsItsFileAndLines() throws {
        let folder = try TemporaryFolder()
        let library = try library(in: folder)
        let dated = try #require(library.articles(0..<100).first { $0.source == "dated.txt" })
        let stored = try #require(try library.storedSource(ofArticle: dated.id))
        #expect(stored.source.name == "dated.txt")
        #expect(stored.lines == dated.lines[0]...dated.lines[1])
        #expect(stored.source.lines[stored.lines.lowerBound - 1] == "Drones strike a depot near Odesa overnight")
    }
}
