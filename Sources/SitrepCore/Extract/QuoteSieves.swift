/// What a sieve reads about one quotation: the quotation, its sentence with the speech verbs and their subjects, and
/// what the paragraph and the paragraph before left (``Attributor/Carry``).
struct SieveContext {
    let attributor: Attributor
    let region: QuoteRegion
    /// Token index of the opening mark, -1 when the paragraph opens inside the quotation.
    let opener: Int
    let kind: Quotation.Kind
    /// Words (tokens other than punctuation) inside the marks.
    let words: Int
    let sentence: Range<Int>
    let tokens: [Token]
    let phrases: NounPhrases
    /// The sentence's speech verbs and the subject found for each (by token index of the verb).
    let cues: [Cue]
    let subjects: [Int: Mention]
    /// The quotations opening or starting in the sentence.
    let sentenceRegions: [QuoteRegion]
    /// The speech verb of the sentence that claims this quotation, if any.
    let chosen: Cue?
    /// A label, title or question nobody in the sentence says.
    let isScare: Bool
    /// Whose view the sentence gives before the quotation ("To Ruiz, …").
    let viewer: Mention?
    /// The noun of utterance and its owner before the quotation ("Ruiz’s claim that").
    let owned: (noun: String, owner: Mention)?
    /// The agent of a passive verb of naming or viewing before "as" and the label ("seen by organizers as a “…”").
    let labelAgent: Mention?
    /// The name or source before a colon that opens the quotation ("Clinton: “…”").
    let colonName: Mention?
    /// The sentence's opening subject.
    let opening: Mention?
    let carry: Attributor.Carry
    /// The attribution of the sentence before, when it only attributed ("Vale agreed.").
    let introducedBy: (cue: String, mention: Mention)?
    /// The paragraph opens with a quotation mark while a quotation of the paragraph before is open.
    let openedInside: Bool
    /// The paragraph's last attributed quotation so far, its end, and the attribution trailing after it.
    let previousInParagraph: Int?
    let previousEnd: Int?
    let trailingOfPrevious: (cue: String, mention: Mention)?
    /// The sentence before, when it held no quotation.
    let sentenceBefore: Range<Int>?
    /// The reported speech of the sentence before, if any (index in the article's quotes).
    let reportedJustBefore: Int?

    /// The quotation opens its sentence.
    var opensSentence: Bool { opener == sentence.lowerBound }

    /// Whether another quotation of the sentence opens after token `index`.
    func sentenceRegionsOpenAfter(_ index: Int) -> Bool { sentenceRegions.contains { ($0.open ?? -1) > index } }
}

/// What a sieve decided: the cue and speaker, or the earlier quotation whose speaker goes on (all may be nil: the
/// sieve decided that nobody is named).
struct SieveDecision {
    var cue: String?
    var mention: Mention?
    var continues: Int?
    /// The speech verb (token index) the decision took, which then attributes no reported speech.
    var usedCue: Int?
    /// An attribution after the quotation that a quotation going on after it takes ("“A,” she said. “B.”").
    var trailing: (cue: String, mention: Mention)?
}

/// One rule of attribution: given a quotation in its sentence, it decides its speaker or passes.
protocol QuoteSieve: Sendable {
    var name: AttributionSieve { get }
    func decide(_ context: SieveContext) -> SieveDecision?
}

/// The sieves of attribution inside a paragraph, in the order they are tried: the first that decides wins.
enum QuoteSieves {
    static let ordered: [any QuoteSieve] = [
        PossessorSieve(), LabelAgentSieve(), ScareQuoteSieve(), VerbBeforeSieve(), VerbAfterSieve(), TranscriptLabelSieve(),
        ParagraphIntroductionSieve(), SentenceIntroductionSieve(), OpenQuotationSieve(), SignatureSieve(),
        ColonNameSieve(), ViewpointSieve(), UnnamedIntroducerSieve(), ColonSubjectSieve(), NewSentenceSubjectSieve(),
        TrailingAttributionSieve(), ParagraphContinuationSieve(), PreviousSentenceSubjectSieve(), NarratorSieve(),
        ConversationSieve(), ReportedContinuationSieve(), SentenceSubjectSieve(), ParaphraseContinuationSieve(),
    ]

    /// The first decision of the sieves, with the sieve that made it.
    static func decide(_ context: SieveContext) -> (AttributionSieve, SieveDecision)? {
        for sieve in ordered {
            if let decision = sieve.decide(context) { return (sieve.name, decision) }
        }
        return nil
    }

