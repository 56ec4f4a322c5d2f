/// The speaker's phrase around a speech verb: before it ("X said"), after it ("said X", "according to X"), set off
/// by appositives, relative clauses, party tags and participles.
extension Attributor {
    /// The speaker of a finite speech verb, looking left (X said) or right (said X, according to X).
    func subject(of cue: Cue, in sentence: Range<Int>, tokens: [Token], phrases: NounPhrases,
                 inside: [Bool]) -> Mention? {
        if cue.isAccording {
            let chunk = phrases.rightChunk(from: cue.token + 2, ceiling: sentence.upperBound)
            guard !chunk.isEmpty, let mention = rightMention(chunk, sentence: sentence, tokens: tokens, phrases: phrases)
            else { return nil }
            return author(of: mention, chunk: chunk, sentence: sentence, phrases: phrases) ?? mention
        }
        // A passive speaks for its agent: "Sanders was asked by host Bill Maher, “…”"; with none ("Trump was asked,
        // “…”") the speaker is not named.
        let word = phrases.lower(cue.token)
        // "Terre Haute, called the “Crossroads of America” by its citizens": a participle of labelling with its agent
        // after the label.
        if Attributor.labellingVerbs.contains(cue.base), word.hasSuffix("ed"), cue.token > sentence.lowerBound,
           !NounPhrases.passiveAuxiliaries.contains(phrases.lower(cue.token - 1)),
           cue.token + 3 < sentence.upperBound - 2,
           let close = (cue.token + 3..<min(sentence.upperBound - 2, cue.token + 14)).first(where: { tokens[$0].isQuoteMark
               && phrases.lower($0 + 1) == "by" }),
           (cue.token + 1..<close).contains(where: { tokens[$0].isQuoteMark }) {
            let chunk = phrases.rightChunk(from: close + 2, ceiling: sentence.upperBound)
            if !chunk.isEmpty, let agent = rightMention(chunk, sentence: sentence, tokens: tokens, phrases: phrases) { return agent }
        }
        if cue.token > sentence.lowerBound, NounPhrases.passiveAuxiliaries.contains(phrases.lower(cue.token - 1)),
           word.hasSuffix("ed") || lexicon.pastForms.contains(word) || ["told", "said", "asked", "written"].contains(word) {
            var by = cue.token + (cue.text.containsASCII(" ") ? 2 : 1)
            while by < sentence.upperBound, phrases.isWord(by), lexicon.adverbials.contains(phrases.lower(by)) { by += 1 }
            // ("has been called “strategic patience” by Ruiz": the label may stand before the agent.)
            if by < sentence.upperBound, NounPhrases.determiners.contains(phrases.lower(by)) || tokens[by].isQuoteMark {
                var past = by
                while past < sentence.upperBound, past - by < 12,
                      inside[past] || tokens[past].isQuoteMark || NounPhrases.determiners.contains(phrases.lower(past)) {
                    past += 1
                }
                if past < sentence.upperBound, phrases.lower(past) == "by", (by..<past).contains(where: { tokens[$0].isQuoteMark }) {
                    by = past
                }
            }
            guard by + 1 < sentence.upperBound, phrases.lower(by) == "by" else { return nil }
            let chunk = phrases.rightChunk(from: by + 1, ceiling: sentence.upperBound)
            return chunk.isEmpty ? nil : rightMention(chunk, sentence: sentence, tokens: tokens, phrases: phrases)
        }
        var left = cue.token - 1
        while left >= sentence.lowerBound, tokens[left].kind != .punctuation,
              // (A capitalised "Will" or "May" is a name; a day is capitalised anyway.)
              lexicon.adverbials.contains(phrases.lower(left))
                && (!tokens[left].isCapitalized || Attributor.timeWords.contains(phrases.lower(left)))
                // (A month only beside its day: "Jun wrote" is a name.)
                || lexicon.months[phrases.lower(left)] != nil
                    && (left + 1 < cue.token && tokens[left + 1].kind == .number
                        || left > sentence.lowerBound && tokens[left - 1].kind == .number)
                || tokens[left].kind == .number || isAdverb(left, sentence: sentence, phrases: phrases) {
            left -= 1
        }
        // "The State Department less than two weeks ago said": a span of time before the verb.
        if left > sentence.lowerBound, ["ago", "earlier", "later"].contains(phrases.lower(left)) {
            var span = left - 1
            while span > sentence.lowerBound, phrases.isWord(span),
                  ["less", "more", "than", "about", "nearly", "almost", "just", "some", "a", "few", "several"].contains(phrases.lower(span))
                    || Attributor.timeWords.contains(phrases.lower(span))
                    || ["days", "weeks", "months", "years", "hours", "minutes", "day", "hour", "minute"].contains(phrases.lower(span))
                    || lexicon.numberWords[phrases.lower(span)] != nil || tokens[span].kind == .number {
                span -= 1
            }
            if span < left - 1 { left = span }
        }
        // A bracket between the speaker and the verb: "Sen. Jane Ruiz (D-Ohio) said", "Ruiz (D-Ohio), said".
        if left - 1 > sentence.lowerBound, tokens[left].first == ",", tokens[left - 1].first == ")" { left -= 1 }
        left = Attributor.beforeBracket(endingAt: left, sentence: sentence, tokens: tokens)
        // A party tag set off by commas: "Sen. Ana Ruiz, R-Ohio, said".
        if let tag = Attributor.partyTag(endingAt: left, sentence: sentence, phrases: phrases) { left = tag - 1 }
        // "Proponents of the bill, however, say", "he, once again, pledged": a few words of adverb set off by commas.
        if left > sentence.lowerBound + 1, tokens[left].first == ",",
           let open = (max(sentence.lowerBound + 1, left - 3)..<left).last(where: { tokens[$0].first == "," }),
           open + 1 < left, (open + 1..<left).allSatisfy({ phrases.isWord($0) && !tokens[$0].isCapitalized
               && (Attributor.parentheticals.contains(phrases.lower($0)) || lexicon.adverbials.contains(phrases.lower($0))
                   || ["in", "fact", "for", "example", "instance", "of", "course", "again"].contains(phrases.lower($0))) }) {
            left = open - 1
        }
        // "Democratic nominee Ana Ruiz, at a later press gaggle, said": a phrase opening with a preposition, set off by
        // commas, after the subject ("of" opens a place: "Wilson, of Springfield, said").
        if left > sentence.lowerBound + 1, tokens[left].first == ",",
           let open = (max(sentence.lowerBound + 1, left - 16)..<left).last(where: { tokens[$0].first == "," }),
           open + 2 < left, !tokens[open + 1].isCapitalized,
           NounPhrases.prepositions.contains(phrases.lower(open + 1)),
           (open + 1..<left).allSatisfy({ phrases.isWord($0) && !lexicon.pastForms.contains(phrases.lower($0)) }),
           phrases.isWord(open - 1), tokens[open - 1].isCapitalized || lexicon.pronouns[phrases.lower(open - 1)] != nil
               || phrases.lower(open - 1, in: Attributor.subjectRelatives) {
            // ("the leadership, who, on a press call Friday, criticized": the relative pronoun before it.)
            left = open - 1
        }
        // NamedSubject: "The report, titled “Harbour Futures”, concludes", "A group, called the “Port Watch,” says": a
        // participle giving the subject its name, set off by commas, stands between the subject and its verb.
        if let open = nameGivingApposition(endingAt: left, sentence: sentence, inside: inside, phrases: phrases) { left = open - 1 }
        guard left >= sentence.lowerBound else { return inverted(cue, sentence: sentence, tokens: tokens, phrases: phrases) }
        let token = tokens[left]
        if token.isQuoteMark || token.first == "," && left - 1 >= sentence.lowerBound && tokens[left - 1].isQuoteMark {
            // "Roffman, who put his costs “in the seven figures,” described …": the quotation closes a relative
            // clause on the subject.
            let comma = token.first == "," ? left : left - 1
            if comma > sentence.lowerBound, tokens[comma].first == ",",
               let mention = relativeSubject(before: comma, sentence: sentence, tokens: tokens, phrases: phrases, inside: inside) {
                return mention
            }
            return inverted(cue, sentence: sentence, tokens: tokens, phrases: phrases)
        }
        if token.kind == .punctuation, token.first == "," {
            if let mention = inverted(cue, sentence: sentence, tokens: tokens, phrases: phrases, mustEnd: true) {
                return mention
            }
            if let mention = relativeSubject(before: left, sentence: sentence, tokens: tokens, phrases: phrases, inside: inside) {
                return mention
            }
            let apposed = appositive(endingAt: left, sentence: sentence, tokens: tokens, phrases: phrases)
            if let apposed, apposed.form == .name { return apposed }
            // "Harry Bond, 30, of Raleigh, who was among those polled, said": the name that opens the sentence (or
            // follows the quotation that opens it), set off by a comma, with everything up to the verb in apposition.
            // (A double mark: a single one may be an apostrophe, "Cross’ speech".)
            var clauseStart = (sentence.lowerBound..<left).last {
                tokens[$0].isQuoteMark && tokens[$0].first != "’" && tokens[$0].first != "'"
            }.map { $0 + 1 } ?? sentence.lowerBound
            // ("Charity steps up - Ken Fisher, chairman of …, told": a dash opens the clause too.)
            if let dash = (clauseStart..<left).first(where: { index in
                   ["-", "\u{2013}", "\u{2014}"].contains(phrases.word(index)) && tokens[index].spaceBefore
               }), dash < ((clauseStart..<left).first { tokens[$0].first == "," } ?? left) {
                clauseStart = dash + 1
            }
            // "However, Jill A. Martin, …, said": an opening adverb and its comma come before the name.
            if clauseStart + 2 < left, tokens[clauseStart + 1].first == ",", isOpeningAdverb(clauseStart, phrases: phrases) {
                clauseStart += 2
            }
            let firstComma = (clauseStart..<left).first { tokens[$0].first == "," } ?? left
            if clauseStart < left,
               let named = properName(endingBefore: Attributor.beforeBracket(endingAt: firstComma - 1, sentence: sentence,
                                                                             tokens: tokens) + 1,
                                      sentence: sentence, tokens: tokens, phrases: phrases),
               named.start == tokens[clauseStart].start {
                return named
            }
            return apposed
        }
        if token.kind == .punctuation { return nil }
        let lower = phrases.lower(left)
        if lower == "and" || lower == "but" {
            // "such as when Cruz knocked Rubio and called him": the subject of the clause the conjunction is in.
            // (Only a clause that opens the sentence or follows a comma or "as": in "embraced him after he won and
            // said" the conjunction may join the main verbs.)
            if let opener = (sentence.lowerBound..<left).last(where: { index in
                   ["when", "while", "after", "because", "since", "although", "though", "whereas", "once", "before"]
                       .contains(phrases.lower(index))
               }), opener == sentence.lowerBound || tokens[opener - 1].first == "," || phrases.lower(opener - 1) == "as"
                   || phrases.lower(opener) == "when",
               !(opener + 1..<left).contains(where: { tokens[$0].kind == .punctuation && !tokens[$0].isQuoteMark }),
               let subject = subjectPhrase(from: opener + 1, sentence: sentence, phrases: phrases) {
                return subject
            }
            // "When I asked him …, he looked up and said": after a clause of time or cause opening the sentence and its
            // comma, the main clause's subject.
            if Attributor.clauseOpeners.contains(phrases.lower(sentence.lowerBound)),
               let comma = (sentence.lowerBound + 2..<left).first(where: { tokens[$0].first == "," && !tokens[$0].isQuoteMark }),
               comma + 1 < left, !(comma + 1..<left).contains(where: { tokens[$0].kind == .punctuation }),
               let subject = subjectPhrase(from: comma + 1, sentence: sentence, phrases: phrases),
               subject.end <= tokens[left].start, subject.form == .name || subject.form == .pronoun || subject.form == .description {
                return subject
            }
            return sentenceSubject(sentence, phrases: phrases)
        }
        // "… check out what he called …": the pronoun after "what" is the sentence's named subject ("what it called"
        // when that is an organisation).
        if left - 1 >= sentence.lowerBound, phrases.lower(left - 1) == "what", lexicon.pronouns[lower] != nil,
           let named = sentenceSubject(sentence, phrases: phrases), named.form == .name,
           lower != "it" || named.kind == .organisation {
            return named
        }
        if let opening = openingSubjectWithRelative(before: cue.token, sentence: sentence, phrases: phrases) {
            return opening
        }
        let chunk = phrases.leftChunk(endingBefore: left + 1, floor: sentence.lowerBound)
        // "Obama, who called …", "Packer, who is chairman of the group said", "a message that said": the relative
        // pronoun speaks for the phrase it follows.
        // Between the pronoun and the verb only auxiliaries, adverbs or a phrase of time ("who in 2010 said").
        let subjectless = chunk.allSatisfy { index in
            let lower = phrases.lower(index)
            return tokens[index].kind != .word || NounPhrases.auxiliaries.contains(lower) || lexicon.adverbials.contains(lower)
                || NounPhrases.prepositions.contains(lower) || isAdverb(index, sentence: sentence, phrases: phrases)
        }
        // "a White House official who spoke anonymously … said": a relative clause without commas.
        if !chunk.isEmpty, chunk.lowerBound - 1 > sentence.lowerBound, phrases.lower(chunk.lowerBound - 1) == "who",
           tokens[chunk.lowerBound - 2].kind == .word, !tokens[chunk.lowerBound].isCapitalized,
           lexicon.pastForms.contains(phrases.lower(chunk.lowerBound)) || phrases.lower(chunk.lowerBound).hasSuffix("ed")
               || NounPhrases.auxiliaries.contains(phrases.lower(chunk.lowerBound)),
           case let before = phrases.leftChunk(endingBefore: chunk.lowerBound - 1, floor: sentence.lowerBound), !before.isEmpty,
           let antecedent = phrases.mention(in: before) {
            return antecedent
        }
        if subjectless,
           let antecedent = relativeAntecedent(before: chunk.isEmpty ? left : chunk.lowerBound - 1, sentence: sentence,
                                               phrases: phrases) {
            return antecedent
        }
        guard !chunk.isEmpty, var mention = phrases.mention(in: chunk) else { return nil }
        // "The real test is what she said about …": a thing the sentence opens with, before "what", says nothing; the
        // pronoun after "what" speaks. ("The plaintiffs seek to block what they say is …": "they" may be the things
        // before it.)
        if left - 1 > sentence.lowerBound, phrases.lower(left - 1) == "what", lexicon.pronouns[lower] != nil,
           mention.form == .description, mention.start < tokens[left - 1].start,
           !(lower == "they" && NounPhrases.looksPlural(mention.head)),
           !isSpeakerHead(mention.head),
           let pronoun = phrases.mention(in: left..<(left + 1)), pronoun.form == .pronoun {
            return pronoun
        }
        // "Lee Seong-kweun, a lawmaker on the ... committee said": the description stands in apposition.
        // ("Marten, a close aide said, “is confident”": with a comma after the verb the attribution is set in.)
        let setIn = cue.token + 1 < sentence.upperBound && tokens[cue.token + 1].first == ","
        if mention.form == .description, !mention.definite, !setIn, chunk.lowerBound - 1 >= sentence.lowerBound,
           tokens[chunk.lowerBound - 1].first == ",",
           let named = properName(endingBefore: chunk.lowerBound - 1, sentence: sentence, tokens: tokens, phrases: phrases) {
            var merged = named
            merged.description = phrases.paragraph.slice(tokens[chunk.lowerBound].start, tokens[chunk.upperBound - 1].end)
            merged.end = mention.end
            mention = merged
        }
        return mention
    }

