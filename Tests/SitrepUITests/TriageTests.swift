import Testing
@testable import SitrepUI

/// Read and flagged marks, next unread, sort, limit, the `:` command line and the effects handed to the loop.
@Suite struct TriageTests {
    /// Types text into the prompt the state has open, then Enter.
    func type(_ text: String, into state: inout AppState, _ reducer: Reducer) {
        for character in text { reducer.handle(&state, key: .character(character)) }
        reducer.handle(&state, key: .enter)
    }

    /// A `:` command, as typed.
    func command(_ text: String, _ state: inout AppState, _ reducer: Reducer) {
        reducer.handle(&state, key: .character(":"))
        #expect(state.prompt?.kind == .command)
        type(text, into: &state, reducer)
    }

    func screen(_ state: AppState, _ source: any ReaderSource) -> [String] {
        Renderer(source: source, theme: Theme(color: false)).render(state).text.split(separator: "\n", omittingEmptySubsequences: false)
            .map(String.init)
    }

    @Test func openingASegmentMarksItsArticleReadAndMTogglesIt() throws {
        let source = try corpusSource()
        let reducer = Reducer(source: source)
        var state = AppState(width: 160, height: 45)
        let total = source.articleCount
        #expect(source.unreadCount() == total)
        #expect(screen(state, source)[0].hasSuffix("\u{00B7} \(total) unread"))
        #expect(screen(state, source)[2].hasPrefix("\u{2502} N "))
        reducer.handle(&state, key: .enter)
        #expect(source.articles(0..<1)[0].read)
        #expect(source.unreadCount() == total - 1)
        reducer.handle(&state, key: .character("q"))
        #expect(screen(state, source)[0].hasSuffix("\u{00B7} \(total - 1) unread"))
        #expect(screen(state, source)[2].hasPrefix("\u{2502}   "))
        reducer.handle(&state, key: .character("m"))
        #expect(!source.articles(0..<1)[0].read)
        #expect(state.message?.hasPrefix("Marked unread: ") == true)
        reducer.handle(&state, key: .character("m"))
        #expect(source.articles(0..<1)[0].read)
        #expect(state.message?.hasPrefix("Marked read: ") == true)
    }

    @Test func capitalFFlagsTheCurrentArticleAndTheListShowsIt() throws {
        let source = try corpusSource()
        let reducer = Reducer(source: source)
        var state = AppState(width: 160, height: 45)
        reducer.handle(&state, key: .character("j"))
        reducer.handle(&state, key: .character("F"))
        #expect(source.articles(0..<3).map(\.flagged) == [false, true, false])
        #expect(screen(state, source)[3].hasPrefix("\u{2502}!N "))
        // In the reading view, the flag is the article being read.
        reducer.handle(&state, key: .enter)
        reducer.handle(&state, key: .character("F"))
        #expect(source.articles(0..<3).map(\.flagged) == [false, false, false])
        #expect(state.message?.hasPrefix("Unflagged: ") == true)
    }

    @Test func uReadsTheNextUnreadArticleAndWraps() throws {
        let source = try corpusSource()
        let reducer = Reducer(source: source)
        var state = AppState(width: 160, height: 45)
        // Articles 0 and 2 read.
        reducer.handle(&state, key: .enter)
        reducer.handle(&state, key: .character("q"))
        try source.setMarks(read: true, flagged: false, ofArticle: 2)
        reducer.handle(&state, key: .character("u"))
        #expect(state.reading?.segment == SegmentKey(article: 1, segment: 0))
        #expect(state.message?.hasPrefix("\(source.articleCount - 3) unread articles left") == true)
        reducer.handle(&state, key: .character("u"))
        #expect(state.reading?.segment == SegmentKey(article: 3, segment: 0))
        for key in 4..<source.articleCount { try source.setMarks(read: true, flagged: false, ofArticle: key) }
        try source.setMarks(read: false, flagged: false, ofArticle: 0)
        reducer.handle(&state, key: .character("u"))
        #expect(state.reading?.segment == SegmentKey(article: 0, segment: 0))
        reducer.handle(&state, key: .character("u"))
        #expect(state.message == "No unread article")
    }

