/// A quotation found in one article, before its speaker is made canonical across articles.
struct LocalQuote: Sendable {
    var segment: Int
    var paragraph: Paragraph
    var start: Int
    var end: Int
    var kind: Quotation.Kind
    var cue: String?
    var mention: Mention?
    /// Index (in the article's local quotes) of the quotation whose speaker this one continues.
    var continues: Int?
    /// Local entity that said it, once resolved.
    var entity: Int?
    var unclosed: Bool
    /// The sieve that decided the speaker (or that nobody is named), if any did.
    var sieve: AttributionSieve? = nil
}

/// A speech verb (or "according to") in a sentence, outside quotation marks.
struct Cue: Sendable {
    var token: Int
    var text: String
    var base: String
    /// "saying", "adding": takes the subject of the clause it hangs from.
    var isParticiple: Bool
    /// "according to X": the speaker follows.
    var isAccording: Bool

    /// The token after the cue's words ("said", "according to").
    var end: Int { token + text.split(separator: " ").count }
}

/// Finds the quotations and reported speech of an article and the phrase that names each speaker.
struct Attributor {
    let lexicon: Lexicon

    /// Verbs that report speech without quotation marks even with no "that".
    static let reportingVerbs = WordSet(Lexicon.list("reporting-verbs"))
    /// Words before a short quotation that make it a scare quote when no speech verb of the sentence claims it.
    static let scareOpeners = WordSet(Lexicon.list("scare-openers"))
    /// Speech verbs that give something a name or a description: the label in quotation marks after them is the
    /// speaker's.
    static let labellingVerbs = WordSet(Lexicon.list("labelling-verbs"))

    /// Words that put a label in quotation marks ("seen as “irrefutable evidence”"): a scare quote even in a
    /// sentence with a speech verb.
    static let labelOpeners = WordSet(Lexicon.list("label-openers"))
    /// The most words a label after a label opener has ("the so-called “special military operation”").
    static let labelWords = 3
    /// The most words a scare quote after a scare opener has ("the “bad angels”").
    static let scareWords = 2

    /// Articles, which may stand between a preposition and the quotation after it ("as a “…”", "call for a “…”").
    static let articles = Lexicon.list("articles")

    /// Prepositions joining a noun of utterance to the words quoted after it ("his call for a “…”", "her broadside
    /// against “…”").
    static let utteranceJoiners = Lexicon.list("utterance-joiners")

    /// Prepositions naming the owner after a noun of utterance ("the contention of Ana Ruiz that “…”").
    static let ownerJoiners = Lexicon.list("owner-joiners")

    /// Words that open a phrase or clause before a sentence's subject ("While ..., she said").
    static let clauseOpeners = WordSet(Lexicon.list("clause-openers"))
    /// Words that open a subordinate clause (``setInReport(before:sentence:cues:subjects:phrases:)``).
    static let subordinators = WordSet(Lexicon.list("subordinators"))
    /// The indefinite articles.
    static let indefiniteArticles: WordSet = ["a", "an"]

    /// Last words of an opening phrase of time ("Hours later,", "Last week,", "On Monday,"): the days of the week
    /// among them.
    static let timeWords = WordSet(Lexicon.list("time-words").union(Lexicon.list("weekdays")))

    /// Forms of "go" in "went on to say".
    static let goForms = WordSet(Lexicon.list("go-forms"))

    /// Verbs a participle continues as one predicate ("kept asking", "began shouting").
    static let catenatives = WordSet(Lexicon.list("catenatives"))

    /// Adverbs set off by commas between a subject and its verb ("Proponents, however, say").
    static let parentheticals = WordSet(Lexicon.list("parentheticals"))

    /// Quantifiers and adjectives of number before a plural noun ("other states", "most reports").
    static let quantifiers = WordSet(Lexicon.list("quantifiers"))

    /// Speech verbs whose -s form is also a common plural noun ("states", "notes", "calls"), besides the nouns of
    /// speech and utterance in the lexicon ("reports", "claims").
    static let pluralNounVerbs = WordSet(Lexicon.list("plural-noun-verbs"))

    /// Speech verbs whose object is the person or thing spoken to or about, never an inverted speaker ("thanked Obama
    /// for …", "urged voters to …", "denies the allegations, calling …").
    static let objectVerbs = WordSet(Lexicon.list("object-verbs"))

    /// Written or broadcast works that say things ("the ad claims", "the website states", "the plan promises"), the
    /// things that carry written words among them.
    static let writtenWorks = WordSet(Lexicon.list("written-works")).union(inscriptions)

    /// Things that carry written words ("a sign saying “…”", "a campaign hat reading “…”"): what is written on them is
    /// theirs, not the words of who holds or wears them.
    static let inscriptions = WordSet(Lexicon.list("inscriptions"))

    /// Whom words are said to, between the verb and the quotation: "telling her, “…”", "told reporters: “…”".
    static let listeners = WordSet(Lexicon.list("listeners"))

    /// Words that join a sentence to the one before and stand before its subject ("But", "Also", "And so").
    static let connectives = WordSet(Lexicon.list("connectives"))

    /// Words after which a bare verb form is a verb ("did say", "will warn", "never said").
    static let modals = WordSet(Lexicon.list("modals"))

    /// Per-paragraph carry-over: a quotation left open at the end of the previous paragraph, the last speaker, an
    /// introduction ("X said:") and the reported speech or quotation that closed it.
    struct Carry {
        var openQuote: Int?
        var lastAttributed: Int?
        var lastParagraphWasQuote = false
        /// The paragraph ended "X said:": the quotation opening the next paragraph is X's.
        var introduction: (cue: String, mention: Mention)?
        /// The paragraph's last sentence was reported speech ("Kerry said that ..."): its index in the quotes.
        var reportedLast: Int?
        /// The paragraph ended with the closing mark of this quotation: a signature line may name its speaker.
        var endingQuote: Int?
        /// People named as the subject of sentences without speech, with the number of quotations before them: a
        /// pronoun after them may refer to them ("Kilimnik is a Russian. He denied …").
        var passing: [(position: Int, line: Int, mention: Mention)] = []
        /// The paragraph ended with a sentence about a named person, or a pronoun for one, and no quotation ("Vale
        /// praised the plan.", "She then had a question."): a quotation standing alone at the start of the next
        /// paragraph is theirs.
        var narrator: Mention?
    }

    /// Dashes that open a signature after a quotation ("— Sonya Herridge", "- Bernie Sanders.").
    private static func isSignatureDash(_ mark: Unicode.Scalar) -> Bool {
        mark == "-" || mark == "\u{2013}" || mark == "\u{2014}" || mark == "\u{2015}"
    }

    /// The name signed after a dash at `dash` ("― Pamela Padilla", "-President Obama, tweeting ..."), or nil.
    func signature(at dash: Int, tokens: [Token], phrases: NounPhrases) -> Mention? {
        guard dash + 1 < tokens.count, Attributor.isSignatureDash(tokens[dash].first), tokens[dash].kind == .punctuation,
              tokens[dash + 1].isCapitalized else { return nil }
        let end = (dash + 1..<tokens.count).first { tokens[$0].kind == .punctuation && tokens[$0].first != "."
            && tokens[$0].first != "-" || tokens[$0].isQuoteMark } ?? tokens.count
        let chunk = phrases.rightChunk(from: dash + 1, ceiling: end)
        // The name ends the line or is set off by punctuation: "― Ana Ruiz", "- Ruiz, Springfield.", "― Ruiz “...".
        guard !chunk.isEmpty, chunk.count <= AttributionWindow.signatureName, chunk.upperBound == tokens.count || tokens[chunk.upperBound].kind == .punctuation,
              let mention = phrases.mention(in: chunk), mention.form == .name else { return nil }
        return mention
    }

