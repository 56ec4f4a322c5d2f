/// The named rule (sieve) of attribution that decided who said a quotation, or that nobody did. The sieves run in a
/// fixed order, the most precise first (``QuoteSieves/ordered``); the first that decides a quotation is recorded on it.
public enum AttributionSieve: String, Sendable, Codable, Hashable, CaseIterable {
    /// "Ruiz’s claim that “…”", "in Forbes’ words", "the contention of Ruiz that “…”", "Ruiz’s “…” promise": a noun of
    /// utterance after a possessive, or with its owner after "of" or "by", names the speaker.
    case possessor = "possessor"
    /// A short label or title in quotation marks that nobody in the sentence says (scare quotes, "so-called “…”",
    /// names of programmes): left without a speaker, and a ``Quotation/Kind/term`` unless the sentence has a named subject.
    case scareQuote = "scare-quote"
    /// "an option seen by organizers as a “lifeboat”", "described by witnesses as “…”": the agent of a passive verb of
    /// naming or viewing gives the label after "as".
    case labelAgent = "label-agent"
    /// "X said: “…”", "X called it a “…”": a speech verb before the quotation, with its subject.
    case verbBefore = "verb-before"
    /// "“…,” said X", "“…,” X said": a speech verb after the quotation, with its subject.
    case verbAfter = "verb-after"
    /// "“WALLACE: But …”": a transcript line names its speaker in capitals before a colon.
    case transcriptLabel = "transcript-label"
    /// The paragraph before ended "X said:": the quotation opening this paragraph is X's.
    case paragraphIntroduction = "paragraph-introduction"
    /// A sentence that only attributes ("Vale agreed.", "He added:") introduces the quotation opening the next one.
    case sentenceIntroduction = "sentence-introduction"
    /// A quotation that opens without a mark, or goes on from one left open in the paragraph before.
    case openQuotation = "open-quotation"
    /// "“…” ― Pamela Padilla": a name signed after a dash.
    case signature = "signature"
    /// "Clinton: “…”", "From the report: “…”": a name or a source before the colon.
    case colonName = "colon-name"
    /// "To Ruiz, the plan is “…”", "In Ruiz’s view, …": whose view the sentence gives.
    case viewpoint = "viewpoint"
    /// "Vale was asked, “…”": the verb introducing the quotation names nobody, and nobody else is guessed.
    case unnamedIntroducer = "unnamed-introducer"
    /// "Kasich resisted: “…”": the subject of a sentence ending in a colon before the quotation.
    case colonSubject = "colon-subject"
    /// "“…,” she said. He told the party to “…”", "The agency declined to detail the “…”": a new sentence's own subject
    /// (a name, a pronoun, or a person or body described) says the words quoted inside it.
    case newSentenceSubject = "new-sentence-subject"
    /// "Ruiz scolded him: “A,” she said. “B.”": the attribution after the quotation before goes on.
    case trailingAttribution = "trailing-attribution"
    /// Another quotation of the paragraph, attributed before, goes on in the same voice.
    case paragraphContinuation = "paragraph-continuation"
    /// "Clinton touted her record. “We …”", "The judge turned to me. “…?”": the subject of the sentence before, named or
    /// a person or body described.
    case previousSentenceSubject = "previous-sentence-subject"
    /// The paragraph before ended with a sentence about a named person: the quotation opening this one is theirs.
    case narrator = "narrator"
    /// A conversation: the paragraph before was a quotation, and this one goes on in the last speaker's voice.
    case conversation = "conversation"
    /// Reported speech just before ("Kerry said that …. “That adds up.”"): the quotation goes on in its voice.
    case reportedContinuation = "reported-continuation"
    /// "Cruz railed against the “Washington cartel”": the words quoted inside a named speaker's sentence, or inside a
    /// clause of it with a subject of its own ("… as he kept talking about the “…”").
    case sentenceSubject = "sentence-subject"
    /// A paraphrase of three words or more after reported speech goes on in that speech's voice.
    case paraphraseContinuation = "paraphrase-continuation"
    /// A line after the paragraph signs the quotation that closed it ("- Bernie Sanders.").
    case signatureLine = "signature-line"
    /// "«…», — заявив Зеленський", "“…” — said the mayor": a speaker named after a dash.
    case dashAttribution = "dash-attribution"
    /// "Kerry said that …": a speech verb with its subject and the clause it reports, without quotation marks.
    case reportedClause = "reported-clause"
    /// "According to the governor, the bridge was closed": the sentence a source given by "according to" reports.
    case accordingTo = "according-to"
    /// "Ruiz's claim that …", "his warning that …": a noun of utterance after a possessive and the clause after "that".
    case utteranceNoun = "utterance-noun"
    /// "urged residents to stay", "called for a ceasefire": a verb of calling and what it calls for.
    case call = "call"
    /// "…, which it said showed …": a speech verb inside a relative clause reports the rest of it.
    case relativeReport = "relative-report"
    /// A paragraph that is only a quotation, a paragraph or two after the last speaker's words with nobody else
    /// written between, goes on in that speaker's voice.
    case floating = "floating"

    /// A few words telling a reader what the sieve looked for.
    public var summary: String {
        switch self {
        case .possessor: "a noun of utterance after a possessive (“X’s claim that …”)"
        case .scareQuote: "a label or title nobody in the sentence says"
        case .labelAgent: "the agent of a passive label (“seen by X as …”)"
        case .verbBefore: "a speech verb before the quotation, with its subject"
        case .verbAfter: "a speech verb after the quotation, with its subject"
        case .transcriptLabel: "a transcript’s speaker label"
        case .paragraphIntroduction: "the paragraph before ended “X said:”"
        case .sentenceIntroduction: "the sentence before only attributes (“X added:”)"
        case .openQuotation: "goes on from a quotation left open"
        case .signature: "a name signed after a dash"
        case .colonName: "a name or source before a colon"
        case .viewpoint: "whose view the sentence gives (“To X, …”)"
        case .unnamedIntroducer: "a speech verb that names nobody"
        case .colonSubject: "the subject of a sentence ending in a colon"
        case .newSentenceSubject: "the subject of a new sentence quoting words"
        case .trailingAttribution: "the attribution after the quotation before goes on"
        case .paragraphContinuation: "goes on in the voice of the paragraph’s quotation before"
        case .previousSentenceSubject: "the subject of the sentence before"
        case .narrator: "the person the paragraph before was about"
        case .conversation: "a conversation: the last speaker goes on"
        case .reportedContinuation: "goes on in the voice of the reported speech before"
        case .sentenceSubject: "the subject of the sentence quoting the words"
        case .paraphraseContinuation: "a paraphrase going on after reported speech"
        case .signatureLine: "a signature line after the paragraph"
        case .dashAttribution: "a speaker named after a dash"
        case .reportedClause: "a speech verb and the clause it reports"
        case .accordingTo: "a source given by “according to”"
        case .utteranceNoun: "a noun of utterance after a possessive (“X’s warning that …”)"
        case .call: "a verb of calling and what it calls for"
        case .relativeReport: "a speech verb inside a relative clause (“which it said …”)"
        case .floating: "a paragraph of quotation alone after the last speaker’s words"
        }
    }
}
