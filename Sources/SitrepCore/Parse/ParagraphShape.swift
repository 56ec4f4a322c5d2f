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
    /// The last visible character, before closing quotes and brackets, is a question mark.
    let endsWithQuestion: Bool
    /// Every word of ``titleCaseLetters`` letters or more is capitalised, and there are at least two such words
    /// ("Can the Harbour Be Saved?").
    let isTitleCase: Bool

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
        endsSentence = final.map { $0.kind == .punctuation && ParagraphShape.isTerminator($0.first) } ?? false
            || final.map { $0.kind == .word && paragraph.bytes[$0.end - 1] == 0x2E } ?? false
            || final.map(ParagraphShape.isInterruption) ?? false
        endsWithComma = final?.first == ","
        endsWithColon = final?.first == ":"
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

    /// One short question and nothing after it: "Can the harbour be saved?".
    var isShortQuestion: Bool { endsWithQuestion && startsCapitalized && sentenceCount == 1 && wordCount <= ParagraphShape.headingWords }

    /// Ends without closing its sentence and is too long or too many sentences for a heading: cut off.
    var isCutOff: Bool {
        !endsSentence && (wordCount > ParagraphShape.headingWords || sentenceCount >= 2)
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
        return lexicon.abbreviations.contains(paragraph.text(of: word).lowercased())
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