    /// The comma opening a participle that gives the subject before it its name, when the phrase ends at `end`, a comma
    /// or a closing mark after one ("The report, titled “Harbour Futures”,", "A group, called the “Port Watch,”"): the
    /// name in quotation marks or capitals, within ``AttributionWindow/nameGivingApposition`` tokens. Only after the
    /// noun phrase opening the sentence (no verb or second determiner in it, ``AttributionWindow/namedSubject`` tokens):
    /// an object named so is followed by an inverted attribution ("The missiles hit a cruiser, named the “Moskva”, said
    /// officials").
    func nameGivingApposition(endingAt end: Int, sentence: Range<Int>, inside: [Bool], phrases: NounPhrases) -> Int? {
        let tokens = phrases.tokens
        guard end - 3 > sentence.lowerBound,
              tokens[end].first == "," || tokens[end].isQuoteMark && tokens[end - 1].first == ",",
              let open = (max(sentence.lowerBound + 1, end - AttributionWindow.nameGivingApposition)..<(end - 1)).last(where: {
                  tokens[$0].first == "," && !inside[$0] && !tokens[$0].isQuoteMark
              }),
              open + 2 < end, phrases.isWord(open - 1), Attributor.nameGivingParticiples.contains(phrases.lower(open + 1)),
              (open + 2..<end).contains(where: { tokens[$0].isQuoteMark || tokens[$0].isCapitalized && phrases.isWord($0) }),
              open - sentence.lowerBound <= AttributionWindow.namedSubject,
              (sentence.lowerBound + 1..<open).allSatisfy({ index in
                  let lower = phrases.lower(index)
                  return phrases.isWord(index) && (tokens[index].isCapitalized
                      || !NounPhrases.determiners.contains(lower) && !NounPhrases.auxiliaries.contains(lower)
                          && !lexicon.pastForms.contains(lower) && !lower.hasSuffix("ed"))
              })
        else { return nil }
        return open
    }

