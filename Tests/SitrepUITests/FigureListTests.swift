import Testing
@testable import SitrepUI

/// `f` sets a story's figures side by side with their sources; `c` goes from a figure to its counterparts in other
/// sources, and Backspace comes back.
@Suite struct FigureListTests {
    let source = floodSource()

    /// The figures a result list shows.
    func figures(_ state: AppState) -> [FigureRow] {
        guard let results = state.results else { return [] }
        return Reducer(source: source).rows(results, 0..<100).figures
    }

    @Test func aStorysFiguresAreListedSideBySideWithTheirSources() {
        let state = run([.figures], on: AppState(width: 80, height: 24), source: source)
        let rows = figures(state)
        #expect(rows.map(\.label) == ["40\u{2013}60 homes", "dozens of families", "200 residents", "at least 12 people", "15 people"])
        #expect(rows.map(\.category) == ["destroyed", "evacuated", "evacuated", "killed", "killed"])
        let killed = rows.filter { $0.category == "killed" }
        #expect(killed.map(\.source) == ["a-wire.txt", "b-daily.txt"])
        #expect(killed.map(\.comparison) == ["differ", "differ"])
        #expect(killed[0].saidBy == "Ivo Horvat" && killed[1].saidBy == "Police")
        #expect(state.message == "5 figures \u{00B7} c counterparts")
    }

    @Test func aFigureLeadsToItsCounterpartsAndBack() {
        var state = run([.figures], on: AppState(width: 80, height: 24), source: source)
        let reducer = Reducer(source: source)
        let killed = figures(state).firstIndex { $0.category == "killed" }!
        reducer.reduce(&state, .top)
        for _ in 0..<killed { reducer.reduce(&state, .down) }
        reducer.reduce(&state, .counterparts)
        #expect(figures(state).map(\.label) == ["at least 12 people", "15 people"])
        #expect(state.message == "at least 12 people: differ \u{00B7} 1 counterpart")
        // From the counterpart, its own counterparts: the first source's figure.
        reducer.reduce(&state, .down)
        reducer.reduce(&state, .counterparts)
        #expect(figures(state).map(\.label) == ["15 people", "at least 12 people"])
        // Enter reads the counterpart's segment in the other source.
        reducer.reduce(&state, .down)
        reducer.reduce(&state, .open)
        #expect(state.reading?.segment.article == figures(run([.figures], on: AppState(width: 80, height: 24), source: source))[killed].segment.article)
        reducer.reduce(&state, .back)
        reducer.reduce(&state, .back)
        reducer.reduce(&state, .back)
        #expect(figures(state).count == 5 && state.results?.cursor.selected == killed, "back in the story's list, on the figure left")
        reducer.reduce(&state, .forward)
        #expect(figures(state).map(\.label) == ["at least 12 people", "15 people"])
    }

    @Test func aFigureWithNoCounterpartSaysSo() {
        var state = run([.figures], on: AppState(width: 80, height: 24), source: source)
        Reducer(source: source).reduce(&state, .counterparts)
        #expect(state.message == "No other source gives this figure")
        #expect(figures(state).count == 5)
    }

    @Test func counterpartsNeedAFigureList() {
        let state = run([.counterparts], on: AppState(width: 80, height: 24), source: source)
        #expect(state.results == nil)
        #expect(state.message == "No figure selected: f lists the story's figures")
    }

    @Test func theFigureListAt80x24() {
        Golden.expect(Renderer(source: source, theme: Theme(color: true)).render(run([.figures], on: AppState(width: 80, height: 24), source: source)),
                      "figures-80x24")
    }

    @Test func theCounterpartsAt80x24() {
        var state = run([.figures, .bottom], on: AppState(width: 80, height: 24), source: source)
        Reducer(source: source).reduce(&state, .counterparts)
        Golden.expect(Renderer(source: source, theme: Theme(color: true)).render(state), "counterparts-80x24")
    }
}
