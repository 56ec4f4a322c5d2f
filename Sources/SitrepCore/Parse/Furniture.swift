import Foundation

/// Recognises page furniture: bylines, datelines, update notes, photo credits, kickers and captions.
struct Furniture {
    let lexicon: Lexicon

    /// Openings of the reporting credits at the end of wire stories.
    static let credits = BytePatterns(["(Reporting by", "Reporting by", "Writing by", "Editing by", "Additional reporting by"])

    /// "By Jane Doe and John Roe", "By Jane Doe, Reuters", "Reporting by ...; Editing by ...".
    func isByline(_ paragraph: Paragraph, tokens: [Token]) -> Bool {
        guard let first = tokens.first, tokens.count >= 2, tokens.count <= 40 else { return false }
        if Furniture.credits.opens(paragraph.bytes) { return true }
        guard first.end - first.start == 2, paragraph.bytes[0] == 0x42, paragraph.bytes[1] == 0x79, tokens.count <= 24 else {
            return false
        }
        var names = 0, firstName = 0
        var inFirstName = true
        for token in tokens.dropFirst() {
            switch token.kind {
            case .word:
                let word = paragraph.text(of: token)
                if token.isCapitalized {
                    names += 1
                    if inFirstName { firstName += 1 }
                } else if !["and", "in", "of", "de", "van", "von", "al", "bin", "da", "del", "la", "le"].contains(word) {
                    return false
                } else if word == "and" {
                    inFirstName = false
                }
            case .punctuation:
                if ![",", "&", "|", "-", "\u{2013}", "\u{2014}", "/", "."].contains(token.first) { return false }
                if token.first != "." { inFirstName = false }
            case .number:
                return false
            }
        }
        return names >= 1 && firstName <= Furniture.bylineNameWords
    }

    /// Most capitalised words of the first name in a byline: a headline that opens with "By" runs longer ("By
    /// Cutting Off the Subsidies, Trump Might Help ...").
    static let bylineNameWords = 4

    /// A social-media post quoted in a web page, signed as embeds sign it: "... — Name (@handle) January 5, 2018".
    func isEmbeddedPost(_ paragraph: Paragraph, tokens: [Token]) -> Bool {
        guard tokens.count >= 8 else { return false }
        let tail = tokens.suffix(8)
        guard let open = tail.lastIndex(where: { $0.first == "(" }), open + 2 < tokens.count,
              tokens[open + 1].first == "@" else { return false }
        guard let close = tokens[open...].firstIndex(where: { $0.first == ")" }), close + 4 == tokens.count - 1 else {
            return false
        }
        let month = paragraph.text(of: tokens[close + 1]).lowercased()
        return lexicon.months.keys.contains(month) && tokens[close + 2].kind == .number
            && tokens[close + 3].first == "," && tokens[close + 4].kind == .number
    }

    /// A sign-off closing a story: a short line ending with the agencies it drew on, "jm/dm (AFP, dpa)".
    func isSignOff(_ paragraph: Paragraph, tokens: [Token]) -> Bool {
        guard tokens.count >= 3, tokens.count <= 16, tokens.last?.first == ")",
              let open = tokens.lastIndex(where: { $0.first == "(" }), open > 0 else { return false }
        var agencies = 0
        for token in tokens[(open + 1)..<(tokens.count - 1)] {
            if token.kind == .punctuation {
                guard token.first == "," else { return false }
            } else if lexicon.wireAgencies.contains(paragraph.text(of: token)) {
                agencies += 1
            } else {
                return false
            }
        }
        return agencies > 0
    }

    /// "(Updates with casualty figures)".
    func isUpdateNote(_ paragraph: Paragraph, tokens: [Token]) -> Bool {
        guard tokens.count >= 3, tokens.first?.first == "(", tokens.last?.first == ")" else { return false }
        return lexicon.updateNoteWords.contains(paragraph.text(of: tokens[1]).lowercased())
    }

    /// Lines that belong to the web page or the wire, not to an article: a lone word ("Photo"), short lines opening
    /// with a marker ("Advertisement", "Read more: ...", "Copyright 2018 ...") or ending with one ("... Read more"),
    /// and newsletter prompts or wire copyright notices of
    /// any length up to ``furnitureWords`` words ("Continue reading the main story", "may not be published,
    /// broadcast, rewritten or redistributed").
    func isPageFurniture(_ paragraph: Paragraph, tokens: [Token], shape: ParagraphShape) -> Bool {
        // A lone word that is not a sentence: "Photo", "Video", "Advertisement", "Share".
        if shape.wordCount == 1, tokens.count == 1, tokens[0].kind == .word { return true }
        if shape.wordCount <= 20, lexicon.furniturePrefixPatterns.opens(paragraph.bytes) { return true }
        if shape.wordCount <= 30, lexicon.furnitureEndingPatterns.closes(paragraph.bytes, end: paragraph.bytes.count) {
            return true
        }
        guard shape.wordCount <= Furniture.furnitureWords else { return false }
        return lexicon.furniturePhrasePatterns.occurs(in: paragraph.bytes, at: tokens)
    }