    /// Whether a quotation gives the name in a participle naming the subject of the verb after it ("The union, called
    /// the “Port Watch,” says"): a term, not the subject's words (the verb's subject stands before the participle).
    func namesTheSubject(_ region: QuoteRegion, chosen: Cue?, subjects: [Int: Mention], sentence: Range<Int>,
                         inside: [Bool], phrases: NounPhrases) -> Bool {
        guard let openMark = region.open, let close = region.close else { return false }
        let tokens = phrases.tokens
        let end = close + 1 < sentence.upperBound && tokens[close + 1].first == "," ? close + 1 : close
        guard let open = nameGivingApposition(endingAt: end, sentence: sentence, inside: inside, phrases: phrases),
              open < openMark
        else { return false }
        return chosen.map { cue in cue.token > end && subjects[cue.token].map { $0.end <= tokens[open].start } ?? true } ?? true
    }

    /// The author of a document written after it ("a tally by Shea Cotton, a researcher", "a statement from the
    /// ministry", "a statement Monday by the ministry"), with the document as its description; nil for a name.
    func author(of mention: Mention, chunk: Range<Int>, sentence: Range<Int>, phrases: NounPhrases) -> Mention? {
        let tokens = phrases.tokens
        // ("a statement Monday" may read as a name for its day.)
        guard mention.form != .name || chunk.contains(where: { !tokens[$0].isCapitalized && lexicon.speechNouns.contains(phrases.lower($0)) })
        else { return nil }
        let by = (chunk.lowerBound + 1..<min(chunk.upperBound + 2, sentence.upperBound)).first { index in
            tokens[index].start >= mention.end && ["by", "from"].contains(phrases.lower(index))
        }
        guard let by, by + 1 < sentence.upperBound,
              // (Only a day may stand between: "a statement Monday by …".)
              by <= chunk.upperBound || (chunk.upperBound..<by).allSatisfy({ Attributor.timeWords.contains(phrases.lower($0)) })
        else { return nil }
        let written = phrases.rightChunk(from: by + 1, ceiling: sentence.upperBound)
        // ("according to a statement from the ministry": a body named by its noun writes it too.)
        guard !written.isEmpty, var named = rightMention(written, sentence: sentence, tokens: tokens, phrases: phrases),
              named.form == .name || named.form == .description && named.kind == .organisation else { return nil }
        let documentEnd = (chunk.lowerBound..<by).last { !Attributor.timeWords.contains(phrases.lower($0)) } ?? by - 1
        named.description = [phrases.paragraph.slice(tokens[chunk.lowerBound].start, tokens[documentEnd].end),
                             named.description].compactMap { $0 }.joined(separator: ", ")
        named.start = mention.start
        return named
    }

