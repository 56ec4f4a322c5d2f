/// Nested reports: words quoted inside the clause a speaker reports reach the reader through that speaker.
extension Attributor {
    /// The verb that opened the reported clause holding a partial quotation, when the verb chosen for the quotation
    /// stands inside that clause with a subject of its own other than a pronoun ("Rep. Ana Ruiz said that Lind called
    /// on members to be “closely coordinated”", "Marten said that the minister had described the dam as “safe”"): the words
    /// quoted are the reporter's account of what was said, and the reporter's verb attributes them. (A pronoun
    /// inside the clause is ``reportingVerb(over:clauseVerb:cues:subjects:phrases:)``'s to settle.) A whole
    /// statement in quotation marks, or a quotation earlier in the clause, leaves the inner verb its words.
    func nestedReport(over cue: Cue, kind: Quotation.Kind, opener: Int, clauseVerb: Int?, cues: [Cue],
                      subjects: [Int: Mention], phrases: NounPhrases) -> Cue {
        let tokens = phrases.tokens
        guard kind == .partial, let clauseVerb, clauseVerb < cue.token, cue.token < opener, !cue.isAccording,
              let inner = subjects[cue.token], inner.form != .pronoun, inner.start >= tokens[clauseVerb].end,
              let outer = subjects[clauseVerb], outer.text != inner.text,
              let reporting = cues.first(where: { $0.token == clauseVerb }), !reporting.isAccording,
              !(clauseVerb + 1..<opener).contains(where: { tokens[$0].isQuoteMark
                  || tokens[$0].kind == .punctuation && Attributor.clauseBreaks.contains(tokens[$0].first) }),
              let innerToken = (clauseVerb + 1..<cue.token).last(where: { tokens[$0].start <= inner.start })
        else { return cue }
        // The inner subject opens the clause the verb reports: right after the verb, or after the "that" that opens
        // the clause ("said on Tuesday that Lind had described"), not after a clause of time ("tweeted after Lind
        // argued") or a relative "that" ("said she would sign the bill that Lind called").
        let verbEnd = clauseVerb + reporting.text.split(separator: " ").count
        guard innerToken == verbEnd || opensReportedClause(reporting, from: verbEnd, to: innerToken, phrases: phrases) else { return cue }
        // ("After Lind argued that …, Ruiz said only that his “…”", "Ruiz said that …, while Lind said that “…”": a comma
        // closes the reported clause, unless "and" joins another clause to it.)
        let commas = (clauseVerb + 1..<innerToken).filter { tokens[$0].kind == .punctuation && tokens[$0].first == "," }
        guard commas.allSatisfy({ $0 + 1 < innerToken && Attributor.clauseJoiners.contains(phrases.lower($0 + 1)) }) else { return cue }
        return reporting
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

    /// Words after a comma that join another clause to the one a verb reports ("notes that Lind tweeted …, and Ruiz
    /// later called …").
    static let clauseJoiners = WordSet(Lexicon.list("clause-joiners"))

    /// Punctuation that ends the clause a verb reports before a quotation ("said the plan was sound; Lind called it …").
    static let clauseBreaks: Set<Unicode.Scalar> = [";", ":", "(", ")"]
}
