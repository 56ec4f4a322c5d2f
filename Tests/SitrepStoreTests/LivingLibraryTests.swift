import Foundation
import GRDB
import SitrepCore
@testable import SitrepStore
import Testing

/// A library updated in place: each file analysed once, its rows and ids left alone by later ingests.
@Suite struct LivingLibraryTests {
    /// Every row that identifies itself by what it is, with its id: articles by file and line, quotations by place,
    /// speakers by name, stories by their segments' places.
    private func identities(_ library: Library) throws -> [String: Int] {
        try library.pool.read { db in
            var found: [String: Int] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT id, source, first_line FROM articles") {
                found["article \(row["source"] as String):\(row["first_line"] as Int)"] = row["id"]
            }
            for row in try Row.fetchAll(db, sql: "SELECT id, source, line, \"column\" FROM quotes") {
                found["quote \(row["source"] as String):\(row["line"] as Int):\(row["column"] as Int)"] = row["id"]
            }
            for row in try Row.fetchAll(db, sql: "SELECT id, name FROM speakers") { found["speaker \(row["name"] as String)"] = row["id"] }
            for row in try Row.fetchAll(db, sql: """
                SELECT st.id, group_concat(a.source || ':' || s.first_line, ' ') AS members FROM stories st
                JOIN segments s ON s.story_id = st.id JOIN articles a ON a.id = s.article_id GROUP BY st.id
                """) {
                found["story \(row["members"] as String)"] = row["id"]
            }
            return found
        }
    }

    @Test func addingChangingAndRemovingAFileLeavesEveryOtherRowAndIdAsItWas() throws {
        let folder = try TemporaryFolder()
        let library = try Library(path: folder.path + "/library.sqlite")
        try library.ingest(try sampleSources())
        let before = try identities(library)
        // A file on another matter: everything already stored keeps its id.
        let path = folder.path + "/floods.txt"
        let floods = SourceText(name: path, text: """
            Floods cut off villages in the north

            Rivers burst their banks after three days of rain, the regional governor Anna Kowalska said.
            “We have never seen water this high,” Kowalska said.
            """)
        try library.ingest([floods])
        let added = try identities(library)
        for (identity, id) in before { #expect(added[identity] == id, "\(identity)") }
        #expect(added.keys.contains { $0.hasPrefix("quote \(path):") })
        // The file changes: only what came from it is replaced.
        let changed = SourceText(name: path, text: """
            Floods cut off villages in the north

            “The water is falling at last,” the regional governor Anna Kowalska said on Friday.
            """)
        #expect(try library.ingest([changed]) == [.replaced])
        let after = try identities(library)
        for (identity, id) in before { #expect(after[identity] == id, "\(identity)") }
        let newQuotes = after.filter { $0.key.hasPrefix("quote \(path):") }
        #expect(newQuotes.count == 1)
        #expect(newQuotes.values.allSatisfy { $0 > added.filter { $0.key.hasPrefix("quote ") }.values.max()! },
                "a new quotation never takes an old id")
        // The file goes: the library is as it was before it came.
        #expect(try library.remove(paths: [path]) == 1)
        #expect(try identities(library) == before)
        #expect(try library.search("Kowalska").isEmpty)
        #expect(try library.speakers(matching: SpeakerQuery("Kowalska")).isEmpty)
    }

    @Test func aSpeakerMergedIntoAnotherKeepsAnswersToItsOldId() throws {
        let folder = try TemporaryFolder()
        let library = try Library(path: folder.path + "/library.sqlite")
        try library.ingest([SourceText(name: folder.path + "/a.txt", text: """
            Talks on the dam stall

            “We will not sign this week,” Okafor said after the meeting in Abuja.
            """)])
        let bare = try #require(try library.speakers().first { $0.name == "Okafor" })
        try library.ingest([SourceText(name: folder.path + "/b.txt", text: """
            Dam negotiators meet again

            “We are ready to talk,” said Chinedu Okafor, the chief negotiator, in Abuja on Tuesday.
            """)])
        let speakers = try library.speakers()
        let full = try #require(speakers.first { $0.name == "Chinedu Okafor" })
        #expect(!speakers.contains { $0.id == bare.id }, "the bare surname joined the one full name that carries it")
        #expect(try library.resolve(.speaker, bare.id) == full.id)
        #expect(try library.quotes(QuoteFilter(speakerID: bare.id)).count == 2)
        #expect(full.quoteCount == 2)
    }

    @Test func aSpeakerThatGainsAnArticleIsRecordedFromItsTallyWithoutReadingItsOtherArticles() throws {
        let folder = try TemporaryFolder()
        let library = try Library(path: folder.path + "/library.sqlite")
        let many = 12
        try library.ingest((0..<many).map { index in
            SourceText(name: folder.path + "/\(index).txt", text: """
                Report \(index) on the river

                “The level is falling at gauge \(index),” the hydrologist Anna Kowalska said.
                """)
        })
        let before = try #require(try library.speakers(matching: SpeakerQuery("Kowalska")).first)
        #expect(before.quoteCount == many)
        // What the stored articles say of her can no longer be read: only her tally and the new article's evidence can
        // make her record.
        try library.write { db in try db.execute(sql: "UPDATE entities SET evidence = '{}'") }
        try library.ingest([SourceText(name: folder.path + "/new.txt", text: """
            Report on the dam

            “The dam holds,” Dr Kowalska said on Friday.
            """)])
        let after = try #require(try library.speakers(matching: SpeakerQuery("Kowalska")).first)
        #expect(after.id == before.id)
        #expect(after.name == "Anna Kowalska")
        #expect(after.quoteCount == many + 1)
        #expect(after.aliases.contains("Dr Kowalska"))
        #expect(Set(before.aliases).isSubset(of: Set(after.aliases)))
    }

    @Test func aSpeakerStoredWithoutATallyGetsOneFromAllItsArticlesWhenItGains() throws {
        let folder = try TemporaryFolder()
        let library = try Library(path: folder.path + "/library.sqlite")
        try library.ingest((0..<3).map { index in
            SourceText(name: folder.path + "/\(index).txt", text: """
                Report \(index) on the river

                “The level is falling at gauge \(index),” the hydrologist Anna Kowalska said.
                """)
        })
        // As a library made before tallies has it.
        try library.write { db in try db.execute(sql: "UPDATE speakers SET tally = NULL") }
        try library.ingest([SourceText(name: folder.path + "/new.txt", text: """
            Report on the dam

            “The dam holds,” Dr Kowalska said on Friday.
            """)])
        let after = try #require(try library.speakers(matching: SpeakerQuery("Kowalska")).first)
        #expect(after.name == "Anna Kowalska")
        #expect(after.quoteCount == 4)
        let tally = try #require(try library.read { db in
            try Data.fetchOne(db, sql: "SELECT tally FROM speakers WHERE id = ?", arguments: [after.id])
        })
        #expect(SpeakerTally(bytes: [UInt8](tally))?.articles == 4)
    }

    /// Every speaker's full record, whatever its id: name, kind, description, evidence and quotation counts, aliases
    /// in their stored order.
    func records(_ library: Library) throws -> [String] {
        try library.read { db in
            try Row.fetchAll(db, sql: """
                SELECT s.name, s.kind, s.description, s.evidence_count, s.quote_count,
                    (SELECT group_concat(alias, '|') FROM (SELECT alias FROM aliases WHERE speaker_id = s.id ORDER BY id))
                    AS aliases
                FROM speakers s
                """).map { row in
                let description = (row["description"] as String?) ?? "-"
                return "\(row["name"] as String) \(row["kind"] as String) \(description) \(row["evidence_count"] as Int) "
                    + "\(row["quote_count"] as Int) [\(row["aliases"] as String)]"
            }.sorted()
        }
    }

    /// Three reports quoting the hydrologist Anna Kowalska, then `later` ones quoting her as Dr Kowalska.
    func kowalska(_ folder: TemporaryFolder, later: Int) -> (first: [SourceText], later: [SourceText]) {
        let first = (0..<3).map { index in
            SourceText(name: folder.path + "/\(index).txt", text: """
                Report \(index) on the river

                “The level is falling at gauge \(index),” the hydrologist Anna Kowalska said.
                """)
        }
        let then = (0..<later).map { index in
            SourceText(name: folder.path + "/new\(index).txt", text: """
                Report \(index) on the dam

                “The dam \(index) holds,” Dr Kowalska said on Friday.
                """)
        }
        return (first, then)
    }

    @Test func aSpeakerWhoseStoredTallyIsNotATallyIsRecordedFromAllItsArticles() throws {
        let folder = try TemporaryFolder()
        let sources = kowalska(folder, later: 1)
        let once = try Library(path: folder.path + "/once.sqlite")
        try once.ingest(sources.first + sources.later)
        let library = try Library(path: folder.path + "/library.sqlite")
        try library.ingest(sources.first)
        // Bytes that are not a tally (a layout number, then a number that never ends).
        try library.write { db in try db.execute(sql: "UPDATE speakers SET tally = X'01FFFF'") }
        try library.ingest(sources.later)
        #expect(try records(library) == records(once))
        #expect(try records(once).contains { $0.hasPrefix("Anna Kowalska person hydrologist 4 4 [") })
        let tally = try #require(try library.read { db in
            try Data.fetchOne(db, sql: "SELECT tally FROM speakers WHERE name = 'Anna Kowalska'")
        })
        #expect(SpeakerTally(bytes: [UInt8](tally))?.articles == 4)
    }

    @Test func aSpeakerWhoseStoredTallyNoLongerCountsItsArticlesIsRecordedFromAllItsArticles() throws {
        let folder = try TemporaryFolder()
        let sources = kowalska(folder, later: 2)
        let once = try Library(path: folder.path + "/once.sqlite")
        try once.ingest(sources.first + sources.later)
        let library = try Library(path: folder.path + "/library.sqlite")
        try library.ingest(sources.first)
        let early = try #require(try library.read { db in
            try Data.fetchOne(db, sql: "SELECT tally FROM speakers WHERE name = 'Anna Kowalska'")
        })
        try library.ingest([sources.later[0]])
        // Her row changed behind the tally: it holds three articles of her four.
        try library.write { db in
            try db.execute(sql: "UPDATE speakers SET tally = ? WHERE name = 'Anna Kowalska'", arguments: [early])
        }
        try library.ingest([sources.later[1]])
        #expect(try records(library) == records(once))
        #expect(try records(once).contains { $0.hasPrefix("Anna Kowalska person hydrologist 5 5 [") })
    }

    /// A library's quotations with their speakers' names, its speakers and its stories, whatever their ids.
    func described(_ library: Library) throws -> (quotes: [String], speakers: [String], stories: [String]) {
        let quotes = try library.quotes(QuoteFilter()).map {
            "\($0.source):\($0.line):\($0.column) \($0.kind) \($0.speaker?.name ?? "-"): \($0.text)"
        }.sorted()
        let speakers = try library.speakers().map { "\($0.name) [\($0.aliases.sorted().joined(separator: "|"))] \($0.quoteCount)" }.sorted()
        // A story as its segments' places, whatever its id.
        let stories = try identities(library).keys.filter { $0.hasPrefix("story ") }.map {
            $0.split(separator: " ").dropFirst().sorted().joined(separator: " ")
        }.sorted()
        return (quotes, speakers, stories)
    }

    @Test func aLibraryBuiltFileByFileInEitherOrderHoldsWhatOneBuiltAtOnceHolds() throws {
        let sources = try sampleSources()
        let folder = try TemporaryFolder()
        let once = try Library(path: folder.path + "/once.sqlite")
        try once.ingest(sources)
        let expected = try described(once)
        for (name, order) in [("forward", sources), ("backward", sources.reversed())] {
            let library = try Library(path: folder.path + "/\(name).sqlite")
            for source in order { try library.ingest([source]) }
            let found = try described(library)
            #expect(found.quotes == expected.quotes, "\(name)")
            #expect(found.speakers == expected.speakers, "\(name)")
            #expect(try records(library) == records(once), "\(name)")
            #expect(found.stories == expected.stories, "\(name)")
        }
        #expect(expected.quotes.count > 40)
    }
}

