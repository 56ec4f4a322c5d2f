/// How many tokens the rules of attribution read around a quotation, a speech verb or a phrase: each window named
/// after what it looks for, so that a rule says how far it looks and a change of reach is made in one place.
enum AttributionWindow {
    /// Words describing a thing written on between its article and its noun ("a Donald Trump campaign hat reading").
    static let inscriptionModifiers = 4
    /// Words of a name signed after a dash ("― Pamela Padilla").
    static let signatureName = 8
    /// From a verb of labelling to the label it gives ("hailed the vote in the Senate as “fantastic”").
    static let labellingVerb = 12
    /// Before "as": the passive or participle that makes a label nobody's ("is being seen as “…”").
    static let passiveBeforeAs = 4
    /// Before a label after "as": the passive that makes it nobody's ("is known as “…”").
    static let passiveLabel = 6
    /// Just before a label (or its "as"): the passive auxiliary that makes it nobody's even inside reported speech
    /// ("is being seen as “…”").
    static let auxiliaryBeforeLabel = 2
    /// After a name: the possessives and reflexives that give the person's gender ("Vale, in her column,").
    static let genderPronouns = 12
    /// From a verb of perceiving to the participle of speech ("caught on tape saying").
    static let perceptionVerb = 5
    /// From "To Ruiz," or "In Ruiz’s view," to the quotation it gives the view of.
    static let viewpoint = 40
    /// Words of the phrase of a view ("To the mayor of Springfield,").
    static let viewpointPhrase = 6
    /// From "From" or "More from" to the colon opening a quotation ("From the report: “…”").
    static let sourceBeforeColon = 8
    /// From a noun of utterance and "that" to a verb of its clause ("accusations that Lind recites …").
    static let nounClause = 8
    /// From "with" to the participle of its phrase ("with a senior official touting").
    static let withPhrase = 12
    /// Words of a transcript's speaker label before its colon ("“WALLACE: …").
    static let transcriptLabel = 4
    /// From a noun of utterance's "to" to the quotation ("her pledge to build a “…”").
    static let utteranceInfinitive = 4
    /// From "that" to the quotation in its clause ("Ruiz’s claim that there were “…”").
    static let thatClause = 10
    /// From a noun of utterance to its "that" ("her assertion during the debate that").
    static let utteranceBeforeThat = 4
    /// From "of" or "by" after a noun of utterance to its "that" ("the contention of former mayor Ana Ruiz that").
    static let ownerBeforeThat = 8
    /// Words describing a noun of utterance between its owner and it ("Lind's most explosive claim").
    static let utteranceDescription = 3
    /// Words of a title in quotation marks, and of titles listed side by side.
    static let title = 10
    static let listedTitle = 6
    /// Before a title: a verb of labelling or "as" that gives it as a name for someone.
    static let titleLabel = 3
    /// Capitalised words of a name after a speech verb and a comma ("exhorted the mayor’s sister, …").
    static let nameAfterComma = 4
    /// Words of a phrase set off after a speech verb.
    static let phraseAfterVerb = 5
    /// From a speech verb to the punctuation that makes it introduce the next quotation ("said: “…”").
    static let verbToMark = 3
    /// From a closing mark to the verb of the attribution after it ("“…,” said Seongmin Lee").
    static let attributionAfterQuote = 10
    /// From a closing mark to an attribution set off inside the sentence ("“…,” she said - and …").
    static let attributionSetOff = 3
    /// Words after a speech verb that close a sentence with it ("“…,” she said on Monday.").
    static let closingWords = 3
    /// From a telling verb's listener to the clause it reports ("told reporters in Kyiv that").
    static let listenerPhrase = 10
    /// Words of the subject before a verb of the present opening a reported clause ("said the new system sees").
    static let presentVerbSubject = 4
    /// Before a speech verb: "whether", that makes it a question about speaking.
    static let whetherBeforeVerb = 4
    /// From a speech verb to the "that" opening its clause ("said in a statement on Monday that").
    static let verbToThat = 12
    /// Tokens of a bracketed tag after a name, brackets included ("Rubio (R-Fla.)").
    static let nameTag = 8
    /// Words of a phrase set off by commas between a subject and its passive ("Lind's book, now made into a film, is
    /// described as …": PassiveSubject).
    static let passiveApposition = 8
    /// From the comma before a participle naming the subject to the comma after the name ("The report, titled “Harbour
    /// Futures”, concludes").
    static let nameGivingApposition = 12
    /// The noun phrase opening a sentence that a participle then names ("The Kyiv-based union, called …").
    static let namedSubject = 4
    /// From the "by" after a passive verb of naming to the "as" before its label ("seen by the organizers of the
    /// convention as a “…”").
    static let labelAgent = 8
    /// From a clause opener and its pronoun subject to the quotation in the clause ("as he keeps talking about the “…”").
    static let clauseBeforeQuote = 12
}