    @Test func capitalSCyclesTheOrdersAndKeepsTheSelectedArticle() throws {
        let source = try corpusSource()
        let reducer = Reducer(source: source)
        var state = AppState(width: 160, height: 45)
        reducer.handle(&state, key: .character("j"))
        reducer.handle(&state, key: .character("j"))
        let selected = try #require(reducer.selectedArticle(state))
        var orders: [ArticleView.Order] = []
        for _ in ArticleView.Order.allCases {
            reducer.handle(&state, key: .character("S"))
            orders.append(state.view.order)
            #expect(reducer.selectedArticle(state)?.key == selected.key)
            #expect(state.message == "Sorted by \(state.view.order.label)")
        }
        #expect(orders == [.date, .outlet, .title, .quotes, .ingest])
        command("sort title", &state, reducer)
        let titles = source.articles(in: state.view, 0..<100).map { $0.title.lowercased() }
        #expect(titles == titles.sorted())
        #expect(titles.count == source.articleCount)
        #expect(screen(state, source).last?.hasPrefix(" Sorted by title") == true)
        // Once the message is gone, the position says the order.
        reducer.handle(&state, key: .character("j"))
        #expect(screen(state, source).last?.contains("\u{00B7} by title") == true)
        command("sort bogus", &state, reducer)
        #expect(state.message == "sort: ingest, date, outlet, title, quotes")
    }

