import Testing
@testable import SitrepUI

/// `o` and `r` ask the loop to open the article's web address and to fetch the subscriptions.
@Suite struct BrowseTests {
    @Test func anArticleWithoutAWebAddressSaysSo() throws {
        let source = try corpusSource()
        let state = run([.browse], on: AppState(width: 80, height: 24), source: source)
        #expect(state.effect == nil)
        #expect(state.message == "No web address for this article")
    }

    @Test func reloadIsAnEffectForTheLoop() throws {
        let source = try corpusSource()
        let state = run([.reload], on: AppState(width: 80, height: 24), source: source)
        #expect(state.effect == .reload)
    }

    @Test func oAndRAreBound() {
        #expect(Keymap.standard.action(for: .character("o")) == .browse)
        #expect(Keymap.standard.action(for: .character("r")) == .reload)
    }
}
