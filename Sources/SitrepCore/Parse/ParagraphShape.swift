/// The layout features of a paragraph that the parser decides by: how it ends, how long it is, how it starts.
struct ParagraphShape {
    let wordCount: Int
    let sentenceCount: Int
    /// The last visible character closes a sentence (. ? ! … : or one of those before a closing quote or bracket).
    let endsSentence: Bool
    let startsCapitalized: Bool
    let endsWithComma: Bool
    /// The last visible character is a colon: the paragraph introduces what follows ("Consider these headlines:").
    let endsWithColon: Bool
    /// The last visible character is a semicolon: an item of a list that goes on in the next paragraph ("... turmoil
    /// in markets;").
    let endsWithSemicolon: Bool
    /// The last visible character, before closing quotes and brackets, is a question mark.
    let endsWithQuestion: Bool
    /// Every word of ``titleCaseLetters`` letters or more is capitalised, and there are at least two such words
    /// ("Can the Harbour Be Saved?").
    let isTitleCase: Bool

    /// A quotation closed by a sentence's end and credited after its closing mark to a name and where it was written
    /// ("... the walls will hold.” — Jane Roe, The Harbour Times"): the credit closes the paragraph as a sentence end
    /// does, and the paragraph is a passage quoted from elsewhere, not a lead of its own.
    let endsWithCredit: Bool

    /// Most words of the credit after a quoted passage.
    static let creditWords = 10

    /// The paragraph ends with a credit after a closing quotation mark: at most ``creditWords`` capitalised words (or
    /// name particles), with a comma between the name and the outlet or place, after an optional dash; the quotation
    /// closes a sentence (. ? ! … or ,) before its mark.
    static func endsWithCredit(_ paragraph: Paragraph, tokens: [Token], lexicon: Lexicon) -> Bool {
        var index = tokens.count - 1
        var words = 0, capitals = 0
        var comma = false
        while index >= 0 {
            let token = tokens[index]
            if token.isQuoteMark { break }
            switch token.kind {
            case .word:
                words += 1
                if token.isCapitalized || token.isAllCaps { capitals += 1 }
                else if !lexicon.nameJoiners.contains(token, of: paragraph, lowered: false) { return false }
            case .number:
                return false
            case .punctuation:
                if token.first == "," { comma = true }
                else if !(token.first == "." || token.first == "(" || token.first == ")" || token.first == "-"
                          || token.first == "\u{2013}" || token.first == "\u{2014}") { return false }
            }
            guard words <= creditWords else { return false }
            index -= 1
        }
        guard index > 0, comma, capitals >= 2, tokens[index].kind == .punctuation else { return false }
        let before = tokens[index - 1]
        return before.kind == .punctuation && (isSentenceEnd(before.first) || before.first == ",")
    }

    /// Words between the two numbers of a gallery's counter after a page label ("Hide Caption 12 of 12").
    static let counterJoiners = WordSet(Lexicon.list("counter-joiners"))

    /// The paragraph closes its last sentence and then carries a page label run onto it ("... the walls will hold.
    /// Ad Policy", "... (March 22) AP", "... Hide Caption 12 of 12"; the labels are in `glued-labels`): the label is
    /// no words of the text, so the paragraph ends as its sentence does. A counter ("12 of 12") after the label is
    /// part of it, and a label so counted needs no sentence end before it.
    static func endsWithGluedLabel(_ paragraph: Paragraph, tokens: [Token], lexicon: Lexicon) -> Bool {
        var last = tokens.count
        // A gallery's counter ("12 of 12") marks the label before it as the page's own, whatever precedes it.
        let counted = last >= 4 && tokens[last - 1].kind == .number && tokens[last - 3].kind == .number
            && ParagraphShape.counterJoiners.contains(paragraph.text(of: tokens[last - 2]).lowercased())
        if counted { last -= 3 }
        let bytes = paragraph.bytes
        let end = tokens[last - 1].end
        for label in lexicon.gluedLabels where end >= label.count {
            let start = end - label.count
            guard bytes[start..<end].elementsEqual(label) else { continue }
            // The label stands as whole words after a closed sentence: a space, then . ? ! or a closing bracket or
            // quotation mark before it.
            guard let before = tokens[..<last].lastIndex(where: { $0.end <= start }), tokens[before].end < start,
                  before + 1 < last, tokens[before + 1].start == start else { continue }
            if counted { return true }
            let mark = tokens[before]
            return mark.kind == .punctuation && (isSentenceEnd(mark.first) || isCloser(mark.first) || mark.isQuoteMark)
                && (before == 0 || !isAbbreviationPeriod(before, paragraph: paragraph, tokens: tokens, lexicon: lexicon))
        }
        return false
    }

    /// Fewest bytes of a word that title case capitalises (shorter ones, "the", "of", "and", may stay lower-case).
    static let titleCaseLetters = 4

