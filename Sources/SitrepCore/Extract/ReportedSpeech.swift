/// Reported speech cued by more than a speech verb and its clause: "according to X", a possessive noun of utterance
/// ("X's claim that …"), a call ("X urged Y to …", "X called for …") and a relative clause of saying ("…, which it said
/// showed …"). Each cue is a rule of its own, recorded as the quotation's sieve.
extension Attributor {
    /// Verbs of calling on someone to act: what they report is the call ("urged residents to stay", "called for a
    /// ceasefire").
    static let callVerbs = WordSet(Lexicon.list("call-verbs"))

    /// One piece of reported speech found in a sentence: its UTF-8 range, cue, speaker and rule.
    struct Report {
        var clause: Range<Int>
        var cue: String
        var mention: Mention
        var sieve: AttributionSieve
    }

    /// The reported speech of a sentence, by the first rule that finds it: a relative clause of saying, "according
    /// to", a speech verb and its clause (finite verbs before participles: "…, saying the plan …"), then a verb of
    /// calling (after every verb's clause: in "Officials appear to have called for calm, Lee said" Lee reports the
    /// call), then a possessive noun of utterance. `quoted` are the sentence's quotations: a clause may hold partial
    /// quotations ("said the dyke was “strong enough” to hold"), which stay partial quotations and are reported speech
    /// too; a sentence with a whole quotation in it reports nothing more.
    func reportedSpeech(in sentence: Range<Int>, cues: [Cue], subjects: [Int: Mention], quoted: ArraySlice<LocalQuote>,
                        inside: [Bool], phrases: NounPhrases) -> Report? {
        guard quoted.allSatisfy({ $0.kind == .partial || $0.kind == .term }) else { return nil }
        // The clause holds every quotation of the sentence, to the closing mark of one it ends in.
        let holding = { (report: Report) -> Report? in
            guard quoted.allSatisfy({ report.clause.lowerBound <= $0.start && $0.start < report.clause.upperBound }) else { return nil }
            var held = report
            held.clause = report.clause.lowerBound..<max(report.clause.upperBound, quoted.map(\.end).max() ?? 0)
            return held
        }
        // (A participle reports a clause set off by a comma, "…, saying the plan would fail", or after "as": "was quoted
        // as saying".)
        let participles = cues.filter { cue in
            cue.isParticiple && cue.token > sentence.lowerBound
                && (phrases.tokens[cue.token - 1].first == "," || phrases.lower(cue.token - 1) == "as")
        }
        let finite = cues.filter { !$0.isParticiple }
        for cue in finite + participles {
            guard let subject = subjects[cue.token] else { continue }
            var found: Report?
            if !cue.isParticiple, let clause = relativeClause(cue, sentence: sentence, phrases: phrases) {
                found = Report(clause: clause, cue: cue.text, mention: subject, sieve: .relativeReport)
            } else if cue.isAccording {
                found = accordingClause(cue, subject: subject, sentence: sentence, phrases: phrases)
                    .map { Report(clause: $0, cue: cue.text, mention: subject, sieve: .accordingTo) }
            } else if let clause = reportedClause(of: cue, sentence: sentence, tokens: phrases.tokens, phrases: phrases,
                                                  subject: subject) {
                found = Report(clause: clause, cue: cue.text, mention: subject, sieve: .reportedClause)
            }
            if let found = found.flatMap(holding) { return found }
        }
        for cue in finite {
            guard let subject = subjects[cue.token], let call = callClause(cue, sentence: sentence, phrases: phrases),
                  let found = holding(Report(clause: call.clause, cue: call.cue, mention: subject, sieve: .call)) else { continue }
            return found
        }
        return utteranceReport(in: sentence, inside: inside, phrases: phrases).flatMap(holding)
    }

    /// What "according to X" reports: the clause after "According to X," opening the sentence, the sentence around
    /// ", according to X," set off inside it, or what comes before ", according to X." closing it.
    func accordingClause(_ cue: Cue, subject: Mention, sentence: Range<Int>, phrases: NounPhrases) -> Range<Int>? {
        let tokens = phrases.tokens
        let words = (sentence.lowerBound..<sentence.upperBound).filter { phrases.isWord($0) }
        guard let lastWord = (sentence.lowerBound..<sentence.upperBound).last(where: { tokens[$0].kind != .punctuation })
        else { return nil }
        // (Connectives may stand before it: "But according to X, …".)
        let opens = (sentence.lowerBound..<cue.token).allSatisfy {
            Attributor.connectives.contains(phrases.lower($0)) || tokens[$0].kind == .punctuation
        }
        let afterSubject = (cue.token..<sentence.upperBound).first { tokens[$0].start >= subject.end } ?? sentence.upperBound
        var start = afterSubject
        while start < sentence.upperBound, tokens[start].kind == .punctuation, tokens[start].first == "," { start += 1 }
        let setOff = start > afterSubject && start <= lastWord
        let after = setOff ? (start...lastWord).filter({ phrases.isWord($0) }).count : 0
        if opens {
            guard setOff, after >= ReportedSpeechWindow.clauseWords else { return nil }
            return tokens[start].start..<tokens[lastWord].end
        }
        // Before it: what the source says, and after it the rest of the sentence when the phrase is set off.
        let before = words.filter { $0 < cue.token }.count
        guard before + after >= ReportedSpeechWindow.clauseWords, before > 0 else { return nil }
        var end = cue.token - 1
        while end > sentence.lowerBound, tokens[end].kind == .punctuation { end -= 1 }
        return tokens[sentence.lowerBound].start..<tokens[setOff ? lastWord : end].end
    }

