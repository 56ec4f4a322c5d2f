import Foundation
import GRDB
import SitrepCore
import SitrepHarness
import Testing
@testable import SitrepStore

/// Files kept whole as one article, and the outlet a file's front matter names, as the library stores them.
@Suite struct OneArticleTests {
    /// Two stories in one file: found as two articles, unless the file is kept whole.
    static let twoStories = NewsFixtures.twoStories

    func articleLines(_ library: Library) throws -> [ClosedRange<Int>] {
        try library.articles(0..<100).map { $0.lines[0]...$0.lines[1] }
    }

    @Test func aFileKeptWholeIsAnalysedAgainTheWayItWasStored() throws {
        let folder = try TemporaryFolder()
        let library = try Library(path: folder.path + "/library.sqlite")
        let source = SourceText(name: "/news/two.txt", text: OneArticleTests.twoStories)
        let hash = ContentHash.of(source.bytes)
        #expect(try library.store(source, hash: hash, boundaries: .wholeSource) == .added)
        try library.rebuild()
        #expect(try articleLines(library) == [1...11])
        #expect(try library.storedFile("/news/two.txt")?.boundaries == .wholeSource)
        // The same bytes, nothing said: unchanged. A reindex cuts it as it was stored.
        #expect(try library.store(source, hash: hash) == .unchanged)
        try library.reindex()
        #expect(try articleLines(library) == [1...11])
        // A changed file, nothing said: kept whole as before.
        let changed = SourceText(name: "/news/two.txt", text: OneArticleTests.twoStories + "The vote was close.\n")
        #expect(try library.store(changed, hash: ContentHash.of(changed.bytes)) == .replaced)
        try library.rebuild()
        #expect(try articleLines(library) == [1...12])
        // The same bytes to be cut from the text: analysed again, two articles.
        #expect(try library.store(changed, hash: ContentHash.of(changed.bytes), boundaries: .detected) == .replaced)
        try library.rebuild()
        #expect(try articleLines(library).count == 2)
        #expect(try library.storedFile("/news/two.txt")?.boundaries == .detected)
    }

    @Test func aNewFileWithNothingSaidIsCutFromItsText() throws {
        let library = try Library.inMemory(label: "test")
        let source = SourceText(name: "two.txt", text: OneArticleTests.twoStories)
        try library.store(source, hash: ContentHash.of(source.bytes))
        try library.rebuild()
        #expect(try articleLines(library).count == 2)
        #expect(try library.storedFile("two.txt")?.boundaries == .detected)
        #expect(try library.storedFile("missing.txt") == nil)
    }

    @Test func aPlainFilesFrontMatterOutletAndDateAreItsOrigin() throws {
        let library = try Library.inMemory(label: "test")
        let source = SourceText(name: "salon.txt", text: NewsFixtures.frontMatter)
        let other = SourceText(name: "storm.txt", text: "Storm closes harbour\n\nThe port authority kept the harbour closed on Tuesday.\n")
        try library.store(source, hash: ContentHash.of(source.bytes))
        try library.store(other, hash: ContentHash.of(other.bytes))
        try library.rebuild()
        let ids = try library.articles(0..<10).map(\.id)
        let origins = try library.origins(ofArticles: ids)
        #expect(origins[ids[0]] == ArticleOrigin(url: nil, outlet: "Salon", date: "2015-01-26"))
        #expect(origins[ids[1]] == ArticleOrigin(url: nil, outlet: nil, date: nil))
        #expect(try library.articlesNewestFirst(0..<10).first?.origin.outlet == "Salon")
        // The outlet limit finds it by its outlet, not only by its file's name.
        #expect(try library.articles(ArticleList(filter: .outlet("salon")), 0..<10).map(\.article.id) == [ids[0]])
        #expect(try library.articles(ArticleList(order: .outlet), 0..<10).map(\.article.id) == [ids[0], ids[1]])
    }
}