    /// Paraphrases of three words or more go on in the voice of reported speech; fewer are a label.
    static let paraphraseWords = 3
}

/// "Ruiz’s claim that “…”": the words are the possessor's.
struct PossessorSieve: QuoteSieve {
    var name: AttributionSieve { .possessor }
    func decide(_ c: SieveContext) -> SieveDecision? {
        c.owned.map { SieveDecision(cue: $0.noun, mention: $0.owner) }
    }
}

/// "an option seen by organizers as a “lifeboat”": the agent of the passive gives the label, which is no scare quote;
/// only when no speech verb governs the sentence ("Zelensky said the attack was seen by Moscow as a “warning”" is
/// Zelensky's), the participle of naming itself aside.
struct LabelAgentSieve: QuoteSieve {
    var name: AttributionSieve { .labelAgent }
    func decide(_ c: SieveContext) -> SieveDecision? {
        guard let agent = c.labelAgent,
              c.chosen.map({ $0.token + 1 < c.tokens.count && c.phrases.lower($0.token + 1) == "by" }) ?? true
        else { return nil }
        return SieveDecision(mention: agent)
    }
}

/// A scare quote or title has nobody's words: no later sieve may give it a speaker.
struct ScareQuoteSieve: QuoteSieve {
    var name: AttributionSieve { .scareQuote }
    func decide(_ c: SieveContext) -> SieveDecision? { c.isScare ? SieveDecision() : nil }
}

/// The sentence's speech verb that claims the quotation, with its subject ("He concludes that …, because to him, “…”":
/// a view given after a verb before the quotation is nearer, and leaves it to ``ViewpointSieve``).
private func speechVerb(_ c: SieveContext, before: Bool) -> SieveDecision? {
    guard let cue = c.chosen, (cue.token < c.opener) == before,
          !(cue.token < c.opener && c.viewer.map { $0.start > c.tokens[cue.token].end } == true) else { return nil }
    var decision = SieveDecision(cue: cue.text, mention: c.subjects[cue.token], usedCue: cue.token)
    // "Ruiz scolded him: “A,” she said.": the attribution after the quotation takes the quotation going on after it.
    if cue.token < c.opener, let close = c.region.close,
       let after = c.cues.first(where: { $0.token > close && c.subjects[$0.token] != nil }),
       !c.sentenceRegionsOpenAfter(close),
       c.attributor.closesSentence(after, subject: c.subjects[after.token], sentence: c.sentence, phrases: c.phrases) {
        decision.trailing = (after.text, c.subjects[after.token]!)
    }
    return decision
}

/// "X said: “…”", "calling him a “loser”".
struct VerbBeforeSieve: QuoteSieve {
    var name: AttributionSieve { .verbBefore }
    func decide(_ c: SieveContext) -> SieveDecision? { speechVerb(c, before: true) }
}

/// "“…,” said X", "“…,” X said".
struct VerbAfterSieve: QuoteSieve {
    var name: AttributionSieve { .verbAfter }
    func decide(_ c: SieveContext) -> SieveDecision? { speechVerb(c, before: false) }
}

/// "“WALLACE: But, Governor, …”": a transcript names its speaker in capitals, even where a quotation left open before
/// would go on.
struct TranscriptLabelSieve: QuoteSieve {
    var name: AttributionSieve { .transcriptLabel }
    func decide(_ c: SieveContext) -> SieveDecision? {
        c.attributor.transcriptLabel(c.region, tokens: c.tokens, phrases: c.phrases).map { SieveDecision(mention: $0) }
    }
}

/// The paragraph before ended "X said:": the direct quotation opening this paragraph is X's.
struct ParagraphIntroductionSieve: QuoteSieve {
    var name: AttributionSieve { .paragraphIntroduction }
    func decide(_ c: SieveContext) -> SieveDecision? {
        guard let introduction = c.carry.introduction, c.opener == 0, c.previousInParagraph == nil, c.kind == .direct
        else { return nil }
        return SieveDecision(cue: introduction.cue, mention: introduction.mention)
    }
}

