import Foundation
import GRDB
@testable import SitrepCore
import SitrepHarness
@testable import SitrepStore
import Testing

/// The flood reports of the harness, as files of `folder`.
private func floodReports(in folder: TemporaryFolder) -> [SourceText] {
    FloodReports.files.map { SourceText(name: folder.path + "/" + $0.name, text: $0.text) }
}

@Suite struct FigureRowsTests {
    @Test func theLibraryKeepsWhatTheAnalysisReadsOfEachFigure() throws {
        let folder = try TemporaryFolder()
        let sources = floodReports(in: folder)
        let library = try Library(path: folder.path + "/library.sqlite")
        try library.ingest(sources)
        let export = ExportDocument(Analyzer().analyze(sources))
        #expect(export.figures.contains { $0.upperValue != nil } && export.figures.contains(where: \.vague)
                && export.figures.contains { $0.saidBy != nil } && export.figures.contains { !$0.counterparts.isEmpty },
                "the reports hold a range, a vague quantity, a figure with a source and compared figures")
        let segments = try library.stories(linkedOnly: false).flatMap { try library.segments(ofStory: $0.id) }
        let stored = try segments.flatMap { try library.figures(ofSegment: $0.segment.id) }.sorted { $0.id < $1.id }
        #expect(stored.count == export.figures.count)
        for (figure, expected) in zip(stored, export.figures) {
            #expect("f\(figure.id)" == expected.id)
            #expect(figure.number == expected.number)
            #expect(figure.hedge == expected.hedge)
            #expect(figure.saidBy == expected.saidBy)
            #expect(figure.date == expected.date)
            #expect(figure.place == expected.place)
            #expect(figure.isVague == expected.vague)
            #expect(figure.upperValue == expected.upperValue)
            #expect(figure.comparison == expected.comparison)
            #expect(figure.counterpartCount == expected.counterparts.count)
            let withCounterparts = try library.figureWithCounterparts(figure.id)
            #expect(withCounterparts.map { "f\($0.id)" } == [expected.id] + expected.counterparts)
        }
        #expect(stored.first { $0.number == "12" }?.group == "people")
    }

    @Test func aStorysFiguresAreSetSideBySideByKindAndGroup() throws {
        let folder = try TemporaryFolder()
        let library = try Library(path: folder.path + "/library.sqlite")
        try library.ingest(floodReports(in: folder))
        let killed = try #require(try library.figures(ofSegment: 1).first { $0.category == "killed" })
        let segment = try #require(try library.segment(article: killed.article, ordinal: killed.segmentOrdinal))
        let side = try library.storyFigures(ofSegment: segment.id, limit: 100)
        #expect(side.map(\.category) == side.map(\.category).sorted { ($0 ?? "~") < ($1 ?? "~") })
        let kinds = side.filter { $0.category == "killed" }
        #expect(kinds.map(\.number) == ["12", "15"], "the two outlets' tolls one after the other")
        #expect(kinds.allSatisfy { $0.comparison == "differ" })
        #expect(try library.storyFigures(ofSegment: segment.id, limit: 1).count == 1)
    }

    @Test func aFileJoiningAStoryHasOnlyTheStorysFiguresOfItsKindsComparedAgain() throws {
        let folder = try TemporaryFolder()
        let library = try Library(path: folder.path + "/library.sqlite")
        try library.ingest([floodReports(in: folder)[0]])
        // What a comparison of the wire's other kinds would write again is marked, to see that it is not.
        let others = try library.write { db in
            try db.execute(sql: "UPDATE figures SET comparison = 'kept' WHERE category IS NOT NULL AND category != 'killed'")
            return db.changesCount
        }
        #expect(others > 0, "the wire gives figures of another kind than killed")
        // A report of the same flood giving a toll of the killed alone.
        try library.ingest([SourceText(name: folder.path + "/c-radio.txt", text: FloodReports.files[1].text.replacingOccurrences(
            of: "Police said 15 people were killed in Merin and 200 residents were evacuated.",
            with: "Police said 15 people were killed in Merin."))])
        let figures = try library.pool.read { db in
            try Row.fetchAll(db, sql: "SELECT category, comparison FROM figures WHERE category IS NOT NULL")
        }
        #expect(figures.filter { $0["category"] as String? == "killed" }.map { $0["comparison"] as String? } == ["differ", "differ"])
        #expect(figures.filter { $0["category"] as String? != "killed" }.allSatisfy { $0["comparison"] as String? == "kept" })
    }

    /// Reports of the flood by `count` outlets, each with a toll (most given alike by others, one by no other, one
    /// of police officers alone), as files of `folder`.
    private static func outletReports(_ count: Int, in folder: TemporaryFolder) -> [SourceText] {
        let story = FloodReports.files[0].text.split(separator: "\n\n")[1]
        return (0..<count).map { index in
            let toll = index == 4 ? "3 police officers were killed in Merin"
                : "\(index == 7 ? 9 : 10 + index % 4) people were killed in Merin"
            let text = "Kalva flood in Merin\n\n\(story)\n\nOfficials said on Tuesday that \(toll).\n"
            return SourceText(name: folder.path + "/" + String(format: "r%02d.txt", index), text: text)
        }
    }

    /// Each figure (by its file and place) with its comparison and its counterparts (the same way), in order.
    private static func comparisons(_ library: Library) throws -> [String: String] {
        try library.pool.read { db in
            let key = "f.source || ':' || f.line || ':' || f.\"column\""
            var found: [String: String] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT id, \(key) AS key, comparison FROM figures f") {
                let others = try String.fetchAll(db, sql: """
                    SELECT \(key) FROM figure_counterparts c JOIN figures f ON f.id = c.counterpart_id
                    WHERE c.figure_id = ? ORDER BY c.rowid
                    """, arguments: [row["id"] as Int64])
                found[row["key"]] = "\(row["comparison"] as String? ?? "-") \(others.joined(separator: " "))"
            }
            return found
        }
    }

    @Test func figuresAreComparedAlikeFileByFileInEitherOrderAndAtOnce() throws {
        for reversed in [false, true] {
            let folder = try TemporaryFolder()
            // More outlets than a figure lists counterparts, so that a new one may take the place of another.
            let reports = FigureRowsTests.outletReports(FigureComparison.counterpartLimit + 8, in: folder)
            let sources = reversed ? reports.reversed() : reports
            let atOnce = try Library(path: folder.path + "/at-once.sqlite")
            try atOnce.ingest(sources)
            let byFile = try Library(path: folder.path + "/by-file.sqlite")
            for source in sources { try byFile.ingest([source]) }
            let expected = try FigureRowsTests.comparisons(atOnce)
            #expect(expected.values.contains { $0.hasPrefix("agree ") } && expected.values.contains { $0.hasPrefix("subset ") }
                    && expected.values.contains { $0.hasPrefix("differ ") })
            #expect(expected.values.contains { $0.split(separator: " ").count == FigureComparison.counterpartLimit + 1 },
                    "a figure lists as many counterparts as it may")
            #expect(try FigureRowsTests.comparisons(byFile) == expected)
        }
    }

    @Test func aFigureJoiningAStoryLeavesTheCounterpartRowsItDoesNotChange() throws {
        let folder = try TemporaryFolder()
        let reports = FigureRowsTests.outletReports(3, in: folder)
        let library = try Library(path: folder.path + "/library.sqlite")
        try library.ingest(Array(reports.prefix(2)))
        let rows = "SELECT c.rowid, c.figure_id, c.counterpart_id FROM figure_counterparts c ORDER BY c.rowid"
        let before = try library.pool.read { db in try Row.fetchAll(db, sql: rows) }
        #expect(before.count == 2, "the two outlets' tolls, each the other's counterpart")
        try library.ingest([reports[2]])
        let after = try library.pool.read { db in try Row.fetchAll(db, sql: rows) }
        #expect(after.count == 6)
        #expect(Array(after.prefix(2)) == before, "the third outlet's toll comes after the others in their lists")
    }

    @Test func aLibraryFromBeforeTheFigureColumnsIsReadAsItIs() throws {
        let folder = try TemporaryFolder()
        let path = folder.path + "/library.sqlite"
        do {
            let library = try Library(path: path)
            try library.ingest(floodReports(in: folder))
            // As an older Sitrep left it: the figures table of the first version, no counterparts.
            try library.write { db in
                try db.execute(sql: "DROP TABLE figure_counterparts")
                for column in ["said_by", "date", "place", "vague", "upper_value", "counted_group"] {
                    try db.execute(sql: "ALTER TABLE figures DROP COLUMN \(column)")
                }
            }
        }
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let reader = try Library(path: path, create: false, readOnly: true)
        let figures = try reader.figures(ofSegment: 1)
        #expect(figures.contains { $0.number == "12" && $0.comparison == "differ" && $0.saidBy == nil && $0.counterpartCount == 0 })
        #expect(try reader.storyFigures(ofSegment: 1, limit: 100).count >= figures.count)
        #expect(try reader.figureWithCounterparts(figures[0].id).map(\.id) == [figures[0].id])
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }
}