    /// A related-story teaser: a line, maybe in brackets, that opens with a teaser label and a colon and goes on
    /// after it ("SEE ALSO: ...", "( Also on POLITICO: ...)", "More:Column: ..."): it points to another story of the
    /// site, so it is neither a headline nor a sub-headline of this one. The label is at most ``kickerTokens``
    /// tokens; a label of one word is the whole label ("More:", not "More than 40 hurt: ..."), one of several words
    /// may open it ("Also on" opens "Also on POLITICO") with capitalised words that name no day or time ("Also on
    /// the Harbour Times", not "Also on Tuesday"). What follows the colon points to a headline, so it does not close
    /// a sentence with a full stop as body text does. A curly apostrophe reads as a straight one ("Don’t miss").
    /// Whether the line is a teaser or the headline of a story that follows is the caller's to decide.
    func isTeaser(_ paragraph: Paragraph, tokens: [Token]) -> Bool {
        var index = 0
        if let first = tokens.first, first.kind == .punctuation, first.first == "(" || first.first == "[" { index = 1 }
        guard index < tokens.count, tokens[index].kind == .word else { return false }
        var colon = index + 1
        while colon < tokens.count, colon <= index + Furniture.kickerTokens,
              !(tokens[colon].kind == .punctuation && tokens[colon].first == ":") {
            colon += 1
        }
        guard colon + 1 < tokens.count, colon <= index + Furniture.kickerTokens, tokens[colon].kind == .punctuation else {
            return false
        }
        var last = tokens.count - 1
        if last > colon + 1, tokens[last].kind == .punctuation, tokens[last].first == ")" || tokens[last].first == "]" {
            last -= 1
        }
        if tokens[last].kind == .punctuation, tokens[last].first == "." { return false }
        return opensWithTeaserLabel(paragraph, tokens: tokens, from: index, colon: colon)
    }

    /// A line that is only a teaser label and its colon ("READ MORE:", "Related stories:"): it heads a list of links
    /// to other stories of the site, each a headline on a line of its own, that are neither headlines nor
    /// sub-headlines of this story.
    func isLinkListLabel(_ paragraph: Paragraph, tokens: [Token]) -> Bool {
        guard tokens.count >= 2, tokens.count <= Furniture.kickerTokens + 1, tokens[0].kind == .word,
              let last = tokens.last, last.kind == .punctuation, last.first == ":" else { return false }
        return opensWithTeaserLabel(paragraph, tokens: tokens, from: 0, colon: tokens.count - 1)
    }

    /// A line that opens with a teaser label written without its colon, then a capitalised headline ("Related The
    /// census is in trouble"; the labels are in `bare-teaser-labels`): a link to another story, as
    /// ``isTeaser(_:tokens:)``.
    func isBareTeaser(_ paragraph: Paragraph, tokens: [Token]) -> Bool {
        guard tokens.count >= 3, tokens[0].kind == .word, tokens[0].isCapitalized,
              tokens[1].kind == .number || (tokens[1].kind == .word && tokens[1].isCapitalized) else { return false }
        return Furniture.bareTeaserLabels.contains(paragraph.text(of: tokens[0]).lowercased())
    }

    /// Teaser labels that sites print without a colon before the headline they point to (`bare-teaser-labels`).
    static let bareTeaserLabels = WordSet(Lexicon.list("bare-teaser-labels"))

    /// The words from `tokens[index]` to the colon at `colon` are a teaser label: the whole of a one-word label, or a
    /// label of several words that opens them, the rest capitalised and naming no day or time (see
    /// ``isTeaser(_:tokens:)``).
    private func opensWithTeaserLabel(_ paragraph: Paragraph, tokens: [Token], from index: Int, colon: Int) -> Bool {
        let bytes = paragraph.bytes
        let start = tokens[index].start, end = tokens[colon - 1].end
        return lexicon.teaserLabels.contains { label in
            guard let labelEnd = Furniture.labelEnd(label.bytes, in: bytes, from: start, to: end) else { return false }
            if labelEnd == end { return true }
            guard label.opens, bytes[labelEnd] == 0x20 else { return false }
            var capitalised = false
            for token in tokens[index..<colon] where token.start >= labelEnd && token.kind == .word {
                let word = paragraph.text(of: token).lowercased()
                if Attributor.timeWords.contains(word) || lexicon.months.keys.contains(word) { return false }
                if token.isCapitalized { capitalised = true } else if !Attributor.titleSmallWords.contains(word) { return false }
            }
            return capitalised
        }
    }