    /// The subject after the verb: “…,” said X / …, says Mr X. With `mustEnd`, only when the phrase closes
    /// the sentence or clause (so "Prokudin, said Kherson city and ..." is not read as inverted).
    func inverted(_ cue: Cue, sentence: Range<Int>, tokens: [Token], phrases: NounPhrases,
                  mustEnd: Bool = false) -> Mention? {
        // After the particle of "put it", "shot back".
        var start = cue.token + (cue.text.containsASCII(" ") ? 2 : 1)
        // "told AFP", "tells reporters": what follows "tell" is the listener, never the speaker; what follows a verb
        // of labelling is what it labels ("described the impact as “…”"); "said that" opens a clause.
        // ("thanked Obama for “…”": the person thanked or urged is the object.)
        // ("“…,” urged Ana Ruiz": right after the quotation, which is its object, the verb is inverted.)
        // (Only a quotation opening the sentence or following its colon: in "Vale, star of “River Watch,” thanked Lind"
        // the verb is not.)
        let close = cue.token - 1 >= sentence.lowerBound && tokens[cue.token - 1].first == "," ? cue.token - 2 : cue.token - 1
        func isDoubleMark(_ index: Int) -> Bool { tokens[index].isQuoteMark && !["’", "'", "‘"].contains(tokens[index].first) }
        let open = close > sentence.lowerBound && isDoubleMark(close)
            ? (sentence.lowerBound..<close).last(where: isDoubleMark) : nil
        let afterQuotation = open.map { $0 == sentence.lowerBound || tokens[$0 - 1].first == ":" } ?? false
        guard cue.base != "tell", !Attributor.labellingVerbs.contains(cue.base),
              afterQuotation || !Attributor.objectVerbs.contains(cue.base)
        else { return nil }
        // "said Tuesday", "said last week.": the time of speaking, not the speaker ("said on Twitter" keeps its
        // preposition, which no speaker opens with).
        while start < sentence.upperBound, phrases.isWord(start), !NounPhrases.prepositions.contains(phrases.lower(start)),
              lexicon.adverbials.contains(phrases.lower(start)) || lexicon.months[phrases.lower(start)] != nil {
            start += 1
        }
        guard start < sentence.upperBound, tokens[start].kind != .punctuation, phrases.lower(start) != "that" else { return nil }
        let chunk = phrases.rightChunk(from: start, ceiling: sentence.upperBound)
        guard !chunk.isEmpty else { return nil }
        if mustEnd {
            let next = chunk.upperBound
            let closes = next >= sentence.upperBound || tokens[next].kind == .punctuation
                && [".", ",", ";", ":", "!", "?"].contains(tokens[next].first)
                || phrases.lower(next, in: Attributor.relativePronouns)
            guard closes else { return nil }
            guard tokens[start].isCapitalized || NounPhrases.determiners.contains(phrases.lower(start))
                    || lexicon.pronouns[phrases.lower(start)] != nil else { return nil }
            // ("polls declared Trump the winner": a name and then a determiner is an object and its complement.)
            guard !(start + 1..<chunk.upperBound).contains(where: { index in
                !tokens[index].isCapitalized && ["the", "a", "an"].contains(phrases.lower(index))
            }) else { return nil }
        }
        guard let mention = rightMention(chunk, sentence: sentence, tokens: tokens, phrases: phrases) else { return nil }
        // ("…, said he expects Obama, Abe and Park to …": a pronoun with words after it opens the reported clause.)
        if mustEnd, mention.form == .pronoun, chunk.count > 1 { return nil }
        // "“…,” said a statement by the ministry": its author speaks.
        return author(of: mention, chunk: chunk, sentence: sentence, phrases: phrases) ?? mention
    }

