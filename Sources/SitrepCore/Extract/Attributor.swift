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
}

/// Finds the quotations and reported speech of an article and the phrase that names each speaker.
struct Attributor {
    let lexicon: Lexicon

    /// Verbs that report speech without quotation marks even with no "that".
    static let reportingVerbs: Set<String> = [
        "say", "tell", "warn", "explain", "insist", "announce", "report", "accuse", "argue", "declare",
        "deny", "stress", "emphasise", "emphasize", "acknowledge", "admit", "urge", "suggest", "predict",
        "promise", "vow", "pledge", "allege", "add", "write", "state", "estimate", "concede", "contend", "assert",
        "reveal", "reiterate", "threaten",
    ]
    /// Words before a short quotation that make it a scare quote when no speech verb of the sentence claims it.
    static let scareOpeners: Set<String> = ["a", "an", "the", "of", "what", "its", "their", "his", "her",
                                            "our", "my", "your", "this", "these", "those", "and", "or", "by"]
    /// Speech verbs that give something a name or a description: the label in quotation marks after them is the
    /// speaker's.
    static let labellingVerbs: Set<String> = ["describe", "call", "dub", "brand", "label", "hail", "dismiss", "refer",
                                              "liken"]

    /// Words that put a label in quotation marks ("seen as “irrefutable evidence”"): a scare quote even in a
    /// sentence with a speech verb.
    static let labelOpeners: Set<String> = ["as", "so-called", "called", "dubbed", "termed", "branded", "labelled",
                                            "labeled"]

    /// Per-paragraph carry-over: a quotation left open at the end of the previous paragraph.
    /// Words that open a phrase or clause before a sentence's subject ("While ..., she said").
    static let clauseOpeners: Set<String> = ["when", "while", "as", "if", "although", "though", "because", "once",
                                             "unless", "whereas", "hours", "days", "minutes", "weeks", "months",
                                             "moments", "later", "earlier", "meanwhile", "however", "still", "yet"]

    /// Last words of an opening phrase of time ("Hours later,", "Last week,", "On Monday,").
    static let timeWords: Set<String> = ["later", "earlier", "ago", "week", "weekend", "month", "year", "morning",
                                         "afternoon", "evening", "night", "today", "yesterday", "monday", "tuesday",
                                         "wednesday", "thursday", "friday", "saturday", "sunday"]

    /// Forms of "go" in "went on to say".
    static let goForms: Set<String> = ["go", "goes", "went", "going", "gone"]

    /// Verbs a participle continues as one predicate ("kept asking", "began shouting").
    static let catenatives: Set<String> = ["kept", "keeps", "keep", "began", "begins", "begin", "started", "starts",
                                           "start", "continued", "continues", "continue", "stopped", "stops", "quit"]

    /// Adverbs set off by commas between a subject and its verb ("Proponents, however, say").
    static let parentheticals: Set<String> = ["however", "meanwhile", "though", "too", "also", "instead", "therefore",
                                              "nonetheless", "moreover", "furthermore", "meantime", "likewise"]

    /// Words that join a sentence to the one before and stand before its subject ("But", "Also", "And so").
    static let connectives: Set<String> = ["but", "and", "also", "so", "yet", "or", "plus", "then", "now", "still"]

