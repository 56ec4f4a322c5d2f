import Foundation
import GRDB
import SitrepCore
import Testing
@testable import SitrepStore

/// Each speaker's span (quotations, articles, first and last dates, first article) is stored on its row and kept as
/// files come and go, equal to what counting all its quotations gives.
@Suite struct SpeakerSpanTests {
    /// A dated article quoting `name` once, in a file of its own.
    private func article(_ file: String, date: String, _ name: String, _ words: String) -> SourceText {
        SourceText(name: file, text: """
            ---
            date: \(date)
            ---
            Port talks go on

            “\(words),” said \(name), the port's director.

            “We will meet again,” \(name) said.
            """ + "\n")
    }

    /// The stored spans of every speaker, and the spans counted from all their quotations.
    private func spans(_ library: Library) throws -> (stored: [Int64: SpeakerSpan], counted: [Int64: SpeakerSpan]) {
        try library.read { db in
            var stored: [Int64: SpeakerSpan] = [:], counted: [Int64: SpeakerSpan] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT id, \(SpeakerSpan.columns) FROM speakers") {
                stored[row[0]] = SpeakerSpan(row, from: 1)
            }
            for row in try Row.fetchAll(db, sql: SpeakerSpan.counted(where: "1")) { counted[row[0]] = SpeakerSpan(row, from: 1) }
            return (stored, counted)
        }
    }

    @Test func aSpeakerQuotedInFilesAddedOneAtATimeKeepsTheSpanOfAllItsQuotations() throws {
        let folder = try TemporaryFolder()
        let library = try Library(path: folder.path + "/library.sqlite")
        try library.ingest([article("b.txt", date: "2021-03-04", "Marta Kowalska", "Fees will rise")])
        try library.ingest([article("a.txt", date: "2020-07-01", "Marta Kowalska", "Fees will stay")])
        try library.ingest([article("c.txt", date: "2022-11-30", "Marta Kowalska", "Fees fell")])
        let (stored, counted) = try spans(library)
        #expect(stored == counted)
        let marta = try #require(try library.speakers(matching: SpeakerQuery("kowalska")).first)
        #expect((marta.quoteCount, marta.articleCount, marta.firstDate, marta.lastDate) == (6, 3, "2020-07-01", "2022-11-30"))
        #expect(marta.articleTitle == nil)
    }

    @Test func aRemovedFileTakesItsQuotationsOutOfTheSpan() throws {
        let folder = try TemporaryFolder()
        let library = try Library(path: folder.path + "/library.sqlite")
        let first = try folder.write("a.txt", "")
        try library.ingest([article(first, date: "2020-07-01", "Marta Kowalska", "Fees will stay"),
                            article("b.txt", date: "2021-03-04", "Marta Kowalska", "Fees will rise")])
        #expect(try library.remove(paths: [first]) == 1)
        let (stored, counted) = try spans(library)
        #expect(stored == counted)
        let marta = try #require(try library.speakers(matching: SpeakerQuery("kowalska")).first)
        #expect((marta.quoteCount, marta.articleCount, marta.firstDate, marta.lastDate) == (2, 1, "2021-03-04", "2021-03-04"))
        #expect(marta.articleTitle == "Port talks go on")
    }

    /// A file changed on disk and ingested again, an unnamed speaker the next article names (merged into it), and
    /// every story and speaker linked again (`sitrep relink`): the spans stay those counted from the quotations.
    @Test func changedFilesMergedSpeakersAndARelinkKeepTheSpans() throws {
        let folder = try TemporaryFolder()
        let library = try Library(path: folder.path + "/library.sqlite")
        try library.ingest([article("a.txt", date: "2020-07-01", "Marta Kowalska", "Fees will stay"),
                            article("b.txt", date: "2021-03-04", "Marta Kowalska", "Fees will rise")])
        try library.ingest([article("b.txt", date: "2019-01-02", "Marta Kowalska", "Fees were cut")])
        var (stored, counted) = try spans(library)
        #expect(stored == counted)
        #expect(stored.values.contains { $0.firstDate == "2019-01-02" && $0.lastDate == "2020-07-01" })
        let described = """
            Port strike ends

            “The cranes move again,” the port's director said on Monday.

            """
        try library.ingest([SourceText(name: "c.txt", text: "---\ndate: 2022-05-05\n---\n" + described + "\n")])
        try library.ingest([SourceText(name: "d.txt", text: "---\ndate: 2022-05-06\n---\n" + described
            + "“We are back,” said Marta Kowalska, the port's director.\n")])
        (stored, counted) = try spans(library)
        #expect(stored == counted)
        try library.relink()
        (stored, counted) = try spans(library)
        #expect(stored == counted)
    }

    /// A library from before the spans were stored lists them all the same when opened read-only (counted from its
    /// quotations), and has them counted once when next opened for writing.
    @Test func aLibraryFromBeforeTheSpansListsThemAndGetsThemStored() throws {
        let folder = try TemporaryFolder()
        let path = folder.path + "/library.sqlite"
        do {
            let library = try Library(path: path)
            try library.ingest([article("a.txt", date: "2020-07-01", "Marta Kowalska", "Fees will stay"),
                                article("b.txt", date: "2021-03-04", "Marta Kowalska", "Fees will rise")])
            try library.undoMigration(SchemaSpeakerSpans.identifier, """
                ALTER TABLE speakers DROP COLUMN article_count; ALTER TABLE speakers DROP COLUMN first_date;
                ALTER TABLE speakers DROP COLUMN last_date; ALTER TABLE speakers DROP COLUMN first_article;
                """)
        }
        let reader = try Library(path: path, create: false, readOnly: true)
        let listed = try #require(try reader.speakers(matching: SpeakerQuery("kowalska")).first)
        #expect((listed.quoteCount, listed.articleCount, listed.firstDate, listed.lastDate) == (4, 2, "2020-07-01", "2021-03-04"))
        let library = try Library(path: path)
        let (stored, counted) = try spans(library)
        #expect(!stored.isEmpty && stored == counted)
    }
}
