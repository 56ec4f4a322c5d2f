import Foundation
import GRDB
import GRDBSQLite
import SitrepCore
@testable import SitrepStore
import Testing

/// Adding files to a library reads only the rows it links them with: no statement the writer runs while files are
/// added goes through a whole table (an index change once made SQLite choose such a plan for a hot query, and
/// adding 100 files to a 20,000-article library took 50 s longer). Every statement is traced as an ingest into a
/// real library file runs, and SQLite's plan of each is read.
@Suite struct QueryPlanTests {
    /// The statements a connection ran, each once.
    private final class Statements: @unchecked Sendable {
        private let lock = NSLock()
        private var seen: [String] = []

        func add(_ sql: String) {
            lock.withLock { if !seen.contains(sql) { seen.append(sql) } }
        }

        var all: [String] { lock.withLock { seen } }
    }

    /// The lines of SQLite's plan of `sql` that go through a whole table or index ("SCAN quotes", "SCAN s USING
    /// COVERING INDEX ..."); a full-text index, constant rows, `meta` (a few keys) and a partial index (of the few
    /// rows its condition holds) are no such table. Parameters are bound to NULL: a plan does not depend on their
    /// values.
    private static func wholeScans(_ sql: String, _ db: Database) throws -> [String] {
        let partial = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'index' AND sql LIKE '% WHERE %'")
        return try plan(sql, db).filter { detail in
            detail.hasPrefix("SCAN ") && !detail.contains("VIRTUAL TABLE") && !detail.contains("CONSTANT ROW")
                && detail != "SCAN meta" && !partial.contains { detail.hasSuffix("INDEX " + $0) }
        }
    }

    /// The lines of SQLite's plan of `sql`, its parameters bound to NULL.
    private static func plan(_ sql: String, _ db: Database) throws -> [String] {
        let statement = try db.makeStatement(sql: "EXPLAIN QUERY PLAN " + sql)
        let parameters = Int(sqlite3_bind_parameter_count(statement.sqliteStatement))
        statement.setUncheckedArguments(StatementArguments([DatabaseValue](repeating: .null, count: parameters)))
        return try Row.fetchAll(statement).map { $0["detail"] as String }
    }

    /// Whether a traced statement is one SQLite plans (not a transaction's begin or end, a pragma or a trigger's mark).
    private static func isPlanned(_ sql: String) -> Bool {
        let verb = sql.prefix { !$0.isWhitespace }.uppercased()
        return ["SELECT", "INSERT", "UPDATE", "DELETE", "WITH", "REPLACE"].contains(verb)
    }

    /// The sample files again under other names, every number changed: their articles join the library's stories,
    /// name its speakers and carry its quotations.
    private static func arrivals(_ samples: [SourceText], in folder: TemporaryFolder) throws -> [SourceText] {
        try samples.map { source in
            let digits = Array("0123456789".utf8)
            let changed = source.bytes.map { byte in digits.firstIndex(of: byte).map { digits[($0 + 1) % 10] } ?? byte }
            return SourceText(name: folder.path + "/again-" + (source.name as NSString).lastPathComponent,
                              text: String(decoding: changed, as: UTF8.self))
        }
    }

    /// The statements (each once) the writer ran to add the arrivals to a library of the sample files.
    private static func addingArrivals(_ library: Library, in folder: TemporaryFolder) throws -> [String] {
        let samples = try sampleSources()
        try library.ingest(samples)
        let statements = Statements()
        try library.pool.writeWithoutTransaction { db in
            db.trace(options: .statement) { event in
                if case let .statement(statement) = event { statements.add(statement.sql) }
            }
        }
        try library.ingest(try QueryPlanTests.arrivals(samples, in: folder))
        try library.pool.writeWithoutTransaction { db in db.trace(options: .statement, nil) }
        return statements.all
    }

    @Test func addingFilesReadsNoWholeTable() throws {
        let folder = try TemporaryFolder()
        let library = try Library(path: folder.path + "/library.sqlite")
        let traced = try QueryPlanTests.addingArrivals(library, in: folder).filter(QueryPlanTests.isPlanned)
        // The writer's statements as linking runs them: story candidates, speakers' keys and places, copies, figures.
        #expect(traced.count > 40)
        #expect(traced.contains { $0.contains("FROM postings") })
        #expect(traced.contains { $0.contains("FROM places") })
        let scans = try library.pool.read { db in
            try traced.compactMap { sql in
                let lines = try QueryPlanTests.wholeScans(sql, db)
                return lines.isEmpty ? nil : sql + "\n    " + lines.joined(separator: "\n    ")
            }
        }
        #expect(scans.isEmpty, "statements reading a whole table:\n\(scans.joined(separator: "\n"))")
    }

