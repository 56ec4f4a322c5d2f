/// Splits a paragraph's tokens into sentences without breaking inside quotations.
enum Sentences {
    /// Token ranges of the sentences of a paragraph.
    static func split(_ tokens: [Token], regions: [QuoteRegion], paragraph: Paragraph, lexicon: Lexicon) -> [Range<Int>] {
        let count = tokens.count
        guard count > 0 else { return [] }
        var inside = [Bool](repeating: false, count: count)
        // Whether each token closes a quotation (an array, not a set of indices hashed at every token).
        var closes = [Bool](repeating: false, count: count)
        for region in regions {
            for index in region.tokens { inside[index] = true }
            if let close = region.close, closes.indices.contains(close) { closes[close] = true }
        }
        func opensSentence(_ index: Int) -> Bool {
            guard index < count else { return true }
            let token = tokens[index]
            guard token.spaceBefore else { return false }
            // ("81-year-old Ana Ruiz said": a word may open with a digit.)
            return token.isCapitalized || token.kind == .number || ("0"..."9").contains(token.first) || token.isQuoteMark
                || token.first == "("
        }
        // "… at 7 p.m. He says", "in the U.S. The": a pronoun or "The" after an abbreviation opens a sentence.
        func opensAfterAbbreviation(_ index: Int) -> Bool {
            index < count && tokens[index].isCapitalized && tokens[index].spaceBefore
                && ["he", "she", "they", "we", "it", "the", "i"].contains(paragraph.text(of: tokens[index]).lowercased())
        }
        var ranges: [Range<Int>] = []
        var start = 0
        for index in 0..<count {
            let token = tokens[index]
            // ("p.m." and "U.S." keep their last period inside the word.)
            if token.kind == .word, !inside[index], paragraph.bytes[token.end - 1] == UInt8(ascii: "."),
               opensAfterAbbreviation(index + 1) {
                ranges.append(start..<(index + 1))
                start = index + 1
                continue
            }
            var boundary = false
            if token.kind == .punctuation, !inside[index],
               token.first == "." || token.first == "?" || token.first == "!" || token.first == "\u{2026}" {
                if index > 0, tokens[index - 1].kind == .word, token.first == "." {
                    let word = paragraph.text(of: tokens[index - 1]).lowercased()
                    let isInitial = tokens[index - 1].end - tokens[index - 1].start == 1 && tokens[index - 1].isCapitalized
                    if (lexicon.abbreviations.contains(word) || isInitial) && !opensAfterAbbreviation(index + 1) {
                        continue
                    }
                }
                var next = index + 1
                while next < count, tokens[next].kind == .punctuation, !tokens[next].spaceBefore,
                      !tokens[next].isQuoteMark || closes[next] {
                    next += 1
                }
                boundary = opensSentence(next)
                if boundary { ranges.append(start..<next); start = next; continue }
            } else if closes[index], index > 0 {
                let last = tokens[index - 1]
                if last.kind == .punctuation, last.first == "." || last.first == "?" || last.first == "!" {
                    var next = index + 1
                    while next < count, tokens[next].kind == .punctuation, !tokens[next].spaceBefore { next += 1 }
                    if next < count, tokens[next].spaceBefore, tokens[next].isQuoteMark
                        // (After “….” only a bare attribution goes on: “….” Ruiz said. / “….” Adding, “…”.)
                        || tokens[next].isCapitalized
                            && !isAttributionStart(tokens, next, paragraph, lexicon, bare: last.first == ".") {
                        ranges.append(start..<next)
                        start = next
                    }
                }
            }
        }
        if start < count { ranges.append(start..<count) }
        return ranges.flatMap { bounded($0, tokens: tokens, inside: inside) }
    }

    /// The most tokens attribution reads as one sentence. A longer run without a sentence end (a list, a transcript
    /// without stops, an enormous line) is cut into pieces, at a comma or semicolon outside quotation marks where there
    /// is one, so that the work per speech verb stays bounded and extraction stays linear in the text.
    static let longest = 300

