/// The words of reported speech: the clause a speech verb reports.
extension Attributor {
    /// Verbs that name whom they tell before what they tell ("told reporters he …", "assured farmers she …").
    static let tellingVerbs = WordSet(Lexicon.list("telling-verbs"))

    /// Whether a finite speech verb opens a clause it reports: "said that", "said in her remarks that", "told
    /// reporters that", "told reporters he thought". Verbs inside that clause speak for the reporter's subject.
    func opensReportedClause(_ cue: Cue, sentence: Range<Int>, phrases: NounPhrases) -> Bool {
        let tokens = phrases.tokens
        var next = cue.token + (cue.text.containsASCII(" ") ? 2 : 1)
        while next < sentence.upperBound, phrases.isWord(next), lexicon.adverbials.contains(phrases.lower(next)) { next += 1 }
        guard next < sentence.upperBound, phrases.isWord(next) else { return false }
        if phrases.lower(next) == "that" { return true }
        if ["he", "she", "they", "we", "i"].contains(NounPhrases.uncontracted(phrases.lower(next))), next + 1 < sentence.upperBound,
           phrases.isWord(next + 1), !tokens[next + 1].isCapitalized { return true }
        // What stands between the verb and "that" or the clause's subject: a listener ("told reporters"), or a phrase
        // opening with a preposition ("in her opening remarks"), a few words without punctuation.
        let listener = Attributor.tellingVerbs.contains(cue.base)
        guard listener || NounPhrases.prepositions.contains(phrases.lower(next)) && phrases.lower(next) != "to" else { return false }
        var scan = next + 1
        while scan < min(sentence.upperBound, next + AttributionWindow.listenerPhrase), phrases.isWord(scan), !tokens[scan].isQuoteMark {
            let lower = phrases.lower(scan)
            if lower == "that" { return true }
            if listener, lexicon.pronouns[lower] != nil, lower != "it", lower != "you", scan + 1 < sentence.upperBound,
               phrases.isWord(scan + 1), !tokens[scan + 1].isCapitalized {
                return true
            }
            if NounPhrases.auxiliaries.contains(lower) { return false }
            scan += 1
        }
        return false
    }