    /// The mention in a chunk after the verb, taking a name in apposition: "the regional governor, Ivan Moroz".
    func rightMention(_ chunk: Range<Int>, sentence: Range<Int>, tokens: [Token], phrases: NounPhrases) -> Mention? {
        guard var mention = phrases.mention(in: chunk) else { return nil }
        let comma = chunk.upperBound
        if mention.form == .description, comma + 1 < sentence.upperBound, tokens[comma].first == "," {
            let next = phrases.rightChunk(from: comma + 1, ceiling: sentence.upperBound)
            let closes = next.upperBound >= sentence.upperBound || tokens[next.upperBound].kind == .punctuation
            // ("the mayor’s sister, actress Ana Ruiz": a role of up to three words may open the name.)
            let nameStart = next.first(where: { tokens[$0].isCapitalized }) ?? next.upperBound
            if !next.isEmpty, closes, next.count <= 6, nameStart - next.lowerBound <= 3,
               (nameStart..<next.upperBound).allSatisfy({ tokens[$0].isCapitalized || tokens[$0].kind == .punctuation }),
               var named = phrases.mention(in: next), named.form == .name {
                named.description = phrases.paragraph.slice(tokens[chunk.lowerBound].start, tokens[chunk.upperBound - 1].end)
                named.start = mention.start
                mention = named
            }
        }
        return mention
    }

    /// The index before a short bracketed group ending at `index` ("(D-Ohio)"), or `index` when there is none.
    static func beforeBracket(endingAt index: Int, sentence: Range<Int>, tokens: [Token]) -> Int {
        guard index > sentence.lowerBound, tokens[index].first == ")",
              let open = (sentence.lowerBound..<index).last(where: { tokens[$0].first == "(" }),
              open > sentence.lowerBound, index - open <= 8 else { return index }
        return open - 1
    }

