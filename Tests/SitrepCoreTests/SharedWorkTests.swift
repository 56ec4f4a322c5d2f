import Foundation
import Testing
@testable import SitrepCore

/// Work of the analysis made once and shared (issue 26): one tokenization of a paragraph for every pass, the keys
/// and shapes of an article's names made once a name, and string tests answered from the bytes of ASCII text. Each
/// answers what the work it saves answers.
@Suite struct SharedWorkTests {
    let lexicon = Lexicon.standard

    private func paragraph(_ text: String) -> Paragraph {
        Paragraph(text: text, pieces: [Paragraph.Piece(offset: 0, line: 1, column: 1)])
    }

    @Test func theTokenCacheGivesEachParagraphItsOwnWords() {
        let cache = TokenCache()
        let first = paragraph("“We won’t stay,” Mayor Ana Ruiz said on Tuesday.")
        // The same length, other words: a paragraph is never taken for another.
        let second = paragraph("“Wo wan’t stey,” Mayer Ano Ruis sead an Tuesdey.")
        let copy = first
        #expect(cache.words(of: first).lowered == TokenWords(first.bytes, tokens: Tokenizer.tokens(first.bytes)).lowered)
        #expect(cache.words(of: copy).lowered.contains("ruiz"))
        #expect(cache.words(of: second).lowered.contains("ruis"))
        #expect(cache.words(of: paragraph("")).lowered.isEmpty)
    }

    @Test func eachParagraphOfAParsedSourceCarriesTheTokensOfItsText() {
        // Headlines, a kicker and a dateline cut from their lines, a caption, bylines and two articles.
        let text = "OPINION: Why the harbour walls fail\n\nBy Ana Ruiz\n\nHALIFAX, N.S. (AP) — The walls “won’t hold,” "
            + "engineer Tomas Vell said on Tuesday.\n\nAbout 1,200 workers, the U.S. firm said, were sent home.\n\n"
            + "Photo: Lena Moss / Valley Record\n\n***\n\nFerry strike ends after 3 days\n\nKYIV (Reuters) - "
            + "Ferry crews went back to work on Friday, union leader Mira Talbot said."
        let articles = ArticleParser(lexicon: lexicon).parse(SourceText(name: "a.txt", text: text))
        #expect(articles.count == 2)
        var paragraphs: [Paragraph] = []
        for article in articles {
            paragraphs += [article.titleParagraph, article.standfirstParagraph].compactMap { $0 }
            for segment in article.segments { paragraphs += [segment.headingParagraph].compactMap { $0 } + segment.paragraphs }
        }
        #expect(paragraphs.count >= 4)
        for paragraph in paragraphs + [paragraph("A line of its own."), paragraph("")] {
            #expect(paragraph.tokens == Tokenizer.tokens(paragraph.bytes))
        }
        // Equal text and pieces make equal paragraphs, as before they carried tokens.
        #expect(paragraph("Ana Ruiz said.") == paragraph("Ana Ruiz said."))
        #expect(paragraph("Ana Ruiz said.") != paragraph("Ana Ruiz says."))
    }

    @Test func anAnalysisWithSharedTokensFindsWhatEachPassFindsOnItsOwn() {
        let text = "Strike hits port\n\n“We will not move,” union leader Ana Ruiz said on Tuesday. About 300 workers joined "
            + "the strike, Ruiz said. The mayor, Doug Lind, told reporters that the blast killed 1,200 people."
        let article = ArticleParser(lexicon: lexicon, boundaries: .wholeSource).parse(SourceText(name: "a.txt", text: text))[0]
        let shared = QuoteExtractor(lexicon: lexicon).extract(article, tokens: TokenCache())
        let alone = QuoteExtractor(lexicon: lexicon).extract(article)
        #expect(shared.quotes.map(\.start) == alone.quotes.map(\.start))
        #expect(shared.quotes.map { $0.mention?.text } == alone.quotes.map { $0.mention?.text })
        #expect(shared.entities.map(\.name) == alone.entities.map(\.name))
        #expect(alone.entities.contains { $0.name == "Ana Ruiz" })
        let analyzer = Analyzer(lexicon: lexicon)
        let figures = analyzer.figures(of: article, quotes: alone, tokens: TokenCache())
        #expect(figures.map(\.value) == analyzer.figures(of: article, quotes: alone).map(\.value))
        #expect(figures.map(\.value).contains(1_200))
    }

