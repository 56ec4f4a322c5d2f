/// Finding the speech verbs of a sentence and choosing the one that attributes each quotation.
extension Attributor {
    /// The speech verbs of a sentence outside quotation marks ("said", "according to", "pointed out"), leaving out
    /// forms that are nouns there ("the report", "on attacks") and bare forms with nothing subject-like before them.
    func findCues(in sentence: Range<Int>, tokens: [Token], inside: [Bool], phrases: NounPhrases) -> [Cue] {
        var cues: [Cue] = []
        for index in sentence where !inside[index] && tokens[index].kind == .word {
            let lower = phrases.lower(index)
            if lower == "according", index + 1 < sentence.upperBound, phrases.lower(index + 1) == "to" {
                cues.append(Cue(token: index, text: "according to", base: "according", isParticiple: false,
                                isAccording: true))
                continue
            }
            var text: String
            let base: String
            if let plain = phrases.lower(index, in: lexicon.speechVerbTable) {
                base = plain
                text = phrases.word(index)
            } else if let phrasal = phrases.lower(index, in: lexicon.phrasalSpeechVerbTable), index + 1 < sentence.upperBound,
                      phrases.lower(index + 1) == phrasal.particle {
                base = phrasal.base
                text = phrases.word(index) + " " + phrases.word(index + 1)
            } else if phrases.lower(index, in: Attributor.goForms), index + 2 < sentence.upperBound, phrases.lower(index + 1) == "on",
                      tokens[index + 2].kind == .punctuation {
                // "“…?” Trump went on, as if …": going on is speaking on, when nothing follows it.
                base = "go on"
                text = phrases.word(index) + " on"
            } else if closesQuotedAttribution(index, sentence: sentence, tokens: tokens, inside: inside, phrases: phrases) {
                // "“…,” Hannity started.": any past verb of the speaker right after the quotation attributes it.
                cues.append(Cue(token: index, text: phrases.word(index), base: lower, isParticiple: false, isAccording: false))
                continue
            } else {
                continue
            }
            // ("…, the head of the party, Tweeted on Friday": a long past form is a verb even with a capital.)
            if tokens[index].isCapitalized && index != sentence.lowerBound
                && !(lower.count > 6 && lower.hasSuffix("ed") && !tokens[index - 1].isCapitalized) { continue }
            if index > sentence.lowerBound {
                // The word before, past an adverb set off by commas ("Supporters, however, say").
                let skipsAdverb = index - 3 >= sentence.lowerBound && tokens[index - 1].first == ","
                    && tokens[index - 3].first == "," && phrases.lower(index - 2, in: Attributor.parentheticals)
                let before = skipsAdverb ? index - 4 : index - 1
                guard before >= sentence.lowerBound else { continue }
                let previous = phrases.lower(before)
                // ("Yet another said": a connective may open the sentence first.)
                let standsAlone = (sentence.lowerBound..<before).allSatisfy { phrases.lower($0, in: Attributor.connectives) }
                    && NounPhrases.standAlone.contains(previous)
                // After a determiner, a possessive or a preposition the word is a noun ("on attacks", "in reply"; "by
                // saying" is a verb).
                // ("a politically charged battle": an adverb between a determiner and the form makes it an adjective.)
                // ("the most telling reaction": so does a word of degree before an -ing form.)
                let adjective = previous.hasSuffix("ly") && !Attributor.lyNouns.contains(previous) && before - 1 >= sentence.lowerBound
                    && phrases.lower(before - 1, in: NounPhrases.determiners)
                    || lower.hasSuffix("ing") && ["most", "more", "less", "least", "very", "too"].contains(previous)
                // ("Let’s say …" supposes; nobody speaks.)
                if NounPhrases.determiners.contains(previous) && !standsAlone || adjective
                    || NounPhrases.uncontracted(previous) == "let"
                    || NounPhrases.prepositions.contains(previous) && previous != "to" && !tokens[before].isCapitalized
                        && !lower.hasSuffix("ing")
                    // ("He’s said": a pronoun's "’s" is "has".)
                    || NounPhrases.isPossessive(previous) && lexicon.pronouns[NounPhrases.uncontracted(previous)] == nil
                    || previous == "to" && base != "say" || (previous == "of" || previous == "for") && !lower.hasSuffix("ing") {
                    continue
                }
                // "Other states, such as …", "Most states afford …", "in states where …": an -s form that is also a
                // plural noun is a verb only after a singular subject and before what a speech verb takes.
                if lower != base, lower.hasSuffix("s"), !["say", "tell", "add", "write"].contains(base) {
                    if Attributor.quantifiers.contains(previous) || lexicon.months[previous] != nil
                        || !takesSpeechObject(index + (text.containsASCII(" ") ? 2 : 1), sentence: sentence, phrases: phrases) {
                        continue
                    }
                    // "swing states", "news reports", "his remarks": a form that is a common plural noun speaks only after
                    // a name, a pronoun, or a document or person that speaks ("the report states", "the spokesman notes").
                    let noun = Attributor.pluralNounVerbs.contains(base) || lexicon.utteranceNouns.contains(base)
                        || lexicon.speechNouns.contains(base)
                    // ("in many Asian states": a capital after a quantifier or a preposition describes the noun.)
                    var run = before
                    while run - 1 >= sentence.lowerBound, tokens[run - 1].isCapitalized { run -= 1 }
                    let described = run - 1 >= sentence.lowerBound && (phrases.lower(run - 1, in: Attributor.quantifiers)
                        || phrases.lower(run - 1, in: NounPhrases.prepositions))
                    let speaks = tokens[before].isCapitalized && before > sentence.lowerBound && !described
                        || ["he", "she", "it", ","].contains(previous) || Attributor.subjectRelatives.contains(previous)
                        || lexicon.speechNouns.contains(previous) || Attributor.writtenWorks.contains(previous)
                        || lexicon.titles.contains(previous) || lexicon.personNouns.contains(previous)
                        || lexicon.organisationNouns.contains(previous)
                    if noun && !speaks { continue }
                }
                if lower == base || lower == base + "s" && !["say", "tell", "add", "write"].contains(base) {
                    // A bare form is a verb after a plural subject or pronoun ("officials say"), not a noun.
                    // ("a say" is the only noun, and a determiner before it is ruled out above).
                    // ("North Korean state media": a capital before the form is no subject by itself.)
                    let subjectLike = previous.hasSuffix("s")
                        || base == "say" && previous != "cannot"
                        // "the two write" (not "eight state legislators").
                        || lexicon.numberWords[previous] != nil && index - 2 >= sentence.lowerBound
                            && phrases.lower(index - 2, in: NounPhrases.determiners)
                        || ["they", "we", "i", "you", "he", "she", "it", "also", "who"].contains(previous)
                        || Attributor.modals.contains(previous)
                        // ("could only quip", "will simply say": an adverb after the modal.)
                        || (previous.hasSuffix("ly") || lexicon.adverbials.contains(previous))
                            && before - 1 >= sentence.lowerBound && phrases.lower(before - 1, in: Attributor.modals)
                    if !subjectLike && lower == base && !lexicon.speechVerbsWithBarePast.contains(base) { continue }
                }
            } else if lower == base, base != "say" {
                continue
            }
            let isParticiple = lower.hasSuffix("ing")
            // "agreed to" is consent, not speech.
            if base == "agree", index + 1 < sentence.upperBound, ["to", "on"].contains(phrases.lower(index + 1)) { continue }
            // "add more of them", "added a caveat": adding something is not speaking ("added to People" is).
            if base == "add", index + 1 < sentence.upperBound, phrases.isWord(index + 1),
               ["more", "some", "another", "a", "an", "up"].contains(phrases.lower(index + 1)) { continue }
            // "will continue to be": going on doing something, not speaking on.
            if base == "continue", index + 1 < sentence.upperBound, phrases.lower(index + 1) == "to" { continue }
            cues.append(Cue(token: index, text: text, base: base, isParticiple: isParticiple, isAccording: false))
        }
        return cues
    }

