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

    @Test func aTokenIsSmallAndKeepsItsOffsets() {
        // Paragraphs keep their tokens for every pass: 24 bytes a token, not 40.
        #expect(MemoryLayout<Token>.stride == 24)
        let text = String(repeating: "word ", count: 20_000) + "Ruiz “said”."
        let tokens = Tokenizer.tokens(Array(text.utf8))
        let last = tokens[tokens.count - 5]
        #expect(last.start == 100_000 && last.end == 100_004 && last.kind == .word && last.isCapitalized && last.spaceBefore)
        #expect(tokens[tokens.count - 4].first == "\u{201C}" && tokens[tokens.count - 4].start == 100_005)
        var moved = last
        moved.end = 3_000_000_000
        #expect(moved.end == 3_000_000_000 && moved.start == 100_000)
    }

    @Test func separatesQuotationMarksFromWords() {
        #expect(words("“Go,” he said. ‘Now’") == ["“", "Go", ",", "”", "he", "said", ".", "‘", "Now", "’"])
    }

    @Test func possessivePluralApostropheIsItsOwnToken() {
        #expect(words("the Workers’ Party") == ["the", "Workers", "’", "Party"])
    }

    @Test func anArabicParticleBeforeACapitalCountsAsACapitalisedNamePart() {
        let paragraph = Paragraph(text: "Firas al-Bitar met el-Sisi, not al-qaeda or also-rans.", pieces: [.init(offset: 0, line: 1, column: 1)])
        let capitalised = Tokenizer.tokens(paragraph.bytes).filter(\.isCapitalized).map { paragraph.text(of: $0) }
        #expect(capitalised == ["Firas", "al-Bitar", "el-Sisi"])
    }

    @Test func aParticleHasTwoOrThreeLettersBeforeItsHyphen() {
        let text = "ash-Sharaa bin-Salman ibn-Saud ud-Din abcd-Efg a-Bc al-b as-is xyz-Abc al-"
        let paragraph = Paragraph(text: text, pieces: [.init(offset: 0, line: 1, column: 1)])
        let capitalised = Tokenizer.tokens(paragraph.bytes).filter(\.isCapitalized).map { paragraph.text(of: $0) }
        #expect(capitalised == ["ash-Sharaa", "bin-Salman", "ibn-Saud", "ud-Din"])
    }

    @Test func readsCyrillicAndHangulAsWords() {
        #expect(words("Харків 서울 ok") == ["Харків", "서울", "ok"])
    }

    @Test func termKeyFromTheTokenizersHashEqualsTheKeyOfTheBytes() {
        let text = "The Generals' troops, Russia's gas and Kyiv’s grid: CEASEFIRE talks in Zaporizhzhia-region, Škoda bus."
        let bytes = Array(text.utf8)
        let tokens = Tokenizer.tokens(bytes)
        var keyed = 0
        bytes.withUnsafeBufferPointer { buffer in
            for token in tokens where token.kind == .word {
                let fromBytes = TermKey.key(bytes, token.start, token.end, lexicon: .standard)
                #expect(TermKey.key(of: token, buffer, lexicon: .standard) == fromBytes, "\(String(decoding: bytes[token.start..<token.end], as: UTF8.self))")
                if fromBytes != nil { keyed += 1 }
            }
        }
        #expect(keyed >= 10)
        // Possessive and plural come off: "troops" is "troop", "Russia's" is "russia".
        #expect(TermKey.key(Array("troops".utf8), 0, 6, lexicon: .standard) == TermKey.key(Array("troop".utf8), lexicon: nil))
        #expect(TermKey.key(Array("Russia's".utf8), 0, 8, lexicon: .standard) == TermKey.key(Array("russia".utf8), lexicon: nil))
    }

    @Test func phrasesAreFoundFromTheirFirstWholeWordOrMark() {
        let phrases = BytePatterns(["sign up for", "(ap photo", "©", "subscribe"], foldingCase: true)
        func found(_ text: String) -> Bool {
            let bytes = Array(text.utf8)
            return phrases.occurs(in: bytes, at: Tokenizer.tokens(bytes))
        }
        #expect(found("Please SIGN UP FOR our briefing."))
        #expect(found("A convoy near the border. (AP Photo/Jane Roe)"))
        #expect(found("Text and pictures © 2024"))
        #expect(found("Subscribe now."))
        #expect(!found("The subscriber count fell."))
        #expect(!found("A convoy near the border (AFP)."))
    }
}