    /// Quotations of one paragraph, appended to `quotes`. `cache`, when given, holds the words of the article's
    /// paragraphs.
    func extract(_ paragraph: Paragraph, segment: Int, quotes: inout [LocalQuote], carry: inout Carry,
                 tokens cache: TokenCache? = nil) {
        let tokens = paragraph.tokens
        guard !tokens.isEmpty else { return }
        let regions = QuoteScanner.regions(tokens, byteCount: paragraph.bytes.count)
        let sentences = Sentences.split(tokens, regions: regions, paragraph: paragraph, lexicon: lexicon)
        let phrases = NounPhrases(paragraph: paragraph, tokens: tokens, lexicon: lexicon,
                                  words: cache?.words(of: paragraph))
        var inside = [Bool](repeating: false, count: tokens.count)
        for region in regions { for index in region.tokens { inside[index] = true } }
        for region in regions where region.open != nil { inside[region.open!] = true }
        for region in regions where region.close != nil { inside[region.close!] = true }

        let openedInside = tokens.first?.isQuoteMark == true && carry.openQuote != nil
        let heading = Attributor.isHeading(tokens)
        var previousInParagraph: Int?
        // A second attribution after a quotation that an earlier verb introduced ("Ruiz scolded him: “A,” she said."):
        // the quotation going on after it ("“B.”") is in that attribution's words.
        var trailing: [Int: (cue: String, mention: Mention)] = [:]
        var nextCarry = Carry(openQuote: nil, lastAttributed: carry.lastAttributed)
        nextCarry.passing = carry.passing
        var paragraphHasQuote = false
        // The quotation of this paragraph's last quotation marks so far.
        var lastRegionQuote: Int?
        // A line that signs the quotation closing the paragraph before: "- Bernie Sanders."
        if let signed = carry.endingQuote, let mention = signature(at: 0, tokens: tokens, phrases: phrases) {
            quotes[signed].mention = mention
            quotes[signed].continues = nil
            quotes[signed].sieve = .signatureLine
            nextCarry.lastAttributed = signed
        }
        // Reported speech in the sentence just before: a quotation after it with no speech verb of its own goes on
        // in the same voice ("Kerry said that 100,000 would come. “That adds up to 185,000.”").
        var reportedJustBefore = carry.reportedLast
        // A sentence that only attributes ("Vale agreed.", "He added:"): it introduces the quotation opening the next.
        var introducedBy: (cue: String, mention: Mention)?
        // The sentence before, when it had no quotation: its named subject says a quotation opening the next sentence
        // ("Clinton touted her record. “We …”").
        var sentenceBefore: Range<Int>?

        var regionCursor = 0
        for sentence in sentences {
            let cues = findCues(in: sentence, tokens: tokens, inside: inside, phrases: phrases)
            var subjects: [Int: Mention] = [:]
            var lastFinite: Mention?
            // Set once a finite verb opens a reported clause ("said that …"): verbs inside the clause do not take over
            // the participles after it ("Cardin said that Republicans rejected it, calling it …").
            var clauseOpened = false
            // The verb that opened it.
            var clauseVerb: Int?
            for spoken in cues {
                // "went on to say", "going on to say": the subject is the verb of going's.
                var cue = spoken
                // "having referred to him as": a perfect participle.
                if cue.token - 1 >= sentence.lowerBound, phrases.lower(cue.token - 1) == "having" {
                    cue.token -= 1
                    cue.isParticiple = true
                }
                if cue.token - 3 >= sentence.lowerBound, phrases.lower(cue.token - 1) == "to",
                   phrases.lower(cue.token - 2) == "on", Attributor.goForms.contains(phrases.lower(cue.token - 3)) {
                    cue.token -= 3
                    cue.isParticiple = phrases.lower(cue.token).hasSuffix("ing")
                }
                if cue.isParticiple, cue.token > sentence.lowerBound,
                   Attributor.catenatives.contains(phrases.lower(cue.token - 1)) {
                    // "Johnson kept asking her why …": the participle goes with the verb before it.
                    var verb = cue
                    verb.token -= 1
                    verb.isParticiple = false
                    if let subject = subject(of: verb, in: sentence, tokens: tokens, phrases: phrases, inside: inside) {
                        subjects[spoken.token] = subject
                        lastFinite = subject
                    }
                } else if cue.isParticiple, let perceived = perceivedSubject(before: cue, sentence: sentence, phrases: phrases) {
                    // "a reporter can be heard asking Ruiz", "Lind was caught on tape saying": who was perceived speaks.
                    subjects[spoken.token] = perceived
                } else if cue.isParticiple {
                    // "footage of Ana Ruiz asking, “…”", "Ruiz saying he was “…” and Lind calling it …": a name
                    // right before the participle is its subject.
                    // ("with Trump reportedly yelling": an adverb may stand between.)
                    let nameEnd = cue.token - 1 > sentence.lowerBound && isAdverb(cue.token - 1, sentence: sentence, phrases: phrases)
                        ? cue.token - 1 : cue.token
                    if let main = openingParticipleSubject(cue, sentence: sentence, inside: inside, phrases: phrases) {
                        subjects[spoken.token] = main
                    } else if cue.token > sentence.lowerBound, phrases.lower(cue.token - 1) == "and",
                              let before = cues.last(where: { $0.token < spoken.token && $0.isParticiple }),
                              let shared = subjects[before.token] {
                        // "with Trump tweeting that it was a “disaster” and asking, “…?”": participles joined by "and"
                        // share their subject.
                        subjects[spoken.token] = shared
                    } else if opensSentence(cue, sentence: sentence, phrases: phrases),
                              let verb = cues.first(where: { $0.token > cue.token && !$0.isParticiple }),
                              let main = subject(of: verb, in: sentence, tokens: tokens, phrases: phrases, inside: inside) {
                        // "Conceding that a deal would come “down the line” he warned: …": the main verb's subject.
                        subjects[spoken.token] = main
                    } else if !clauseOpened, let inscription = inscription(endingBefore: nameEnd, sentence: sentence, phrases: phrases) {
                        // "Bernstein held up a sign saying “…”": the words written on a thing are the thing's.
                        subjects[spoken.token] = inscription
                    } else if !clauseOpened, nameEnd - 2 >= sentence.lowerBound,
                              lexicon.speechNouns.contains(phrases.lower(nameEnd - 1))
                                  || Attributor.writtenWorks.contains(phrases.lower(nameEnd - 1)),
                              case let chunk = phrases.leftChunk(endingBefore: nameEnd, floor: sentence.lowerBound),
                              chunk.count >= 2, phrases.lower(chunk.lowerBound) == "the" || NounPhrases.isPossessive(phrases.lower(chunk.lowerBound)),
                              let document = phrases.mention(in: chunk) {
                        // "the newspaper’s editorial telling him to leave his “playground”": a document of someone's
                        // right before the participle says it (not inside a reported clause, where the reporter
                        // paraphrases: "Lind said the mayor’s tweet saying … meant that “…”").
                        subjects[spoken.token] = document
                    } else if let named = nameRun(endingBefore: nameEnd, sentence: sentence, phrases: phrases) {
                        subjects[spoken.token] = named
                    } else if let with = withSubject(before: nameEnd, sentence: sentence, phrases: phrases) {
                        // "with a senior official touting it as “…”", "with the crowd shouting “No!”".
                        subjects[spoken.token] = with
                    } else if let clause = subordinateSubject(before: cue.token, sentence: sentence, cues: cues, phrases: phrases) {
                        // "He tweeted when Clinton ended the debate with a joke, remarking, “…”": the clause's subject.
                        subjects[spoken.token] = clause
                    } else if let lastFinite { subjects[spoken.token] = lastFinite }
                    else if let first = sentenceSubject(sentence, phrases: phrases) { subjects[spoken.token] = first }
                    // "…, telling reporters that he thinks it is “a great thing”": the participle reports the clause.
                    if !clauseOpened, subjects[spoken.token] != nil, opensReportedClause(cue, sentence: sentence, phrases: phrases) {
                        clauseOpened = true
                        clauseVerb = spoken.token
                    }
                } else if cue.base == "say", cue.token - 3 > sentence.lowerBound, phrases.lower(cue.token - 1) == "to",
                          Attributor.sayingAmounts.contains(phrases.lower(cue.token - 2)),
                          ["had", "has", "have", "having"].contains(phrases.lower(cue.token - 3)),
                          let main = sentenceSubject(sentence, phrases: phrases), main.end <= tokens[cue.token - 3].start,
                          !isVerbForm(main, sentence: sentence, phrases: phrases) {
                    // "Likewise, a paper from the institute had this to say:": the subject of the verb before "to".
                    subjects[spoken.token] = main
                    if !clauseOpened { lastFinite = main }
                } else if let finite = finiteSubject(of: cue, lastFinite: lastFinite, clauseOpened: clauseOpened,
                                                     sentence: sentence, inside: inside, phrases: phrases) {
                    subjects[spoken.token] = finite
                    // ("Ruiz repeated accusations that Lind recites the same points, calling him …": a verb in the clause
                    // after a noun of utterance does not take the participles after it either.)
                    if !clauseOpened, !inNounClause(cue.token, sentence: sentence, inside: inside, phrases: phrases) {
                        lastFinite = finite
                    }
                    if !clauseOpened, opensReportedClause(cue, sentence: sentence, phrases: phrases) {
                        clauseOpened = true
                        clauseVerb = spoken.token
                    }
                }
            }
            // A verb taken for a subject ("sent out", "obtained", "having") names nobody: the sentence's subject speaks.
            for (token, mention) in subjects where isVerbForm(mention, sentence: sentence, phrases: phrases) {
                let fallback = sentenceSubject(sentence, phrases: phrases)
                subjects[token] = fallback.flatMap {
                    isVerbForm($0, sentence: sentence, phrases: phrases) || $0.start >= tokens[token].start ? nil : $0
                }
            }
            // ("In a Reuters poll, 75 percent of voters said …": a share of those asked speaks through the poll.)
            for (token, mention) in subjects { if let poll = pollAsking(mention, sentence: sentence, phrases: phrases) { subjects[token] = poll } }
            // The quotations opening or starting in this sentence (regions and sentences are both in text order).
            while regionCursor < regions.count,
                  max(regions[regionCursor].open ?? -1, regions[regionCursor].tokens.lowerBound) < sentence.lowerBound {
                regionCursor += 1
            }
            var sentenceRegions: [QuoteRegion] = []
            var next = regionCursor
            while next < regions.count, min(regions[next].open ?? Int.max, regions[next].tokens.lowerBound) < sentence.upperBound {
                if sentence.contains(regions[next].tokens.lowerBound) || regions[next].open.map(sentence.contains) == true {
                    sentenceRegions.append(regions[next])
                }
                next += 1
            }
            var usedCues = Set<Int>()
            let sentenceFirstQuote = quotes.count
            // The sentence's opening subject, read once for all its quotations.
            let opening = sentenceRegions.isEmpty ? nil : sentenceSubject(sentence, phrases: phrases)
            for region in sentenceRegions {
                let opener = region.open ?? -1
                let startsSentence = region.open == nil || opener == sentence.lowerBound
                    || opener > sentence.lowerBound && tokens[opener - 1].first == ":"
                    // "…, saying, “…”": a comma after the speech verb opens a whole statement too.
                    || opener > sentence.lowerBound + 1 && tokens[opener - 1].first == ","
                        && cues.contains { $0.token == opener - 2 || $0.token == opener - 3
                            && Attributor.listeners.contains(phrases.lower(opener - 2)) }
                let lastContent = region.tokens.upperBound - 1
                let endsPunctuated = region.close == nil || lastContent >= 0 && tokens[lastContent].kind == .punctuation
                    || region.close.map { $0 + 1 >= sentence.upperBound } == true
                let kind: Quotation.Kind = startsSentence && endsPunctuated ? .direct : .partial
                let words = region.tokens.filter { tokens[$0].kind != .punctuation }.count
                let before = opener > 0 ? phrases.lower(opener - 1) : ""
                // "Pollsters agree - Carl Bialik: “…”": a name just before the colon names the speaker.
                // A name right after the verb is its listener or its inverted subject ("told Fox News: “…”",
                // "explained moderator Nancy Cordes: “…”"): the verb decides.
                // ("From the report: “…”": a source after "from" names it too.)
                let colonName = kind == .direct && opener > sentence.lowerBound && tokens[opener - 1].first == ":"
                    // ("Rep. Trey Gowdy (R-S.C.): “…”": a party tag may stand before the colon.)
                    ? (properName(endingBefore: Attributor.beforeBracket(endingAt: opener - 2, sentence: sentence, tokens: tokens) + 1,
                                 sentence: sentence, tokens: tokens, phrases: phrases)
                        .flatMap { named in
                            cues.contains { cue in
                                let after = cue.token + (cue.text.containsASCII(" ") ? 2 : 1)
                                return after < tokens.count && tokens[after].start == named.start
                            }
                                ? nil : named
                        } ?? sourceIntroduced(before: opener, sentence: sentence, phrases: phrases))
                    : nil
                let chosen = colonName == nil ? chooseCue(for: region, kind: kind, cues: cues, subjects: subjects,
                                                          phrases: phrases, sentence: sentence, clauseVerb: clauseVerb)
                    .map { reportingVerb(over: $0, clauseVerb: clauseVerb ?? setInReport(before: $0, sentence: sentence, cues: cues,
                                                                                    subjects: subjects, phrases: phrases),
                                         cues: cues, subjects: subjects, phrases: phrases) } : nil
                // A word or two in quotation marks after "the", "so-called", ... is a scare quote, unless a speech
                // verb in the sentence gives it a speaker ("McCain says the movement appeals to the “bad angels”");
                // so is the name of a programme or book.
                // A label is the speaker's own when a verb of labelling stands just before it: "Trump hailed the
                // vote as “fantastic”", "calling him a “loser”".
                // Any speech verb that labels its object "as" the quotation does the same ("derided it as “theft”"; in
                // "say the find is being seen as “…”" another verb takes the label).
                let labelledBySpeaker = chosen.map { cue in
                    cue.token < opener && opener - cue.token <= AttributionWindow.labellingVerb
                        // (Only a verb just before "as", not set off by a comma, takes the label: "is being seen as",
                        // "portrayed him as".)
                        && (Attributor.labellingVerbs.contains(cue.base) || before == "as"
                            && !(max(cue.token + 1, opener - AttributionWindow.passiveBeforeAs)..<opener).contains { index in
                                let lower = phrases.lower(index)
                                return !(index..<opener).contains { tokens[$0].first == "," }
                                    && (NounPhrases.auxiliaries.contains(lower) || lower.hasSuffix("ed")
                                        || lexicon.pastForms.contains(lower) || ["seen", "known", "viewed"].contains(lower))
                            })
                } ?? false
                // ("was branded “a hoax,” the newspaper reported": an attribution closing the sentence takes a name given;
                // what something is seen or known "as" stays a scare quote.)
                let closingAttribution = before != "as" && chosen.map {
                    $0.token > opener && closesSentence($0, subject: subjects[$0.token], sentence: sentence, phrases: phrases)
                } ?? false
                // ("Trump attacked Romney for being a “failed candidate”": a named person's sentence quotes that person.)
                let personSubject = opener > sentence.lowerBound + 1 && opening.map { subject in
                    subject.kind == .person && subject.end <= tokens[opener].start
                        && (subject.form == .name || subject.form == .pronoun && ["he", "she"].contains(subject.head))
                } == true
                let personSpeaks = chosen == nil && personSubject
                // ("Trump mocked the claim as “nonsense”" is his label, and "The ministry has classified the files as
                // “secret”" the ministry's; "is seen as “…”", "known as “…”" are nobody's.)
                let namedSubject = personSubject || opener > sentence.lowerBound + 1
                    && opening.map { $0.form == .name && $0.kind == .organisation && $0.end <= tokens[opener].start } == true
                // ("portrayed the shooting as a “workplace” issue": an article may stand between "as" and the label.)
                let asIndex = before == "as" ? opener - 1
                    : opener - 2 > sentence.lowerBound && Attributor.articles.contains(before) && phrases.lower(opener - 2) == "as"
                        ? opener - 2 : nil
                // ("Officials portrayed the strike as a “warning”": people described by a noun of speakers label too.)
                let speakersSubject = opener > sentence.lowerBound + 1 && opening.map { subject in
                    subject.form == .description && subject.end <= tokens[opener].start
                        && isSpeakerHead(subject.head)
                } == true
                let labelledActively = asIndex != nil && (namedSubject || speakersSubject)
                    && !(max(sentence.lowerBound, opener - AttributionWindow.passiveLabel)..<(asIndex ?? opener - 1)).contains { index in
                        let lower = phrases.lower(index)
                        return NounPhrases.passiveAuxiliaries.contains(lower)
                            || Attributor.labelledAsWords.contains(lower)
                    }
                // Words the sentence mentions as words or names, and the quotations of a heading line, are nobody's.
                // ("Taking soldiers alive ‘not easy,’ Zelensky says": a heading's attribution gives the words a speaker.)
                let mentioned = heading && chosen == nil
                    || colonName == nil && isMentioned(region, words: words, sentence: sentence, regions: sentenceRegions, tokens: tokens,
                                   phrases: phrases, chosen: chosen, namedSubject: namedSubject)
                // ("McCain told reporters he viewed Obama as “directly responsible”": a label inside the clause a speech verb
                // reports is in the words of that verb's speaker; one given by a passive is nobody's there too: "officials
                // say …, a development that is being seen as “…”".)
                let labelAt = asIndex ?? opener - 1
                let passiveLabel = labelAt > sentence.lowerBound && (max(sentence.lowerBound, labelAt - AttributionWindow.auxiliaryBeforeLabel)..<labelAt).contains {
                    NounPhrases.passiveAuxiliaries.contains(phrases.lower($0))
                }
                let reportedLabel = !passiveLabel && chosen.map { cue in
                    cue.token < opener && cue.token == clauseVerb && subjects[cue.token] != nil
                } ?? false
                let isScare = mentioned || kind == .partial
                    && (Attributor.labelOpeners.contains(before) && words <= Attributor.labelWords
                            && !labelledBySpeaker && !closingAttribution && !labelledActively && !reportedLabel
                        || Attributor.scareOpeners.contains(before) && words <= Attributor.scareWords && chosen == nil
                            && !personSpeaks && !labelledActively)
                    || kind == .partial && isTitle(region, words: words, neighbours: sentenceRegions, tokens: tokens, phrases: phrases)
                    || isInOpeningQuestion(region, sentence: sentence, phrases: phrases)
                    || kind == .partial && isPassiveLabel(region, sentence: sentence, phrases: phrases) && !closingAttribution
                    || kind == .partial && namesTheSubject(region, chosen: chosen, subjects: subjects, sentence: sentence,
                                                           inside: inside, phrases: phrases)
                let viewer = opener > 0 ? viewpoint(before: opener, sentence: sentence, phrases: phrases) : nil
                // "his promise of “free buses”": words owned by a speaker are no scare quote.
                let owned = opener > 0
                    ? possessor(before: opener, close: region.close, words: words, sentence: sentence, phrases: phrases, cues: cues) : nil
                var quote = LocalQuote(segment: segment, paragraph: paragraph, start: region.contentStart,
                                       end: region.contentEnd, kind: kind, cue: nil, mention: nil, continues: nil,
                                       entity: nil, unclosed: region.close == nil)
                let context = SieveContext(
                    attributor: self, region: region, opener: opener, kind: kind, words: words, sentence: sentence,
                    tokens: tokens, phrases: phrases, cues: cues, subjects: subjects, sentenceRegions: sentenceRegions,
                    chosen: chosen.map { nestedReport(over: $0, kind: kind, opener: opener, clauseVerb: clauseVerb, cues: cues,
                                                      subjects: subjects, phrases: phrases) },
                    isScare: isScare, viewer: viewer, owned: owned.map { (noun: $0.0, owner: $0.1) },
                    labelAgent: asIndex.flatMap { labelAgent(before: $0, sentence: sentence, phrases: phrases) },
                    colonName: colonName, opening: opening, carry: carry, introducedBy: introducedBy,
                    openedInside: openedInside, previousInParagraph: previousInParagraph,
                    previousEnd: previousInParagraph.map { quotes[$0].end },
                    trailingOfPrevious: previousInParagraph.flatMap { trailing[$0] }, sentenceBefore: sentenceBefore,
                    reportedJustBefore: reportedJustBefore)
                if let (sieve, decision) = QuoteSieves.decide(context) {
                    quote.sieve = sieve
                    // A label or title nobody says is a term, not a quotation; in the sentence of a named subject
                    // (or "he", "she") the words may be theirs ("Trump mocked … as “political bullshit”"), and stay a
                    // quotation without a speaker.
                    if sieve == .scareQuote, !namedSubject || mentioned { quote.kind = .term }
                    quote.cue = decision.cue
                    quote.mention = decision.mention
                    quote.continues = decision.continues
                    if let used = decision.usedCue { usedCues.insert(used) }
                    if let trailingAttribution = decision.trailing { trailing[quotes.count] = trailingAttribution }
                }
                quotes.append(quote)
                let index = quotes.count - 1
                lastRegionQuote = index
                if quote.mention != nil || quote.continues != nil { previousInParagraph = index }
                if quote.mention != nil || quote.continues != nil { nextCarry.lastAttributed = index }
                if region.close == nil { nextCarry.openQuote = index }
                paragraphHasQuote = true
            }
            // "X said:" closing the paragraph, no quotation after it: it introduces the next paragraph; so does a
            // sentence about a named person or a pronoun with another verb ("Kasich resisted:", "He then listed …:").
            if let colon = tokens.indices.last, tokens[colon].first == ":", sentence.contains(colon) {
                if let cue = cues.last(where: { !usedCues.contains($0.token) && subjects[$0.token] != nil }),
                   !sentenceRegions.contains(where: { ($0.open ?? -1) > cue.token }) {
                    nextCarry.introduction = (cue.text, subjects[cue.token]!)
                } else if cues.isEmpty, sentenceRegions.isEmpty, let subject = sentenceSubject(sentence, phrases: phrases),
                          subject.form == .name || subject.form == .document || subject.form == .pronoun {
                    nextCarry.introduction = (":", subject)
                }
            }
            sentenceBefore = sentenceRegions.isEmpty ? sentence : nil
            introducedBy = nil
            // ("“…,” Vale said, and her husband cut in.": a verb after the sentence's quotations that took none of them.)
            if let cue = cues.last(where: { !$0.isParticiple && !$0.isAccording }), !usedCues.contains(cue.token),
               sentenceRegions.allSatisfy({ ($0.close ?? Int.max) < cue.token }),
               let subject = subjects[cue.token], subject.start < tokens[cue.token].start,
               // Not a passive ("had not been called on").
               !NounPhrases.passiveAuxiliaries.contains(phrases.lower(cue.token - 1)),
               (cue.token + (cue.text.containsASCII(" ") ? 2 : 1)..<sentence.upperBound).allSatisfy({ index in
                   tokens[index].kind == .punctuation || lexicon.adverbials.contains(phrases.lower(index))
               }) {
                introducedBy = (cue.text, subject)
                if sentence.upperBound >= tokens.count, nextCarry.introduction == nil { nextCarry.introduction = introducedBy }
            }
            // Reported speech: a speech verb with a subject and a clause, "according to", a call, a noun of utterance.
            reportedJustBefore = nil
            if let report = reportedSpeech(in: sentence, cues: cues, subjects: subjects, quoted: quotes[sentenceFirstQuote...],
                                           inside: inside, phrases: phrases) {
                quotes.append(LocalQuote(segment: segment, paragraph: paragraph, start: report.clause.lowerBound,
                                         end: report.clause.upperBound, kind: .reported, cue: report.cue, mention: report.mention,
                                         continues: nil, entity: nil, unclosed: false, sieve: report.sieve))
                // (A clause holding quotations is reported speech too; what goes on after it is in the quotations' voice.)
                if sentenceRegions.isEmpty { reportedJustBefore = quotes.count - 1 }
            }
            // A named speaker whose verb took no quotation of the sentence ("Ruiz scolded him: “…,” she said."): a pronoun
            // attributing one of them may mean her.
            if let firstOpen = sentenceRegions.first?.open,
               let cue = cues.first(where: { !usedCues.contains($0.token) && $0.token < firstOpen }),
               let subject = subjects[cue.token], subject.form == .name, subject.kind == .person {
                nextCarry.passing.append((sentenceFirstQuote, paragraph.firstLine, gendered(subject, sentence: sentence, phrases: phrases)))
            } else if let subject = opening, subject.form == .name, subject.kind == .person,
                      (sentenceFirstQuote..<quotes.count).contains(where: { quotes[$0].mention?.form == .pronoun
                          && quotes[$0].mention.map { $0.start > subject.end } == true }) {
                // ("Bush went after Trump at the debate, when he called him “unhinged.”": so may the sentence's named
                // subject, for a pronoun after it.)
                nextCarry.passing.append((sentenceFirstQuote, paragraph.firstLine, gendered(subject, sentence: sentence, phrases: phrases)))
            }
            // A person the sentence is about, with no words of theirs quoted or reported ("Zelenskiy, in his address,
            // called for more air defence."): a pronoun after it may mean them.
            if sentenceRegions.isEmpty, reportedJustBefore == nil, let subject = sentenceSubject(sentence, phrases: phrases),
               subject.form == .name, subject.kind == .person {
                nextCarry.passing.append((quotes.count, paragraph.firstLine, gendered(subject, sentence: sentence, phrases: phrases)))
            }
        }
        nextCarry.lastParagraphWasQuote = paragraphHasQuote
        // (A headline or a line without a full stop introduces nobody.)
        if carry.openQuote == nil, nextCarry.openQuote == nil, let last = sentences.last, sentenceBefore == last,
           tokens[last.upperBound - 1].first == ".",
           last.filter({ tokens[$0].kind == .word && !tokens[$0].isCapitalized }).count >= 3, let subject = sentenceSubject(last, phrases: phrases),
           subject.form == .name && subject.kind == .person || subject.form == .pronoun && subject.kind == .person {
            nextCarry.narrator = subject
        }
        nextCarry.reportedLast = reportedJustBefore
        if let last = regions.last, let close = last.close, close + 2 >= tokens.count, let index = lastRegionQuote,
           quotes[index].end == last.contentEnd {
            nextCarry.endingQuote = index
        }
        carry = nextCarry
    }