    /// Where a lower-case ASCII `label` ends when it opens `bytes[start..<end]`, compared folding A-Z and reading a
    /// curly apostrophe (U+2019) as a straight one; nil when it does not open them.
    private static func labelEnd(_ label: [UInt8], in bytes: [UInt8], from start: Int, to end: Int) -> Int? {
        var read = start
        for byte in label {
            guard read < end else { return nil }
            if byte == 0x27, read + 2 < end, bytes[read] == 0xE2, bytes[read + 1] == 0x80, bytes[read + 2] == 0x99 {
                read += 3
                continue
            }
            let found = bytes[read]
            guard (found >= 0x41 && found <= 0x5A ? found | 0x20 : found) == byte else { return nil }
            read += 1
        }
        return read
    }

    /// Paragraphs longer than this are article text even when they hold a furniture phrase.
    static let furnitureWords = 150

    /// A short line that closes a story on a news page: a contributor credit ("Contributing: Jane Doe"), a share or
    /// follow prompt ("Follow Jane on Twitter"), a reprint notice.
    func isStoryEnding(_ paragraph: Paragraph, tokens: [Token], shape: ParagraphShape) -> Bool {
        guard shape.wordCount <= Furniture.storyEndingWords else { return false }
        let bytes = paragraph.bytes
        var end = Furniture.endBeforeHandle(bytes)
        while end > 0, bytes[end - 1] == 0x2E || bytes[end - 1] == 0x20 { end -= 1 }
        return lexicon.storyEndingPrefixPatterns.opens(bytes)
            || lexicon.storyEndingSuffixPatterns.closes(bytes, end: end)
            || lexicon.storyEndingInfixPatterns.occurs(in: bytes, at: tokens)
    }

    /// Most words of a line that closes a story.
    static let storyEndingWords = 30

    /// Where a line ends before the social-media handle that closes it, and the colon or spaces before the handle:
    /// "Follow Jane Roe on Twitter: @janeroe" ends after "Twitter". The line's end when it closes otherwise.
    static func endBeforeHandle(_ bytes: [UInt8]) -> Int {
        var end = bytes.count
        while end > 0, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x2E { end -= 1 }
        var start = end
        while start > 0, bytes[start - 1] != 0x20 { start -= 1 }
        guard start < end, bytes[start] == 0x40 else { return bytes.count }
        while start > 0, bytes[start - 1] == 0x20 || bytes[start - 1] == 0x3A { start -= 1 }
        return start
    }

    /// A separator line between articles: `---`, `***`, `* * *`, `###`, `====`.
    func isSeparator(_ paragraph: Paragraph) -> Bool {
        paragraph.bytes.count >= 3 && paragraph.bytes.count <= 80 && paragraph.bytes.allSatisfy {
            $0 == 0x2D || $0 == 0x3D || $0 == 0x2A || $0 == 0x5F || $0 == 0x23 || $0 == 0x7E || $0 == 0x20
        }
    }

    /// A photo credit or caption line: "Photo: AFP / ...", "... REUTERS/Name", "(AP Photo/...)".
    func isCredit(_ paragraph: Paragraph, tokens: [Token], shape: ParagraphShape) -> Bool {
        guard shape.wordCount <= 60 else { return false }
        let bytes = paragraph.bytes
        if lexicon.creditPrefixPatterns.opens(bytes) { return shape.wordCount <= 40 }
        if lexicon.creditInfixPatterns.occurs(in: bytes, at: tokens) { return true }
        guard !shape.endsSentence else { return false }
        var end = bytes.count
        while end > 0, bytes[end - 1] == 0x2E || bytes[end - 1] == 0x29 || bytes[end - 1] == 0x20 { end -= 1 }
        return lexicon.creditSuffixPatterns.closes(bytes, end: end)
    }