/// A sentence that only attributes ("Vale agreed.") introduces the direct quotation opening the next sentence.
struct SentenceIntroductionSieve: QuoteSieve {
    var name: AttributionSieve { .sentenceIntroduction }
    func decide(_ c: SieveContext) -> SieveDecision? {
        guard let introduction = c.introducedBy, c.opensSentence, c.kind == .direct else { return nil }
        return SieveDecision(cue: introduction.cue, mention: introduction.mention)
    }
}

/// A quotation without an opening mark, or reopened at the start of the paragraph, goes on from the one left open.
struct OpenQuotationSieve: QuoteSieve {
    var name: AttributionSieve { .openQuotation }
    func decide(_ c: SieveContext) -> SieveDecision? {
        guard c.region.open == nil || (c.openedInside && c.opener == 0 && c.previousInParagraph == nil) else { return nil }
        return SieveDecision(continues: c.carry.openQuote)
    }
}

/// “…” ― Pamela Padilla.
struct SignatureSieve: QuoteSieve {
    var name: AttributionSieve { .signature }
    func decide(_ c: SieveContext) -> SieveDecision? {
        guard let close = c.region.close,
              let signed = c.attributor.signature(at: close + 1, tokens: c.tokens, phrases: c.phrases) else { return nil }
        return SieveDecision(mention: signed)
    }
}

/// "Clinton: “Our goal is to defeat ISIS.”", "More from Jones: “...”".
struct ColonNameSieve: QuoteSieve {
    var name: AttributionSieve { .colonName }
    func decide(_ c: SieveContext) -> SieveDecision? { c.colonName.map { SieveDecision(mention: $0) } }
}

/// "To Ruiz, the plan is “a gift to the barons”".
struct ViewpointSieve: QuoteSieve {
    var name: AttributionSieve { .viewpoint }
    func decide(_ c: SieveContext) -> SieveDecision? { c.viewer.map { SieveDecision(mention: $0) } }
}

/// "Vale was asked, “…”": the verb introducing the quotation names nobody, and nobody else is guessed.
struct UnnamedIntroducerSieve: QuoteSieve {
    var name: AttributionSieve { .unnamedIntroducer }
    func decide(_ c: SieveContext) -> SieveDecision? {
        guard c.opener - 2 >= c.sentence.lowerBound, [",", ":"].contains(c.tokens[c.opener - 1].first),
              let introducer = c.cues.first(where: { $0.token == c.opener - 2 }) else { return nil }
        return SieveDecision(cue: introducer.text)
    }
}

/// "Here’s Clinton in December 1992: “…”", "Kasich resisted: “…”".
struct ColonSubjectSieve: QuoteSieve {
    var name: AttributionSieve { .colonSubject }
    func decide(_ c: SieveContext) -> SieveDecision? {
        guard c.kind == .direct, c.opener > c.sentence.lowerBound, c.tokens[c.opener - 1].first == ":",
              let subject = c.attributor.sentenceSubject(c.sentence, phrases: c.phrases),
              [.name, .pronoun, .document].contains(subject.form) else { return nil }
        return SieveDecision(mention: subject)
    }
}

/// "“…,” she said. He commanded the party to “do the right thing”": a new sentence's own subject (a name, a pronoun, or a
/// person or body described: "The agency declined to detail the “scope”") says the words quoted inside it.
struct NewSentenceSubjectSieve: QuoteSieve {
    var name: AttributionSieve { .newSentenceSubject }
    func decide(_ c: SieveContext) -> SieveDecision? {
        guard c.kind == .partial, let previousEnd = c.previousEnd, previousEnd <= c.tokens[c.sentence.lowerBound].start,
              c.opener > c.sentence.lowerBound + 1,
              let subject = c.attributor.sentenceSubject(c.sentence, phrases: c.phrases),
              subject.form == .name || subject.form == .pronoun
                || subject.form == .description && subject.definite && c.attributor.isSpeakerNoun(subject.head),
              subject.end <= c.tokens[c.opener].start,
              // ("Audiences can expect him to …": a plural opening the sentence is no name.)
              subject.text.containsASCII(" ") || !NounPhrases.looksPlural(subject.text.lowercased()) else { return nil }
        return SieveDecision(mention: subject)
    }
}

/// "Ruiz scolded him: “A,” she said. “B.”": the quotation going on after a second attribution is in its words.
struct TrailingAttributionSieve: QuoteSieve {
    var name: AttributionSieve { .trailingAttribution }
    func decide(_ c: SieveContext) -> SieveDecision? {
        guard c.kind == .direct, c.opensSentence, let (cue, mention) = c.trailingOfPrevious else { return nil }
        return SieveDecision(cue: cue, mention: mention)
    }
}