    @Test func theNameMemoAnswersWhatTheNameFunctionsAnswer() {
        let memo = NameMemo(lexicon: lexicon)
        for name in ["Volodymyr Zelensky", "Mr. Zelenskiy", "Department of Justice", "Republicans", "However", "N.S.",
                     "Зеленський", "Émile Zola", "E\u{301}mile Zola", "no one", "Ana Ruiz"] {
            #expect(memo.parts(name) == NameKey.parts(name, lexicon: lexicon))
            #expect(memo.shape(name) == NameShape.of(name, lexicon: lexicon))
            // Asked again, the memo gives the same.
            #expect(memo.parts(name) == NameKey.parts(name, lexicon: lexicon))
            #expect(memo.shape(name) == NameShape.of(name, lexicon: lexicon))
        }
        #expect(memo.parts("Mr. Zelenskiy") == ["zelenski"])
        #expect(memo.shape("Department of Justice") == .organisation)
        #expect(memo.shape("Republicans") == .group)
    }

    @Test func nameTestsFromBytesAnswerAsTheStringTests() {
        #expect(NameShape.speaksForNobody("No one"))
        #expect(NameShape.speaksForNobody("56 per cent"))
        #expect(NameShape.speaksForNobody("Media playback is unsupported"))
        #expect(NameShape.speaksForNobody("non-media-playback"))
        #expect(!NameShape.speaksForNobody("Nobody's Fool Inc"))
        #expect(!NameShape.speaksForNobody("percentage"))
        #expect(NameShape.speaksForNobody("56 PERCENT"))
        #expect(NameBytes.speaksForNobody("Зеленський", phrases: NameShape.notSpeakerBytes) == nil)
        #expect(NameShape.hasLetter("Ruiz"))
        #expect(!NameShape.hasLetter("2018"))
        #expect(!NameShape.hasLetter("— 56 —"))
        #expect(NameShape.hasLetter("Зеленський"))
        #expect(NameBytes.hasLetter("Зеленський") == nil)
        #expect(NameShape.isInitials("N.S."))
        #expect(!NameShape.isInitials("NS"))
        #expect(!NameShape.isInitials("Ruiz"))
    }

    @Test func punctuationIsTrimmedAsFoundationTrimsIt() {
        for word in ["(president),", "“mayor”", "$5", "senator.", "...", "", "--chief--", "«premier»", "#1!", "a_b_"] {
            let substring = Substring(word)
            #expect(substring.trimmingPunctuation() == substring.trimmingCharacters(in: .punctuationCharacters))
        }
        #expect(Substring("(president),").trimmingPunctuation() == "president")
        #expect(Substring("$5+").trimmingPunctuation() == "$5+")
        #expect(Substring("“mayor”").trimmingPunctuation() == "mayor")
    }

    @Test func theArticleIsOnlyTheWordThe() {
        let bytes = Array("The THE tHe then the, thé".utf8)
        let tokens = Tokenizer.tokens(bytes)
        #expect(tokens.map { ArticleNames.isThe(bytes, $0) } == [true, true, true, false, true, false, false])
    }

    @Test func commasLeaveNumbersAsFoundationLeavesThem() {
        #expect(FigureNumber.withoutCommas("23,000") == "23000")
        #expect(FigureNumber.withoutCommas("1,200,000") == "1200000")
        #expect(FigureNumber.withoutCommas("300") == "300")
        #expect(FigureNumber.withoutCommas("٢٣,٠٠٠") == "٢٣,٠٠٠".replacingOccurrences(of: ",", with: ""))
    }