    /// A named person with the gender the pronouns right after the name give them ("Mara Vale, in her weekly
    /// column, said"): a possessive after a preposition or a reflexive, only one gender's, before any other name ("her"
    /// after a verb may be someone else: "emailed her condolences").
    func gendered(_ mention: Mention, sentence: Range<Int>, phrases: NounPhrases) -> Mention {
        guard mention.gender == nil, mention.kind == .person, mention.form == .name,
              let after = (sentence.lowerBound..<sentence.upperBound).first(where: { phrases.tokens[$0].start >= mention.end })
        else { return mention }
        var genders = Set<Lexicon.Gender>()
        for index in after..<min(sentence.upperBound, after + AttributionWindow.genderPronouns) {
            if phrases.tokens[index].isCapitalized, phrases.isWord(index), lexicon.pronouns[phrases.lower(index)] == nil { break }
            let afterPreposition = index > sentence.lowerBound && NounPhrases.prepositions.contains(phrases.lower(index - 1))
            switch phrases.lower(index) {
            case "herself": genders.insert(.female)
            case "himself": genders.insert(.male)
            case "her" where afterPreposition: genders.insert(.female)
            case "his" where afterPreposition: genders.insert(.male)
            default: break
            }
        }
        guard genders.count == 1 else { return mention }
        var gendered = mention
        gendered.gender = genders.first
        return gendered
    }