    private static func bounded(_ range: Range<Int>, tokens: [Token], inside: [Bool]) -> [Range<Int>] {
        guard range.count > longest else { return [range] }
        var pieces: [Range<Int>] = []
        var start = range.lowerBound
        while range.upperBound - start > longest {
            let limit = start + longest
            let cut = (start + longest / 2..<limit).last { index in
                !inside[index] && tokens[index].kind == .punctuation && (tokens[index].first == "," || tokens[index].first == ";")
            }.map { $0 + 1 } ?? limit
            pieces.append(start..<cut)
            start = cut
        }
        pieces.append(start..<range.upperBound)
        return pieces
    }

    /// After “…!” or “…?” a capitalised name may still be the attribution ("“Go!” Mr Lee shouted."); a verb five
    /// or six words on only after a name and title in capitals ("“Go!” US Senator Jeff Sessions said").
    /// With `bare`, only a verb that opens the sentence or closes its clause ("Ruiz said.", "Adding, “…”").
    private static func isAttributionStart(_ tokens: [Token], _ index: Int, _ paragraph: Paragraph, _ lexicon: Lexicon,
                                           bare: Bool) -> Bool {
        if !bare, isApposedAttribution(tokens, index, paragraph, lexicon) { return true }
        var capitalised = true
        for offset in 0..<6 where index + offset < tokens.count {
            let token = tokens[index + offset]
            // ("“Go!” Rep. Mara Vale said": the period of an abbreviated title belongs to the name.)
            if token.first == ".", offset > 0, !token.spaceBefore, tokens[index + offset - 1].isCapitalized { continue }
            if token.kind == .punctuation { return false }
            let lower = paragraph.text(of: token).lowercased()
            // ("“…?” Ruiz went on, …": going on is speaking on.)
            let goesOn = Attributor.goForms.contains(lower) && index + offset + 2 < tokens.count
                && paragraph.text(of: tokens[index + offset + 1]).lowercased() == "on"
                && tokens[index + offset + 2].kind == .punctuation
            if lexicon.speechVerbForms[lower] != nil || goesOn {
                guard bare else { return offset < 4 || capitalised }
                let after = index + offset + (goesOn ? 2 : 1)
                return offset == 0 || capitalised && offset < 4 && after < tokens.count && tokens[after].kind == .punctuation
                    && [".", ",", ";"].contains(tokens[after].first)
            }
            capitalised = capitalised && token.isCapitalized
        }
        return false
    }

    /// "“Go!” Mara Vale, the head of the party, said": a name in capitals, an appositive of up to twelve words set
    /// off by commas, and a speech verb.
    private static func isApposedAttribution(_ tokens: [Token], _ index: Int, _ paragraph: Paragraph,
                                             _ lexicon: Lexicon) -> Bool {
        var comma = index
        // ("Rep. Will Hurd, Texas Republican, said": the period of an abbreviated title belongs to the name.)
        while comma < tokens.count, comma - index < 5,
              tokens[comma].isCapitalized && tokens[comma].kind == .word || tokens[comma].first == "." && comma > index {
            comma += 1
        }
        guard comma > index, comma < tokens.count, tokens[comma].first == "," else { return false }
        var next = comma + 1
        while next < tokens.count, next - comma <= 13 {
            let token = tokens[next]
            // ("Glenn Thompson, R-Pa., said": the period of an abbreviation inside the appositive goes on.)
            let abbreviation = token.first == "." && !token.spaceBefore && next > comma + 1
                && next + 1 < tokens.count && tokens[next + 1].first == ","
            if token.isQuoteMark || token.kind == .punctuation && [".", "!", "?", ";", ":"].contains(token.first) && !abbreviation {
                return false
            }
            if token.first == ",", next + 1 < tokens.count {
                return lexicon.speechVerbForms[paragraph.text(of: tokens[next + 1]).lowercased()] != nil
            }
            next += 1
        }
        return false
    }
}