/// Another quotation of the paragraph, attributed before: this one goes on in its voice.
struct ParagraphContinuationSieve: QuoteSieve {
    var name: AttributionSieve { .paragraphContinuation }
    func decide(_ c: SieveContext) -> SieveDecision? {
        c.previousInParagraph.map { SieveDecision(continues: $0) }
    }
}

/// "Clinton touted her record. “We …”": the named subject of the sentence before (or the name in apposition to it), or
/// the person or body it describes ("The judge turned to me. “…?”").
struct PreviousSentenceSubjectSieve: QuoteSieve {
    var name: AttributionSieve { .previousSentenceSubject }
    func decide(_ c: SieveContext) -> SieveDecision? {
        guard c.kind == .direct, c.opensSentence, let before = c.sentenceBefore,
              let subject = c.attributor.apposedName(c.attributor.sentenceSubject(before, phrases: c.phrases),
                                                     sentence: before, phrases: c.phrases),
              subject.form == .name || subject.form == .pronoun
                || subject.form == .description && subject.definite && c.attributor.isSpeakerNoun(subject.head)
        else { return nil }
        return SieveDecision(mention: subject)
    }
}

/// The paragraph before ended with a sentence about a named person: a direct quotation opening this one is theirs.
struct NarratorSieve: QuoteSieve {
    var name: AttributionSieve { .narrator }
    func decide(_ c: SieveContext) -> SieveDecision? {
        guard c.kind == .direct, c.opener == 0, c.previousInParagraph == nil, let narrator = c.carry.narrator else { return nil }
        return SieveDecision(mention: narrator)
    }
}

/// A paragraph of quotation after another: the last speaker goes on.
struct ConversationSieve: QuoteSieve {
    var name: AttributionSieve { .conversation }
    func decide(_ c: SieveContext) -> SieveDecision? {
        guard c.kind == .direct, c.carry.lastParagraphWasQuote, let last = c.carry.lastAttributed else { return nil }
        return SieveDecision(continues: last)
    }
}

/// "Kerry said that 100,000 would come. “That adds up to 185,000.”": the reported speech's voice goes on.
struct ReportedContinuationSieve: QuoteSieve {
    var name: AttributionSieve { .reportedContinuation }
    func decide(_ c: SieveContext) -> SieveDecision? {
        guard c.kind == .direct, let reported = c.reportedJustBefore else { return nil }
        return SieveDecision(continues: reported)
    }
}

/// Words quoted inside a named speaker's sentence with no speech verb ("Cruz railed against the “Washington
/// cartel”") are the sentence's subject's, or the subject's of a clause opening before them ("Ruiz was cheered as he
/// kept talking about the “…”"); not a passive subject's, which is described or asked by someone else ("Lind's
/// book is described on the site as a “riveting read”": PassiveSubject).
struct SentenceSubjectSieve: QuoteSieve {
    var name: AttributionSieve { .sentenceSubject }
    func decide(_ c: SieveContext) -> SieveDecision? {
        guard c.kind == .partial, let subject = c.opening,
              subject.form == .name || subject.form == .pronoun || subject.form == .document
                || subject.form == .description
                    && c.attributor.isSpeakerHead(subject.head),
              c.opener > c.sentence.lowerBound + 1
        else { return nil }
        // (A clause's own subject speaks whatever the sentence's does: "Ruiz was cheered as he kept talking ...".)
        if let nearer = c.attributor.clauseSubject(after: subject, before: c.opener, sentence: c.sentence, phrases: c.phrases) {
            return SieveDecision(mention: nearer)
        }
        guard !c.attributor.isPassiveSubject(subject, before: c.opener, sentence: c.sentence, phrases: c.phrases)
        else { return nil }
        return SieveDecision(mention: subject)
    }
}

/// "…, he said. Good information can win, but only when “the truth is sexier”": the paraphrase goes on in the voice
/// of the reported speech before it (a word or two there is a label).
struct ParaphraseContinuationSieve: QuoteSieve {
    var name: AttributionSieve { .paraphraseContinuation }
    func decide(_ c: SieveContext) -> SieveDecision? {
        guard c.kind == .partial, c.words >= QuoteSieves.paraphraseWords, let reported = c.reportedJustBefore else { return nil }
        return SieveDecision(continues: reported)
    }
}
