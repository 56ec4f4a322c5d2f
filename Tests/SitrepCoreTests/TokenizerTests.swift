import Testing
@testable import SitrepCore

@Suite struct TokenizerTests {
    func words(_ text: String) -> [String] {
        let paragraph = Paragraph(text: text, pieces: [.init(offset: 0, line: 1, column: 1)])
        return Tokenizer.tokens(paragraph.bytes).map { paragraph.text(of: $0) }
    }

    @Test func keepsApostrophesHyphensInitialsAndNumbersInsideTokens() {
        #expect(words("It’s J.D. Vance's 23,000-strong U.S. force, 3.5 km.") ==
                ["It’s", "J.D.", "Vance's", "23,000-strong", "U.S.", "force", ",", "3.5", "km", "."])
    }

    @Test func separatesQuotationMarksFromWords() {
        #expect(words("“Go,” he said. ‘Now’") == ["“", "Go", ",", "”", "he", "said", ".", "‘", "Now", "’"])
    }

    @Test func possessivePluralApostropheIsItsOwnToken() {
        #expect(words("the Workers’ Party") == ["the", "Workers", "’", "Party"])
    }

    @Test func readsCyrillicAndHangulAsWords() {
        #expect(words("Харків 서울 ok") == ["Харків", "서울", "ok"])
    }
}