    /// The UTF-8 range of the reported clause: what follows "X said (that)", or what precedes ", X said".
    func reportedClause(of cue: Cue, sentence: Range<Int>, tokens: [Token], phrases: NounPhrases,
                        subject: Mention) -> Range<Int>? {
        let lastWord = (sentence.lowerBound..<sentence.upperBound).last { tokens[$0].kind != .punctuation }
        guard let lastWord else { return nil }
        // "projects that they say are at risk": a speech verb inside a relative clause reports no clause of its own.
        if cue.token - 2 >= sentence.lowerBound, ["that", "which", "what", "who"].contains(phrases.lower(cue.token - 2)),
           lexicon.pronouns[phrases.lower(cue.token - 1)] != nil {
            return nil
        }
        // "whether he could promise housing would be protected": a question about speaking reports nothing.
        if (max(sentence.lowerBound, cue.token - AttributionWindow.whetherBeforeVerb)..<cue.token).contains(where: { phrases.lower($0) == "whether" }) {
            return nil
        }
        // "did not say whether", "declined to say": what was not said is not reported.
        if cue.token - 1 > sentence.lowerBound,
           ["not", "n't", "never", "declined", "refused", "wouldn't", "didn't", "won't"].contains(phrases.lower(cue.token - 1))
            || ["not", "declined", "refused"].contains(phrases.lower(cue.token - 2)) {
            return nil
        }
        let subjectToken = (sentence.lowerBound..<cue.token).first { tokens[$0].start >= subject.start } ?? cue.token
        let wordsBeforeSubject = (sentence.lowerBound..<subjectToken).filter { tokens[$0].kind != .punctuation }.count
        // "..., Lind said." gives the clause before; "Then, in 2017, Lind said that ..." the one after.
        let clauseAfter = cue.token + 1 < sentence.upperBound && phrases.isWord(cue.token + 1)
            && phrases.lower(cue.token + 1) == "that"
        // ("At one point, he suggested the culprit might have been China": a clause after the verb is what it reports.)
        // ("…, he said, and crafted a plan": a comma after the verb makes it a parenthesis, reporting what came before.)
        let wordsAfter = (cue.token + 1..<sentence.upperBound).filter { phrases.isWord($0) }
        let parenthesis = cue.token + 1 < sentence.upperBound && tokens[cue.token + 1].first == ","
        let reportsAfter = !parenthesis && (wordsAfter.count > 6 || wordsAfter.contains { index in
            let lower = phrases.lower(index)
            return NounPhrases.auxiliaries.contains(lower) || Attributor.modals.contains(lower)
        })
        let endAttribution = subjectToken > sentence.lowerBound && tokens[subjectToken - 1].first == ","
            && wordsBeforeSubject >= 3 && !clauseAfter && !reportsAfter
        if cue.isAccording || subject.start > tokens[cue.token].start || endAttribution {
            // "..., says Mr Zelensky." / "..., according to X": the clause is what comes before.
            var end = cue.token - 1
            while end > sentence.lowerBound, tokens[end].kind == .punctuation { end -= 1 }
            let clauseEnd = min(subject.start, tokens[cue.token].start)
            var stop = sentence.lowerBound
            while stop < cue.token, tokens[stop].end <= clauseEnd { stop += 1 }
            let words = (sentence.lowerBound..<stop).filter { tokens[$0].kind != .punctuation }.count
            guard words >= 3 else { return nil }
            var last = stop - 1
            while last > sentence.lowerBound, tokens[last].kind == .punctuation { last -= 1 }
            return tokens[sentence.lowerBound].start..<tokens[last].end
        }
        var start = cue.token + 1
        var sawThat = false
        var scanned = start
        while scanned < min(sentence.upperBound, cue.token + AttributionWindow.verbToThat) {
            if phrases.isWord(scanned), phrases.lower(scanned) == "that" { sawThat = true; start = scanned + 1; break }
            // "He said Erdogan replied that …": the "that" of a speech verb inside the clause is that verb's; the
            // clause reported opens after the first.
            if scanned > cue.token + 1, phrases.isWord(scanned), lexicon.speechVerbForms[phrases.lower(scanned)] != nil,
               phrases.isWord(scanned - 1), tokens[scanned - 1].isCapitalized || lexicon.pronouns[phrases.lower(scanned - 1)] != nil {
                break
            }
            // ("said in ‘08 that": an apostrophe for the century left out.)
            if tokens[scanned].kind == .punctuation, tokens[scanned].first != ",",
               !QuoteScanner.isElision(tokens, at: scanned) { break }
            scanned += 1
        }
        if !sawThat {
            guard Attributor.reportingVerbs.contains(cue.base) else { return nil }
            while start < sentence.upperBound, phrases.isWord(start),
                  lexicon.adverbials.contains(phrases.lower(start)) || phrases.tokens[start].kind == .number {
                start += 1
            }
            // "said the ministry." / "told a news conference." without a clause is attribution, not speech.
            if start < sentence.upperBound, tokens[start].kind == .punctuation {
                if tokens[start].first == "," || tokens[start].first == ":" { start += 1 } else { return nil }
            }
        }
        guard start <= lastWord else { return nil }
        // "the parts that proponents said were necessary": a clause opening with its verb is a relative clause's rest.
        if phrases.isWord(start), !tokens[start].isCapitalized,
           NounPhrases.auxiliaries.contains(phrases.lower(start)) && phrases.lower(start) != "not" {
            return nil
        }
        let words = (start...lastWord).filter { tokens[$0].kind != .punctuation }.count
        guard words >= 3 else { return nil }
        if !sawThat {
            // A clause needs a verb-like word after its subject: reject "told a news conference". A clause opening
            // with a subject pronoun is one ("told investigators he shot", "said he sees"), and so is one with a verb
            // of the present after a subject ("said the plan sees", "says cold increases air leakage").
            // (Not a phrase opening with a preposition: "writes about style and answers questions".)
            let opensPhrase = NounPhrases.prepositions.contains(phrases.lower(start))
            let pronoun = opensPhrase ? nil : (start..<min(lastWord, start + AttributionWindow.listenerPhrase)).first { index in
                Attributor.subjectPronouns.contains(NounPhrases.uncontracted(phrases.lower(index)))
                    && (NounPhrases.isPossessive(phrases.lower(index)) || phrases.isWord(index + 1) && !tokens[index + 1].isCapitalized
                        && !NounPhrases.prepositions.contains(phrases.lower(index + 1)))
            }
            let hasVerb = pronoun != nil || (start...lastWord).contains { index in
                let lower = phrases.lower(index)
                return NounPhrases.auxiliaries.contains(lower) || (lower.hasSuffix("ed") || lexicon.pastForms.contains(lower))
                    && index > start || ["will", "would", "could", "can"].contains(lower)
                    || !opensPhrase && isPresentVerb(index, after: start, before: lastWord, phrases: phrases)
            }
            guard hasVerb else { return nil }
            // "told investigators he shot …": the clause opens at its subject, after the listener.
            if let pronoun, Attributor.tellingVerbs.contains(cue.base) { start = pronoun }
        }
        return tokens[start].start..<tokens[lastWord].end
    }

    /// Subject pronouns that open a reported clause ("said he", "told them she").
    static let subjectPronouns: WordSet = ["he", "she", "they", "we", "i", "it"]

    /// Whether the word at `index` is a verb of the present after a short subject opening the clause ("the plan sees",
    /// "cold increases"): a lower-case -s form a few words in, after a word that is not a determiner, preposition or
    /// number, with words after it.
    func isPresentVerb(_ index: Int, after start: Int, before lastWord: Int, phrases: NounPhrases) -> Bool {
        guard index > start, index < lastWord, index - start <= AttributionWindow.presentVerbSubject,
              (start...index).allSatisfy({ phrases.isWord($0) }), !phrases.tokens[index].isCapitalized else { return false }
        let lower = phrases.lower(index), previous = phrases.lower(index - 1)
        return lower.count > 3 && lower.hasSuffix("s") && !lower.hasSuffix("ss") && !lower.hasSuffix("us")
            && !NounPhrases.isPossessive(lower) && !NounPhrases.isPossessive(previous)
            && !NounPhrases.determiners.contains(previous) && !NounPhrases.prepositions.contains(previous)
            && !Attributor.quantifiers.contains(previous) && lexicon.numberWords[previous] == nil
            && phrases.tokens[index - 1].kind != .number && !previous.hasSuffix("s")
            && !["of", "and", "or"].contains(previous)
    }
}