/// A bare surname across a library: the bearer prominent in its period, found alike by one analysis of all the files
/// and by a library that gets them one at a time in either order.
@Suite struct SurnamePeriodTests {
    /// Maria Nowak speaks in January, Piotr Nowak in September, each in twelve dated files; a file of another matter
    /// quotes "Nowak" alone in each month.
    private func files(in folder: String) -> [SourceText] {
        func dated(_ name: String, _ date: String, _ text: String) -> SourceText {
            SourceText(name: folder + "/" + name, text: "---\ndate: \(date)\n---\n" + text + "\n")
        }
        var files: [SourceText] = []
        for (person, month, role) in [("Maria Nowak", "01", "hydrologist"), ("Piotr Nowak", "09", "engineer")] {
            for day in Array(1...6) + Array(21...26) {
                let date = "2024-\(month)-" + (day < 10 ? "0\(day)" : "\(day)")
                files.append(dated("\(month)-\(day).txt", date, """
                    River report for \(date)

                    “The level at the gauge changed again today,” the \(role) \(person) said.
                    """))
            }
        }
        files.append(dated("01-bare.txt", "2024-01-16", """
            Harbour fees rise

            “The port cannot carry these costs,” Nowak told the council.
            """))
        files.append(dated("09-bare.txt", "2024-09-16", """
            Ferry timetable cut

            “The ferry will sail twice a week from now on,” Nowak told the council.
            """))
        return files.sorted { $0.name < $1.name }
    }