    @Test func theStrongestTermsAreTheFirstOfAllTermsSortedByStrength() {
        var generator = SystemRandomNumberGenerator()
        for size in [0, 1, 5, 40, 300] {
            // Few distinct values, so that many terms tie.
            let pairs = (0..<size).map { (UInt32($0 * 7 + 3), Double(Int.random(in: 0..<6, using: &generator))) }
            let vector = SparseTerms(pairs)
            let order = pairs.sorted { ($0.1, $1.0) > ($1.1, $0.0) }.map(\.0)
            for count in [0, 1, 3, 10, 200, 400] {
                #expect(vector.strongestTerms(count) == Array(order.prefix(count)))
                #expect(vector.kept(count).terms == order.prefix(count).sorted())
            }
        }
        let small = SparseTerms([(UInt32(9), 1.0), (UInt32(2), 3.0), (UInt32(5), 3.0), (UInt32(1), 0.5)])
        #expect(small.strongestTerms(3) == [2, 5, 9])
        #expect(small.kept(2).terms == [2, 5])
        #expect(small.kept(2).values == [3.0, 3.0])
    }

    @Test func textIsSplitFromItsBytesAsSplitSplitsIt() {
        // A combining mark after a space, or a prepended mark before it, makes one character with the space.
        let texts = ["Ana Ruiz", "  two  spaces ", "", " ", "José Martí said", "a \u{301}b c", "\u{600} x y", "Kyiv-based",
                     "Volodymyr Zelensky", "é é"]
        for text in texts {
            #expect(text.byteSplit(separator: " ") == text.split(separator: " "))
            let inner = text.dropFirst()
            #expect(inner.byteSplit(separator: " ") == inner.split(separator: " "))
        }
        for text in ["seventy-two", "-a--b-", "twenty-\u{301}one", "no hyphen"] {
            #expect(text.byteSplit(separator: "-") == text.split(separator: "-"))
        }
        #expect("Mayor  Ana Ruiz".byteSplit(separator: " ") == ["Mayor", "Ana", "Ruiz"])
    }

    @Test func eachSentenceKeepsItsOwnSubjectWhenReadOnce() {
        let text = "The mayor, Doug Lind, spoke on Tuesday. Ana Ruiz said little. Then the union walked out."
        let shared = paragraph(text)
        let tokens = Tokenizer.tokens(shared.bytes)
        let sentences = Sentences.split(tokens, regions: [], paragraph: shared, lexicon: lexicon)
        #expect(sentences.count == 3)
        let attributor = Attributor(lexicon: lexicon)
        let phrases = NounPhrases(paragraph: shared, tokens: tokens, lexicon: lexicon)
        // Asked in turn and again, each sentence gives what a fresh reading of it gives.
        for sentence in sentences + sentences.reversed() {
            let fresh = NounPhrases(paragraph: shared, tokens: tokens, lexicon: lexicon)
            #expect(attributor.sentenceSubject(sentence, phrases: phrases) == attributor.sentenceSubject(sentence, phrases: fresh))
        }
        #expect(attributor.sentenceSubject(sentences[1], phrases: phrases)?.name == "Ana Ruiz")
    }

    @Test func theTermsOfAnArticleAreTheSameFromTheSharedTokens() {
        let text = "Strike hits port\n\nUnion leader Ana Ruiz said the strike would go on. About 300 dock workers joined "
            + "the strike at the port of Halifax on Tuesday."
        let article = ArticleParser(lexicon: lexicon, boundaries: .wholeSource).parse(SourceText(name: "a.txt", text: text))[0]
        let linker = StoryLinker(lexicon: lexicon)
        let shared = linker.terms(of: article).map(\.weights)
        // What the paragraphs give when each is tokenized afresh.
        var fresh = TermBag()
        for paragraph in [article.titleParagraph, article.standfirstParagraph].compactMap({ $0 }) + article.segments[0].paragraphs {
            fresh.add(paragraph, tokens: Tokenizer.tokens(paragraph.bytes), lexicon: lexicon)
        }
        #expect(article.segments.count == 1 && article.segments[0].headingParagraph == nil)
        #expect(shared == [fresh.weights])
        #expect(shared.first?.isEmpty == false)
    }