    /// The index of the comma before a party tag that ends at the comma `index` (", R-Ohio,", ", D-N.Y.,"), or nil.
    static func partyTag(endingAt index: Int, sentence: Range<Int>, phrases: NounPhrases) -> Int? {
        let tokens = phrases.tokens
        guard index - 2 > sentence.lowerBound, tokens[index].first == "," else { return nil }
        var tag = index - 1
        // The period closing an abbreviated state ("D-Va.").
        while tag > index - 3, tag > sentence.lowerBound, tokens[tag].first == ".", !tokens[tag].spaceBefore { tag -= 1 }
        let word = Array(phrases.word(tag).utf8)
        // A party letter, a hyphen and a capitalised state: "R-Ohio", "D-N.Y", "I-Vt".
        guard word.count >= 3, (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(word[0]), word[1] == UInt8(ascii: "-"),
              (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(word[2]), tag - 1 > sentence.lowerBound,
              tokens[tag - 1].first == "," else { return nil }
        return tag - 1
    }

    /// Words that end in -ly but are nouns ("the family said", "a close ally said").
    static let lyNouns: WordSet = ["family", "ally", "rally", "assembly", "daily", "weekly", "monthly", "supply",
                                       "reply", "bully", "anomaly", "monopoly", "italy", "july", "fly", "lily"]

    /// A word that opens a sentence as an adverb before a comma ("However,", "Therefore,", "Clearly,").
    func isOpeningAdverb(_ index: Int, phrases: NounPhrases) -> Bool {
        let lower = phrases.lower(index)
        return Attributor.openingAdverbs.contains(lower) || Attributor.parentheticals.contains(lower)
            || lower.count > 4 && lower.hasSuffix("ly")
    }

    /// A participle opening a phrase: "noting", "sent", "clad", "forwarded" (an -ing or -ed form, or an irregular past).
    func isParticiple(_ index: Int, phrases: NounPhrases) -> Bool {
        let lower = phrases.lower(index)
        return lower.count > 4 && (lower.hasSuffix("ing") || lower.hasSuffix("ed")) || lexicon.pastForms.contains(lower)
            || lower == "clad"
    }

    /// An adverb between a subject and its verb ("Clinton boldly suggested", "officials privately said").
    func isAdverb(_ index: Int, sentence: Range<Int>, phrases: NounPhrases) -> Bool {
        let lower = phrases.lower(index)
        guard index > sentence.lowerBound, !phrases.tokens[index].isCapitalized, lower.count > 4, lower.hasSuffix("ly"),
              !Attributor.lyNouns.contains(lower) else { return false }
        let previous = phrases.lower(index - 1)
        return !NounPhrases.determiners.contains(previous) && !NounPhrases.isPossessive(previous)
    }

    /// The phrase a relative pronoun at `index` stands for, when the verb after it has no subject of its own:
    /// "Obama, who called", "Sen. Ruiz (D-Ohio), who has …, said"; after a whole clause, the name closing it
    /// ("Pressure is building on McAuliffe, who …").
    func relativeAntecedent(before index: Int, sentence: Range<Int>, phrases: NounPhrases) -> Mention? {
        let tokens = phrases.tokens
        // ("this tweet from Ana Ruiz who tweeted": a name cannot be restricted, so "who" right after one stands for it.)
        if index - 1 > sentence.lowerBound, phrases.lower(index) == "who", phrases.isWord(index - 1), tokens[index - 1].isCapitalized,
           let named = nameRun(endingBefore: index, sentence: sentence, phrases: phrases, anywhere: true), named.form == .name {
            return named
        }
        guard index - 1 > sentence.lowerBound, phrases.isWord(index), phrases.lower(index, in: Attributor.subjectRelatives),
              tokens[index - 1].first == "," else { return nil }
        // ("Rep. Mark Sanford, R-S.C., who": the party tag is passed over.)
        let tag = Attributor.partyTag(endingAt: index - 1, sentence: sentence, phrases: phrases)
        let end = Attributor.beforeBracket(endingAt: (tag ?? index - 1) - 1, sentence: sentence, tokens: tokens) + 1
        // "Contrast that with Trump, who", "an endorsement from Mike Lee, who": a name after a preposition.
        if let named = nameRun(endingBefore: end, sentence: sentence, phrases: phrases, anywhere: true),
           let first = (max(sentence.lowerBound, end - 6)..<end).first(where: { tokens[$0].start == named.start }),
           first - 1 >= sentence.lowerBound, NounPhrases.prepositions.contains(phrases.lower(first - 1)) {
            return named
        }
        let chunk = phrases.leftChunk(endingBefore: end, floor: sentence.lowerBound)
        // A verb in the chunk ("The move angered her manager, who"; "the embattled mayor" is no verb).
        let isVerb = { (index: Int) in
            let lower = phrases.lower(index)
            return !tokens[index].isCapitalized && (NounPhrases.auxiliaries.contains(lower) || lexicon.pastForms.contains(lower)
                || lower.count > 4 && lower.hasSuffix("ed") && index > chunk.lowerBound
                    && !NounPhrases.determiners.contains(phrases.lower(index - 1))
                    && !NounPhrases.isPossessive(phrases.lower(index - 1)))
        }
        let clause = chunk.contains(where: isVerb)
        // "treated as credibly by his show’s listeners, who": a chunk opening with an adverb or a verb is no noun phrase;
        // the one after its last preposition is.
        // ("citing regional governor Ivan Moroz, who": with no preposition, the phrase after the participle.)
        if !clause, let first = chunk.first, !tokens[first].isCapitalized,
           isParticiple(first, phrases: phrases) || phrases.lower(first).hasSuffix("ly") {
            let preposition = chunk.last { NounPhrases.prepositions.contains(phrases.lower($0)) && phrases.lower($0) != "of" }
            let phrase = ((preposition ?? first) + 1)..<end
            if !phrase.isEmpty { return phrases.mention(in: phrase) }
        }
        // ("citing governor Ivan Moroz, who": the phrase after the participle is the antecedent, not passed over.)
        guard clause else {
            return appositive(endingAt: end, sentence: sentence, tokens: tokens, phrases: phrases, overParticiple: false)
        }
        var start = end
        while start - 1 > chunk.lowerBound, tokens[start - 1].isCapitalized || tokens[start - 1].first == "." { start -= 1 }
        if start < end, tokens[start].isCapitalized, let named = phrases.mention(in: start..<end), named.form == .name {
            return named
        }
        // "The move angered her campaign manager, who": the object after the clause's last verb or preposition.
        guard let cut = chunk.last(where: { isVerb($0) || NounPhrases.prepositions.contains(phrases.lower($0)) }),
              cut + 1 < end, let object = phrases.mention(in: (cut + 1)..<end), object.form == .description else { return nil }
        return object
    }

    /// The subject of a relative clause that runs up to the comma at `comma`: "The lawmaker, who represents a
    /// district in the north, said", "The report, which …, says".
    func relativeSubject(before comma: Int, sentence: Range<Int>, tokens: [Token], phrases: NounPhrases,
                         inside: [Bool]) -> Mention? {
        guard let relative = (sentence.lowerBound + 1..<comma).first(where: { index in
            tokens[index - 1].first == "," && !inside[index] && phrases.isWord(index)
                && phrases.lower(index, in: Attributor.relativePronouns)
        }) else { return nil }
        let end = Attributor.beforeBracket(endingAt: relative - 2, sentence: sentence, tokens: tokens) + 1
        return appositive(endingAt: end, sentence: sentence, tokens: tokens, phrases: phrases)
    }

    /// "Kherson's governor, Oleksandr Prokudin, said" or "Lee, a lawmaker, said": two comma-separated phrases.
    /// `overParticiple`: a participle's phrase just before the comma is passed over (it stands between subject and verb).
    func appositive(endingAt comma: Int, sentence: Range<Int>, tokens: [Token], phrases: NounPhrases,
                    overParticiple: Bool = true) -> Mention? {
        let inner = phrases.leftChunk(endingBefore: comma, floor: sentence.lowerBound)
        // "Sen. Ruiz (D-Ill.), noting the size of the crowd, said", "Mary Susan, clad in a red cape …, said", "The message,
        // sent to Mills and forwarded to Clinton, called": a participle's phrase set off by commas is passed over.
        if overParticiple, let open = (max(sentence.lowerBound + 1, comma - 24)..<comma).last(where: { tokens[$0].first == "," }),
           open + 1 < comma, phrases.isWord(open + 1), !tokens[open + 1].isCapitalized,
           // ("Trump, later alleging that …, said": an adverb may come first.)
           isParticiple(open + 1, phrases: phrases)
            || open + 2 < comma && isParticiple(open + 2, phrases: phrases)
                && (isAdverb(open + 1, sentence: sentence, phrases: phrases) || lexicon.adverbials.contains(phrases.lower(open + 1))) {
            var last = Attributor.beforeBracket(endingAt: open - 1, sentence: sentence, tokens: tokens)
            if let tag = Attributor.partyTag(endingAt: open, sentence: sentence, phrases: phrases) { last = tag - 1 }
            guard last >= sentence.lowerBound, phrases.isWord(last) else { return nil }
            return appositive(endingAt: last + 1, sentence: sentence, tokens: tokens, phrases: phrases)
        }
        guard !inner.isEmpty, let innerMention = phrases.mention(in: inner) else { return nil }
        // ("…, the chairwoman of the subcommittee that handles Homeland Security, said": the words after a relative
        // pronoun of things are its clause, and a name in it is the clause's object.)
        if inner.lowerBound > sentence.lowerBound, !tokens[inner.lowerBound].isCapitalized,
           ["that", "which"].contains(phrases.lower(inner.lowerBound - 1)) {
            return nil
        }
        let outerComma = inner.lowerBound - 1
        // ("Tareq Hadad, the founder of a company based in Antigonish, N.S., says", "a woman in Worcester,
        // Massachusetts, told": a place's region after its town closes the phrase that holds the town, and speaks for
        // nobody.)
        if innerMention.form == .name, let name = innerMention.name, outerComma > sentence.lowerBound,
           tokens[outerComma].first == ",", tokens[outerComma - 1].isCapitalized,
           NameShape.isInitials(name) || lexicon.states.contains(name) || lexicon.places.contains(name) {
            // ("Clinton, during a town hall in Columbus, Ohio, said": a phrase of place opening with a preposition is
            // set in after the subject, see below.)
            let holder = phrases.leftChunk(endingBefore: outerComma, floor: sentence.lowerBound)
            guard !holder.isEmpty, tokens[holder.lowerBound].isCapitalized
                    || !NounPhrases.prepositions.contains(phrases.lower(holder.lowerBound)) else { return nil }
            return phrases.mention(in: holder)
        }
        guard outerComma >= sentence.lowerBound, tokens[outerComma].first == "," else { return innerMention }
        let outer = phrases.leftChunk(endingBefore: outerComma, floor: sentence.lowerBound)
        // "Wilson, of Springfield, Va., said", "Clinton, during a town hall in Columbus, Ohio, said": after a phrase
        // that opens with a preposition, the name is a place, not who speaks ("in what Ruiz, a treasurer, called" opens
        // a clause instead).
        if outer.count > 1, !tokens[outer.lowerBound].isCapitalized,
           NounPhrases.prepositions.contains(phrases.lower(outer.lowerBound)) || phrases.lower(outer.lowerBound) == "of",
           !["what", "which", "whom"].contains(phrases.lower(outer.lowerBound + 1)) {
            return nil
        }
        guard !outer.isEmpty, let outerMention = phrases.mention(in: outer) else { return innerMention }
        // "Jean-Marc Ayrault, the foreign minister of France, a permanent member of the Council, said": two descriptions
        // after a name.
        // (A part opening in lower case, "a member of the Security Council", describes whatever name it ends with.)
        let describes = { (part: Range<Int>, mention: Mention) in mention.form != .name || !tokens[part.lowerBound].isCapitalized }
        if describes(inner, innerMention), describes(outer, outerMention), outer.lowerBound - 1 > sentence.lowerBound,
           tokens[outer.lowerBound - 1].first == "," {
            let first = phrases.leftChunk(endingBefore: outer.lowerBound - 1, floor: sentence.lowerBound)
            if !first.isEmpty, var named = phrases.mention(in: first), named.form == .name {
                named.description = phrases.paragraph.slice(tokens[outer.lowerBound].start, tokens[inner.upperBound - 1].end)
                named.end = innerMention.end
                return named
            }
        }
        let innerText = phrases.paragraph.slice(tokens[inner.lowerBound].start, tokens[inner.upperBound - 1].end)
        let outerText = phrases.paragraph.slice(tokens[outer.lowerBound].start, tokens[outer.upperBound - 1].end)
        if innerMention.form == .name, outerMention.form != .name || outerMention.description != nil
            || lexicon.titles.contains(outerMention.head) {
            var named = innerMention
            named.description = outerText
            named.start = outerMention.start
            return named
        }
        if outerMention.form == .name, innerMention.form == .description {
            var named = outerMention
            named.description = innerText
            named.end = innerMention.end
            return named
        }
        return innerMention
    }

    /// A proper name (capitalised words only) that ends just before `end`: the whole phrase there, or its last two
    /// or more capitalised words after a role in lower case ("secretary of state Hillary Rodham Clinton").
    func properName(endingBefore end: Int, sentence: Range<Int>, tokens: [Token], phrases: NounPhrases) -> Mention? {
        var chunk = phrases.leftChunk(endingBefore: end, floor: sentence.lowerBound)
        let capitalised = { (index: Int) in tokens[index].isCapitalized || tokens[index].kind == .punctuation }
        // ("More from Jones:": one name after "from".)
        if let lowerCase = chunk.last(where: { !capitalised($0) }),
           chunk.upperBound - lowerCase > 2 || phrases.lower(lowerCase) == "from" && chunk.upperBound - lowerCase > 1 {
            chunk = (lowerCase + 1)..<chunk.upperBound
        }
        guard !chunk.isEmpty, chunk.allSatisfy(capitalised) else { return nil }
        // "Ana Ruiz Hammers Bank Chief: “…”": a headline's clause speaks for the name before its verb.
        if let verb = headlineVerb(in: chunk, phrases: phrases), verb > chunk.lowerBound { chunk = chunk.lowerBound..<verb }
        guard chunk.count <= 6, !isHeadlineClause(chunk, phrases: phrases),
              let mention = phrases.mention(in: chunk), mention.form == .name, mention.kind == .person else { return nil }
        return mention
    }

    /// The verb of a headline in title case ("Ruiz Hammers Bank Chief", "Lind Takes Talk Of …"): a capitalised -s form
    /// after a word and before two more, no part of a place ("Los Angeles Times", "United States Senator") and not a
    /// first name after a title ("Ambassador Nicholas Burns", "Secretary James Baker III").
    func headlineVerb(in chunk: Range<Int>, phrases: NounPhrases) -> Int? {
        let tokens = phrases.tokens
        return chunk.first { index in
            let lower = phrases.lower(index)
            guard index > chunk.lowerBound, index + 2 < chunk.upperBound, phrases.isWord(index), phrases.isWord(index - 1),
                  !lexicon.titles.contains(phrases.lower(index - 1)), lexicon.honorifics[phrases.lower(index - 1)] == nil,
                  tokens[index + 1].isCapitalized, lower.count > 3, lower.hasSuffix("s"), !lower.hasSuffix("ss"),
                  !NounPhrases.isPossessive(lower) else { return false }
            let word = phrases.word(index), pair = phrases.word(index - 1) + " " + word
            return !lexicon.places.contains(pair) && !lexicon.states.contains(pair) && !lexicon.places.contains(word)
                && !lexicon.states.contains(word) && lexicon.honorifics[lower] == nil && !lexicon.titles.contains(lower)
        }
    }

    /// A run of capitalised words that is a headline's clause, not a name: it holds a verb ("Fox's Johnson Suggests
    /// Obama Admin May Have", "Why Are Democrats"); "Theresa May" and "Will Leitch" keep theirs as names.
    func isHeadlineClause(_ chunk: Range<Int>, phrases: NounPhrases) -> Bool {
        chunk.contains { index in
            let lower = phrases.lower(index)
            let verbForm = lexicon.speechVerbForms[lower].map { lower != $0 } ?? false
            return verbForm || ["is", "are", "was", "were", "has", "have", "had", "why", "how", "what", "says"].contains(lower)
                || NounPhrases.isPossessive(lower) && index + 1 < chunk.upperBound
        }
    }

    /// The run of capitalised words (with the periods of abbreviations) just before `end`, read as a person's name
    /// when it opens the sentence or follows "of", "with", "and", a comma, a dash or a colon: "footage of Ana Ruiz", "with Ruiz". After
    /// other words the name is an object or a place ("wrote to Ruiz asking", "on Twitter reading"); `anywhere` drops
    /// that condition (a possessive name: "of Ana Ruiz’s").
    func nameRun(endingBefore end: Int, sentence: Range<Int>, phrases: NounPhrases, anywhere: Bool = false) -> Mention? {
        var start = end
        while start - 1 >= sentence.lowerBound, end - start < 6,
              phrases.tokens[start - 1].isCapitalized || phrases.tokens[start - 1].first == "." && start - 1 < end - 1 {
            start -= 1
        }
        // ("From Marten’s statement", "But Marten’s": a capital opening the sentence may be no part of the name.)
        while start + 1 < end, start == sentence.lowerBound,
              NounPhrases.prepositions.contains(phrases.lower(start)) || Attributor.connectives.contains(phrases.lower(start)) {
            start += 1
        }
        if start > sentence.lowerBound, !anywhere {
            let before = phrases.lower(start - 1)
            guard ["of", "with", "and", ",", "\u{2013}", "\u{2014}", ":"].contains(before) else { return nil }
        }
        // ("In rejecting …": a preposition opening the sentence is no name.)
        guard start < end, phrases.tokens[start].isCapitalized, !lexicon.adverbials.contains(phrases.lower(end - 1)),
              end - start > 1 || !NounPhrases.prepositions.contains(phrases.lower(start)),
              lexicon.months[phrases.lower(end - 1)] == nil,
              let mention = phrases.mention(in: start..<end), mention.form == .name, mention.kind == .person else { return nil }
        return mention
    }
}
