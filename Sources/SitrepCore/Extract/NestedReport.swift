/// Nested reports: words quoted inside the clause a speaker reports reach the reader through that speaker.
extension Attributor {
    /// The verb that opened the reported clause holding a partial quotation, when the verb chosen for the quotation
    /// stands inside that clause with a subject of its own other than a pronoun ("Rep. Ana Ruiz said that Lind called
    /// on members to be “closely coordinated”", "Marten said that the minister had described the dam as “safe”"): the words
    /// quoted are the reporter's account of what was said, and the reporter's verb attributes them; so with a clause
    /// reported without "that" (``zeroThatReport(before:inner:cues:subjects:phrases:)``). (A pronoun
    /// inside the clause is ``reportingVerb(over:clauseVerb:cues:subjects:phrases:)``'s to settle.) A whole
    /// statement in quotation marks, or a quotation earlier in the clause, leaves the inner verb its words.
    func nestedReport(over cue: Cue, kind: Quotation.Kind, opener: Int, clauseVerb: Int?, cues: [Cue],
                      subjects: [Int: Mention], phrases: NounPhrases) -> Cue {
        let tokens = phrases.tokens
        guard kind == .partial, cue.token < opener, !cue.isAccording, let inner = subjects[cue.token], inner.form != .pronoun,
              let clauseVerb = clauseVerb ?? zeroThatReport(before: cue, inner: inner, cues: cues, subjects: subjects, phrases: phrases),
              clauseVerb < cue.token, inner.start >= tokens[clauseVerb].end,
              let outer = subjects[clauseVerb], outer.text != inner.text,
              let reporting = cues.first(where: { $0.token == clauseVerb }), !reporting.isAccording,
              !(clauseVerb + 1..<opener).contains(where: { tokens[$0].isQuoteMark
                  || tokens[$0].kind == .punctuation && Attributor.clauseBreaks.contains(tokens[$0].first)
                      && !inNameTag($0, phrases: phrases) }),
              let innerToken = (clauseVerb + 1..<cue.token).last(where: { tokens[$0].start <= inner.start })
        else { return cue }
        // The inner subject opens the clause the verb reports: right after the verb, or after the "that" that opens
        // the clause ("said on Tuesday that Lind had described"), not after a clause of time ("tweeted after Lind
        // argued") or a relative "that" ("said she would sign the bill that Lind called").
        let verbEnd = reporting.end
        guard opensWithSubject(verbEnd, inner: inner, phrases: phrases)
                || opensReportedClause(reporting, from: verbEnd, to: innerToken, phrases: phrases) else { return cue }
        // ("After Lind argued that …, Ruiz said only that his “…”", "Ruiz said that …, while Lind said that “…”": a comma
        // closes the reported clause, unless "and" joins another clause to it.)
        let commas = (clauseVerb + 1..<innerToken).filter { tokens[$0].kind == .punctuation && tokens[$0].first == "," }
        guard commas.allSatisfy({ $0 + 1 < innerToken && phrases.lower($0 + 1, in: Attributor.clauseJoiners) }) else { return cue }
        return reporting
    }

    /// The speech verb of an attribution set in by commas before the verb `cue` ("And in those last nights, Ana Ruiz
    /// wrote, she began saying …", "The move, Ruiz explained, was … a plan she concludes …"): a finite verb right after a
    /// named person, with a comma before the name and after the verb. What the sentence goes on to say is that person's
    /// account, as the clause a verb reports is: a pronoun for them there is
    /// ``reportingVerb(over:clauseVerb:cues:subjects:phrases:)``'s to settle. (After a quotation, "“…,” Ruiz said, adding
    /// …" is no set-in attribution, nor is "“…”, Ruiz said, …"; nor does it report a clause a subordinator opens: "The
    /// town fell, Ruiz said, after she ordered …".)
    func setInReport(before cue: Cue, sentence: Range<Int>, cues: [Cue], subjects: [Int: Mention],
                     phrases: NounPhrases) -> Int? {
        let tokens = phrases.tokens
        guard let setIn = cues.last(where: { $0.token < cue.token }), !setIn.isParticiple, !setIn.isAccording,
              let outer = subjects[setIn.token], outer.form == .name, outer.kind == .person,
              setIn.token > sentence.lowerBound, tokens[setIn.token - 1].end == outer.end,
              case let verbEnd = setIn.end, verbEnd < cue.token,
              tokens[verbEnd].kind == .punctuation, tokens[verbEnd].first == ",",
              let first = (sentence.lowerBound..<setIn.token).first(where: { tokens[$0].start == outer.start }),
              first > sentence.lowerBound, tokens[first - 1].kind == .punctuation, tokens[first - 1].first == ",",
              first - 1 == sentence.lowerBound || !tokens[first - 2].isQuoteMark,
              !(verbEnd + 1..<cue.token).contains(where: { Attributor.subordinators.contains(phrases.lower($0)) })
        else { return nil }
        return setIn.token
    }