    /// Whether the quotation lies in an opening phrase of asking ("Asked whether Ruiz “has the integrity”, 75 percent
    /// said yes", "When asked about the “New York values”, Lind said"): the question is the asker's, who is unnamed.
    func isInOpeningQuestion(_ region: QuoteRegion, sentence: Range<Int>, phrases: NounPhrases) -> Bool {
        guard let opener = region.open else { return false }
        var start = sentence.lowerBound
        while start < opener, ["when", "after", "if", "once", "being", "was", "were"].contains(phrases.lower(start)) { start += 1 }
        guard start < opener, phrases.lower(start) == "asked" else { return false }
        let comma = (start..<sentence.upperBound).first { phrases.tokens[$0].first == "," && !phrases.tokens[$0].isQuoteMark }
        // (The comma may stand inside the closing mark: “…,” 75 percent said.)
        return comma.map { $0 > opener } ?? false
    }

    /// Past participles of perceiving that report speech in a passive ("can be heard asking", "was caught saying").
    static let perceptionVerbs = WordSet(Lexicon.list("perception-verbs"))

    /// The subject of a passive verb of perceiving right before a participle of speech ("a reporter can be heard
    /// asking", "Lind was caught on tape saying"): the noun phrase before its auxiliaries.
    func perceivedSubject(before cue: Cue, sentence: Range<Int>, phrases: NounPhrases) -> Mention? {
        var verb = cue.token - 1
        // ("caught on tape saying", "heard on the recording telling": a short phrase of place may follow the verb.)
        if let back = (max(sentence.lowerBound, cue.token - AttributionWindow.perceptionVerb)..<cue.token).first(where: {
            Attributor.perceptionVerbs.contains(phrases.lower($0))
        }) {
            verb = back
        }
        guard verb > sentence.lowerBound,
              Attributor.perceptionVerbs.contains(phrases.lower(verb)),
              (verb + 1..<cue.token).allSatisfy({ phrases.isWord($0) && !phrases.tokens[$0].isCapitalized })
        else { return nil }
        var start = verb
        while start - 1 > sentence.lowerBound, NounPhrases.passiveAuxiliaries.contains(phrases.lower(start - 1))
                || Attributor.modals.contains(phrases.lower(start - 1)) || phrases.lower(start - 1) == "been" {
            start -= 1
        }
        guard start < verb, NounPhrases.passiveAuxiliaries.contains(phrases.lower(start))
                || Attributor.modals.contains(phrases.lower(start)) else { return nil }
        let chunk = phrases.leftChunk(endingBefore: start, floor: sentence.lowerBound)
        guard !chunk.isEmpty, let mention = phrases.mention(in: chunk),
              [.name, .description, .pronoun].contains(mention.form) else { return nil }
        return mention
    }