    @Test func limitCommandsCutTheListAndTheTitleBarSaysSo() throws {
        let source = try corpusSource()
        let reducer = Reducer(source: source)
        var state = AppState(width: 160, height: 45)
        command("limit words kherson", &state, reducer)
        #expect(state.view.limit == .words("kherson"))
        let kherson = reducer.articleCount(state)
        #expect(kherson > 0 && kherson < source.articleCount)
        #expect(state.message == "Limited to words kherson: \(kherson) article\(kherson == 1 ? "" : "s")")
        #expect(screen(state, source)[0].hasSuffix("\u{00B7} limit: words kherson (\(kherson))"))
        #expect(source.articles(in: state.view, 0..<100).allSatisfy { row in
            ((try? source.search("kherson", limit: 500)) ?? []).contains { $0.segment.article == row.key }
        })
        command("limit flagged", &state, reducer)
        #expect(reducer.articleCount(state) == 0)
        command("limit", &state, reducer)
        #expect(state.view.limit == nil)
        #expect(state.message == "Limit cleared: \(source.articleCount) articles")
        command("limit story x", &state, reducer)
        #expect(state.message == "story ID: a number, as sitrep stories lists")
        command("limit colour", &state, reducer)
        #expect(state.message?.hasPrefix("limit: outlet NAME") == true)
    }

    @Test func underTheUnreadLimitAReadArticleLeavesTheListAndReadingGoesOn() throws {
        let source = try corpusSource()
        let reducer = Reducer(source: source)
        var state = AppState(width: 160, height: 45)
        command("limit unread", &state, reducer)
        let first = try #require(reducer.selectedArticle(state))
        reducer.handle(&state, key: .enter)
        #expect(reducer.articleCount(state) == source.articleCount - 1)
        reducer.handle(&state, key: .character("J"))
        #expect(state.reading?.segment == SegmentKey(article: first.key + 1, segment: 0))
    }

    @Test func everyActionNameIsACommandAndAnUnknownOneSaysSo() throws {
        let source = try corpusSource()
        let reducer = Reducer(source: source)
        var state = AppState(width: 160, height: 45)
        command("next-article", &state, reducer)
        #expect(state.articles.selected == 1)
        command("frobnicate", &state, reducer)
        #expect(state.message == "Unknown command: frobnicate (? lists the keys and commands)")
        command("down 3", &state, reducer)
        #expect(state.message == "down takes no argument")
        command("search kherson", &state, reducer)
        #expect(state.results?.kind == .search(query: "kherson"))
        command("speaker zelensky", &state, reducer)
        if case let .speaker(_, name)? = state.results?.kind { #expect(name.contains("Zelensky")) }
        else { Issue.record("no speaker list: \(String(describing: state.results))") }
        command("speaker nobody-such", &state, reducer)
        #expect(state.message == "No speaker matches nobody-such")
        command("quit", &state, reducer)
        #expect(state.quit)
        // Every bindable action runs by its name (the help names them).
        for entry in Action.bindable {
            var fresh = AppState(width: 160, height: 45)
            command(entry.name, &fresh, reducer)
            #expect(fresh.message?.hasPrefix("Unknown command") != true, "\(entry.name)")
        }
    }

    @Test func oneHitIsOneHit() throws {
        let source = mixedScriptSource()
        let reducer = Reducer(source: source)
        var state = AppState(width: 160, height: 45)
        command("search restoring", &state, reducer)
        #expect(state.message == "1 hit for restoring")
        #expect(screen(state, source)[0].contains("1 article \u{00B7}"))
    }

    @Test func saveAndPipeAskForTheirTargetAndHandTheArticleToTheLoop() throws {
        let source = try corpusSource()
        let reducer = Reducer(source: source)
        var state = AppState(width: 160, height: 45)
        let stored = try #require(source.stored(ofArticle: 0))
        #expect(stored.text.hasPrefix(source.articles(0..<1)[0].title))
        reducer.handle(&state, key: .character("w"))
        #expect(state.prompt?.kind == .save)
        #expect(screen(state, source).last?.hasPrefix("Save to: ") == true)
        type("~/kherson.txt", into: &state, reducer)
        #expect(state.effect == .save(text: stored.text, path: "~/kherson.txt"))
        state.effect = nil
        reducer.handle(&state, key: .character("|"))
        #expect(screen(state, source).last?.hasPrefix("Pipe to: ") == true)
        type("wc -w", into: &state, reducer)
        #expect(state.effect == .pipe(text: stored.text, command: "wc -w"))
        state.effect = nil
        command("save /tmp/a.txt", &state, reducer)
        #expect(state.effect == .save(text: stored.text, path: "/tmp/a.txt"))
    }

    @Test func pOpensTheSourceAtTheArticleOrAtTheSegmentBeingRead() throws {
        let source = try corpusSource()
        let reducer = Reducer(source: source)
        var state = AppState(width: 160, height: 45)
        let stored = try #require(source.stored(ofArticle: 0))
        reducer.handle(&state, key: .character("p"))
        #expect(state.effect == .pager(path: stored.path, line: stored.line, text: stored.file))
        state.effect = nil
        reducer.handle(&state, key: .tab)
        reducer.handle(&state, key: .character("j"))
        reducer.handle(&state, key: .enter)
        reducer.handle(&state, key: .character("p"))
        let segment = try #require(source.reading(SegmentKey(article: 0, segment: 1)))
        #expect(segment.lines.lowerBound > stored.line)
        #expect(state.effect == .pager(path: stored.path, line: segment.lines.lowerBound, text: stored.file))
    }

    @Test func belowTheWidthOfAllHintsTheStatusLineStillShowsTheHelpKey() throws {
        let source = try corpusSource()
        for width in [60, 100, 149] {
            let state = AppState(width: width, height: 30)
            let status = try #require(screen(state, source).last)
            #expect(status.hasSuffix("? help"), "\(width)")
            #expect(status.hasPrefix(" article 1/"), "\(width)")
        }
    }

    @Test func theHelpListsTheNewKeysAndTheCommands() throws {
        let help = HelpView(state: AppState(width: 160, height: 45), keymap: .standard)
        for (keys, text) in [("m", "(:toggle-read)"), ("F", "(:toggle-flag)"), ("u", "(:next-unread)"), ("S", "(:sort)"),
                             (":", "(:command)"), ("w", "(:save)"), ("|", "(:pipe)"), ("p", "(:pager)")] {
            #expect(help.entries.contains { $0.keys == keys && $0.help.hasSuffix(text) }, "\(keys)")
        }
        for usage in [":limit unread", ":limit words QUERY", ":sort ORDER", ":save PATH", ":pipe COMMAND", ":search QUERY"] {
            #expect(help.entries.contains { $0.keys == usage }, "\(usage)")
        }
        // G and g go to the end and the start of a help taller than the screen.
        let source = try corpusSource()
        var state = run([.toggleHelp, .bottom], on: AppState(width: 100, height: 20), source: source)
        #expect(screen(state, source).contains { $0.contains(":pipe COMMAND") })
        state = run([.top], on: state, source: source)
        #expect(screen(state, source).contains { $0.contains("next item / scroll down (:down)") })
        #expect(!screen(state, source).contains { $0.contains(":pipe COMMAND") })
    }
}
