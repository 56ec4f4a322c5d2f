import Testing
@testable import SitrepCore

/// The token words (issue 26): each token lower-cased once, and word lists probed by word key, answer what
/// lower-casing the token's text and looking it up in a set of strings answers.
@Suite struct TokenWordsTests {
    private func words(_ text: String) -> (tokens: [Token], words: TokenWords, texts: [String]) {
        let bytes = Array(text.utf8)
        let tokens = Tokenizer.tokens(bytes)
        let texts = tokens.map { String(decoding: bytes[$0.start..<$0.end], as: UTF8.self) }
        return (tokens, TokenWords(bytes, tokens: tokens), texts)
    }

    @Test func eachTokenIsItsTextLowerCasedWithTheKeyOfThatText() {
        let text = "“We WON’T stay,” U.S. Secretary O'Brien told Зеленський and Émile in Kyiv, 23,000 — ÉTÉ... İstanbul"
        let (tokens, words, texts) = words(text)
        #expect(words.lowered.count == tokens.count)
        #expect(words.lowered == texts.map { $0.lowercased() })
        #expect(words.keys == words.lowered.map { WordKey.of($0) })
        #expect(words.lowered.contains("o'brien"))
        #expect(words.lowered.contains("зеленський"))
        #expect(words.lowered.contains("u.s."))
    }

    @Test func aWordSetHoldsExactlyItsWordsWhetherProbedByKeyOrByString() {
        let set = WordSet(["said", "told", "according", "зеленський", "o’brien"])
        let (_, words, _) = words("Officials SAID Told Зеленський O’Brien accordingly sai")
        let held = words.lowered.indices.filter { set.contains(words.lowered[$0], key: words.keys[$0]) }
            .map { words.lowered[$0] }
        #expect(held == ["said", "told", "зеленський", "o’brien"])
        #expect(set.contains("according"))
        #expect(!set.contains("accord"))
        #expect(!set.contains(""))
        #expect(!WordSet([String]()).contains("said"))
    }

    @Test func aWordTableGivesTheFirstValueOfAWordGivenTwice() {
        let table = WordTable([("said", "say"), ("told", "tell"), ("said", "other")])
        #expect(table["said"] == "say")
        #expect(table["told"] == "tell")
        #expect(table["says"] == nil)
        #expect(table.value("told", key: WordKey.of("told")) == "tell")
    }

    @Test func wordsWithAccentsMatchInEitherCanonicalSpelling() {
        let set = WordSet(["caf\u{E9}", "\u{439}\u{43E}\u{433}\u{43E}", "said"])
        #expect(set.contains("cafe\u{301}"))
        #expect(set.contains("caf\u{E9}"))
        #expect(set.contains("\u{438}\u{306}\u{43E}\u{433}\u{43E}"))
        #expect(!set.contains("cafe"))
        #expect(WordSet(["cafe\u{301}"]).contains("caf\u{E9}"))
    }

    @Test func aPhraseTableKnowsTheFirstAndLastWordsOfItsPhrases() {
        let table = PhraseTable(["tens of thousands": 10_000.0, "dozens": 24.0, "a dozen": 12.0])
        #expect(["tens", "dozens", "a"].allSatisfy { table.openers.contains($0) })
        #expect(["thousands", "dozens", "dozen"].allSatisfy { table.closers.contains($0) })
        #expect(!table.openers.contains("of") && !table.closers.contains("of") && !table.openers.contains("thousands"))
    }

    @Test func figurePhrasesAreReadWholeFromTheirFirstWord() {
        let paragraph = Paragraph(text: "Tens of thousands fled, and at least 12 died.", pieces: [.init(offset: 0, line: 1, column: 1)])
        let words = FigureWords(paragraph: paragraph, lexicon: .standard)
        #expect(words.phrase(Lexicon.standard.figurePhrases.numerals, at: 0)?.end == 3)
        #expect(words.phrase(Lexicon.standard.figurePhrases.numerals, at: 1) == nil)
        let twelve = words.lower.firstIndex(of: "12")!
        #expect(words.phrase(Lexicon.standard.figurePhrases.hedges, endingBefore: twelve)?.start == twelve - 2)
    }

    @Test func periodsAreTrimmedFromTheEndsAsFoundationTrimsThem() {
        #expect("gov.".trimmingPeriods() == "gov")
        #expect("..u.s..".trimmingPeriods() == "u.s")
        #expect("...".trimmingPeriods() == "")
        #expect("".trimmingPeriods() == "")
        #expect("mr".trimmingPeriods() == "mr")
        #expect("проф.".trimmingPeriods() == "проф")
        #expect("é.".trimmingPeriods() == "é")
    }

    @Test func descriptionsReduceTheSameFromBytesAsFromCharacters() {
        #expect(NameKey.description("the Senior Officials") == "senior official")
        #expect(NameKey.description("An  analyst") == "analyst")
        #expect(NameKey.description("THE") == "")
        #expect(NameKey.description("bus") == "bus")
        #expect(NameKey.description("a spokesman for the ministry’s") == "spokesman for the ministry'")
        #expect(NameKey.description("a spokesman for the ministry's") == "spokesman for the ministry'")
    }

    @Test func aWordListAskedAboutATokenAnswersAsItsTextAsks() {
        let text = "Gov. GOV gov U.S. u.s Jr. of Of OF de De van Émile é Зеленський 23,000 — “X” do-it al-Bitar"
        let paragraph = Paragraph(text: text, pieces: [.init(offset: 0, line: 1, column: 1)])
        let tokens = Tokenizer.tokens(paragraph.bytes)
        // As written, with one word given in two cases (its key is the other's: looked up as a string).
        let written = WordSet(["of", "de", "De", "van", "é", "Émile", "23,000", "al-Bitar", "U.S."])
        // Lower-cased, as the lexicon keeps abbreviations.
        let lowered = WordSet(["gov", "u.s.", "jr", "of", "é", "émile", "зеленський", "do-it", "—"])
        for token in tokens {
            let word = paragraph.text(of: token)
            #expect(written.contains(token, of: paragraph, lowered: false) == written.contains(word), "\(word)")
            #expect(lowered.contains(token, of: paragraph, lowered: true) == lowered.contains(word.lowercased()), "\(word)")
        }
        let heldAsWritten = tokens.filter { written.contains($0, of: paragraph, lowered: false) }.map { paragraph.text(of: $0) }
        #expect(heldAsWritten == ["U.S.", "of", "de", "De", "van", "Émile", "é", "23,000", "al-Bitar"])
        let heldLowered = tokens.filter { lowered.contains($0, of: paragraph, lowered: true) }.map { paragraph.text(of: $0) }
        #expect(heldLowered == ["Gov", "GOV", "gov", "U.S.", "Jr", "of", "Of", "OF", "Émile", "é", "Зеленський", "—", "do-it"])
    }

    @Test func aCopiedWordTableAnswersAsTheTableItWasCopiedFrom() {
        let table = WordTable([("said", 1), ("Said", 2), ("émile", 3)])
        let copy = table
        for word in ["said", "Said", "SAID", "émile", "Émile", "e\u{301}mile", "told"] {
            #expect(copy[word] == table[word])
        }
        #expect(copy["said"] == 1 && copy["Said"] == 2 && copy["e\u{301}mile"] == 3 && copy["told"] == nil)
    }
}