    /// "Ilse Marten's claim that the dyke would hold", "his warning that …": a noun of utterance after a possessive
    /// name or pronoun, and the clause after its "that" to the end of the sentence. (A noun without an owner, "the
    /// claim that …", says nothing of who claims.)
    func utteranceReport(in sentence: Range<Int>, inside: [Bool], phrases: NounPhrases) -> Report? {
        let tokens = phrases.tokens
        guard let lastWord = (sentence.lowerBound..<sentence.upperBound).last(where: { tokens[$0].kind != .punctuation })
        else { return nil }
        for that in sentence where !inside[that] && phrases.lower(that) == "that" && that - 2 >= sentence.lowerBound {
            let noun = that - 1
            guard lexicon.utteranceNouns.contains(phrases.lower(noun)), that + 1 <= lastWord,
                  (that + 1...lastWord).filter({ phrases.isWord($0) }).count >= ReportedSpeechWindow.clauseWords
            else { continue }
            let owner = noun - 1
            var mention: Mention?
            if let pronoun = Attributor.possessivePronouns[phrases.lower(owner)], let reference = lexicon.pronouns[pronoun] {
                let token = tokens[owner]
                mention = Mention(form: .pronoun, text: phrases.word(owner), name: nil, description: nil, head: pronoun,
                                  kind: reference == .group ? .group : .person,
                                  gender: reference == .male ? .male : reference == .female ? .female : nil,
                                  definite: true, start: token.start, end: token.end)
            } else {
                mention = possessiveName(at: owner, sentence: sentence, phrases: phrases)
            }
            guard let mention else { continue }
            return Report(clause: tokens[that + 1].start..<tokens[lastWord].end, cue: phrases.word(noun), mention: mention,
                          sieve: .utteranceNoun)
        }
        return nil
    }

    /// What a verb of calling reports: "urged residents to stay in shelters" (the listener and the infinitive after
    /// it), "called for more air defence" (what is called for). The cue is the verb, with "for" or "on" when they follow.
    func callClause(_ cue: Cue, sentence: Range<Int>, phrases: NounPhrases) -> (clause: Range<Int>, cue: String)? {
        let tokens = phrases.tokens
        guard Attributor.callVerbs.contains(cue.base),
              let lastWord = (sentence.lowerBound..<sentence.upperBound).last(where: { tokens[$0].kind != .punctuation })
        else { return nil }
        var start = cue.token + 1
        var text = cue.text
        guard start <= lastWord else { return nil }
        // ("Pressed on whether …" is asked about something; only a call is "for" or "on" someone.)
        if cue.base == "call", ["for", "on"].contains(phrases.lower(start)) {
            text += " " + phrases.word(start)
            start += 1
            guard start <= lastWord else { return nil }
        } else {
            // "urged residents to stay": an infinitive after the listener, a few words on.
            guard cue.base != "call",
                  (start..<min(lastWord, start + ReportedSpeechWindow.listenerToInfinitive)).contains(where: { index in
                      phrases.lower(index) == "to" && phrases.isWord(index + 1) && !tokens[index + 1].isCapitalized
                          && !NounPhrases.determiners.contains(phrases.lower(index + 1))
                  }) else { return nil }
        }
        guard (start...lastWord).filter({ phrases.isWord($0) }).count >= ReportedSpeechWindow.clauseWords else { return nil }
        return (tokens[start].start..<tokens[lastWord].end, text)
    }

    /// "…, which it said showed the strike", "what it says is a deficit": a speech verb after a relative pronoun and
    /// its subject reports the rest of the relative clause, up to a comma or the end of the sentence.
    func relativeClause(_ cue: Cue, sentence: Range<Int>, phrases: NounPhrases) -> Range<Int>? {
        let tokens = phrases.tokens
        guard cue.token - 2 >= sentence.lowerBound, ["which", "what"].contains(phrases.lower(cue.token - 2)),
              lexicon.pronouns[phrases.lower(cue.token - 1)] != nil, cue.token + 1 < sentence.upperBound,
              phrases.isWord(cue.token + 1) else { return nil }
        let start = cue.token + 1
        let end = (start..<sentence.upperBound).first { tokens[$0].kind == .punctuation && !tokens[$0].isQuoteMark
            && tokens[$0].first != "-" && tokens[$0].first != "'" && tokens[$0].first != "\u{2019}" } ?? sentence.upperBound
        guard end - start >= ReportedSpeechWindow.relativeWords, let last = (start..<end).last(where: { phrases.isWord($0) })
        else { return nil }
        // (Its first word is a verb: "showed", "is", "will".)
        let first = phrases.lower(start)
        guard NounPhrases.auxiliaries.contains(first) || Attributor.modals.contains(first) || first.hasSuffix("ed")
                || first.hasSuffix("s") || lexicon.pastForms.contains(first) else { return nil }
        return tokens[start].start..<tokens[last].end
    }
}

/// How many words the rules of reported speech need or read.
enum ReportedSpeechWindow {
    /// The fewest words of a reported clause.
    static let clauseWords = 3
    /// The fewest tokens of the rest of a relative clause of saying ("which it said showed the strike").
    static let relativeWords = 2
    /// From a verb of calling to the "to" of its infinitive ("urged all Canadians considering travel to China to").
    static let listenerToInfinitive = 10
}
