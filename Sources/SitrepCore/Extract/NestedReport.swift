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
        // The inner subject opens the clause the verb reports: right after the verb, or after its "that"
        // ("said on Tuesday that Lind had described"), not after a clause of time ("tweeted after Lind argued").
        let verbEnd = clauseVerb + (reporting.text.contains(" ") ? 2 : 1)
        guard innerToken == verbEnd || (verbEnd..<innerToken).contains(where: { phrases.lower($0) == "that" }) else { return cue }
        // ("After Lind argued that …, Ruiz said only that his “…”", "Ruiz said that …, while Lind said that “…”": a comma
        // closes the reported clause, unless "and" joins another clause to it.)
        let commas = (clauseVerb + 1..<innerToken).filter { tokens[$0].kind == .punctuation && tokens[$0].first == "," }
        guard commas.allSatisfy({ $0 + 1 < innerToken && Attributor.clauseJoiners.contains(phrases.lower($0 + 1)) }) else { return cue }
        return reporting
    }

    /// Words after a comma that join another clause to the one a verb reports ("notes that Lind tweeted …, and Ruiz
    /// later called …").
    static let clauseJoiners = WordSet(Lexicon.list("clause-joiners"))

    /// Punctuation that ends the clause a verb reports before a quotation ("said the plan was sound; Lind called it …").
    static let clauseBreaks: Set<Unicode.Scalar> = [";", ":", "(", ")"]
}