    /// A picture's caption that closes with its credit in brackets, as magazines print one under a headline ("Jane
    /// Roe speaks in Riverton, May 2, 2017. (Harbour Times photo: John Doe)", "... (John Doe/Riverton Post)"): a
    /// bracket closing the line holds a word of pictures, or a slash after a person's name (``creditNameWords``), and
    /// opens with a capitalised word, so "(see photos)", "(year/year)" and "(Reuters/Ipsos)" are no credits; the line has at most
    /// ``PhotoCaption/longestCaption`` words and no quotation. (Whether it stands where a caption does, under a
    /// headline, is the caller's to decide.)
    func closesWithPictureCredit(_ paragraph: Paragraph, tokens: [Token], shape: ParagraphShape) -> Bool {
        guard shape.wordCount <= PhotoCaption.longestCaption, !PhotoCaption.quotes(tokens),
              PhotoCaption.closesWithCredit(tokens, paragraph: paragraph),
              let open = tokens.lastIndex(where: { $0.kind == .punctuation && $0.first == "(" }),
              open + 1 < tokens.count else { return false }
        let first = tokens[open + 1]
        guard first.kind == .word && (first.isCapitalized || first.isAllCaps) else { return false }
        let inside = tokens[(open + 1)...]
        if inside.contains(where: { $0.kind == .word && PhotoCaption.creditWords.contains(paragraph.text(of: $0).lowercased()) }) {
            return true
        }
        // A slash alone credits a photographer by name ("(John Doe/Riverton Post)"), not a pollster or a pair of
        // codes closing a lead ("… back the aid (Reuters/Ipsos).", "… 98 per dollar (USD/RUB).").
        guard let slash = inside.firstIndex(where: { $0.kind == .punctuation && $0.first == "/" }) else { return false }
        let name = tokens[(open + 1)..<slash]
        return name.count >= Furniture.creditNameWords && name.allSatisfy { $0.kind == .word && $0.isCapitalized && !$0.isAllCaps }
    }

    /// Fewest words of a photographer's name before the slash of a credit ("John Doe/Riverton Post").
    static let creditNameWords = 2

    /// The UTF-8 length of a dateline at the start of a paragraph ("SEOUL (Reuters) - ", "KYIV, Ukraine (AP) — ",
    /// "CAIRO/ISTANBUL, Jan 14 (Reuters) - ", "Washington (CNN) "), or nil when the paragraph does not open with one.
    func datelineLength(_ paragraph: Paragraph, tokens: [Token]) -> Int? {
        dashedDatelineLength(paragraph, tokens: tokens) ?? bracketedDatelineLength(paragraph, tokens: tokens)
    }

    /// Most words of the place before a broadcaster's bracketed name ("Nashua, New Hampshire (CNN) ...").
    static let bracketedPlaceWords = 4

    /// A dateline as broadcasters print it, with no dash: the agency's name in brackets, maybe after a capitalised
    /// place, and a sentence right after it ("(CNN) The House voted ...", "Washington (CNN) President ...",
    /// "(CNN) - As the ..."). The UTF-8 length up to the sentence; nil when the paragraph does not open so.
    private func bracketedDatelineLength(_ paragraph: Paragraph, tokens: [Token]) -> Int? {
        var index = 0, words = 0
        while index < tokens.count, tokens[index].first != "(" {
            let token = tokens[index]
            if token.kind == .word, token.isCapitalized || token.isAllCaps {
                words += 1
            } else if token.first != "," || words == 0 {
                return nil
            }
            guard words <= Furniture.bracketedPlaceWords else { return nil }
            index += 1
        }
        guard index + 3 < tokens.count, tokens[index + 2].first == ")",
              lexicon.wireAgencies.contains(paragraph.text(of: tokens[index + 1])) else { return nil }
        var next = index + 3
        if tokens[next].first == "-" || tokens[next].first == "\u{2013}" || tokens[next].first == "\u{2014}" { next += 1 }
        guard next < tokens.count, opensSentence(tokens[next...]) else { return nil }
        return tokens[next].start
    }