    @Test func aWordListHoldsWhatItsSetHolds() {
        // Case kept, phrases whole, non-ASCII words by canonical equivalence, as a set of strings holds them.
        let words: Set<String> = ["mayor", "prime minister", "Mayor", "café", "e\u{301}lite"]
        let list = WordList(words)
        for word in ["mayor", "Mayor", "MAYOR", "prime minister", "prime", "café", "cafe\u{301}", "élite", "elite", "",
                     "mayors", "cafe"] {
            #expect(list.contains(word) == words.contains(word))
        }
    }

    @Test func aNameWithNoGlueIsToldFromItsBytes() {
        for name in ["Donald Trump", "Donald John TrumpGOP", "McCallum", "José Martí", "", "a", "iPhone", "Ana RUIZ"] {
            let glued = !name.utf8.allSatisfy({ $0 < 0x80 }) || zip(name.utf8, name.utf8.dropFirst()).contains { pair in
                pair.0 >= UInt8(ascii: "a") && pair.0 <= UInt8(ascii: "z") && pair.1 >= UInt8(ascii: "A") && pair.1 <= UInt8(ascii: "Z")
            }
            #expect(NameBytes.hasNoGlue(name) == !glued)
        }
        #expect(NameShape.unglued("President Trump Donald John TrumpGOP senators") == "Donald John Trump")
        #expect(NameShape.unglued("Donald Trump") == nil)
    }

    @Test func endingsAreFoundFromTheBytesAsHasSuffixFindsThem() {
        // A prepended mark before the ending joins its first character (U+0600), so that the ending is not there.
        let words = ["Ruiz’s", "mayor's", "he'll", "she’d", "’s", "s", "", "José’s", "e\u{301}’s", "\u{600}’s", "it’s\u{301}",
                     "boss", "Ruiz", "they’re"]
        for word in words {
            for ending in ["'s", "\u{2019}s", "'ll", "\u{2019}d", "\u{2019}re"] {
                #expect(word.hasSuffixBytes(ending) == word.hasSuffix(ending))
            }
        }
        #expect(NounPhrases.isPossessive("Ruiz’s") && NounPhrases.isPossessive("mayor's") && !NounPhrases.isPossessive("boss"))
        #expect(NounPhrases.uncontracted("they’re") == "they")
    }

    @Test func lexiconTablesProbedByWordKeyAnswerWhatTheDictionariesAnswer() {
        let text = "He’s sure, she'd said: THEY told Dr. Ana Ruiz, MR. King and the Prime Minister in Sept. that "
            + "Gov Tom Lind, it’s true, met him, her and “Them” on May 5. Mrs Lee? Président Élise, vice president."
        let shared = paragraph(text)
        let phrases = NounPhrases(paragraph: shared, tokens: Tokenizer.tokens(shared.bytes), lexicon: lexicon)
        for index in phrases.tokens.indices {
            let lower = phrases.lower(index), bare = lower.trimmingPeriods()
            #expect(phrases.pronounReference(index) == lexicon.pronouns[lower])
            #expect(phrases.uncontractedPronoun(index) == lexicon.pronouns[NounPhrases.uncontracted(lower)])
            #expect(phrases.lower(index, trimmed: bare, in: lexicon.honorificTable) == lexicon.honorifics[bare])
            #expect(phrases.lower(index, trimmed: bare, in: lexicon.titles) == lexicon.titles.contains(bare))
            #expect(phrases.lower(index, in: lexicon.monthTable) == lexicon.months[lower])
            #expect(phrases.lower(index, in: lexicon.speechVerbTable) == lexicon.speechVerbForms[lower])
            // A word and the next are a title only after the first word of a title.
            if index + 1 < phrases.tokens.count, lexicon.titles.contains(bare + " " + phrases.lower(index + 1)) {
                #expect(phrases.lower(index, trimmed: bare, in: lexicon.titleOpeners))
            }
        }
        #expect(phrases.uncontractedPronoun(0) == .male && phrases.pronounReference(0) == nil)
        #expect(lexicon.titleOpeners.contains("prime") && !lexicon.titleOpeners.contains("ruiz"))
        // A name's parts from its bytes drop honorifics as the parts of its text do.
        for name in ["Dr. Ana Ruiz", "MR King", "mrs. Lee Smith", "Ms Ana", "Drs Tom Lind"] {
            let fromBytes = Array(name.utf8).withUnsafeBufferPointer { NameBytes.parts($0, lexicon: lexicon) }
            let fromText = name.split(separator: " ").compactMap { word -> String? in
                let key = NameKey.key(String(word))
                return lexicon.honorifics[word.lowercased().trimmingPeriods()] == nil && !key.isEmpty ? key : nil
            }
            #expect(fromBytes == fromText)
        }
    }