    @Test func aBareSurnameJoinsTheBearerProminentInItsPeriodWhateverOrderTheFilesCome() throws {
        let folder = try TemporaryFolder()
        let sources = files(in: folder.path)
        let analysis = Analyzer().analyze(sources)
        let name = { (prefix: String) in
            analysis.quotes.first { $0.text.hasPrefix(prefix) }?.speaker.map { analysis.speakers[$0].name }
        }
        #expect(name("The port cannot") == "Maria Nowak")
        #expect(name("The ferry will") == "Piotr Nowak")
        let once = try Library(path: folder.path + "/once.sqlite")
        try once.ingest(sources)
        let expected = try LivingLibraryTests().described(once)
        #expect(expected.quotes.contains { $0.contains("Maria Nowak: The port cannot") })
        #expect(expected.quotes.contains { $0.contains("Piotr Nowak: The ferry will") })
        for (order, files) in [("forward", sources), ("backward", sources.reversed())] {
            let library = try Library(path: folder.path + "/\(order).sqlite")
            for file in files { try library.ingest([file]) }
            let found = try LivingLibraryTests().described(library)
            #expect(found.quotes == expected.quotes, "\(order)")
            #expect(found.speakers == expected.speakers, "\(order)")
        }
    }

    @Test func removingTheFilesOfAFullNameLetsItsBareSurnameChooseAgain() throws {
        let folder = try TemporaryFolder()
        let sources = files(in: folder.path)
        let library = try Library(path: folder.path + "/library.sqlite")
        try library.ingest(sources)
        // Maria Nowak's files go: January's "Nowak" is no longer hers.
        let maria = sources.map(\.name).filter { $0.hasPrefix(folder.path + "/01-") && !$0.hasSuffix("bare.txt") }
        #expect(try library.remove(paths: maria) == maria.count)
        let fresh = try Library(path: folder.path + "/fresh.sqlite")
        try fresh.ingest(sources.filter { !maria.contains($0.name) })
        let expected = try LivingLibraryTests().described(fresh)
        #expect(expected.quotes.contains { $0.contains("Piotr Nowak: The port cannot") })
        let found = try LivingLibraryTests().described(library)
        #expect(found.quotes == expected.quotes)
        #expect(found.speakers == expected.speakers)
    }