    /// `lexicon` gives the abbreviations whose period ends no sentence ("Gov. Cuomo", "Martin Luther King Jr. Day").
    init(_ paragraph: Paragraph, tokens: [Token], lexicon: Lexicon) {
        var words = 0
        var sentences = 0
        var longWords = 0, capitalisedLongWords = 0
        for (index, token) in tokens.enumerated() {
            if token.kind != .punctuation {
                words += 1
                if token.kind == .word, token.end - token.start >= ParagraphShape.titleCaseLetters {
                    longWords += 1
                    if token.isCapitalized { capitalisedLongWords += 1 }
                }
                continue
            }
            if ParagraphShape.isSentenceEnd(token.first) {
                let next = index + 1 < tokens.count ? tokens[index + 1] : nil
                // (The abbreviation, a lexicon lookup, is looked at only where a sentence would end.)
                if next == nil || next!.spaceBefore && (next!.isCapitalized || next!.isQuoteMark),
                   !ParagraphShape.isAbbreviationPeriod(index, paragraph: paragraph, tokens: tokens, lexicon: lexicon) {
                    sentences += 1
                }
            }
        }
        wordCount = words
        isTitleCase = longWords >= 2 && capitalisedLongWords == longWords
        var last = tokens.count - 1
        while last >= 0, tokens[last].kind == .punctuation,
              tokens[last].isQuoteMark || ParagraphShape.isCloser(tokens[last].first) {
            last -= 1
        }
        let final = last >= 0 ? tokens[last] : nil
        endsWithCredit = ParagraphShape.endsWithCredit(paragraph, tokens: tokens, lexicon: lexicon)
        endsSentence = final.map { $0.kind == .punctuation && ParagraphShape.isTerminator($0.first) } ?? false
            || final.map { $0.kind == .word && paragraph.bytes[$0.end - 1] == 0x2E } ?? false
            || final.map(ParagraphShape.isInterruption) ?? false
            || endsWithCredit
            || ParagraphShape.endsWithRemarkAfterSentence(tokens)
            || final.map { $0.kind != .punctuation && ParagraphShape.endsWithGluedLabel(paragraph, tokens: tokens, lexicon: lexicon) } ?? false
        endsWithComma = final?.first == ","
        endsWithColon = final?.first == ":"
        endsWithSemicolon = final?.first == ";"
        endsWithQuestion = final?.first == "?"
        startsCapitalized = tokens.first { $0.kind != .punctuation }?.isCapitalized ?? false
            || tokens.first?.kind == .number
        sentenceCount = max(sentences, endsSentence ? 1 : 0) + (endsSentence ? 0 : 1)
    }

    /// Looks like a headline or sub-headline: short, capitalised, and not closed like a sentence.
    var isHeadingLike: Bool {
        !endsSentence && !endsWithComma && startsCapitalized && wordCount >= 2 && wordCount <= ParagraphShape.headingWords
            && sentenceCount <= 1
    }

    /// Most words of a headline.
    static let headingWords = 25

    /// Most sentences of a headline at the top of a source.
    static let titleSentences = 2

    /// Reads as a source's title on its first line: short and capitalised like a heading, but it may hold up to
    /// ``titleSentences`` sentences, as headlines do ("Impeach Trump? Lessons from 1998", "The vote is in. Now
    /// what"), the last not closed by a full stop (a question mark may close it).
    var isTitleLike: Bool {
        startsCapitalized && !endsWithComma && wordCount >= 2 && wordCount <= ParagraphShape.headingWords
            && sentenceCount <= ParagraphShape.titleSentences && (!endsSentence || endsWithQuestion)
    }

    /// One short question and nothing after it: "Can the harbour be saved?".
    var isShortQuestion: Bool { endsWithQuestion && startsCapitalized && sentenceCount == 1 && wordCount <= ParagraphShape.headingWords }

    /// Ends without closing its sentence and is too long or too many sentences for a heading: cut off. An item of a
    /// list closed by a semicolon is not cut off: the list goes on.
    var isCutOff: Bool {
        !endsSentence && !endsWithSemicolon && (wordCount > ParagraphShape.headingWords || sentenceCount >= 2)
    }

    /// A dash joined to the last word ("Let me—"): speech broken off by another speaker, as transcripts print it,
    /// which closes the paragraph as a sentence end does (a line cut off by a page stops at a space, not a dash).
    @inline(__always)
    static func isInterruption(_ token: Token) -> Bool {
        token.kind == .punctuation && !token.spaceBefore && (token.first == "\u{2014}" || token.first == "\u{2013}")
    }

    /// The period at `index` closes an abbreviation ("Gov.", "Jr.", "Dept.") or an initial ("John F. Kennedy") written
    /// without a space before it, so it ends no sentence.
    static func isAbbreviationPeriod(_ index: Int, paragraph: Paragraph, tokens: [Token], lexicon: Lexicon) -> Bool {
        guard index > 0, tokens[index].first == ".", !tokens[index].spaceBefore else { return false }
        let word = tokens[index - 1]
        guard word.kind == .word else { return false }
        if word.end - word.start == 1 { return word.isCapitalized }
        return lexicon.abbreviations.contains(word, of: paragraph, lowered: true)
    }

    /// Closes a sentence or a paragraph's last clause: . ? ! … and :.
    @inline(__always)
    static func isTerminator(_ mark: Unicode.Scalar) -> Bool { mark == ":" || isSentenceEnd(mark) }

    /// Closes a sentence: . ? ! and ….
    @inline(__always)
    static func isSentenceEnd(_ mark: Unicode.Scalar) -> Bool {
        switch mark {
        case ".", "?", "!", "\u{2026}": return true
        default: return false
        }
    }

    /// Closes a quotation or a bracket after a sentence's end.
    @inline(__always)
    static func isCloser(_ mark: Unicode.Scalar) -> Bool {
        switch mark {
        case ")", "]", "\u{201D}", "\u{2019}", "\"", "'", "\u{00BB}": return true
        default: return false
        }
    }
}