    /// Whether the lower-case past form at `index` ends an attribution right after a quotation that opens the sentence,
    /// closed by a comma, a question or an exclamation: “…,” Hannity started. / “…?” she smirked, / “…!” the senator
    /// interjected. / “…,” remembered Roy Verley, a spokesman.
    func closesQuotedAttribution(_ index: Int, sentence: Range<Int>, tokens: [Token], inside: [Bool], phrases: NounPhrases) -> Bool {
        let lower = phrases.lower(index)
        guard !tokens[index].isCapitalized, lower.hasSuffix("ed") || phrases.lower(index, in: lexicon.pastFormSet) else { return false }
        // (The quotation opens the sentence: in "When she said she would “rebuild,” the hall cheered" the hall did not
        // say it.)
        func quotationOpensSentence(closingAt close: Int) -> Bool {
            guard close - 1 >= sentence.lowerBound, inside[close], tokens[close].isQuoteMark,
                  [",", "?", "!"].contains(tokens[close - 1].first) else { return false }
            var open = close
            while open - 1 >= sentence.lowerBound, inside[open - 1] { open -= 1 }
            return open == sentence.lowerBound
        }
        func endsPhrase(_ end: Int) -> Bool { end >= sentence.upperBound || [".", ","].contains(tokens[end].first) }
        // “…,” remembered Roy Verley, …: the verb first, then a name of two words or more, or a determiner or possessor
        // and a few words ("exhorted the mayor’s sister, …").
        if index - 1 >= sentence.lowerBound, quotationOpensSentence(closingAt: index - 1) {
            var end = index + 1
            while end < sentence.upperBound, end - index <= AttributionWindow.nameAfterComma, tokens[end].isCapitalized || tokens[end].first == "." { end += 1 }
            if end - index > 2 && endsPhrase(end) { return true }
            guard index + 1 < sentence.upperBound, phrases.isWord(index + 1),
                  phrases.lower(index + 1, in: NounPhrases.determiners) || NounPhrases.isPossessive(phrases.lower(index + 1))
                      && tokens[index + 1].isCapitalized else { return false }
            end = index + 2
            while end < sentence.upperBound, end - index <= AttributionWindow.phraseAfterVerb, phrases.isWord(end), !inside[end] { end += 1 }
            return end > index + 2 && endsPhrase(end)
        }
        // ("… the engineer recalled on Tuesday.": a time may close the sentence.)
        var after = index + 1
        if after < sentence.upperBound, phrases.lower(after) == "on" { after += 1 }
        if after < sentence.upperBound, phrases.isWord(after), phrases.lower(after, in: Attributor.timeWords) { after += 1 }
        guard endsPhrase(after) || endsPhrase(index + 1) else { return false }
        // The speaker: a pronoun, a name of up to four words, or a determiner and up to three words.
        var start = index
        while start - 1 >= sentence.lowerBound, index - start < 4, !inside[start - 1], phrases.isWord(start - 1)
                || tokens[start - 1].first == "." && !tokens[start - 1].spaceBefore {
            start -= 1
        }
        guard start < index, start - 2 >= sentence.lowerBound, quotationOpensSentence(closingAt: start - 1) else { return false }
        let first = phrases.lower(start)
        if index - start == 1, ["he", "she", "they", "i", "we"].contains(first) { return true }
        if tokens[start].isCapitalized, (start..<index).allSatisfy({ tokens[$0].isCapitalized || tokens[$0].first == "." }) {
            return true
        }
        // ("an angry Marten retaliated": a determiner may open a name with its epithet.)
        return NounPhrases.determiners.contains(first)
    }