    /// Maria Nowak speaks in seven undated files, Piotr Nowak in two dated September files; a file of another matter
    /// quotes "Nowak" alone in September, another one undated.
    private func undatedFiles(in folder: String) -> [SourceText] {
        var files: [SourceText] = []
        for index in 1...7 {
            files.append(SourceText(name: folder + "/maria-\(index).txt", text: """
                River report number \(index)

                “The level at the gauge changed again today,” the hydrologist Maria Nowak said.

                """))
        }
        for day in [3, 4] {
            files.append(SourceText(name: folder + "/piotr-\(day).txt", text: """
                ---
                date: 2024-09-0\(day)
                ---
                Bridge works on the \(day)th

                “The new bridge will open in the spring,” the engineer Piotr Nowak said.

                """))
        }
        files.append(SourceText(name: folder + "/bare-dated.txt", text: """
            ---
            date: 2024-09-16
            ---
            Ferry timetable cut

            “The ferry will sail twice a week from now on,” Nowak told the council.

            """))
        files.append(SourceText(name: folder + "/bare-undated.txt", text: """
            Harbour fees rise

            “The port cannot carry these costs,” Nowak told the council.

            """))
        return files.sorted { $0.name < $1.name }
    }

    @Test func undatedFilesAreOfEveryPeriodWhateverOrderTheFilesCome() throws {
        let folder = try TemporaryFolder()
        let sources = undatedFiles(in: folder.path)
        let analysis = Analyzer().analyze(sources)
        let name = { (prefix: String) in
            analysis.quotes.first { $0.text.hasPrefix(prefix) }?.speaker.map { analysis.speakers[$0].name }
        }
        // Maria Nowak's undated files are of every period: she speaks 7 times in September's against Piotr Nowak's 2,
        // and as often in the undated "Nowak"'s (which is of every period).
        #expect(name("The ferry will") == "Maria Nowak")
        #expect(name("The port cannot") == "Maria Nowak")
        let once = try Library(path: folder.path + "/once.sqlite")
        try once.ingest(sources)
        let expected = try LivingLibraryTests().described(once)
        #expect(expected.quotes.contains { $0.contains("Maria Nowak: The ferry will") })
        #expect(expected.quotes.contains { $0.contains("Maria Nowak: The port cannot") })
        // Bare mentions first, then the bearers one by one (their undated group changes hands as they come), and the
        // other way round.
        let bareFirst = sources.filter { $0.name.contains("/bare-") } + sources.filter { !$0.name.contains("/bare-") }
        for (order, files) in [("forward", sources), ("backward", sources.reversed()), ("bare first", bareFirst),
                               ("bare first, backward", bareFirst.reversed())] {
            let library = try Library(path: folder.path + "/\(order).sqlite")
            for file in files { try library.ingest([file]) }
            let found = try LivingLibraryTests().described(library)
            #expect(found.quotes == expected.quotes, "\(order)")
            #expect(found.speakers == expected.speakers, "\(order)")
        }
    }