    /// Whether a label in quotation marks follows a passive verb of naming with no agent ("what is called a “debate”",
    /// "what had been called the “Golden Week”", "are considered the “homicide detectives”"): nobody is named as its
    /// speaker ("has been called “strategic ambiguity” by Hendrick" names one).
    func isPassiveLabel(_ region: QuoteRegion, sentence: Range<Int>, phrases: NounPhrases) -> Bool {
        guard let opener = region.open, opener > sentence.lowerBound + 1 else { return false }
        var verb = opener - 1
        while verb > sentence.lowerBound, ["a", "an", "the", "as"].contains(phrases.lower(verb)) { verb -= 1 }
        let participle = phrases.lower(verb)
        guard verb > sentence.lowerBound,
              Attributor.namingParticiples.contains(participle),
              ["is", "are", "was", "were", "be", "been", "being"].contains(phrases.lower(verb - 1)) else { return false }
        let after = region.close.map { $0 + 1 } ?? sentence.upperBound
        return !(after < sentence.upperBound && phrases.lower(after) == "by")
    }

    /// Whose view a sentence gives when it opens a clause with "To Ruiz," / "to him," or "In Ruiz’s view," before the
    /// quotation ("To Ruiz, the plan is “a gift to the barons”", "because to her, “nothing matters more”"): the words are
    /// in that person's voice.
    func viewpoint(before opener: Int, sentence: Range<Int>, phrases: NounPhrases) -> Mention? {
        let tokens = phrases.tokens
        guard opener > sentence.lowerBound + 2 else { return nil }
        // (Within 40 words of the quotation, so that a sentence of many quotations is read in linear time.)
        for index in max(sentence.lowerBound, opener - AttributionWindow.viewpoint)..<(opener - 2) where phrases.isWord(index) {
            let lower = phrases.lower(index)
            guard lower == "to" || lower == "in" else { continue }
            // The phrase opens the sentence or a clause.
            let opensClause = index == sentence.lowerBound || tokens[index - 1].first == ","
                || ["because", "but", "and", "that", "since", "as", "so"].contains(phrases.lower(index - 1))
            guard opensClause, let comma = (index + 1..<min(opener, index + AttributionWindow.viewpointPhrase)).first(where: { tokens[$0].kind == .punctuation }),
                  tokens[comma].first == ",", comma > index + 1 else { continue }
            let phrase = (index + 1)..<comma
            if lower == "to", phrase.count == 1, let object = ["him": "he", "her": "she", "them": "they"][phrases.lower(index + 1)],
               let reference = lexicon.pronouns[object] {
                let token = tokens[index + 1]
                return Mention(form: .pronoun, text: phrases.word(index + 1), name: nil, description: nil, head: object,
                               kind: reference == .group ? .group : .person,
                               gender: reference == .male ? .male : reference == .female ? .female : nil,
                               definite: true, start: token.start, end: token.end)
            }
            if lower == "to", phrase.allSatisfy({ tokens[$0].isCapitalized || tokens[$0].first == "." }),
               let named = phrases.mention(in: phrase), named.form == .name, named.kind == .person {
                return named
            }
            // "In Ruiz’s view,", "In Ruiz’s mind,".
            if lower == "in", phrase.count == 2, Attributor.viewNouns.contains(phrases.lower(phrase.upperBound - 1)),
               let named = possessiveName(at: index + 1, sentence: sentence, phrases: phrases) {
                return named
            }
        }
        return nil
    }