    /// Whether the token at `index` can open what follows a speech verb: "that", punctuation or a quotation mark, a
    /// determiner, pronoun, name, number, adverb or preposition ("the report states that", "the memo notes the", "she
    /// reports on"), not a verb or clause word ("states have", "states where").
    func takesSpeechObject(_ index: Int, sentence: Range<Int>, phrases: NounPhrases) -> Bool {
        guard index < sentence.upperBound else { return true }
        let token = phrases.tokens[index]
        if token.kind == .punctuation || token.isQuoteMark || token.kind == .number || token.isCapitalized { return true }
        let lower = phrases.lower(index)
        return ["that", "as", "whether", "if", "how", "why", "what", "who", "when"].contains(lower)
            || NounPhrases.determiners.contains(lower) || lexicon.pronouns[NounPhrases.uncontracted(lower)] != nil
            || NounPhrases.prepositions.contains(lower) || lower.hasSuffix("ly") || lexicon.adverbials.contains(lower)
            || lexicon.numberWords[lower] != nil
    }

    /// The speech verb whose speaker says the quotation in `region`. `clauseVerb` opened a reported clause ("said that
    /// …"): inside it, a nearer verb takes a partial quotation only when it labels or has a named subject ("said that her
    /// campaign would continue “to break barriers”" is the reporter's words).
    func chooseCue(for region: QuoteRegion, kind: Quotation.Kind, cues: [Cue], subjects: [Int: Mention],
                   phrases: NounPhrases, sentence: Range<Int>, clauseVerb: Int?) -> Cue? {
        let tokens = phrases.tokens
        let attributed = cues.filter { subjects[$0.token] != nil }
        guard !attributed.isEmpty else { return nil }
        let after = region.close ?? sentence.upperBound
        let before = region.open ?? sentence.lowerBound
        // "Vale was asked, “…?” He answered, “…”": a passive without its agent introduces the question, and nobody
        // after it asked.
        if before - 3 >= sentence.lowerBound, [",", ":"].contains(tokens[before - 1].first),
           cues.contains(where: { $0.token == before - 2 && subjects[$0.token] == nil }),
           phrases.lower(before - 3, in: NounPhrases.passiveAuxiliaries), !cues.contains(where: { $0.isAccording }) {
            // ("According to the manual, staff were told, “…”": the source given speaks.)
            return nil
        }
        let following = attributed.filter { $0.token > after }
        let preceding = attributed.filter { $0.token < before }
        // ("“Why now?” Mills then writes back, “You look cute.”": a verb introducing the quotation after it is that one's.)
        func introducesNext(_ cue: Cue) -> Bool {
            let verbEnd = cue.token + (cue.text.containsASCII(" ") ? 2 : 1)
            guard let mark = (verbEnd..<min(sentence.upperBound, verbEnd + AttributionWindow.verbToMark)).first(where: { tokens[$0].kind == .punctuation }),
                  [",", ":"].contains(tokens[mark].first), mark + 1 < sentence.upperBound, tokens[mark + 1].isQuoteMark
            else { return false }
            return (verbEnd..<mark).allSatisfy { !tokens[$0].isCapitalized }
        }
        let near = following.first { cue in
            // “…,” Mr Zelensky said. / “…,” said Seongmin Lee. Nothing but the speaker between.
            cue.token - after <= AttributionWindow.attributionAfterQuote && !(after + 1..<cue.token).contains { tokens[$0].isQuoteMark } && !introducesNext(cue)
        }
        // "X said, “…”" / "X said: “…”": the verb just before the opening mark introduces it.
        // ("Ruiz fired back forcefully: “…”": an adverb or two may follow the verb.)
        if let introducer = preceding.last, tokens[before - 1].first == "," || tokens[before - 1].first == ":" {
            let verbEnd = introducer.token + (introducer.text.containsASCII(" ") ? 2 : 1)
            // ("scolded him: “…”", "telling reporters, “…”": so may whom it is said to.)
            if verbEnd <= before - 1, before - 1 - verbEnd <= 2, (verbEnd..<before - 1).allSatisfy({ index in
                tokens[index].kind == .word && !tokens[index].isCapitalized
                    && (phrases.lower(index).hasSuffix("ly") || phrases.lower(index, in: Attributor.listeners))
            }) {
                return introducer
            }
        }
        if kind == .direct {
            return near ?? following.first ?? preceding.last
        }
        // "The ministry gave an “incomplete” answer when it told the group …, according to a report": a verb in a
        // clause of time or cause after the quotation is not its attribution; the source the sentence gives is.
        if preceding.isEmpty, let near, let according = following.first(where: { $0.isAccording }), according.token > near.token,
           (after + 1..<near.token).contains(where: { ["when", "while", "after", "before", "because", "since", "as", "if"]
               .contains(phrases.lower($0)) }) {
            return according
        }
        // "… — “why wouldn’t you want that?” asked Dunn": a question or exclamation is the verb's right after it.
        // ("…!” She replied …": a capitalised pronoun there opens a sentence of its own.)
        if let near, region.close != nil, region.tokens.upperBound - 1 >= region.tokens.lowerBound,
           ["?", "!"].contains(tokens[region.tokens.upperBound - 1].first), near.token - after <= AttributionWindow.attributionSetOff,
           !(after + 1 < near.token && tokens[after + 1].isCapitalized && lexicon.pronouns[phrases.lower(after + 1)] != nil
               && phrases.lower(after + 1) != "i") {
            return near
        }
        // "…, but “I think he will,” said Kunin": a verb right after the closing mark, before its speaker, attributes the
        // quotation ending in a comma.
        if let near, region.close != nil, near.token == after + 1, !near.isParticiple, !near.isAccording,
           region.tokens.upperBound - 1 >= region.tokens.lowerBound, tokens[region.tokens.upperBound - 1].first == "," {
            return near
        }
        // A quotation ending in a comma with only its speaker's words between it and the verb after ("“…,” the senator
        // said"; "as “foreign,” which the court denied" is a clause of its own).
        if let near, region.close != nil, near.token > after + 1,
           region.tokens.upperBound - 1 >= region.tokens.lowerBound, tokens[region.tokens.upperBound - 1].first == ",",
           (after + 1..<near.token).allSatisfy({ phrases.isWord($0) && !phrases.lower($0, in: NounPhrases.clauseWords) }) {
            // "Nothing he said “will help,” the senator said.": an attribution ending the sentence (a pronoun there repeats
            // the speaker before: "Lind said that “…,” he said").
            if subjects[near.token]?.form != .pronoun,
               closesSentence(near, subject: subjects[near.token], sentence: sentence, phrases: phrases) {
                return near
            }
            // "… - “…,” she said - and charged …", "… “…,” the aide recalled, adding …": one set off inside the sentence.
            if near.token - after <= AttributionWindow.attributionSetOff, near.token + 1 < sentence.upperBound,
               ["-", "\u{2014}", "\u{2013}", ","].contains(tokens[near.token + 1].first) {
                return near
            }
        }
        // ("Lind said that the footage was “unclear,” but he said that it “supports” …": a clause after a comma and a
        // conjunction is a sentence's own, and its verb attributes.)
        var coordinate = false
        if let last = preceding.last, last.token > sentence.lowerBound + 2, let subject = subjects[last.token],
           let start = (sentence.lowerBound + 2..<last.token).first(where: { tokens[$0].start == subject.start }) {
            // (The comma may close the quotation before: “…,” but he said.)
            // (Nor a relative clause after a dash.)
            coordinate = opensRelativeAfterDash(start, phrases: phrases) || ["but", "and", "yet"].contains(phrases.lower(start - 1))
                && (tokens[start - 2].first == "," || start - 3 >= sentence.lowerBound && tokens[start - 2].isQuoteMark
                    && tokens[start - 3].first == ",")
        }
        if let last = preceding.last, let clauseVerb, clauseVerb < last.token, !coordinate,
           let outer = preceding.first(where: { $0.token == clauseVerb }),
           !Attributor.labellingVerbs.contains(last.base),
           // ("said he expected that Americans will say “no”": a group is no named speaker.)
           subjects[last.token].map({ $0.form != .name || $0.kind == .group
               || !$0.text.containsASCII(" ") && NounPhrases.looksPlural($0.text.lowercased()) }) ?? true {
            return outer
        }
        if let last = preceding.last, let outer = verbBeforeRelativeClause(last, preceding: preceding, before: before, phrases: phrases) {
            return outer
        }
        return preceding.last ?? near ?? following.first
    }