    /// A dateline closed by a dash ("SEOUL (Reuters) - ", "SALT LAKE CITY — ").
    private func dashedDatelineLength(_ paragraph: Paragraph, tokens: [Token]) -> Int? {
        guard let first = tokens.first, first.kind == .word, first.isAllCaps || first.isCapitalized,
              tokens.prefix(16).contains(where: { $0.first == "-" || $0.first == "\u{2013}" || $0.first == "\u{2014}" })
        else { return nil }
        // "FILE - In this photo, ..." is a caption, however long; "UPDATE - The senator ..." an update to the story.
        if lexicon.creditPrefixPatterns.opens(paragraph.bytes) { return nil }
        if lexicon.updateMarkers.contains(paragraph.text(of: first).lowercased()) { return nil }
        var sawAgency = false
        var wordsBefore = 0, capitals = 0
        for (index, token) in tokens.prefix(16).enumerated() {
            if token.kind == .punctuation {
                let mark = token.first
                if mark == "-" || mark == "\u{2013}" || mark == "\u{2014}" {
                    // A dash ends the dateline: it needs an agency in brackets or an upper-case place first.
                    guard index > 0, token.spaceBefore || mark != "-" else { return nil }
                    guard sawAgency || (first.isAllCaps && capitals <= Furniture.datelinePlaceWords) else { return nil }
                    var end = token.end
                    var next = index + 1
                    if next < tokens.count, tokens[next].first == mark { end = tokens[next].end; next += 1 }
                    guard opensSentence(tokens[next...]) else { return nil }
                    while end < paragraph.bytes.count, paragraph.bytes[end] == 0x20 { end += 1 }
                    return end < paragraph.bytes.count ? end : nil
                }
                if mark == "(" || mark == ")" || mark == "," || mark == "/" || mark == "." { continue }
                return nil
            }
            if index > 0, tokens[index - 1].first == "(", lexicon.wireAgencies.contains(paragraph.text(of: token)) {
                sawAgency = true
            }
            if token.kind == .word && !token.isCapitalized && !lexicon.months.keys.contains(paragraph.text(of: token)) {
                return nil
            }
            wordsBefore += 1
            if token.isAllCaps { capitals += 1 }
            if wordsBefore > 10 { return nil }
        }
        return nil
    }

    /// Most words in capitals of a dateline's place without an agency ("SALT LAKE CITY —"); a longer run of capitals
    /// before a dash is a newsletter's item headline ("SENATE SEEKS LIMITS ON SPYING - The director said ...").
    static let datelinePlaceWords = 3

    /// Fewest words of the sentence after a dateline: "BRAZIL NEEDS MORE FINANCING - VOLCKER" is a headline.
    static let datelineLeadWords = 6

    /// The tokens after a dateline's dash start a sentence: a capital, a number or a quotation mark first, and at
    /// least ``datelineLeadWords`` words.
    private func opensSentence(_ tokens: ArraySlice<Token>) -> Bool {
        guard let first = tokens.first, first.isCapitalized || first.kind == .number || first.isQuoteMark else { return false }
        var words = 0
        for token in tokens where token.kind != .punctuation {
            words += 1
            if words >= Furniture.datelineLeadWords { return true }
        }
        return false
    }

    /// The line opens with a kicker whose label is a section's ("OPINION: ...", "ANALYSIS/OPINION: ..."), not a
    /// speaker's name as transcripts print it ("HAYES: ...").
    func opensWithSectionLabel(_ paragraph: Paragraph, tokens: [Token]) -> Bool {
        guard let first = tokens.first, first.kind == .word, kickerEnd(paragraph, tokens: tokens) != nil else { return false }
        return lexicon.sectionLabels.contains(paragraph.text(of: first).lowercased())
    }

    /// Most tokens of a kicker's label.
    static let kickerTokens = 6

    /// The UTF-8 end of a kicker caption at the start of a paragraph: an upper-case label and a colon, then the
    /// caption up to its sentence end, or up to where it runs into the body without punctuation (a lower-case
    /// word followed by a capitalised sentence opener). Nil when the paragraph has no kicker.
    func kickerEnd(_ paragraph: Paragraph, tokens: [Token]) -> Int? {
        // The label: upper-case words, maybe joined by a slash or an ampersand ("ANALYSIS/OPINION", "Q&A").
        var index = 0, words = 0
        while index < tokens.count, index < Furniture.kickerTokens {
            let token = tokens[index]
            if token.kind == .word, token.isAllCaps {
                words += 1
            } else if words == 0 || (token.first != "/" && token.first != "&") || token.spaceBefore {
                break
            }
            index += 1
        }
        guard words >= 1, index < tokens.count, tokens[index].first == ":", tokens[index - 1].kind == .word else { return nil }
        var previousLower = false
        var position = index + 1
        while position < tokens.count {
            let token = tokens[position]
            if token.kind == .punctuation, ParagraphShape.isTerminator(token.first), token.first != ":" {
                return token.end
            }
            if token.kind == .word, previousLower, token.isCapitalized,
               lexicon.sentenceStarters.contains(paragraph.text(of: token)) {
                return tokens[position - 1].end
            }
            previousLower = token.kind == .word && !token.isCapitalized
            position += 1
        }
        return paragraph.bytes.count
    }
}