    /// Words after which a bare verb form is a verb ("did say", "will warn", "never said").
    static let modals: Set<String> = ["do", "does", "did", "will", "would", "can", "could", "may", "might", "must",
                                      "should", "shall", "not", "never", "don’t", "don't", "doesn’t", "doesn't",
                                      "didn’t", "didn't", "won’t", "won't", "wouldn’t", "wouldn't", "can’t", "can't",
                                      "couldn’t", "couldn't"]

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
    }

    /// Dashes that open a signature after a quotation ("— Sonya Herridge", "- Bernie Sanders.").
    private static func isSignatureDash(_ mark: Unicode.Scalar) -> Bool {
        mark == "-" || mark == "\u{2013}" || mark == "\u{2014}" || mark == "\u{2015}"
    }

    /// The name signed after a dash at `dash` ("― Pamela Padilla", "-President Obama, tweeting ..."), or nil.
    private func signature(at dash: Int, tokens: [Token], phrases: NounPhrases) -> Mention? {
        guard dash + 1 < tokens.count, Attributor.isSignatureDash(tokens[dash].first), tokens[dash].kind == .punctuation,
              tokens[dash + 1].isCapitalized else { return nil }
        let end = (dash + 1..<tokens.count).first { tokens[$0].kind == .punctuation && tokens[$0].first != "."
            && tokens[$0].first != "-" || tokens[$0].isQuoteMark } ?? tokens.count
        let chunk = phrases.rightChunk(from: dash + 1, ceiling: end)
        // The name ends the line or is set off by punctuation: "― Ana Ruiz", "- Ruiz, Springfield.", "― Ruiz “...".
        guard !chunk.isEmpty, chunk.count <= 8, chunk.upperBound == tokens.count || tokens[chunk.upperBound].kind == .punctuation,
              let mention = phrases.mention(in: chunk), mention.form == .name else { return nil }
        return mention
    }

    /// Quotations of one paragraph, appended to `quotes`.
    func extract(_ paragraph: Paragraph, segment: Int, quotes: inout [LocalQuote], carry: inout Carry) {
        let tokens = Tokenizer.tokens(paragraph.bytes)
        guard !tokens.isEmpty else { return }
        let regions = QuoteScanner.regions(tokens, byteCount: paragraph.bytes.count)
        let sentences = Sentences.split(tokens, regions: regions, paragraph: paragraph, lexicon: lexicon)
        let phrases = NounPhrases(paragraph: paragraph, tokens: tokens, lexicon: lexicon)
        var inside = [Bool](repeating: false, count: tokens.count)
        for region in regions { for index in region.tokens { inside[index] = true } }
        for region in regions where region.open != nil { inside[region.open!] = true }
        for region in regions where region.close != nil { inside[region.close!] = true }

        let openedInside = tokens.first?.isQuoteMark == true && carry.openQuote != nil
        var previousInParagraph: Int?
        var nextCarry = Carry(openQuote: nil, lastAttributed: carry.lastAttributed)
        var paragraphHasQuote = false
        // The quotation of this paragraph's last quotation marks so far.
        var lastRegionQuote: Int?
        // A line that signs the quotation closing the paragraph before: "- Bernie Sanders."
        if let signed = carry.endingQuote, let mention = signature(at: 0, tokens: tokens, phrases: phrases) {
            quotes[signed].mention = mention
            quotes[signed].continues = nil
            nextCarry.lastAttributed = signed
        }
        // Reported speech in the sentence just before: a quotation after it with no speech verb of its own goes on
        // in the same voice ("Kerry said that 100,000 would come. “That adds up to 185,000.”").
        var reportedJustBefore = carry.reportedLast
        // A sentence that only attributes ("Vale agreed.", "He added:"): it introduces the quotation opening the next.
        var introducedBy: (cue: String, mention: Mention)?
        // The named subject of the sentence before, when it had no quotation ("Clinton touted her record. “We …”").
        var subjectBefore: Mention?

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
                } else if cue.isParticiple {
                    // "footage of Ana Ruiz asking, “…”", "Ruiz saying he was “…” and Lind calling it …": a name
                    // right before the participle is its subject.
                    if let named = nameRun(endingBefore: cue.token, sentence: sentence, phrases: phrases) {
                        subjects[spoken.token] = named
                    } else if let lastFinite { subjects[spoken.token] = lastFinite }
                    else if let first = sentenceSubject(sentence, phrases: phrases) { subjects[spoken.token] = first }
                } else if let lastFinite, cue.token - 1 > sentence.lowerBound, phrases.lower(cue.token - 1) == "and",
                          tokens[cue.token - 2].kind != .punctuation {
                    // "Ryan lamented the “…” state of the race and criticized …": the verb before shares its subject.
                    subjects[spoken.token] = lastFinite
                } else if let subject = subject(of: cue, in: sentence, tokens: tokens, phrases: phrases, inside: inside) {
                    subjects[spoken.token] = subject
                    if !clauseOpened { lastFinite = subject }
                    var next = cue.token + 1
                    while next < sentence.upperBound, phrases.isWord(next), lexicon.adverbials.contains(phrases.lower(next)) { next += 1 }
                    if next < sentence.upperBound, phrases.lower(next) == "that", !clauseOpened {
                        clauseOpened = true
                        clauseVerb = spoken.token
                    }
                }
            }
            let sentenceRegions = regions.filter { sentence.contains($0.tokens.lowerBound) || $0.open.map(sentence.contains) == true }
            var usedCues = Set<Int>()
            for region in sentenceRegions {
                let opener = region.open ?? -1
                let startsSentence = region.open == nil || opener == sentence.lowerBound
                    || opener > sentence.lowerBound && tokens[opener - 1].first == ":"
                    // "…, saying, “…”": a comma after the speech verb opens a whole statement too.
                    || opener > sentence.lowerBound + 1 && tokens[opener - 1].first == ","
                        && cues.contains { $0.token == opener - 2 }
                let lastContent = region.tokens.upperBound - 1
                let endsPunctuated = region.close == nil || lastContent >= 0 && tokens[lastContent].kind == .punctuation
                    || region.close.map { $0 + 1 >= sentence.upperBound } == true
                let kind: Quotation.Kind = startsSentence && endsPunctuated ? .direct : .partial
                let words = region.tokens.filter { tokens[$0].kind != .punctuation }.count
                let before = opener > 0 ? phrases.lower(opener - 1) : ""
                // "Pollsters agree - Carl Bialik: “…”": a name just before the colon names the speaker.
                // A name right after the verb is its listener or its inverted subject ("told Fox News: “…”",
                // "explained moderator Nancy Cordes: “…”"): the verb decides.
                let colonName = kind == .direct && opener > sentence.lowerBound && tokens[opener - 1].first == ":"
                    ? properName(endingBefore: opener - 1, sentence: sentence, tokens: tokens, phrases: phrases)
                        .flatMap { named in
                            cues.contains { cue in
                                let after = cue.token + (cue.text.contains(" ") ? 2 : 1)
                                return after < tokens.count && tokens[after].start == named.start
                            }
                                ? nil : named
                        }
                    : nil
                let chosen = colonName == nil ? chooseCue(for: region, kind: kind, cues: cues, subjects: subjects,
                                                          tokens: tokens, sentence: sentence, clauseVerb: clauseVerb) : nil
                // A word or two in quotation marks after "the", "so-called", ... is a scare quote, unless a speech
                // verb in the sentence gives it a speaker ("McCain says the movement appeals to the “bad angels”");
                // so is the name of a programme or book.
                // A label is the speaker's own when a verb of labelling stands just before it: "Trump hailed the
                // vote as “fantastic”", "calling him a “loser”".
                // Any speech verb that labels its object "as" the quotation does the same ("derided it as “theft”"; in
                // "say the find is being seen as “…”" another verb takes the label).
                let labelledBySpeaker = chosen.map { cue in
                    cue.token < opener && opener - cue.token <= 8
                        && (Attributor.labellingVerbs.contains(cue.base) || before == "as"
                            && !(cue.token + 1..<opener).contains { index in
                                let lower = phrases.lower(index)
                                return NounPhrases.auxiliaries.contains(lower) || lower.hasSuffix("ed")
                                    || lexicon.pastForms.contains(lower) || ["seen", "known", "viewed"].contains(lower)
                            })
                } ?? false
                let isScare = kind == .partial && words <= 2
                    && (Attributor.labelOpeners.contains(before) && !labelledBySpeaker
                        || Attributor.scareOpeners.contains(before) && chosen == nil)
                    || kind == .partial && isTitle(region, words: words, tokens: tokens, phrases: phrases)
                var quote = LocalQuote(segment: segment, paragraph: paragraph, start: region.contentStart,
                                       end: region.contentEnd, kind: kind, cue: nil, mention: nil, continues: nil,
                                       entity: nil, unclosed: region.close == nil)
                if !isScare, let (noun, owner) = possessor(before: opener, sentence: sentence, phrases: phrases, cues: cues) {
                    // "Ruiz’s claim that “…”": the words are the possessor's.
                    quote.cue = noun
                    quote.mention = owner
                } else if !isScare, let cue = chosen {
                    quote.cue = cue.text
                    quote.mention = subjects[cue.token]
                    usedCues.insert(cue.token)
                } else if !isScare {
                    if let introduction = carry.introduction, opener == 0, previousInParagraph == nil, kind == .direct {
                        quote.cue = introduction.cue
                        quote.mention = introduction.mention
                    } else if let introduction = introducedBy, opener == sentence.lowerBound, kind == .direct {
                        quote.cue = introduction.cue
                        quote.mention = introduction.mention
                    } else if region.open == nil || (openedInside && opener == 0 && previousInParagraph == nil) {
                        quote.continues = carry.openQuote
                    } else if let close = region.close, let signed = signature(at: close + 1, tokens: tokens, phrases: phrases) {
                        // “…” ― Pamela Padilla
                        quote.mention = signed
                    } else if let named = colonName {
                        // "Clinton: “Our goal is to defeat ISIS.”" / "More from Jones: “...”".
                        quote.mention = named
                    } else if let previous = previousInParagraph {
                        quote.continues = previous
                    } else if kind == .direct, opener == sentence.lowerBound, let subject = subjectBefore {
                        quote.mention = subject
                    } else if kind == .direct, carry.lastParagraphWasQuote, let last = carry.lastAttributed {
                        quote.continues = last
                    } else if kind == .direct, let reported = reportedJustBefore {
                        quote.continues = reported
                    } else if kind == .partial, let subject = sentenceSubject(sentence, phrases: phrases),
                              subject.form == .name || subject.form == .pronoun, opener > sentence.lowerBound + 1 {
                        // Words quoted inside a named speaker's sentence with no speech verb ("Cruz railed
                        // against the “Washington cartel”") are the sentence's subject's.
                        quote.mention = subject
                    } else if kind == .partial, words >= 3, let reported = reportedJustBefore {
                        // "…, he said. Good information can win, but only when “the truth is sexier”": the paraphrase
                        // goes on in the voice of the reported speech before it (a word or two there is a label).
                        quote.continues = reported
                    }
                }
                quotes.append(quote)
                let index = quotes.count - 1
                lastRegionQuote = index
                if quote.mention != nil || quote.continues != nil { previousInParagraph = index }
                if quote.mention != nil || quote.continues != nil { nextCarry.lastAttributed = index }
                if region.close == nil { nextCarry.openQuote = index }
                paragraphHasQuote = true
            }
            // "X said:" closing the paragraph, no quotation after it: it introduces the next paragraph.
            if let colon = tokens.indices.last, tokens[colon].first == ":", sentence.contains(colon),
               let cue = cues.last(where: { !usedCues.contains($0.token) && subjects[$0.token] != nil }),
               !sentenceRegions.contains(where: { ($0.open ?? -1) > cue.token }) {
                nextCarry.introduction = (cue.text, subjects[cue.token]!)
            }
            subjectBefore = sentenceRegions.isEmpty
                ? sentenceSubject(sentence, phrases: phrases).flatMap { $0.form == .name || $0.form == .pronoun ? $0 : nil }
                : nil
            introducedBy = nil
            if sentenceRegions.isEmpty, let cue = cues.last(where: { !$0.isParticiple && !$0.isAccording }),
               let subject = subjects[cue.token], subject.start < tokens[cue.token].start,
               // Not a passive ("had not been called on").
               !["been", "being", "was", "were", "is", "are", "be"].contains(phrases.lower(cue.token - 1)),
               (cue.token + 1..<sentence.upperBound).allSatisfy({ index in
                   tokens[index].kind == .punctuation || lexicon.adverbials.contains(phrases.lower(index))
               }) {
                introducedBy = (cue.text, subject)
                if sentence.upperBound >= tokens.count, nextCarry.introduction == nil { nextCarry.introduction = introducedBy }
            }
            // Reported speech: a finite speech verb with a subject and a clause, not used by a quotation.
            reportedJustBefore = nil
            for cue in cues where !usedCues.contains(cue.token) && !cue.isParticiple {
                guard let subject = subjects[cue.token], sentenceRegions.isEmpty,
                      let clause = reportedClause(of: cue, sentence: sentence, tokens: tokens, phrases: phrases,
                                                  subject: subject) else { continue }
                quotes.append(LocalQuote(segment: segment, paragraph: paragraph, start: clause.lowerBound,
                                         end: clause.upperBound, kind: .reported, cue: cue.text, mention: subject,
                                         continues: nil, entity: nil, unclosed: false))
                reportedJustBefore = quotes.count - 1
                break
            }
        }
        nextCarry.lastParagraphWasQuote = paragraphHasQuote
        nextCarry.reportedLast = reportedJustBefore
        if let last = regions.last, let close = last.close, close + 2 >= tokens.count, let index = lastRegionQuote,
           quotes[index].end == last.contentEnd {
            nextCarry.endingQuote = index
        }
        carry = nextCarry
    }

    /// The owner and the noun of "Ana Ruiz’s claim that", "Ana Ruiz’s words," just before the opening mark at
    /// `opener`: a noun of utterance after a possessive name.
    private func possessor(before opener: Int, sentence: Range<Int>, phrases: NounPhrases, cues: [Cue]) -> (String, Mention)? {
        // The noun and the quotation are joined by a comma or a colon, or the quotation stands in the clause after
        // "that": "Ruiz’s claim that there were “…”". Without them the quotation says something about the words
        // ("Ruiz’s comments “show bias”"). After a speech verb ("Lind said Ruiz’s claim that … is “untrue”") the
        // clause may have ended, and the quotation be the verb's speaker's.
        var joiner = opener - 1
        if joiner > sentence.lowerBound, ![",", ":"].contains(phrases.tokens[joiner].first) {
            joiner = (max(sentence.lowerBound, opener - 10)..<opener).last { phrases.lower($0) == "that" } ?? -1
            guard joiner > 0, !(joiner + 1..<opener).contains(where: { phrases.tokens[$0].kind == .punctuation }),
                  !cues.contains(where: { $0.token < joiner }) else { return nil }
        }
        guard joiner - 2 > sentence.lowerBound else { return nil }
        let noun = joiner - 1
        guard phrases.isWord(noun), lexicon.utteranceNouns.contains(phrases.lower(noun)) else { return nil }
        let owner = phrases.word(noun - 1)
        let possessive = owner.hasSuffix("\u{2019}s") || owner.hasSuffix("'s")
        guard possessive, phrases.tokens[noun - 1].isCapitalized,
              var named = nameRun(endingBefore: noun, sentence: sentence, phrases: phrases, anywhere: true) else { return nil }
        // The possessive ending is not part of the name.
        named.text = String(named.text.dropLast(2))
        named.name = named.name.map { String($0.dropLast(2)) }
        named.end -= owner.hasSuffix("'s") ? 2 : 4
        return (phrases.word(noun), named)
    }

    /// The name of a programme, book or film in quotation marks ("told ABC’s “Good Morning America”", "on
    /// “Meet the Press”"): a few words in title case after a possessive or "on", not anybody's words.
    private func isTitle(_ region: QuoteRegion, words: Int, tokens: [Token], phrases: NounPhrases) -> Bool {
        guard words <= 6, let opener = region.open, opener > 0 else { return false }
        let before = phrases.lower(opener - 1)
        let possessive = before.hasSuffix("\u{2019}s") || before.hasSuffix("'s") || tokens[opener - 1].first == "\u{2019}"
            || tokens[opener - 1].first == "'"
        guard possessive || Attributor.titlePrepositions.contains(before) else { return false }
        let content = region.tokens.filter { tokens[$0].kind == .word }
        guard let first = content.first, tokens[first].isCapitalized else { return false }
        return content.allSatisfy { tokens[$0].isCapitalized || Attributor.titleSmallWords.contains(phrases.lower($0)) }
    }

    /// Short words a title leaves in lower case ("Meet the Press", "Real Time with Bill Maher").
    static let titleSmallWords: Set<String> = ["the", "a", "an", "of", "and", "with", "for", "in", "on", "to", "at",
                                               "by", "or"]

    /// Words before a programme's or book's name in quotation marks.
    static let titlePrepositions: Set<String> = ["on", "in", "host", "hosts", "hosted", "titled", "entitled", "book",
                                                 "show", "programme", "program", "film", "movie", "series"]

    // MARK: Cues

    private func findCues(in sentence: Range<Int>, tokens: [Token], inside: [Bool], phrases: NounPhrases) -> [Cue] {
        var cues: [Cue] = []
        for index in sentence where !inside[index] && tokens[index].kind == .word {
            let lower = phrases.lower(index)
            if lower == "according", index + 1 < sentence.upperBound, phrases.lower(index + 1) == "to" {
                cues.append(Cue(token: index, text: "according to", base: "according", isParticiple: false,
                                isAccording: true))
                continue
            }
            var text = phrases.word(index)
            let base: String
            if let plain = lexicon.speechVerbForms[lower] {
                base = plain
            } else if let phrasal = lexicon.phrasalSpeechVerbForms[lower], index + 1 < sentence.upperBound,
                      phrases.lower(index + 1) == phrasal.particle {
                base = phrasal.base
                text += " " + phrases.word(index + 1)
            } else {
                continue
            }
            if tokens[index].isCapitalized && index != sentence.lowerBound { continue }
            if index > sentence.lowerBound {
                // The word before, past an adverb set off by commas ("Supporters, however, say").
                let skipsAdverb = index - 3 >= sentence.lowerBound && tokens[index - 1].first == ","
                    && tokens[index - 3].first == "," && Attributor.parentheticals.contains(phrases.lower(index - 2))
                let before = skipsAdverb ? index - 4 : index - 1
                guard before >= sentence.lowerBound else { continue }
                let previous = phrases.lower(before)
                let standsAlone = before == sentence.lowerBound && NounPhrases.standAlone.contains(previous)
                // After a determiner, a possessive or a preposition the word is a noun ("on attacks", "in reply"; "by
                // saying" is a verb).
                if NounPhrases.determiners.contains(previous) && !standsAlone
                    || NounPhrases.prepositions.contains(previous) && previous != "to" && !tokens[before].isCapitalized
                        && !lower.hasSuffix("ing")
                    || previous.hasSuffix("\u{2019}s") || previous.hasSuffix("'s")
                    || previous == "to" && base != "say" || previous == "of" || previous == "for" {
                    continue
                }
                if lower == base || lower == base + "s" && !["say", "tell", "add", "write"].contains(base) {
                    // A bare form is a verb after a plural subject or pronoun ("officials say"), not a noun.
                    // ("a say" is the only noun, and a determiner before it is ruled out above).
                    let subjectLike = tokens[before].isCapitalized || previous.hasSuffix("s")
                        || base == "say" && previous != "cannot"
                        // "the two write" (not "eight state legislators").
                        || lexicon.numberWords[previous] != nil && index - 2 >= sentence.lowerBound
                            && NounPhrases.determiners.contains(phrases.lower(index - 2))
                        || ["they", "we", "i", "you", "he", "she", "it", "also", "who"].contains(previous)
                        || Attributor.modals.contains(previous)
                    if !subjectLike && lower == base && !lexicon.speechVerbsWithBarePast.contains(base) { continue }
                }
            } else if lower == base, base != "say" {
                continue
            }
            let isParticiple = lower.hasSuffix("ing")
            // "agreed to" is consent, not speech.
            if base == "agree", index + 1 < sentence.upperBound, ["to", "on"].contains(phrases.lower(index + 1)) { continue }
            cues.append(Cue(token: index, text: text, base: base, isParticiple: isParticiple, isAccording: false))
        }
        return cues
    }

    /// The speech verb whose speaker says the quotation in `region`. `clauseVerb` opened a reported clause ("said that
    /// …"): inside it, a nearer verb takes a partial quotation only when it labels or has a named subject ("said that her
    /// campaign would continue “to break barriers”" is the reporter's words).
    private func chooseCue(for region: QuoteRegion, kind: Quotation.Kind, cues: [Cue], subjects: [Int: Mention],
                           tokens: [Token], sentence: Range<Int>, clauseVerb: Int?) -> Cue? {
        let attributed = cues.filter { subjects[$0.token] != nil }
        guard !attributed.isEmpty else { return nil }
        let after = region.close ?? sentence.upperBound
        let before = region.open ?? sentence.lowerBound
        let following = attributed.filter { $0.token > after }
        let preceding = attributed.filter { $0.token < before }
        let near = following.first { cue in
            // “…,” Mr Zelensky said. / “…,” said Seongmin Lee. Nothing but the speaker between.
            cue.token - after <= 10 && !(after + 1..<cue.token).contains { tokens[$0].isQuoteMark }
        }
        // "X said, “…”" / "X said: “…”": the verb just before the opening mark introduces it.
        if let introducer = preceding.last, introducer.token + 2 == before,
           tokens[before - 1].first == "," || tokens[before - 1].first == ":" {
            return introducer
        }
        if kind == .direct {
            return near ?? following.first ?? preceding.last
        }
        if let last = preceding.last, let clauseVerb, clauseVerb < last.token,
           let outer = preceding.first(where: { $0.token == clauseVerb }),
           !Attributor.labellingVerbs.contains(last.base), subjects[last.token]?.form != .name {
            return outer
        }
        return preceding.last ?? near ?? following.first
    }

    // MARK: Subjects

    /// The speaker of a finite speech verb, looking left (X said) or right (said X, according to X).
    private func subject(of cue: Cue, in sentence: Range<Int>, tokens: [Token], phrases: NounPhrases,
                         inside: [Bool]) -> Mention? {
        if cue.isAccording {
            let chunk = phrases.rightChunk(from: cue.token + 2, ceiling: sentence.upperBound)
            return chunk.isEmpty ? nil : rightMention(chunk, sentence: sentence, tokens: tokens, phrases: phrases)
        }
        var left = cue.token - 1
        while left >= sentence.lowerBound, tokens[left].kind != .punctuation,
              lexicon.adverbials.contains(phrases.lower(left)) || lexicon.months[phrases.lower(left)] != nil
                || tokens[left].kind == .number || isAdverb(left, sentence: sentence, phrases: phrases) {
            left -= 1
        }
        // A bracket between the speaker and the verb: "Sen. Jane Ruiz (D-Ohio) said", "Ruiz (D-Ohio), said".
        if left - 1 > sentence.lowerBound, tokens[left].first == ",", tokens[left - 1].first == ")" { left -= 1 }
        left = Attributor.beforeBracket(endingAt: left, sentence: sentence, tokens: tokens)
        // A party tag set off by commas: "Sen. Ana Ruiz, R-Ohio, said".
        if let tag = Attributor.partyTag(endingAt: left, sentence: sentence, phrases: phrases) { left = tag - 1 }
        // "Proponents of the bill, however, say", "he, once again, pledged": a few words of adverb set off by commas.
        if left > sentence.lowerBound + 1, tokens[left].first == ",",
           let open = (max(sentence.lowerBound + 1, left - 3)..<left).last(where: { tokens[$0].first == "," }),
           open + 1 < left, (open + 1..<left).allSatisfy({ phrases.isWord($0) && !tokens[$0].isCapitalized
               && (Attributor.parentheticals.contains(phrases.lower($0)) || lexicon.adverbials.contains(phrases.lower($0))
                   || ["in", "fact", "for", "example", "instance", "of", "course", "again"].contains(phrases.lower($0))) }) {
            left = open - 1
        }
        guard left >= sentence.lowerBound else { return inverted(cue, sentence: sentence, tokens: tokens, phrases: phrases) }
        let token = tokens[left]
        if token.isQuoteMark || token.first == "," && left - 1 >= sentence.lowerBound && tokens[left - 1].isQuoteMark {
            // "Roffman, who put his costs “in the seven figures,” described …": the quotation closes a relative
            // clause on the subject.
            let comma = token.first == "," ? left : left - 1
            if comma > sentence.lowerBound, tokens[comma].first == ",",
               let mention = relativeSubject(before: comma, sentence: sentence, tokens: tokens, phrases: phrases, inside: inside) {
                return mention
            }
            return inverted(cue, sentence: sentence, tokens: tokens, phrases: phrases)
        }
        if token.kind == .punctuation, token.first == "," {
            if let mention = inverted(cue, sentence: sentence, tokens: tokens, phrases: phrases, mustEnd: true) {
                return mention
            }
            if let mention = relativeSubject(before: left, sentence: sentence, tokens: tokens, phrases: phrases, inside: inside) {
                return mention
            }
            let apposed = appositive(endingAt: left, sentence: sentence, tokens: tokens, phrases: phrases)
            if let apposed, apposed.form == .name { return apposed }
            // "Harry Bond, 30, of Raleigh, who was among those polled, said": the name that opens the sentence (or
            // follows the quotation that opens it), set off by a comma, with everything up to the verb in apposition.
            // (A double mark: a single one may be an apostrophe, "Cross’ speech".)
            let clauseStart = (sentence.lowerBound..<left).last {
                tokens[$0].isQuoteMark && tokens[$0].first != "’" && tokens[$0].first != "'"
            }.map { $0 + 1 } ?? sentence.lowerBound
            let firstComma = (clauseStart..<left).first { tokens[$0].first == "," } ?? left
            if clauseStart < left,
               let named = properName(endingBefore: Attributor.beforeBracket(endingAt: firstComma - 1, sentence: sentence,
                                                                             tokens: tokens) + 1,
                                      sentence: sentence, tokens: tokens, phrases: phrases),
               named.start == tokens[clauseStart].start {
                return named
            }
            return apposed
        }
        if token.kind == .punctuation { return nil }
        let lower = phrases.lower(left)
        if lower == "and" || lower == "but" { return sentenceSubject(sentence, phrases: phrases) }
        let chunk = phrases.leftChunk(endingBefore: left + 1, floor: sentence.lowerBound)
        // "Obama, who called …", "Packer, who is chairman of the group said", "a message that said": the relative
        // pronoun speaks for the phrase it follows.
        // Between the pronoun and the verb only auxiliaries, adverbs or a phrase of time ("who in 2010 said").
        let subjectless = chunk.allSatisfy { index in
            let lower = phrases.lower(index)
            return tokens[index].kind != .word || NounPhrases.auxiliaries.contains(lower) || lexicon.adverbials.contains(lower)
                || NounPhrases.prepositions.contains(lower) || isAdverb(index, sentence: sentence, phrases: phrases)
        }
        // "a White House official who spoke anonymously … said": a relative clause without commas.
        if !chunk.isEmpty, chunk.lowerBound - 1 > sentence.lowerBound, phrases.lower(chunk.lowerBound - 1) == "who",
           tokens[chunk.lowerBound - 2].kind == .word, !tokens[chunk.lowerBound].isCapitalized,
           lexicon.pastForms.contains(phrases.lower(chunk.lowerBound)) || phrases.lower(chunk.lowerBound).hasSuffix("ed")
               || NounPhrases.auxiliaries.contains(phrases.lower(chunk.lowerBound)),
           case let before = phrases.leftChunk(endingBefore: chunk.lowerBound - 1, floor: sentence.lowerBound), !before.isEmpty,
           let antecedent = phrases.mention(in: before) {
            return antecedent
        }
        if subjectless,
           let antecedent = relativeAntecedent(before: chunk.isEmpty ? left : chunk.lowerBound - 1, sentence: sentence,
                                               phrases: phrases) {
            return antecedent
        }
        guard !chunk.isEmpty, var mention = phrases.mention(in: chunk) else { return nil }
        // "Lee Seong-kweun, a lawmaker on the ... committee said": the description stands in apposition.
        if mention.form == .description, !mention.definite, chunk.lowerBound - 1 >= sentence.lowerBound,
           tokens[chunk.lowerBound - 1].first == ",",
           let named = properName(endingBefore: chunk.lowerBound - 1, sentence: sentence, tokens: tokens, phrases: phrases) {
            var merged = named
            merged.description = phrases.paragraph.slice(tokens[chunk.lowerBound].start, tokens[chunk.upperBound - 1].end)
            merged.end = mention.end
            mention = merged
        }
        return mention
    }

    /// The subject after the verb: “…,” said X / …, says Mr X. With `mustEnd`, only when the phrase closes
    /// the sentence or clause (so "Prokudin, said Kherson city and ..." is not read as inverted).
    private func inverted(_ cue: Cue, sentence: Range<Int>, tokens: [Token], phrases: NounPhrases,
                          mustEnd: Bool = false) -> Mention? {
        // After the particle of "put it", "shot back".
        var start = cue.token + (cue.text.contains(" ") ? 2 : 1)
        // "told AFP", "tells reporters": what follows "tell" is the listener, never the speaker; what follows a verb
        // of labelling is what it labels ("described the impact as “…”"); "said that" opens a clause.
        guard cue.base != "tell", !Attributor.labellingVerbs.contains(cue.base) else { return nil }
        // "said Tuesday", "said last week.": the time of speaking, not the speaker ("said on Twitter" keeps its
        // preposition, which no speaker opens with).
        while start < sentence.upperBound, phrases.isWord(start), !NounPhrases.prepositions.contains(phrases.lower(start)),
              lexicon.adverbials.contains(phrases.lower(start)) || lexicon.months[phrases.lower(start)] != nil {
            start += 1
        }
        guard start < sentence.upperBound, tokens[start].kind != .punctuation, phrases.lower(start) != "that" else { return nil }
        let chunk = phrases.rightChunk(from: start, ceiling: sentence.upperBound)
        guard !chunk.isEmpty else { return nil }
        if mustEnd {
            let next = chunk.upperBound
            let closes = next >= sentence.upperBound || tokens[next].kind == .punctuation
                && [".", ",", ";", ":", "!", "?"].contains(tokens[next].first)
                || ["who", "which"].contains(phrases.lower(next))
            guard closes else { return nil }
            guard tokens[start].isCapitalized || NounPhrases.determiners.contains(phrases.lower(start))
                    || lexicon.pronouns[phrases.lower(start)] != nil else { return nil }
        }
        return rightMention(chunk, sentence: sentence, tokens: tokens, phrases: phrases)
    }

    /// The mention in a chunk after the verb, taking a name in apposition: "the regional governor, Ivan Moroz".
    private func rightMention(_ chunk: Range<Int>, sentence: Range<Int>, tokens: [Token], phrases: NounPhrases) -> Mention? {
        guard var mention = phrases.mention(in: chunk) else { return nil }
        let comma = chunk.upperBound
        if mention.form == .description, comma + 1 < sentence.upperBound, tokens[comma].first == "," {
            let next = phrases.rightChunk(from: comma + 1, ceiling: sentence.upperBound)
            let closes = next.upperBound >= sentence.upperBound || tokens[next.upperBound].kind == .punctuation
            if !next.isEmpty, closes, next.count <= 6,
               next.allSatisfy({ tokens[$0].isCapitalized || tokens[$0].kind == .punctuation }),
               var named = phrases.mention(in: next), named.form == .name {
                named.description = phrases.paragraph.slice(tokens[chunk.lowerBound].start, tokens[chunk.upperBound - 1].end)
                named.start = mention.start
                mention = named
            }
        }
        return mention
    }

    /// The index before a short bracketed group ending at `index` ("(D-Ohio)"), or `index` when there is none.
    private static func beforeBracket(endingAt index: Int, sentence: Range<Int>, tokens: [Token]) -> Int {
        guard index > sentence.lowerBound, tokens[index].first == ")",
              let open = (sentence.lowerBound..<index).last(where: { tokens[$0].first == "(" }),
              open > sentence.lowerBound, index - open <= 8 else { return index }
        return open - 1
    }

    /// The index of the comma before a party tag that ends at the comma `index` (", R-Ohio,", ", D-N.Y.,"), or nil.
    static func partyTag(endingAt index: Int, sentence: Range<Int>, phrases: NounPhrases) -> Int? {
        let tokens = phrases.tokens
        guard index - 2 > sentence.lowerBound, tokens[index].first == "," else { return nil }
        var tag = index - 1
        // The period closing an abbreviated state ("D-Va.").
        while tag > index - 3, tag > sentence.lowerBound, tokens[tag].first == ".", !tokens[tag].spaceBefore { tag -= 1 }
        let word = Array(phrases.word(tag).utf8)
        // A party letter, a hyphen and a capitalised state: "R-Ohio", "D-N.Y", "I-Vt".
        guard word.count >= 3, (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(word[0]), word[1] == UInt8(ascii: "-"),
              (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(word[2]), tag - 1 > sentence.lowerBound,
              tokens[tag - 1].first == "," else { return nil }
        return tag - 1
    }

    /// Words that end in -ly but are nouns ("the family said", "a close ally said").
    static let lyNouns: Set<String> = ["family", "ally", "rally", "assembly", "daily", "weekly", "monthly", "supply",
                                       "reply", "bully", "anomaly", "monopoly", "italy", "july", "fly", "lily"]

    /// A participle opening a phrase: "noting", "sent", "clad", "forwarded" (an -ing or -ed form, or an irregular past).
    private func isParticiple(_ index: Int, phrases: NounPhrases) -> Bool {
        let lower = phrases.lower(index)
        return lower.count > 4 && (lower.hasSuffix("ing") || lower.hasSuffix("ed")) || lexicon.pastForms.contains(lower)
            || lower == "clad"
    }

    /// An adverb between a subject and its verb ("Clinton boldly suggested", "officials privately said").
    private func isAdverb(_ index: Int, sentence: Range<Int>, phrases: NounPhrases) -> Bool {
        let lower = phrases.lower(index)
        guard index > sentence.lowerBound, !phrases.tokens[index].isCapitalized, lower.count > 4, lower.hasSuffix("ly"),
              !Attributor.lyNouns.contains(lower) else { return false }
        let previous = phrases.lower(index - 1)
        return !NounPhrases.determiners.contains(previous) && !previous.hasSuffix("’s") && !previous.hasSuffix("'s")
    }

    /// The phrase a relative pronoun at `index` stands for, when the verb after it has no subject of its own:
    /// "Obama, who called", "Sen. Ruiz (D-Ohio), who has …, said"; after a whole clause, the name closing it
    /// ("Pressure is building on McAuliffe, who …").
    private func relativeAntecedent(before index: Int, sentence: Range<Int>, phrases: NounPhrases) -> Mention? {
        let tokens = phrases.tokens
        guard index - 1 > sentence.lowerBound, phrases.isWord(index), ["who", "which", "whose"].contains(phrases.lower(index)),
              tokens[index - 1].first == "," else { return nil }
        let end = Attributor.beforeBracket(endingAt: index - 2, sentence: sentence, tokens: tokens) + 1
        let chunk = phrases.leftChunk(endingBefore: end, floor: sentence.lowerBound)
        let clause = chunk.contains { index in
            let lower = phrases.lower(index)
            return !tokens[index].isCapitalized && (NounPhrases.auxiliaries.contains(lower) || lexicon.pastForms.contains(lower))
        }
        guard clause else { return appositive(endingAt: end, sentence: sentence, tokens: tokens, phrases: phrases) }
        var start = end
        while start - 1 > chunk.lowerBound, tokens[start - 1].isCapitalized || tokens[start - 1].first == "." { start -= 1 }
        guard start < end, tokens[start].isCapitalized, let named = phrases.mention(in: start..<end), named.form == .name
        else { return nil }
        return named
    }

    /// The subject of a relative clause that runs up to the comma at `comma`: "The lawmaker, who represents a
    /// district in the north, said", "The report, which …, says".
    private func relativeSubject(before comma: Int, sentence: Range<Int>, tokens: [Token], phrases: NounPhrases,
                                 inside: [Bool]) -> Mention? {
        guard let relative = (sentence.lowerBound + 1..<comma).first(where: { index in
            tokens[index - 1].first == "," && !inside[index] && phrases.isWord(index)
                && ["who", "which"].contains(phrases.lower(index))
        }) else { return nil }
        let end = Attributor.beforeBracket(endingAt: relative - 2, sentence: sentence, tokens: tokens) + 1
        return appositive(endingAt: end, sentence: sentence, tokens: tokens, phrases: phrases)
    }

    /// "Kherson's governor, Oleksandr Prokudin, said" or "Lee, a lawmaker, said": two comma-separated phrases.
    private func appositive(endingAt comma: Int, sentence: Range<Int>, tokens: [Token], phrases: NounPhrases) -> Mention? {
        let inner = phrases.leftChunk(endingBefore: comma, floor: sentence.lowerBound)
        // "Sen. Ruiz (D-Ill.), noting the size of the crowd, said", "Mary Susan, clad in a red cape …, said", "The message,
        // sent to Mills and forwarded to Clinton, called": a participle's phrase set off by commas is passed over.
        if let open = (max(sentence.lowerBound + 1, comma - 24)..<comma).last(where: { tokens[$0].first == "," }),
           open + 1 < comma, phrases.isWord(open + 1), !tokens[open + 1].isCapitalized,
           isParticiple(open + 1, phrases: phrases) {
            var last = Attributor.beforeBracket(endingAt: open - 1, sentence: sentence, tokens: tokens)
            if let tag = Attributor.partyTag(endingAt: open, sentence: sentence, phrases: phrases) { last = tag - 1 }
            guard last >= sentence.lowerBound, phrases.isWord(last) else { return nil }
            return appositive(endingAt: last + 1, sentence: sentence, tokens: tokens, phrases: phrases)
        }
        guard !inner.isEmpty, let innerMention = phrases.mention(in: inner) else { return nil }
        let outerComma = inner.lowerBound - 1
        guard outerComma >= sentence.lowerBound, tokens[outerComma].first == "," else { return innerMention }
        let outer = phrases.leftChunk(endingBefore: outerComma, floor: sentence.lowerBound)
        // "Wilson, of Springfield, Va., said", "Clinton, during a town hall in Columbus, Ohio, said": after a phrase
        // that opens with a preposition, the name is a place, not who speaks ("in what Ruiz, a treasurer, called" opens
        // a clause instead).
        if outer.count > 1, !tokens[outer.lowerBound].isCapitalized,
           NounPhrases.prepositions.contains(phrases.lower(outer.lowerBound)) || phrases.lower(outer.lowerBound) == "of",
           !["what", "which", "whom"].contains(phrases.lower(outer.lowerBound + 1)) {
            return nil
        }
        guard !outer.isEmpty, let outerMention = phrases.mention(in: outer) else { return innerMention }
        // "Jean-Marc Ayrault, the foreign minister of France, a permanent member of the Council, said": two descriptions
        // after a name.
        // (A part opening in lower case, "a member of the Security Council", describes whatever name it ends with.)
        let describes = { (part: Range<Int>, mention: Mention) in mention.form != .name || !tokens[part.lowerBound].isCapitalized }
        if describes(inner, innerMention), describes(outer, outerMention), outer.lowerBound - 1 > sentence.lowerBound,
           tokens[outer.lowerBound - 1].first == "," {
            let first = phrases.leftChunk(endingBefore: outer.lowerBound - 1, floor: sentence.lowerBound)
            if !first.isEmpty, var named = phrases.mention(in: first), named.form == .name {
                named.description = phrases.paragraph.slice(tokens[outer.lowerBound].start, tokens[inner.upperBound - 1].end)
                named.end = innerMention.end
                return named
            }
        }
        let innerText = phrases.paragraph.slice(tokens[inner.lowerBound].start, tokens[inner.upperBound - 1].end)
        let outerText = phrases.paragraph.slice(tokens[outer.lowerBound].start, tokens[outer.upperBound - 1].end)
        if innerMention.form == .name, outerMention.form != .name || outerMention.description != nil
            || lexicon.titles.contains(outerMention.head) {
            var named = innerMention
            named.description = outerText
            named.start = outerMention.start
            return named
        }
        if outerMention.form == .name, innerMention.form == .description {
            var named = outerMention
            named.description = innerText
            named.end = innerMention.end
            return named
        }
        return innerMention
    }

    /// A proper name (capitalised words only) that ends just before `end`: the whole phrase there, or its last two
    /// or more capitalised words after a role in lower case ("secretary of state Hillary Rodham Clinton").
    private func properName(endingBefore end: Int, sentence: Range<Int>, tokens: [Token], phrases: NounPhrases) -> Mention? {
        var chunk = phrases.leftChunk(endingBefore: end, floor: sentence.lowerBound)
        let capitalised = { (index: Int) in tokens[index].isCapitalized || tokens[index].kind == .punctuation }
        if let lowerCase = chunk.last(where: { !capitalised($0) }), chunk.upperBound - lowerCase > 2 {
            chunk = (lowerCase + 1)..<chunk.upperBound
        }
        guard !chunk.isEmpty, chunk.count <= 6, chunk.allSatisfy(capitalised),
              let mention = phrases.mention(in: chunk), mention.form == .name, mention.kind == .person else { return nil }
        return mention
    }

    /// The run of capitalised words (with the periods of abbreviations) just before `end`, read as a person's name
    /// when it opens the sentence or follows "of", "with", "and", a comma, a dash or a colon: "footage of Ana Ruiz", "with Ruiz". After
    /// other words the name is an object or a place ("wrote to Ruiz asking", "on Twitter reading"); `anywhere` drops
    /// that condition (a possessive name: "of Ana Ruiz’s").
    private func nameRun(endingBefore end: Int, sentence: Range<Int>, phrases: NounPhrases, anywhere: Bool = false) -> Mention? {
        var start = end
        while start - 1 >= sentence.lowerBound, end - start < 6,
              phrases.tokens[start - 1].isCapitalized || phrases.tokens[start - 1].first == "." && start - 1 < end - 1 {
            start -= 1
        }
        if start > sentence.lowerBound, !anywhere {
            let before = phrases.lower(start - 1)
            guard ["of", "with", "and", ",", "\u{2013}", "\u{2014}", ":"].contains(before) else { return nil }
        }
        guard start < end, phrases.tokens[start].isCapitalized, !lexicon.adverbials.contains(phrases.lower(end - 1)),
              lexicon.months[phrases.lower(end - 1)] == nil,
              let mention = phrases.mention(in: start..<end), mention.form == .name, mention.kind == .person else { return nil }
        return mention
    }

    /// Single words that open a sentence before a comma, or before a phrase and a comma, and are not its subject:
    /// "Therefore, ...", "Here in Columbia, ...", "Back in 1999, ...".
    static let openingAdverbs: Set<String> = ["therefore", "indeed", "instead", "moreover", "furthermore", "thus",
                                              "hence", "nevertheless", "nonetheless", "otherwise", "likewise",
                                              "similarly", "here", "there", "back", "elsewhere", "again", "first",
                                              "finally", "ultimately", "now", "then", "today", "yesterday"]

    /// The noun phrase that opens the sentence, as the subject of "... and said"; an opening phrase set off by a
    /// comma (prepositional, subordinate, participial or of time: "In response to the plan, her aide said",
    /// "Hours later, he said") is passed over.
    private func sentenceSubject(_ sentence: Range<Int>, phrases: NounPhrases) -> Mention? {
        var start = sentence.lowerBound
        // Connectives opening the sentence ("But", "Also", "And then") are not part of its subject.
        while start < sentence.upperBound, Attributor.connectives.contains(phrases.lower(start)) { start += 1 }
        // "That’s why he …", "Here’s how she …": the subject is the clause's after the pointing words.
        if start + 2 < sentence.upperBound, phrases.lower(start) != NounPhrases.uncontracted(phrases.lower(start)),
           ["that", "this", "here", "there"].contains(NounPhrases.uncontracted(phrases.lower(start))),
           ["why", "how", "what", "where", "when"].contains(phrases.lower(start + 1)) {
            start += 2
        }
        let first = start < sentence.upperBound ? phrases.lower(start) : ""
        let comma = (start..<sentence.upperBound).first { phrases.tokens[$0].first == "," }
        // "Therefore, ...", "Here in Columbia, ...": an adverb alone or before a short phrase.
        // "Immediately after the attacks, ...": an adverb in -ly before a preposition.
        let adverb = (Attributor.openingAdverbs.contains(first) || first.hasSuffix("ly") && !phrases.tokens[start].isCapitalized
                      || comma == start + 1 && first.hasSuffix("ly")
                      || first.hasSuffix("ly") && start + 1 < sentence.upperBound
                          && NounPhrases.prepositions.contains(phrases.lower(start + 1)))
            && comma.map { $0 - start <= 6 } == true
        let opener = Attributor.clauseOpeners.contains(first) || adverb
        if let comma, NounPhrases.prepositions.contains(first) || opener
            || first.hasSuffix("ing") || first.hasSuffix("ed")
            // "A few days later, Trump ...", "Last week, the campaign ...": a phrase of time.
            || comma - start <= 5 && comma > start && Attributor.timeWords.contains(phrases.lower(comma - 1)) {
            // "When Trump later ... and said he would “...,” the crowd ...": the comma closes the quotation, and the
            // subject is the opening clause's.
            if let subject = subjectPhrase(from: comma + 1, sentence: sentence, phrases: phrases) { return subject }
            return opener ? subjectPhrase(from: start + 1, sentence: sentence, phrases: phrases, inClause: true) : nil
        }
        return subjectPhrase(from: start, sentence: sentence, phrases: phrases)
    }

    /// The noun phrase starting at `start`, up to a verb, auxiliary, preposition or clause word; `inClause` (the
    /// subject after "When") also up to an adverb ("When Trump later ...").
    private func subjectPhrase(from start: Int, sentence: Range<Int>, phrases: NounPhrases,
                               inClause: Bool = false) -> Mention? {
        var end = start
        while end < sentence.upperBound, phrases.isWord(end) || phrases.tokens[end].first == "-"
                // The period of an abbreviated title inside the name: "Rep. Hakeem Jeffries".
                || end > start && phrases.tokens[end].first == "." && !phrases.tokens[end].spaceBefore
                    && lexicon.abbreviations.contains(phrases.lower(end - 1)) {
            guard phrases.isWord(end) else { end += 1; continue }
            let lower = phrases.lower(end)
            if end > start, !phrases.tokens[end].isCapitalized,
               lexicon.speechVerbForms[lower] != nil || NounPhrases.auxiliaries.contains(lower)
                || NounPhrases.prepositions.contains(lower) || NounPhrases.clauseWords.contains(lower) { break }
            if end > start, !phrases.tokens[end].isCapitalized, lower.hasSuffix("ed") || lexicon.pastForms.contains(lower)
                || inClause && (lexicon.adverbials.contains(lower) || Attributor.timeWords.contains(lower)) { break }
            end += 1
        }
        guard end > start else { return nil }
        return phrases.mention(in: start..<end)
    }

    // MARK: Reported speech

    /// The UTF-8 range of the reported clause: what follows "X said (that)", or what precedes ", X said".
    private func reportedClause(of cue: Cue, sentence: Range<Int>, tokens: [Token], phrases: NounPhrases,
                                subject: Mention) -> Range<Int>? {
        guard !cue.isAccording || true else { return nil }
        let lastWord = (sentence.lowerBound..<sentence.upperBound).last { tokens[$0].kind != .punctuation }
        guard let lastWord else { return nil }
        let subjectToken = (sentence.lowerBound..<cue.token).first { tokens[$0].start >= subject.start } ?? cue.token
        let wordsBeforeSubject = (sentence.lowerBound..<subjectToken).filter { tokens[$0].kind != .punctuation }.count
        // "..., Lind said." gives the clause before; "Then, in 2017, Lind said that ..." the one after.
        let clauseAfter = cue.token + 1 < sentence.upperBound && phrases.isWord(cue.token + 1)
            && phrases.lower(cue.token + 1) == "that"
        let endAttribution = subjectToken > sentence.lowerBound && tokens[subjectToken - 1].first == ","
            && wordsBeforeSubject >= 3 && !clauseAfter
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
        while scanned < min(sentence.upperBound, cue.token + 12) {
            if phrases.isWord(scanned), phrases.lower(scanned) == "that" { sawThat = true; start = scanned + 1; break }
            if tokens[scanned].kind == .punctuation, tokens[scanned].first != "," { break }
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
        let words = (start...lastWord).filter { tokens[$0].kind != .punctuation }.count
        guard words >= 3 else { return nil }
        if !sawThat {
            // A clause needs a verb-like word after its subject: reject "told a news conference".
            let hasVerb = (start...lastWord).contains { index in
                let lower = phrases.lower(index)
                return NounPhrases.auxiliaries.contains(lower) || lower.hasSuffix("ed") && index > start
                    || ["will", "would", "could", "can"].contains(lower)
            }
            guard hasVerb else { return nil }
        }
        return tokens[start].start..<tokens[lastWord].end
    }
}