    /// The verb before a relative clause set off by commas when `last` speaks inside that clause and the clause closes
    /// before the quotation at `before` ("Ruiz was asked by host Ana Lind, who has dismissed the story, “…”", "Ruiz was
    /// asked whether the plan, which the agency estimates would cost $1 billion, would be “…”"): the clause closes at a
    /// comma after the verb's object and right before the quotation, or at a comma before an auxiliary that goes on with
    /// the sentence. Not when the outer verb's object is the one spoken to or about ("Smith praised Jones, who told the
    /// crowd, “…”"), when the inner verb names whom it tells ("…, who told reporters, “…”"), nor when another relative
    /// clause opens before the closing comma ("…, who said the deal, which he signed, is “…”").
    func verbBeforeRelativeClause(_ last: Cue, preceding: [Cue], before: Int, phrases: NounPhrases) -> Cue? {
        let tokens = phrases.tokens
        let verbEnd = last.end
        guard let outer = preceding.last(where: { $0.token < last.token }), !last.isAccording,
              !Attributor.objectVerbs.contains(outer.base), !Attributor.tellingVerbs.contains(last.base),
              verbEnd < before, !phrases.lower(verbEnd, in: Attributor.listeners),
              (outer.token + 1..<last.token).contains(where: { index in
                  tokens[index - 1].first == "," && phrases.lower(index, in: Attributor.relativePronouns)
              }),
              let close = (last.token + 1..<before).last(where: { tokens[$0].kind == .punctuation && tokens[$0].first == "," }),
              close >= verbEnd, !(verbEnd..<close).contains(where: { index in
                  tokens[index - 1].first == "," && phrases.lower(index, in: Attributor.relativePronouns)
              })
        else { return nil }
        let objectBeforeMark = close + 1 == before && close > verbEnd && phrases.lower(verbEnd, in: NounPhrases.determiners)
            && phrases.lower(verbEnd) != "that"
        let sentenceGoesOn = close + 1 < before && (phrases.lower(close + 1, in: NounPhrases.auxiliaries)
            || phrases.lower(close + 1, in: Attributor.modals))
        guard objectBeforeMark || sentenceGoesOn else { return nil }
        return outer
    }