    /// The source named by "From …:" or "More from …:" just before a quotation's colon ("From the report: “…”",
    /// "More from Blumenthal and Cohen: “…”"): a person, a body or a document.
    func sourceIntroduced(before opener: Int, sentence: Range<Int>, phrases: NounPhrases) -> Mention? {
        let tokens = phrases.tokens
        let colon = opener - 1
        guard colon > sentence.lowerBound, tokens[colon].first == ":",
              let from = (max(sentence.lowerBound, colon - AttributionWindow.sourceBeforeColon)..<colon).last(where: { phrases.lower($0) == "from" }),
              from + 1 < colon,
              from == sentence.lowerBound || phrases.lower(from - 1) == "more" && (from - 1 == sentence.lowerBound
                  || tokens[from - 2].kind == .punctuation),
              (from + 1..<colon).allSatisfy({ phrases.isWord($0) || tokens[$0].first == "." || tokens[$0].first == "'"
                  || tokens[$0].first == "\u{2019}" }),
              let source = phrases.mention(in: (from + 1)..<colon) else { return nil }
        return source
    }

    /// The verb that opened the reported clause, when the verb chosen inside it has for subject a pronoun meaning the
    /// clause's own speaker ("Graham assures his audience he will tell the bigots to “shut up”"): the named speaker's
    /// verb attributes the words. A name between the two ("Flynn said Trump was right when he said …") leaves the
    /// pronoun its own verb.
    func reportingVerb(over cue: Cue, clauseVerb: Int?, cues: [Cue], subjects: [Int: Mention], phrases: NounPhrases) -> Cue {
        let tokens = phrases.tokens
        guard let clauseVerb, clauseVerb < cue.token, let inner = subjects[cue.token], inner.form == .pronoun,
              let outer = subjects[clauseVerb], outer.kind == .person, outer.form == .name || outer.form == .description,
              let reporting = cues.first(where: { $0.token == clauseVerb }),
              let pronoun = (clauseVerb + 1..<cue.token).first(where: { tokens[$0].start == inner.start })
        else { return cue }
        switch lexicon.pronouns[inner.head] {
        case .male?: guard outer.gender != .female else { return cue }
        case .female?: guard outer.gender != .male else { return cue }
        default: return cue
        }
        if pronoun - 2 > clauseVerb, opensRelativeAfterDash(pronoun, phrases: phrases) { return cue }
        // (Only words of the sentence lie between: the verb and the pronoun are in one.)
        let between = (clauseVerb + 1)..<pronoun
        guard !between.contains(where: { tokens[$0].kind == .word && tokens[$0].isCapitalized
                                          || tokens[$0].isQuoteMark || lexicon.pronouns[phrases.lower($0)] != nil
                                              && !NounPhrases.determiners.contains(phrases.lower($0)) }) else { return cue }
        return reporting
    }

    /// Whether the verb at `index` is in a clause after a noun of utterance and "that" ("accusations that Lind
    /// recites …").
    func inNounClause(_ index: Int, sentence: Range<Int>, inside: [Bool], phrases: NounPhrases) -> Bool {
        index > sentence.lowerBound + 1 && (max(sentence.lowerBound + 1, index - AttributionWindow.nounClause)..<index).contains { that in
            let noun = phrases.lower(that - 1)
            return !inside[that] && phrases.lower(that) == "that"
                && (lexicon.utteranceNouns.contains(noun) || noun.hasSuffix("s") && lexicon.utteranceNouns.contains(String(noun.dropLast())))
        }
    }

    /// Whether the subject at `index` follows a relative pronoun after a dash, which sets its clause off from the one
    /// before: "… breaks the rules — which he added “is regrettable”".
    func opensRelativeAfterDash(_ index: Int, phrases: NounPhrases) -> Bool {
        index - 2 >= 0 && phrases.lower(index - 1, in: Attributor.relativePronouns)
            && ["\u{2014}", "\u{2013}", "-"].contains(phrases.word(index - 2)) && phrases.tokens[index - 2].spaceBefore
    }

    /// The phrase between "with" and a participle at `end` ("with a senior official touting", "with the crowd
    /// shouting"): a few words, no punctuation, a person, a group or a body.
    func withSubject(before end: Int, sentence: Range<Int>, phrases: NounPhrases) -> Mention? {
        guard let with = (max(sentence.lowerBound, end - AttributionWindow.withPhrase)..<end).last(where: { phrases.lower($0) == "with" }), with + 1 < end,
              !(with + 1..<end).contains(where: { phrases.tokens[$0].kind == .punctuation }),
              let mention = phrases.mention(in: (with + 1)..<end),
              mention.form == .description && (mention.kind != .organisation || lexicon.organisationNouns.contains(mention.head))
                || mention.form == .name
        else { return nil }
        return mention
    }

    /// Whether a mention is only a verb, perhaps with its particle: "sent out", "obtained", "having" ("those surveyed"
    /// are people).
    func isVerbForm(_ mention: Mention, sentence: Range<Int>, phrases: NounPhrases) -> Bool {
        let words = mention.text.byteSplit(separator: " ").map { $0.lowercased() }
        guard let first = words.first, mention.text.first?.isLowercase == true, words.count <= 2,
              words.count == 1 || ["out", "up", "off", "back", "down", "in", "by"].contains(words[1]),
              first == "having" || first == "being" || lexicon.pastForms.contains(first) || first.hasSuffix("ed")
        else { return false }
        // (The mention lies in the sentence, whose pieces are short: the search stays linear in the text.)
        if let index = sentence.first(where: { phrases.tokens[$0].start == mention.start }),
           NounPhrases.determiners.contains(phrases.lower(index))
            || index > sentence.lowerBound && NounPhrases.determiners.contains(phrases.lower(index - 1)) {
            return false
        }
        return true
    }