    /// The speakers a description names in a story are read from the index of entities' speakers, in the order
    /// of the places' index: neither an entity's full row (a page each, over a thousand for a surname in a long
    /// story of the 200,000-article bench) nor a sort.
    @Test func aDescriptionsSpeakersInAStoryAreReadFromTheIndexOfSpeakers() throws {
        let folder = try TemporaryFolder()
        let library = try Library(path: folder.path + "/library.sqlite")
        let described = try QueryPlanTests.addingArrivals(library, in: folder).filter { $0.contains("e.named FROM places p") }
        #expect(described.count == 1)
        let plans = try library.pool.read { db in try described.flatMap { try QueryPlanTests.plan($0, db) } }
        #expect(plans.contains { $0.hasSuffix("USING COVERING INDEX entities_speaker_of (id=?)") }, "\(plans)")
        #expect(!plans.contains { $0.contains("entities") && !$0.contains("COVERING INDEX") }, "\(plans)")
        #expect(!plans.contains { $0.contains("TEMP B-TREE") }, "\(plans)")
    }

    @Test func aLibraryFromBeforeTheIndexOfEntitiesSpeakersIsGivenIt() throws {
        let folder = try TemporaryFolder()
        let path = folder.path + "/library.sqlite"
        do {
            let library = try Library(path: path)
            try library.ingest(try sampleSources())
            // As an older Sitrep left it.
            try library.undoMigration(SchemaEntitySpeakers.identifier, "DROP INDEX entities_speaker_of")
        }
        let library = try Library(path: path)
        let indexes = try library.pool.read { db in
            try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'entities'")
        }
        #expect(indexes.contains("entities_speaker_of"))
        // And it links new articles through it.
        try library.ingest([SourceText(name: folder.path + "/floods.txt", text: """
            Floods cut off villages in the north

            “We have never seen water this high,” the regional governor Anna Kowalska said. The regional governor \
            added that help was on its way.
            """)])
        #expect(try library.speakers(matching: SpeakerQuery("Kowalska")).map(\.name) == ["Anna Kowalska"])
    }

    /// A speaker that gained articles has the span of its new quotations counted from them, found by their
    /// entities, not by reading all the speaker's quotations through their index by speaker.
    @Test func aGrownSpeakersNewQuotationsAreFoundByTheirEntities() throws {
        let folder = try TemporaryFolder()
        let library = try Library(path: folder.path + "/library.sqlite")
        let traced = try QueryPlanTests.addingArrivals(library, in: folder).filter { $0.contains("+q.speaker_id") }
        #expect(!traced.isEmpty, "a speaker of the samples gains the arrivals' articles")
        let plans = try library.pool.read { db in try traced.flatMap { try QueryPlanTests.plan($0, db) } }
        let quotes = plans.filter { $0.hasPrefix("SEARCH q ") || $0.hasPrefix("SCAN q") }
        #expect(!quotes.isEmpty && quotes.allSatisfy { $0.contains("quotes_by_entity") }, "\(plans)")
    }

    @Test func theFilesLeftToAnalyseAreReadFromTheirOwnIndex() throws {
        let folder = try TemporaryFolder()
        let library = try Library(path: folder.path + "/library.sqlite")
        try library.ingest(try sampleSources())
        let scans = try library.pool.read { db in
            try QueryPlanTests.wholeScans(Library.pendingSources, db)
                + QueryPlanTests.wholeScans("SELECT EXISTS (\(Library.pendingSources))", db)
        }
        #expect(scans.isEmpty)
    }