    /// Relative pronouns (`relative-words`: ", who …,", ", which …,", "— which he added …"): the one list of them.
    static let relativePronouns = WordSet(Lexicon.list("relative-words"))
    /// Relative pronouns that are the subject of the verb after them (`subject-relatives`: "Obama, who called …", "a
    /// message that said …"), unlike "whom" and "whose".
    static let subjectRelatives = WordSet(Lexicon.list("subject-relatives"))

    /// Whether `cue` is an attribution closing its sentence: a comma, the subject, the verb and at most a phrase of
    /// time ("…, the senator said.", "…, The Washington Post reported in 1991.").
    func closesSentence(_ cue: Cue, subject: Mention?, sentence: Range<Int>, phrases: NounPhrases) -> Bool {
        guard let subject, !cue.isParticiple, !cue.isAccording,
              var first = sentence.first(where: { phrases.tokens[$0].start == subject.start }), first < cue.token else { return false }
        while first > sentence.lowerBound, phrases.lower(first - 1, in: NounPhrases.determiners) { first -= 1 }
        // (The comma may close a quotation, and a quotation inside it: "“…,” the senator said", "“… ‘miracles,’” she said".)
        while first - 1 > sentence.lowerBound, phrases.tokens[first - 1].isQuoteMark { first -= 1 }
        guard first > sentence.lowerBound, phrases.tokens[first - 1].first == "," else { return false }
        let rest = (cue.token + (cue.text.containsASCII(" ") ? 2 : 1)..<sentence.upperBound).filter { phrases.tokens[$0].kind != .punctuation }
        return rest.count <= AttributionWindow.closingWords && rest.allSatisfy { index in
            let lower = phrases.lower(index)
            return phrases.tokens[index].kind == .number || NounPhrases.prepositions.contains(lower)
                || Attributor.timeWords.contains(lower) || lexicon.adverbials.contains(lower) || lexicon.months[lower] != nil
        }
    }
}