    /// The speaker a transcript line names in capitals before a colon at the start of a quotation: "WALLACE: But …".
    func transcriptLabel(_ region: QuoteRegion, tokens: [Token], phrases: NounPhrases) -> Mention? {
        let first = region.tokens.lowerBound
        guard let colon = (first..<min(region.tokens.upperBound, first + AttributionWindow.transcriptLabel)).first(where: { tokens[$0].first == ":" }),
              colon > first, (first..<colon).allSatisfy({ index in
                  let word = phrases.word(index)
                  return tokens[index].kind == .word && word.count > 1 && word == word.uppercased() || tokens[index].first == "."
              }),
              let mention = phrases.mention(in: first..<colon), mention.form == .name else { return nil }
        return mention
    }

    /// The owner and the noun of "Ana Ruiz’s claim that", "Ana Ruiz’s words," just before the opening mark at
    /// `opener`: a noun of utterance after a possessive name.
    private func possessor(before opener: Int, close: Int?, words: Int, sentence: Range<Int>, phrases: NounPhrases,
                           cues: [Cue]) -> (String, Mention)? {
        // "Lind’s “you can keep it” promise": the quotation stands between the possessive and the noun of utterance.
        if let close, close + 1 < sentence.upperBound, opener - 1 >= sentence.lowerBound,
           phrases.isWord(close + 1), lexicon.utteranceNouns.contains(phrases.lower(close + 1)),
           let owner = possessiveName(at: opener - 1, sentence: sentence, phrases: phrases) {
            return (phrases.word(close + 1), owner)
        }
        // The noun and the quotation are joined by "of", a copula, a comma or a colon ("his promise of “…”", "Ruiz’s
        // slogan is “…”", "the answer was: “…”"), or the quotation stands in the clause after "that": "Ruiz’s claim
        // that there were “…”". Without them the quotation says something about the words ("Ruiz’s comments “show
        // bias”"). After a speech verb ("Lind said Ruiz’s claim that … is “untrue”") the clause may have ended, and the
        // quotation be the verb's speaker's.
        guard opener - 2 >= sentence.lowerBound else { return nil }
        var noun: Int
        // ("his call for a “revolution”": an article may stand between the preposition and the quotation.)
        let joinerIndex = opener - 3 >= sentence.lowerBound && Attributor.articles.contains(phrases.lower(opener - 1))
            && Attributor.utteranceJoiners.contains(phrases.lower(opener - 2)) ? opener - 2 : opener - 1
        let joiner = phrases.lower(joinerIndex)
        // "his promise to be “neutral”", "her pledge to build a “…”": the quotation in the infinitive after the noun.
        // ("her comments to the FBI were “…”": "to" before a determiner or a name is a preposition.)
        let infinitive = (max(sentence.lowerBound + 1, opener - AttributionWindow.utteranceInfinitive)..<opener).last { index in
            phrases.lower(index) == "to" && !(index..<opener).contains { phrases.tokens[$0].kind == .punctuation }
                && index + 1 < opener && !phrases.tokens[index + 1].isCapitalized
                && !NounPhrases.determiners.contains(phrases.lower(index + 1))
                && Attributor.possessivePronouns[phrases.lower(index + 1)] == nil
        }
        if joiner == "is" || joiner == "was" {
            // ("the network said that Cruz's description was “false”": after a speech verb, or a word or two, the
            // quotation judges the words.)
            guard words >= 3, !cues.contains(where: { $0.token < opener - 2 }) else { return nil }
            noun = opener - 2
        } else if Attributor.utteranceJoiners.contains(joiner)
                    || [",", ":"].contains(phrases.tokens[opener - 1].first) && phrases.lower(opener - 2) != "that"
                        && !cues.contains(where: { !$0.isParticiple }) {
            // ("his call for “…”"; "his argument in favor of “…”"; "His assessment: “…”" unless a speech verb of the
            // sentence attributes it: "said of Lind's request: “…”", "His assessment: “…,” he said.")
            noun = joinerIndex - 1
            if joiner == "of", noun - 2 >= sentence.lowerBound, phrases.lower(noun) == "favor" || phrases.lower(noun) == "favour",
               phrases.lower(noun - 1) == "in" {
                noun -= 2
            }
        } else if let infinitive, lexicon.utteranceNouns.contains(phrases.lower(infinitive - 1)) {
            noun = infinitive - 1
        } else {
            // ("her March comment that, “…”": a comma may follow "that".)
            guard let that = (max(sentence.lowerBound, opener - AttributionWindow.thatClause)..<opener).last(where: { phrases.lower($0) == "that" }),
                  !(that + 1..<opener).contains(where: { phrases.tokens[$0].kind == .punctuation && !($0 == that + 1
                      && phrases.tokens[$0].first == ",") }),
                  !cues.contains(where: { $0.token < that }) else { return nil }
            // "the contention of former mayor Ana Ruiz that “…”", "the suggestion by a senator that “…”": the owner
            // named after the noun.
            if let owner = ownerAfterNoun(before: that, sentence: sentence, phrases: phrases) {
                return owner
            }
            // ("her assertion during the debate that “…”": a short phrase of time or place may follow the noun.)
            noun = (max(sentence.lowerBound, that - AttributionWindow.utteranceBeforeThat)..<that).last { lexicon.utteranceNouns.contains(phrases.lower($0)) } ?? that - 1
            guard !(noun + 1..<that).contains(where: { phrases.tokens[$0].kind == .punctuation }) else { return nil }
        }
        if noun - 1 > sentence.lowerBound, ["was", "is"].contains(phrases.lower(noun)), joiner != "is", joiner != "was" {
            noun -= 1
        }
        guard noun - 1 >= sentence.lowerBound, phrases.isWord(noun), lexicon.utteranceNouns.contains(phrases.lower(noun))
        else { return nil }
        // ("the campaign’s comment", "her March comment", "his repeated claim", "Trump's recent evidence-free assertion",
        // "Lind's most explosive claim": up to three words may describe the noun between owner and noun.)
        var ownerIndex = noun - 1
        let describing = { (index: Int) -> Bool in
            let lower = phrases.lower(index)
            return phrases.isWord(index) && (!phrases.tokens[index].isCapitalized || lower == "campaign" || lexicon.months[lower] != nil)
                && !NounPhrases.determiners.contains(lower) && !NounPhrases.prepositions.contains(lower)
                && !NounPhrases.auxiliaries.contains(lower) && !NounPhrases.clauseWords.contains(lower)
                && lexicon.speechVerbForms[lower] == nil && lexicon.pronouns[lower] == nil
        }
        var skip = noun - 1
        while skip - 1 >= sentence.lowerBound, noun - skip <= AttributionWindow.utteranceDescription, describing(skip) {
            let owner = phrases.lower(skip - 1)
            if Attributor.possessivePronouns[owner] != nil || NounPhrases.isPossessive(owner) { ownerIndex = skip - 1; break }
            skip -= 1
        }
        // "her remark that “…”": a possessive pronoun stands for the sentence's named subject, or for its person.
        if let pronoun = Attributor.possessivePronouns[phrases.lower(ownerIndex)], let reference = lexicon.pronouns[pronoun] {
            if let subject = sentenceSubject(sentence, phrases: phrases), subject.form == .name, subject.end <= phrases.tokens[ownerIndex].start {
                return (phrases.word(noun), subject)
            }
            let token = phrases.tokens[ownerIndex]
            let gender: Lexicon.Gender? = reference == .male ? .male : reference == .female ? .female : nil
            return (phrases.word(noun), Mention(form: .pronoun, text: phrases.word(ownerIndex), name: nil, description: nil,
                                                head: pronoun, kind: reference == .group ? .group : .person, gender: gender,
                                                definite: true, start: token.start, end: token.end))
        }
        // "in Forbes’ words": an apostrophe alone after a name ending in s.
        let apostrophe = phrases.tokens[ownerIndex].kind == .punctuation && ["'", "\u{2019}"].contains(phrases.tokens[ownerIndex].first)
            && !phrases.tokens[ownerIndex].spaceBefore && ownerIndex - 1 >= sentence.lowerBound
            && phrases.lower(ownerIndex - 1).hasSuffix("s") && phrases.tokens[ownerIndex - 1].isCapitalized
        if apostrophe {
            return nameRun(endingBefore: ownerIndex, sentence: sentence, phrases: phrases, anywhere: true).map { (phrases.word(noun), $0) }
        }
        return possessiveName(at: ownerIndex, sentence: sentence, phrases: phrases).map { (phrases.word(noun), $0) }
    }