    @Test func aLibraryFromBeforeTheIndexOfFilesLeftIsGivenIt() throws {
        let folder = try TemporaryFolder()
        let path = folder.path + "/library.sqlite"
        // Read on a connection of its own, which knows the file's indexes as they are now.
        func plan(_ path: String) throws -> [String] {
            try DatabaseQueue(path: path).read { db in try QueryPlanTests.wholeScans(Library.pendingSources, db) }
        }
        do {
            let library = try Library(path: path)
            try library.ingest(try sampleSources())
            // As an older Sitrep left it, with a file stored and not analysed yet (an interrupted ingest).
            try library.undoMigration(SchemaPendingSources.identifier, "DROP INDEX sources_pending")
            _ = try library.store(SourceText(name: folder.path + "/floods.txt", text: """
                Floods cut off villages in the north

                “We have never seen water this high,” the regional governor Anna Kowalska said.
                """), hash: "floods")
            #expect(try plan(path) == ["SCAN sources"])
        }
        let library = try Library(path: path)
        #expect(try plan(path).isEmpty)
        #expect(try library.needsRebuild)
        try library.rebuild()
        #expect(try library.needsRebuild == false)
        #expect(try library.speakers(matching: SpeakerQuery("Kowalska")).map(\.name) == ["Anna Kowalska"])
    }

    /// Listing speakers and a speaker's quotations asks of each speaker whether it is named: that is one probe of
    /// the index of named entities, never a walk through the speaker's entities (a million rows for a page of the
    /// most quoted speakers of a 200,000-article library).
    @Test func whetherASpeakerIsNamedIsOneProbeOfTheNamedEntities() throws {
        let folder = try TemporaryFolder()
        let library = try Library(path: folder.path + "/library.sqlite")
        try library.ingest(try sampleSources())
        let statements = Statements()
        // The reader's queries, run on the connection whose statements are traced.
        try library.pool.writeWithoutTransaction { db in
            db.trace(options: .statement) { event in
                if case let .statement(statement) = event { statements.add(statement.sql) }
            }
            let speakers = try Library.speakers(db, matching: nil, limit: nil)
            #expect(speakers.contains { $0.isNamed })
            let surname = try #require(speakers.first { $0.isNamed }?.name.split(separator: " ").last.map(String.init))
            let (clause, arguments) = try #require(try Library.speakerClause(db, "q.speaker_id", matching: SpeakerQuery(surname)))
            #expect(try Library.quotes(db, where: clause, arguments: arguments, limit: 20).contains { $0.speaker?.named == true })
            #expect(try Library.isNamed(db, speaker: try #require(speakers.first { $0.isNamed }?.id)))
            db.trace(options: .statement, nil)
        }
        let plans = try library.pool.read { db in
            try statements.all.filter(QueryPlanTests.isPlanned).flatMap { try QueryPlanTests.plan($0, db) }
        }
        let entities = plans.filter { $0.contains("entities") }
        #expect(entities.count >= 2)
        #expect(entities.allSatisfy { $0.hasSuffix("USING INDEX entities_named (speaker_id=?)") }, "\(entities)")
    }

    /// The reader's queries of a story's other segments read their articles' positions from the index of positions
    /// (``SchemaArticlePositions``), not from each article's row.
    @Test func theOtherSegmentsOfAStoryAreOrderedFromTheIndexOfPositions() throws {
        let folder = try TemporaryFolder()
        let library = try Library(path: folder.path + "/library.sqlite")
        try library.ingest(try sampleSources())
        let story = try #require(try library.stories(linkedOnly: true).first)
        let segment = try #require(try library.segments(ofStory: story.id).first).segment.id
        let statements = Statements()
        try library.pool.writeWithoutTransaction { db in
            db.trace(options: .statement) { event in
                if case let .statement(statement) = event { statements.add(statement.sql) }
            }
            let linked = try Library.linked(db, toSegment: segment, limit: 5)
            let adjacent = try Library.adjacentLinked(db, toSegment: segment, forward: true)
            #expect(!linked.isEmpty && adjacent != nil)
            db.trace(options: .statement, nil)
        }
        let plans = try library.pool.read { db in
            try statements.all.filter(QueryPlanTests.isPlanned).map { try QueryPlanTests.plan($0, db) }
        }
        #expect(plans.count == 2)
        for plan in plans {
            let positions = plan.filter { $0.hasPrefix("SEARCH a ") || $0.hasPrefix("SEARCH ma ") }
            #expect(positions.contains { $0.contains("COVERING INDEX \(SchemaArticlePositions.index) (id=?)") }, "\(plan)")
        }
    }
}