    @Test func aFullNamesPartsChooseAgainInAFixedOrder() {
        #expect(SpeakerIndex.parts(first: "maria", last: "nowak") == ["maria", "nowak"])
        #expect(SpeakerIndex.parts(first: "nowak", last: "nowak") == ["nowak"])
        #expect(SpeakerIndex.parts(first: nil, last: "nowak") == ["nowak"])
    }
}

/// The export of a library, read from its rows, against the export of one analysis of the same files.
@Suite struct LibraryExportTests {
    /// A document with every id replaced by what the record is (its file and place, or its name), each record
    /// written as sorted JSON, and lists of ids, words or records sorted: two documents of the same findings are equal
    /// whatever ids and order they came with.
    static func comparable(_ document: ExportDocument) throws -> [String] {
        var names: [String: String] = [:]
        for article in document.articles {
            names[article.id] = "A(\(article.source):\(article.lines[0]))"
            for (index, segment) in article.segments.enumerated() { names[segment.id] = "S(\(article.source):\(article.lines[0])#\(index))" }
        }
        for quote in document.quotes { names[quote.id] = "Q(\(quote.source):\(quote.line):\(quote.column))" }
        for speaker in document.speakers { names[speaker.id] = "P(\(speaker.name))" }
        for figure in document.figures { names[figure.id] = "F(\(figure.source):\(figure.line):\(figure.column))" }
        for story in document.stories { names[story.id] = "ST(" + story.segments.compactMap { names[$0] }.sorted().joined(separator: ",") + ")" }
        func serialized(_ value: Any) -> String {
            String(decoding: (try? JSONSerialization.data(withJSONObject: value, options: [.sortedKeys])) ?? Data(), as: UTF8.self)
        }
        func canonical(_ value: Any) -> Any {
            if let string = value as? String { return names[string] ?? string }
            if let list = value as? [Any] {
                let mapped = list.map(canonical)
                if mapped.allSatisfy({ $0 is String }) { return (mapped as! [String]).sorted() }
                // Records of a list (a story's links, one a segment) come in the library's order: sorted too.
                guard mapped.allSatisfy({ $0 is [String: Any] }) else { return mapped }
                return mapped.sorted { serialized($0) < serialized($1) }
            }
            if let object = value as? [String: Any] { return object.mapValues(canonical) }
            return value
        }
        let lines = try document.jsonLines().split(separator: "\n").map { line in
            let object = canonical(try JSONSerialization.jsonObject(with: Data(line.utf8)))
            return String(decoding: try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]), as: UTF8.self)
        }
        return lines.sorted()
    }

    @Test func aLibraryBuiltFileByFileExportsWhatOneAnalysisOfTheFilesExports() throws {
        let sources = try sampleSources()
        let expected = try Self.comparable(ExportDocument(Analyzer().analyze(sources)))
        let folder = try TemporaryFolder()
        for (name, order) in [("forward", sources), ("backward", sources.reversed())] {
            let library = try Library(path: folder.path + "/\(name).sqlite")
            for source in order { try library.ingest([source]) }
            let found = try Self.comparable(try library.exportDocument())
            #expect(found.count == expected.count, "\(name)")
            for record in Set(found).symmetricDifference(expected).sorted().prefix(4) {
                Issue.record("\(name): \(expected.contains(record) ? "missing" : "unexpected") \(record)")
            }
        }
    }

    @Test func theExportUsesTheLibrarysIds() throws {
        let folder = try TemporaryFolder()
        let library = try Library(path: folder.path + "/library.sqlite")
        try library.ingest(try sampleSources())
        let document = try library.exportDocument()
        let quotes = try library.quotes(QuoteFilter())
        #expect(Set(document.quotes.map(\.id)) == Set(quotes.map { "q\($0.id)" }))
        #expect(Set(document.speakers.map(\.id)) == Set(try library.speakers().map { "p\($0.id)" }))
        #expect(Set(document.stories.filter { $0.segments.count > 1 }.map(\.id))
                == Set(try library.stories(linkedOnly: true).map { "st\($0.id)" }))
    }
}
