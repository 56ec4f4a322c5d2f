import Testing
@testable import SitrepUI

/// Keys as terminals send them: a lone Esc, Alt with a key, sequences the terminal database does not know, mouse
/// reports; and which keys may quit.
@Suite struct KeyTests {
    func decode(_ text: String, ended: Bool = false) -> EscapeSequence.Reading {
        EscapeSequence.decode(Array(text.unicodeScalars), ended: ended)
    }

    @Test func aLoneEscapeWaitsForTheRestOfASequence() {
        #expect(decode("") == .more)
        #expect(decode("", ended: true) == .key(.escape))
        #expect(decode("\u{1B}") == .key(.escape))
    }

    @Test func altWithAKeyIsItsOwnKey() {
        #expect(decode("j") == .key(.alt("j")))
        #expect(decode("J") == .key(.alt("J")))
        #expect(decode("é") == .key(.alt("é")))
        #expect(decode("[") == .more)
        #expect(decode("[", ended: true) == .key(.alt("[")))
        #expect(decode("O", ended: true) == .key(.alt("O")))
    }

    @Test func unknownSequencesAndMouseReportsAreOneKeyEach() {
        #expect(decode("[2") == .more)
        #expect(decode("[200") == .more)
        #expect(decode("[200~") == .key(.unknown("Esc[200~")))
        #expect(decode("[1;5P") == .key(.unknown("Esc[1;5P")))
        #expect(decode("[<0;12;5") == .more)
        #expect(decode("[<0;12;5M") == .key(.unknown("mouse report")))
        #expect(decode("[<64;1;1m") == .key(.unknown("mouse report")))
        #expect(decode("OQ") == .key(.unknown("EscOQ")))
        #expect(decode("]0;title") == .more)
        #expect(decode("]0;title\u{7}") == .key(.unknown("Esc]0;title^G")))
        #expect(decode("]0;t\u{1B}\\") == .key(.unknown("Esc]0;tEsc\\")))
        #expect(decode("[12", ended: true) == .key(.unknown("Esc[12")), "cut short")
        #expect(decode("\u{9B}") == .key(.unknown("Esc<9B>")))
        let long = "[" + String(repeating: "1;", count: 40)
        #expect(decode(long) == .key(.unknown(EscapeSequence.describe(Array(long.unicodeScalars)))))
    }

    @Test func escapeAtTheTopDoesNotQuitButQAndCtrlCDo() throws {
        let source = try corpusSource()
        let reducer = Reducer(source: source)
        var state = AppState(width: 80, height: 24)
        reducer.handle(&state, key: .escape)
        #expect(!state.quit)
        #expect(state.message == "q quits")
        for key in [Key.character("q"), .character("Q"), .control("c")] {
            var state = AppState(width: 80, height: 24)
            reducer.handle(&state, key: key)
            #expect(state.quit, "\(key)")
        }
        state = run([.open], on: AppState(width: 80, height: 24), source: source)
        reducer.handle(&state, key: .character("Q"))
        #expect(state.quit, "Q quits from a view too")
    }

    @Test func escapeClosesViewsOneByOne() throws {
        let source = try corpusSource()
        let reducer = Reducer(source: source)
        var state = run([.search], on: AppState(width: 80, height: 24), source: source)
        for key in "kherson".map(Key.character) + [.enter, .enter] { reducer.handle(&state, key: key) }
        #expect(state.reading != nil)
        reducer.handle(&state, key: .escape)
        #expect(state.reading == nil && state.results != nil)
        reducer.handle(&state, key: .escape)
        #expect(state.results == nil)
        reducer.handle(&state, key: .escape)
        #expect(!state.quit)
    }

    @Test func altKeysAndUnknownSequencesNeverQuit() throws {
        let source = try corpusSource()
        let reducer = Reducer(source: source)
        var state = AppState(width: 80, height: 24)
        reducer.handle(&state, key: .alt("j"))
        #expect(!state.quit && state == AppState(width: 80, height: 24), "an unbound Alt key does nothing")
        reducer.handle(&state, key: .unknown("Esc[1;5P"))
        #expect(!state.quit)
        #expect(state.message == "Unknown key Esc[1;5P ignored")
        reducer.handle(&state, key: .unknown("mouse report"))
        #expect(state.message == "Mouse report ignored")
        state = run([.search], on: state, source: source)
        reducer.handle(&state, key: .alt("x"))
        #expect(state.prompt?.text == "", "Alt keys type nothing")
    }

    @Test func altKeysAreBindableAndShownInHelp() throws {
        let keymap = try Keymap.parse(config: "bind M-j next-article\nbind M-K previous-article")
        #expect(keymap.action(for: .alt("j")) == .nextArticle)
        #expect(keymap.action(for: .alt("K")) == .previousArticle)
        #expect(keymap.action(for: .alt("k")) == nil, "case is kept")
        #expect(keymap.keys(for: .nextArticle) == ["J", "M-j"])
        let source = try corpusSource()
        let state = run([.toggleHelp], on: AppState(width: 80, height: 40), source: source)
        let help = Renderer(source: source, theme: Theme(color: false), keymap: keymap).render(state).text
        #expect(help.contains("J M-j") && help.contains("next article"), "\(help)")
    }

    @Test func ctrlLAsksForARedraw() throws {
        let source = try corpusSource()
        var state = run([.open, .down], on: AppState(width: 40, height: 12), source: source)
        let before = state
        Reducer(source: source).handle(&state, key: .control("l"))
        #expect(state.redraw)
        state.redraw = false
        #expect(state == before, "nothing else changes")
    }
}
