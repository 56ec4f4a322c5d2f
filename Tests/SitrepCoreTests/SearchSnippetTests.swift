import Testing
@testable import SitrepCore

@Suite struct SearchSnippetTests {
    let marks = ("[", "]")

    @Test func theWindowIsCentredOnTheFirstMatchAndCutWithEllipses() {
        let text = "Ukraine-Russia war latest: Zelensky offers Kim Jong Un prisoner swap for soldiers captured from Kursk"
        let snippet = SearchSnippet.snippet(of: text, words: SearchSnippet.words(of: "prisoner"), marks: marks)
        #expect(snippet == "\u{2026}Zelensky offers Kim Jong Un [prisoner] swap for soldiers captured from Kursk")
        let early = SearchSnippet.snippet(of: text, words: SearchSnippet.words(of: "war"), marks: marks, length: 5)
        #expect(early == "Ukraine-Russia [war] latest: Zelensky\u{2026}")
    }

    @Test func foldingPrefixesAndOperators() {
        let words = SearchSnippet.words(of: "kharkiv* AND NOT cafe OR text:Харкову")
        #expect(words.map(\.folded) == ["kharkiv", "cafe", "харкову"])
        #expect(words.map(\.prefix) == [true, false, false])
        let snippet = SearchSnippet.snippet(of: "A Café in Kharkivska street; strikes on Харкову.", words: words, marks: marks)
        #expect(snippet == "A [Café] in [Kharkivska] street; strikes on [Харкову].")
    }

    @Test func aPassageWithoutTheWordIsShownFromItsStart() {
        let snippet = SearchSnippet.snippet(of: "One two three", words: SearchSnippet.words(of: "four"), marks: marks, length: 2)
        #expect(snippet == "One two\u{2026}")
    }
}