    /// The owner and the noun of "the contention of Ana Ruiz that", "a report by the Ledger that", ending before the
    /// "that" at `that`: a noun of utterance or of a document after an article, then "of", "by" or "from" and a name,
    /// or a person or body described, with no punctuation up to "that".
    func ownerAfterNoun(before that: Int, sentence: Range<Int>, phrases: NounPhrases) -> (String, Mention)? {
        guard that > sentence.lowerBound + 2,
              let joiner = (max(sentence.lowerBound + 2, that - AttributionWindow.ownerBeforeThat)..<(that - 1)).last(where: { index in
                  let noun = phrases.lower(index - 1)
                  return Attributor.ownerJoiners.contains(phrases.lower(index)) && Attributor.articles.contains(phrases.lower(index - 2))
                      && (lexicon.utteranceNouns.contains(noun) || lexicon.speechNouns.contains(noun))
              }),
              (joiner + 1..<that).allSatisfy({ phrases.isWord($0) || phrases.tokens[$0].first == "." }),
              let owner = phrases.mention(in: (joiner + 1)..<that),
              owner.form == .name || owner.form == .description
                  && (isSpeakerNoun(owner.head) || lexicon.organisationNouns.contains(owner.head))
        else { return nil }
        return (phrases.word(joiner - 1), owner)
    }

    /// The name whose possessive ("Ruiz’s", "Ana Ruiz's") ends at `index`, without the possessive ending.
    func possessiveName(at index: Int, sentence: Range<Int>, phrases: NounPhrases) -> Mention? {
        let owner = phrases.word(index)
        guard NounPhrases.isPossessive(owner), phrases.tokens[index].isCapitalized,
              var named = nameRun(endingBefore: index + 1, sentence: sentence, phrases: phrases, anywhere: true)
        else { return nil }
        named.text = String(named.text.dropLast(2))
        named.name = named.name.map { String($0.dropLast(2)) }
        named.end -= owner.hasSuffix("'s") ? 2 : 4
        return named
    }

    /// Possessive pronouns and the personal pronoun each stands for.
    static let possessivePronouns: [String: String] = ["his": "he", "her": "she", "their": "they"]

    /// The name of a programme, book or film in quotation marks ("told ABC’s “Good Morning America”", "on
    /// “Meet the Press”", "shows like “Prison Break” and “Twin Peaks”"): a few words in title case after a possessive
    /// or "on", or in a list of such names, not anybody's words.
    private func isTitle(_ region: QuoteRegion, words: Int, neighbours: [QuoteRegion], tokens: [Token],
                         phrases: NounPhrases) -> Bool {
        guard words <= AttributionWindow.title, let opener = region.open, opener > 0, isTitleCase(region, tokens: tokens, phrases: phrases)
        else { return false }
        // ("his 2002 book, “Make Your Kid a Millionaire,”": the noun of the work may stand before a comma.)
        let before = tokens[opener - 1].first == "," && opener > 1 ? phrases.lower(opener - 2) : phrases.lower(opener - 1)
        let possessive = NounPhrases.isPossessive(before) || tokens[opener - 1].first == "\u{2019}"
            || tokens[opener - 1].first == "'"
        // (A capitalised "To" is a headline's: "Asked Men Everywhere To “Redefine Masculinity.”")
        let headline = before == "to" && tokens[opener - 1].isCapitalized
        // "the “Avatar” star", "the “Meet the Press” host": a person or work named after the title.
        let after = region.close.map { $0 + 1 } ?? tokens.count
        let namedAfter = after < tokens.count && phrases.isWord(after) && !tokens[after].isCapitalized
            && (Attributor.workNouns.contains(phrases.lower(after)) || Attributor.titlePeople.contains(phrases.lower(after)))
        // “Prison Break,” “Twin Peaks” and “Hawaii Five-0”: names listed side by side, unless a verb of labelling or
        // "as" gives them as names for someone ("called them “Little Marco” and “Lyin’ Ted”").
        let listed = words <= AttributionWindow.listedTitle && neighbours.contains { other in
            guard other != region, isTitleCase(other, tokens: tokens, phrases: phrases) else { return false }
            let first = Attributor.listed(region, before: other, phrases: phrases) ? region
                : Attributor.listed(other, before: region, phrases: phrases) ? other : nil
            guard let opener = first?.open, opener > 0 else { return false }
            // ("revivals such as “…”" lists names.)
            return !(max(0, opener - AttributionWindow.titleLabel)..<opener).contains { index in
                let word = phrases.lower(index)
                return word == "as" && (index == 0 || phrases.lower(index - 1) != "such")
                    || lexicon.speechVerbForms[word].map(Attributor.labellingVerbs.contains) == true
            }
        }
        // ("host of “The Nightly Show”", "for “Dateline on Assignment” broadcast": the person or broadcast of the work.)
        let roleOf = before == "of" && opener > 1
            && Attributor.workRoles.contains(phrases.lower(opener - 2))
        let broadcastAfter = before == "for" && after < tokens.count && Attributor.broadcastWords.contains(phrases.lower(after))
        guard listed || possessive || namedAfter || roleOf || broadcastAfter || Attributor.titlePrepositions.contains(before) && !headline
            || Attributor.workNouns.contains(before) else { return false }
        return words <= AttributionWindow.listedTitle || Attributor.workNouns.contains(before)
    }

    /// Whether every word of the quotation is capitalised but for a title's small words.
    func isTitleCase(_ region: QuoteRegion, tokens: [Token], phrases: NounPhrases) -> Bool {
        let content = region.tokens.filter { tokens[$0].kind == .word }
        guard let first = content.first, tokens[first].isCapitalized else { return false }
        return content.allSatisfy { tokens[$0].isCapitalized || Attributor.titleSmallWords.contains(phrases.lower($0)) }
    }

    /// Whether quotation `first` is followed by `second` with nothing but a comma, "and" or "or" between them.
    static func listed(_ first: QuoteRegion, before second: QuoteRegion, phrases: NounPhrases) -> Bool {
        guard let close = first.close, let open = second.open, open > close else { return false }
        return (close + 1..<open).allSatisfy { [",", "and", "or"].contains(phrases.lower($0)) }
    }

    /// Short words a title leaves in lower case ("Meet the Press", "Real Time with Bill Maher").
    static let titleSmallWords = WordSet(Lexicon.list("title-small-words"))

    /// Nouns of a work whose name stands next to them in quotation marks ("the podcast “So, That Happened”").
    static let workNouns = WordSet(Lexicon.list("work-nouns"))

    /// Words before a programme's or book's name in quotation marks ("told “Fox and Friends”").
    static let titlePrepositions = WordSet(Lexicon.list("title-prepositions"))

    /// People named after a title in quotation marks ("the “Avatar” star"), and people of a work named before "of" it.
    static let titlePeople = WordSet(Lexicon.list("title-people"))
    static let workRoles = WordSet(Lexicon.list("work-roles"))

    /// Words after "for “…”" that make the quotation a programme's name ("for “Dateline on Assignment” broadcast").
    static let broadcastWords = WordSet(Lexicon.list("broadcast-words"))

    /// What one "had to say" ("had this to say:", "had plenty to say").
    static let sayingAmounts = WordSet(Lexicon.list("saying-amounts"))

    /// Words before "as" that make the label after it nobody's ("is seen as “…”", "known as", "such as").
    static let labelledAsWords = WordSet(Lexicon.list("labelled-as-words"))

    /// Past participles of naming that, passive and with no agent, give a label nobody says ("what is called a “debate”").
    static let namingParticiples = WordSet(Lexicon.list("naming-participles"))

    /// Nouns of a view after "In X’s" ("In Ruiz’s view,").
    static let viewNouns = WordSet(Lexicon.list("view-nouns"))
}