    @Test func wordsAskedLowerCasedFromTheirBytesAnswerWhatTheirLowerCasedTextAnswers() {
        // ASCII words are asked from their bytes; others (an accent as one scalar or two, a dotted capital I, ß) as
        // their lower-cased text.
        let words = ["President", "PRESIDENT", "president", "prime minister", "Prime Minister", "Mr.", "MR.", "mr", "Dr",
                     "Mrs.", "Gov.", "The", "THE", "However", "Monday", "Ministry", "MINISTRY", "Like", "Unlike", "Élysée",
                     "E\u{301}lysée", "İstanbul", "STRASSE", "Straße", "", ".", "Ruiz", "Ruiz."]
        for word in words {
            let lower = word.lowercased()
            #expect(lexicon.titles.contains(lowering: word) == lexicon.titles.contains(lower))
            #expect(lexicon.organisationNouns.contains(lowering: word) == lexicon.organisationNouns.contains(lower))
            #expect(lexicon.stopwords.contains(lowering: word) == lexicon.stopwords.contains(lower))
            #expect(NameShape.notNames.contains(lowering: word) == NameShape.notNames.contains(lower))
            #expect(ArticleNames.comparisons.contains(lowering: word) == ArticleNames.comparisons.contains(lower))
            #expect(lexicon.honorificTable.value(lowering: word) == lexicon.honorificTable[lower])
            #expect(lexicon.honorificTable.value(lowering: word.dropLast()) == lexicon.honorificTable[word.dropLast().lowercased()])
            // A role is a title or an honorific (without its period); a leading word a stop word, a sentence's
            // opener as written, or a word that is no name.
            let bare = lower.hasSuffix(".") ? String(lower.dropLast()) : lower
            #expect(ArticleNames.isRole(word, lexicon: lexicon) == (lexicon.titles.contains(lower) || lexicon.honorifics[bare] != nil))
            #expect(ArticleNames.isLeading(word, lexicon: lexicon) == (lexicon.stopwords.contains(lower)
                || lexicon.sentenceStarters.contains(word) || NameShape.notNames.contains(lower)))
        }
        #expect(ArticleNames.isRole("PRESIDENT", lexicon: lexicon) && ArticleNames.isRole("Mr.", lexicon: lexicon))
        #expect(ArticleNames.isLeading("The", lexicon: lexicon) && !ArticleNames.isLeading("Ruiz", lexicon: lexicon))
    }

    @Test func aTermBagSumsTheWeightsADictionaryOfItsTermsSums() {
        let text = "Troops’ troops and TROOP moves: Ruiz’s troops met Ruiz's aides, the aides of Ana Ruiz. Café owners, "
            + "cafe OWNERS and the café’s owner."
        let shared = paragraph(text)
        let tokens = Tokenizer.tokens(shared.bytes)
        var expected: [UInt64: Double] = [:]
        TermKey.forEachTerm(shared, tokens: tokens, lexicon: lexicon) { key, weight in expected[key, default: 0] += 2 * weight }
        var bag = TermBag()
        bag.add(shared, tokens: tokens, lexicon: lexicon)
        bag.add(shared, tokens: tokens, lexicon: lexicon)
        #expect(bag.weights == expected)
        let keys = expected.keys.sorted()
        #expect(bag.counts.keys == keys)
        #expect(bag.counts.weights == keys.map { Float(expected[$0]!) })
        #expect(keys.count > 5 && expected.values.contains { $0 > 2 })
        #expect(TermBag().counts.keys.isEmpty && TermBag().weights.isEmpty)
    }

    @Test func eventDaysFromTheSharedTokensAreTheDaysOfTheLeadsText() throws {
        let text = "Port strike goes on\n\nUnion leader Ana Ruiz said Tuesday’s talks failed and the strike would go on. "
            + "About 300 workers joined it.\n\nThe port has been shut since March 3, Ruiz said."
        let article = ArticleParser(lexicon: lexicon, boundaries: .wholeSource).parse(SourceText(name: "a.txt", text: text))[0]
        let published = try #require(StoryLinker.day(of: "2024-03-07"))
        let reader = EventDay(lexicon: lexicon)
        let shared = reader.days(of: article, published: published)
        #expect(shared == article.segments.map { reader.day(lead: $0.paragraphs.map(\.text), published: published) })
        // Thursday's paper: Tuesday (with a curly possessive) is two days before.
        #expect(shared.first == published - 2)
    }

    @Test func aShortNamesFullNameIsFoundAmongTheNamesItMayOpenOrClose() {
        let text = "Harbour vote\n\nMira Talbot met Henry Talbot, Fouzia Al Hashish, Kim Jong Un and Hamish Telford on "
            + "Tuesday. Ana Ruiz, Ana Lind and Tom Ruiz Lind came later. “We will vote,” Telford said."
        let article = ArticleParser(lexicon: lexicon, boundaries: .wholeSource).parse(SourceText(name: "a.txt", text: text))[0]
        let names = ArticleNames(article, lexicon: lexicon)
        for short in ["Talbot", "Telford", "Hashish", "Al Hashish", "Kim", "Un", "Jong", "Ana", "Ruiz", "Lind", "Ruiz Lind",
                      "Mr. Telford", "Nobody", ""] {
            // Every name of the article compared, as before the names were indexed by their first and last parts.
            let key = NameKey.parts(short, lexicon: lexicon)
            var found: [String: String] = [:]
            for name in names.names {
                let parts = NameKey.parts(name, lexicon: lexicon)
                guard !key.isEmpty, parts.count > key.count,
                      parts.suffix(key.count).elementsEqual(key) || parts.prefix(key.count).elementsEqual(key) else { continue }
                if found[parts.joined(separator: " ")] == nil { found[parts.joined(separator: " ")] = name }
            }
            let full = names.fullName(of: short, lexicon: lexicon)
            if found.count <= 1 {
                #expect(full == found.values.first)
            } else {
                #expect(full == nil || found.values.contains(full!))
            }
        }
        #expect(names.fullName(of: "Telford", lexicon: lexicon) == "Hamish Telford")
        #expect(names.fullName(of: "Hashish", lexicon: lexicon) == "Fouzia Al Hashish")
        #expect(names.fullName(of: "Kim", lexicon: lexicon) == "Kim Jong Un")
        // Two names a short name opens or closes: none, unless one is written first and the other only after the last
        // bare mention; a name listed under both its parts is read once.
        #expect(names.fullName(of: "Ana", lexicon: lexicon) == nil)
        #expect(names.fullName(of: "Lind", lexicon: lexicon) == nil)
        #expect(names.fullName(of: "Ruiz", lexicon: lexicon) == "Ana Ruiz")
        #expect(names.fullName(of: "Ruiz Lind", lexicon: lexicon) == "Tom Ruiz Lind")
        let family = "Stage night\n\nJeanine Durning opened the show. On Monday, Durning said it ran late, and later "
            + "Durning left. Her father, the late Charles Durning, had starred in it."
        let tie = ArticleParser(lexicon: lexicon, boundaries: .wholeSource).parse(SourceText(name: "b.txt", text: family))[0]
        #expect(ArticleNames(tie, lexicon: lexicon).fullName(of: "Durning", lexicon: lexicon) == "Jeanine Durning")
    }

    @Test func aNamesKeyIsItsPartsAndThosePartsJoined() {
        let memo = NameMemo(lexicon: lexicon)
        for name in ["Volodymyr Zelensky", "Mr. Zelenskiy", "Kim Jong-un", "Зеленський", "E\u{301}mile Zola", "Émile Zola",
                     "Ms Ana Ruiz", "Department of Justice", "N.S.", ""] {
            let parts = NameKey.parts(name, lexicon: lexicon)
            #expect(memo.key(name).parts == parts)
            #expect(memo.key(name).whole == parts.joined())
            #expect(memo.parts(name) == parts)
        }
        // Spellings of one name share the key they are matched by.
        #expect(memo.key("Volodymyr Zelenskyy").whole == memo.key("Mr. Volodymyr Zelensky").whole)
    }

    @Test func anEntityChangedWhereItStandsLeavesCopiesTakenBeforeAsTheyWere() {
        var entities = ArticleEntities(lexicon: lexicon)
        func named(_ text: String, _ name: String) -> Mention {
            Mention(form: .name, text: text, name: name, description: nil, head: name.lowercased(), kind: .person,
                    gender: nil, definite: false, start: 0, end: text.utf8.count)
        }
        entities.notice(named("Mayor Ana Ruiz", "Ana Ruiz"), segment: 0)
        let before = entities.entities
        entities.notice(named("Ms Ruiz", "Ruiz"), segment: 2)
        let she = Mention(form: .pronoun, text: "She", name: nil, description: nil, head: "she", kind: .person,
                          gender: .female, definite: true, start: 0, end: 3)
        #expect(entities.resolve(she, segment: 3, cue: "said", sentenceText: "She said so.") == 0)
        #expect(before.count == 1 && before[0].segments == [0] && before[0].count == 0 && before[0].gender == nil)
        #expect(entities.entities.count == 1)
        #expect(entities.entities[0].segments == [0, 2, 3])
        #expect(entities.entities[0].count == 1)
        #expect(entities.entities[0].gender == .female)
        #expect(entities.entities[0].name == "Ana Ruiz")
    }

    @Test func whetherACueIsTwoWordsIsReadFromItsBytesAsFoundationReadsIt() {
        for text in ["said", "pointed out", "went on", "Pointed Out", "déclaré", "e\u{301} out", "said\u{00A0}out", "out \u{301}", " "] {
            #expect(text.containsASCII(" ") == text.contains(" "), "\(text)")
        }
    }

    @Test func twoTextsHaveTheSameBytesWhenTheirUTF8ViewsAreEqual() {
        let texts = ["", "Ruiz", "ruiz", "Ana Ruiz", "Émile Zola", "E\u{301}mile Zola", "Зеленський",
                     "A name long enough to be stored apart from the string itself", "A name long enough to be stored apart"]
        for text in texts {
            for other in texts + [String(text.reversed()), text + " "] {
                #expect(text.hasSameBytes(as: other) == text.utf8.elementsEqual(other.utf8), "\(text) | \(other)")
            }
        }
        // Canonically equivalent spellings are equal strings, not the same bytes.
        #expect("Émile" == "E\u{301}mile" && !"Émile".hasSameBytes(as: "E\u{301}mile"))
    }

    @Test func aNameJoinedByAndIsSplitAsFoundationSplitsIt() {
        let entities = ArticleEntities(lexicon: lexicon)
        #expect(entities.conjuncts(of: "Donald Trump and Paul Ryan") == ["Donald Trump", "Paul Ryan"])
        #expect(entities.conjuncts(of: "Mayor Doug McCallum and Ana Ruiz") == ["Mayor Doug McCallum", "Ana Ruiz"])
        for name in ["Ana Ruiz", "Anderson Cooper", "Rand Paul", "Sandy Andrews", "Procter and Gamble", "Ana Ruiz and",
                     "Ana Ruiz and\u{301} Bo Lind", "Donald Trump and\u{301} Paul Ryan", "Ana Ruiz And Bo Lind", "Зеленський", ""] {
            // (No part of these names is a full name of a person: Foundation's split gives one part or a part that
            // is not a person's full name.)
            #expect(entities.conjuncts(of: name) == nil, "\(name)")
        }
    }

    @Test func anEntitysNameKeyKeptByItsPlaceIsTheKeyOfItsNameAsItIsNow() {
        let memo = NameMemo(lexicon: lexicon)
        for (entity, name) in [(0, "Ana Ruiz"), (3, "Mr. Zelenskiy"), (0, "Ana Ruiz"), (0, "Alma Ruiz"), (3, "Зеленський"),
                               (1, "Émile Zola"), (1, "E\u{301}mile Zola"), (1, "Émile Zola"), (5, "")] {
            let parts = NameKey.parts(name, lexicon: lexicon)
            #expect(memo.key(name, entity: entity).parts == parts, "\(entity) \(name)")
            #expect(memo.key(name, entity: entity).whole == parts.joined())
        }
    }

    @Test func aVectorsStrongestTermsFoundBySelectionAreTheStrongestSortedByIndex() {
        // A reproducible stream of numbers.
        var state: UInt64 = 11
        func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
        for size in [1, 2, 3, 10, 64, 257] {
            // Distinct terms in order; values with many ties, which the smaller term wins.
            let terms = (0..<size).map { UInt32($0 * 3 + next(3)) }
            let values = (0..<size).map { _ in Double(next(5)) / 4 }
            let vector = SparseVector(terms: terms, values: values)
            for count in [0, 1, 2, size / 2, size - 1, size, size + 3] {
                #expect(vector.strongestIndicesInOrder(count) == vector.strongestIndices(count).sorted(), "\(size) \(count)")
            }
        }
        let vector = SparseVector(terms: [1, 2, 3, 4, 5], values: [0.5, 0.9, 0.5, 0.1, 0.9])
        #expect(vector.strongestIndicesInOrder(3) == [0, 1, 4])
        #expect(vector.kept(3).terms == [1, 2, 5])
        #expect(vector.kept(3).values == [0.5, 0.9, 0.9])
    }

    @Test func aWordsFirstCapitalIsToldFromItsBytesAsCharactersTellIt() {
        for word in ["Ruiz", "ruiz", "R", "r", "", "É", "E\u{301}mile", "e\u{301}mile", "Émile", "Зеленський", "зеленський",
                     "1990s", "'Tis", "\r\nA", "A\u{300}", "ǅemal", "ßtraße", "Ⅻ"] {
            #expect(NameBytes.opensUppercase(word) == (word.first?.isUppercase == true), "\(word)")
        }
    }

    @Test func aBodysNameIsToldAsItsFormerFormulaTellsIt() {
        // The former formula, word for word.
        func former(_ words: [String]) -> Bool {
            guard words.count >= 2, words.allSatisfy({ ["of", "the", "and", "for"].contains($0) || $0.first?.isUppercase == true })
            else { return false }
            if let of = words.firstIndex(of: "of"), of > 0, lexicon.organisationNouns.contains(words[of - 1].lowercased()) {
                return true
            }
            return lexicon.organisationNouns.contains(words[words.count - 1].lowercased())
        }
        for name in ["Department of Justice", "Justice Department", "Bank of England", "Ana Ruiz", "Ministry of the Interior",
                     "MINISTRY of Defence", "ministry of Defence", "Émile Zola", "E\u{301}cole Normale", "Міністерство оборони",
                     "Department", "Committee for Justice and Peace", "the Department of State", "Ruiz Agency"] {
            let words = name.byteSplit(separator: " ").map(String.init)
            #expect(NameShape.isBody(words, lexicon: lexicon) == former(words), "\(name)")
        }
        #expect(NameShape.isBody(["Department", "of", "Justice"], lexicon: lexicon))
        #expect(!NameShape.isBody(["Ana", "Ruiz"], lexicon: lexicon))
    }

    @Test func aLexiconLineIsTrimmedAsFoundationTrimsIt() {
        for line in ["said", "  said  ", "\tpointed out\t", "", "   ", "# note ", "déclaré ", "\u{00A0}said\u{00A0}",
                     " e\u{301} ", "said\r", "\u{2003}em space"] {
            let raw = Substring(line)
            #expect(raw.trimmingWhitespace() == raw.trimmingCharacters(in: .whitespaces), "\(line)")
        }
    }
}