    /// The reporting verb whose clause opens, without "that", with the subject of the verb `cue` ("Rep. Ana Ruiz said
    /// Lind called on members to be “…”", "Ruiz said the minister had described the dam as “…”"): a finite verb that
    /// reports a clause with no "that" (``reportingVerbs``, not one whose object is a listener or the person blamed),
    /// its own subject before it, the inner subject (or its determiner) right after it.
    private func zeroThatReport(before cue: Cue, inner: Mention, cues: [Cue], subjects: [Int: Mention],
                                phrases: NounPhrases) -> Int? {
        let tokens = phrases.tokens
        guard let reporting = cues.last(where: { $0.token < cue.token && tokens[$0.token].end <= inner.start }),
              !reporting.isParticiple, !reporting.isAccording, Attributor.reportingVerbs.contains(reporting.base),
              // ("Ruiz accused Lind of calling her a “…”": the object of a verb of telling or blaming is no clause's subject.)
              !Attributor.objectVerbs.contains(reporting.base), !Attributor.tellingVerbs.contains(reporting.base),
              let outer = subjects[reporting.token], outer.end <= tokens[reporting.token].start else { return nil }
        let verbEnd = reporting.end
        guard opensWithSubject(verbEnd, inner: inner, phrases: phrases) else { return nil }
        return reporting.token
    }

    /// Whether the subject `inner` begins at token `index`, or after a determiner there ("said the minister had …").
    private func opensWithSubject(_ index: Int, inner: Mention, phrases: NounPhrases) -> Bool {
        let tokens = phrases.tokens
        return index < tokens.count && (tokens[index].start == inner.start
            || index + 1 < tokens.count && tokens[index + 1].start == inner.start && phrases.lower(index, in: NounPhrases.determiners))
    }

    /// Whether a "that" opens the clause `reporting` reports with the words `start..<subject` between the verb and
    /// that clause's subject at `subject`. Before the "that": nothing, words of time or manner, a phrase opened by a
    /// preposition or a telling verb's listener ("said on Tuesday that", "told staff in an email Sunday that"), with no
    /// verb or subject of its own ("said she would sign the bill that Lind called" has a relative "that"). After it:
    /// words of time or manner, a determiner, or other subjects joined to the subject ("that the minister had", "that
    /// he and Bennet agreed").
    private func opensReportedClause(_ reporting: Cue, from start: Int, to subject: Int, phrases: NounPhrases) -> Bool {
        guard let that = (start..<subject).first(where: { phrases.isWord($0) && phrases.lower($0) == "that" }),
              that - start <= AttributionWindow.listenerPhrase else { return false }
        let opening = that == start || isWordOfTimeOrManner(start, phrases: phrases)
            || phrases.lower(start, in: NounPhrases.prepositions) || Attributor.tellingVerbs.contains(reporting.base)
        guard opening, (start..<that).allSatisfy({ index in
            guard phrases.isWord(index) else { return false }
            let lower = phrases.lower(index)
            return !phrases.lower(index, in: NounPhrases.auxiliaries) && !phrases.lower(index, in: Attributor.modals)
                && (lexicon.pronouns[lower] == nil || lexicon.objectPronouns.contains(lower))
        }) else { return false }
        return (that + 1..<subject).allSatisfy { index in
            guard phrases.isWord(index) else { return false }
            let lower = phrases.lower(index)
            return isWordOfTimeOrManner(index, phrases: phrases) || lower == "and" || phrases.tokens[index].isCapitalized
                || phrases.lower(index, in: NounPhrases.determiners)
                || lexicon.pronouns[lower] != nil && !lexicon.objectPronouns.contains(lower)
        }
    }

    /// Whether the token at `index` may stand in a phrase of time or manner between a verb and the clause it reports
    /// ("on Tuesday", "last week", "repeatedly", "on May 5").
    private func isWordOfTimeOrManner(_ index: Int, phrases: NounPhrases) -> Bool {
        guard phrases.isWord(index) else { return false }
        let lower = phrases.lower(index)
        return phrases.tokens[index].kind == .number || phrases.lower(index, in: Attributor.timeWords)
            || lexicon.adverbials.contains(lower) || phrases.lower(index, in: NounPhrases.prepositions)
            || lexicon.months[lower] != nil
    }

    /// Whether the bracket at `index` opens or closes a short tag after a name ("Marco Rubio (R-Fla.)"), which closes no
    /// clause.
    private func inNameTag(_ index: Int, phrases: NounPhrases) -> Bool {
        let tokens = phrases.tokens
        let open = tokens[index].first == "(" ? index
            : tokens[index].first == ")" ? (max(0, index - AttributionWindow.nameTag)..<index).last(where: { tokens[$0].first == "(" }) : nil
        guard let open, open > 0, tokens[open - 1].isCapitalized, phrases.isWord(open - 1),
              let close = (open + 1..<min(tokens.count, open + AttributionWindow.nameTag + 1)).first(where: { tokens[$0].first == ")" })
        else { return false }
        return !(open + 1..<close).contains { tokens[$0].first == "(" || tokens[$0].isQuoteMark }
    }

    /// Words after a comma that join another clause to the one a verb reports ("notes that Lind tweeted …, and Ruiz
    /// later called …").
    static let clauseJoiners = WordSet(Lexicon.list("clause-joiners"))

    /// Punctuation that ends the clause a verb reports before a quotation ("said the plan was sound; Lind called it …").
    static let clauseBreaks: Set<Unicode.Scalar> = [";", ":", "(", ")"]
}
