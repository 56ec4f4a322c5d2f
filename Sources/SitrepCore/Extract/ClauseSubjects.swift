/// The subject of a verb found through the clause around it: verbs in a list sharing one, a participle's main
/// clause, subordinate and relative clauses, labels on an object, and the noun phrase a sentence opens with.
extension Attributor {
    /// The subject of a finite speech verb: shared with the verb before it ("called her “weak” and said", "suggested
    /// her budget was to blame, called her “reckless”") or its own.
    func finiteSubject(of cue: Cue, lastFinite: Mention?, clauseOpened: Bool, sentence: Range<Int>, inside: [Bool],
                       phrases: NounPhrases) -> Mention? {
        let tokens = phrases.tokens
        // (After "said that …" a verb and "and" stay in the reported clause: "Ruiz said the plan failed and added".)
        let clauseBefore = lastFinite.map { finite in
            !clauseOpened && (sentence.lowerBound..<cue.token).contains { tokens[$0].start >= finite.end && tokens[$0].first == "," }
        } ?? true
        if clauseBefore, cue.token - 2 > sentence.lowerBound, phrases.lower(cue.token - 1) == "and",
           phrases.isWord(cue.token - 2), !tokens[cue.token - 2].isCapitalized,
           case let before = phrases.lower(cue.token - 2), lexicon.pastForms.contains(before) || before.hasSuffix("ed") {
            // "When asked by the paper, he laughed and said, “…”": the verb before "and" has the subject, not a verb of a
            // clause before.
            var verb = cue
            verb.token -= 2
            if let shared = subject(of: verb, in: sentence, tokens: tokens, phrases: phrases, inside: inside) { return shared }
        }
        if let lastFinite, cue.token - 1 > sentence.lowerBound, phrases.lower(cue.token - 1) == "and",
           tokens[cue.token - 2].kind != .punctuation || tokens[cue.token - 2].isQuoteMark {
            // "Ryan lamented the “…” state of the race and criticized …", "called her “weak” and said": the verb before
            // shares its subject.
            // ("When reporters asked her …, Ana Ruiz looked up and said": not the verb of a clause opening the sentence,
            // set off by its comma.)
            if clauseBefore, phrases.lower(sentence.lowerBound, in: Attributor.clauseOpeners),
               let own = subject(of: cue, in: sentence, tokens: tokens, phrases: phrases, inside: inside), own.start >= lastFinite.end {
                return own
            }
            return lastFinite
        }
        let lower = phrases.lower(cue.token)
        // "They slammed the loophole called an “inversion”", "writing a book called “…”": a label on the object of a verb
        // speaks for that verb's subject (nobody, when it is no speech verb).
        if Attributor.labellingVerbs.contains(cue.base), lower.hasSuffix("ed"), isReducedRelative(cue.token, sentence: sentence,
                                                                                                   phrases: phrases) {
            return lastFinite
        }
        if let lastFinite, !clauseOpened, cue.token - 2 > sentence.lowerBound, tokens[cue.token - 1].first == ",",
           tokens[cue.token - 2].kind == .word, lexicon.pastForms.contains(lower) || lower.hasSuffix("ed"),
           inverted(cue, sentence: sentence, tokens: tokens, phrases: phrases, mustEnd: true) == nil {
            // A verb in a list after a comma shares the subject of the verb that opened the list.
            return lastFinite
        }
        return subject(of: cue, in: sentence, tokens: tokens, phrases: phrases, inside: inside)
    }

    /// "Lawmakers who back the wall said", "Residents who fled the town told": the noun phrase opening the sentence (or
    /// following its opening clause), with a relative clause but no comma or other punctuation up to the verb, is the
    /// verb's subject.
    func openingSubjectWithRelative(before verb: Int, sentence: Range<Int>, phrases: NounPhrases) -> Mention? {
        let tokens = phrases.tokens
        var start = sentence.lowerBound
        // ("While she condemned the plan, the groups who wrote to her say": after an opening clause's comma.)
        if let comma = (sentence.lowerBound..<verb).last(where: { tokens[$0].first == "," }), comma + 1 < verb,
           phrases.lower(comma + 1) != "who" {
            start = comma + 1
        }
        while start < verb, phrases.lower(start, in: Attributor.connectives) { start += 1 }
        guard start + 1 < verb, let who = (start + 1..<verb).first(where: { phrases.lower($0) == "who" }), who + 1 < verb,
              // (The verb belongs to the relative clause's own clause in "who gained fame when he yelled".)
              !(who + 1..<verb).contains(where: { phrases.lower($0, in: NounPhrases.clauseWords) }),
              (start..<verb).allSatisfy({ phrases.isWord($0) || tokens[$0].first == "." || tokens[$0].first == "-" }),
              (start..<who).allSatisfy({ index in
                  let lower = phrases.lower(index)
                  return !NounPhrases.auxiliaries.contains(lower) && !NounPhrases.prepositions.contains(lower)
                      && !NounPhrases.clauseWords.contains(lower) && lexicon.speechVerbForms[lower] == nil
                      && !lexicon.pastForms.contains(lower) && !(lower.hasSuffix("ed") && !tokens[index].isCapitalized)
              }),
              let mention = phrases.mention(in: start..<who), mention.form == .name || mention.form == .description
        else { return nil }
        return mention
    }

    /// The named or described subject of a subordinate clause ("when Clinton ended …", "where protesters gathered") between the last finite speech verb and a
    /// participle after a comma: the participle is that clause's.
    func subordinateSubject(before participle: Int, sentence: Range<Int>, cues: [Cue], phrases: NounPhrases) -> Mention? {
        let tokens = phrases.tokens
        guard participle - 1 > sentence.lowerBound, tokens[participle - 1].first == "," else { return nil }
        let floor = cues.last(where: { $0.token < participle && !$0.isParticiple })?.token ?? sentence.lowerBound
        guard floor + 1 < participle else { return nil }
        // The nearest opener that starts a clause ("where dockers had gathered since dawn": "since dawn" is none).
        for opener in (floor + 1..<participle).reversed()
        where ["when", "while", "as", "because", "since", "where", "once"].contains(phrases.lower(opener)) {
            guard !(opener + 1..<participle - 1).contains(where: { tokens[$0].kind == .punctuation && !tokens[$0].isQuoteMark
                      && tokens[$0].first != "-" && tokens[$0].first != "." }) else { return nil }
            guard let subject = subjectPhrase(from: opener + 1, sentence: sentence, phrases: phrases),
                  subject.form == .name || subject.form == .description || subject.form == .pronoun && subject.kind == .person,
                  // (A clause: a verb follows the name; "while at the State Department" has none.)
                  let verb = (opener + 1..<participle).first(where: { tokens[$0].start >= subject.end && phrases.isWord($0) })
            else { continue }
            let lower = phrases.lower(verb)
            if !tokens[verb].isCapitalized, lower.hasSuffix("ed") || lexicon.pastForms.contains(lower)
                || NounPhrases.auxiliaries.contains(lower) || lower.hasSuffix("s") && !lower.hasSuffix("ss") { return subject }
        }
        return nil
    }

    /// Whether the past form at `verb` modifies the object noun phrase before it ("slammed the tax loophole called"):
    /// a determiner, up to three lower-case words of the noun, and a verb before the determiner.
    func isReducedRelative(_ verb: Int, sentence: Range<Int>, phrases: NounPhrases) -> Bool {
        let tokens = phrases.tokens
        var start = verb
        while start - 1 > sentence.lowerBound, verb - start < 3, phrases.isWord(start - 1), !tokens[start - 1].isCapitalized,
              !phrases.lower(start - 1, in: NounPhrases.determiners), lexicon.pronouns[phrases.lower(start - 1)] == nil,
              !phrases.lower(start - 1, in: NounPhrases.auxiliaries), !phrases.lower(start - 1, in: NounPhrases.prepositions),
              !phrases.lower(start - 1, in: NounPhrases.clauseWords), !phrases.lower(start - 1).hasSuffix("ly") {
            start -= 1
        }
        guard start < verb, start - 2 >= sentence.lowerBound, phrases.lower(start - 1, in: NounPhrases.determiners),
              phrases.isWord(start - 2), !tokens[start - 2].isCapitalized else { return false }
        let before = phrases.lower(start - 2)
        return before.hasSuffix("ed") || before.hasSuffix("ing") || lexicon.pastForms.contains(before)
            || lexicon.speechVerbForms[before] != nil
    }

    /// Whether a participle opens its sentence, alone or after a preposition ("Saying …", "After saying …").
    func opensSentence(_ cue: Cue, sentence: Range<Int>, phrases: NounPhrases) -> Bool {
        cue.token == sentence.lowerBound
            || cue.token - 1 == sentence.lowerBound && phrases.lower(sentence.lowerBound, in: NounPhrases.prepositions)
    }

    /// The subject of the main clause after a participle that opens the sentence, alone or after a preposition
    /// ("Saying …, the mayor", "After saying the river was “…,” she ordered"): the phrase after the comma that ends
    /// the participle's clause (a comma closing a quotation counts).
    func openingParticipleSubject(_ cue: Cue, sentence: Range<Int>, inside: [Bool], phrases: NounPhrases) -> Mention? {
        let tokens = phrases.tokens
        guard opensSentence(cue, sentence: sentence, phrases: phrases) else { return nil }
        // (A colon ends the search: "Conceding that …, he warned: “…, the EU.”")
        guard let comma = (cue.token + 2..<sentence.upperBound).first(where: { index in
            tokens[index].first == ":" || tokens[index].first == ","
                && (!inside[index] || index + 1 < sentence.upperBound && tokens[index + 1].isQuoteMark)
        }), tokens[comma].first == "," else { return nil }
        var start = comma + 1
        while start < sentence.upperBound, tokens[start].isQuoteMark { start += 1 }
        // "In rejecting the challenge to the primary, which is next week, the commission": past a relative clause.
        if start < sentence.upperBound, phrases.lower(start, in: Attributor.relativePronouns),
           let next = (start + 1..<sentence.upperBound).first(where: { tokens[$0].first == "," && !inside[$0] }) {
            start = next + 1
        }
        guard let subject = subjectPhrase(from: start, sentence: sentence, phrases: phrases),
              subject.form != .description || subject.definite else { return nil }
        return subject
    }

    /// Single words that open a sentence before a comma, or before a phrase and a comma, and are not its subject:
    /// "Therefore, ...", "Here in Columbia, ...", "Back in 1999, ...".
    static let openingAdverbs: WordSet = ["therefore", "indeed", "instead", "moreover", "furthermore", "thus",
                                              "hence", "nevertheless", "nonetheless", "otherwise", "likewise",
                                              "similarly", "here", "there", "back", "elsewhere", "again", "first",
                                              "finally", "ultimately", "now", "then", "today", "yesterday", "somehow",
                                              "maybe", "perhaps", "rather", "often", "sometimes", "besides",
                                              "regardless", "overall", "afterward", "afterwards", "anyway", "somewhere",
                                              "everywhere", "nowhere", "anywhere"]

    /// Prepositions of place and concession that open a sentence before a determiner ("Outside the arena, …",
    /// "Despite the rain, …") but also stand as adjectives or adverbs elsewhere ("outside groups", "around 200").
    static let openingPrepositions: WordSet = ["outside", "inside", "despite", "throughout", "beyond", "behind",
                                                   "around", "toward", "towards", "upon", "alongside", "along",
                                                   "beneath", "above", "below", "beside", "following"]

    /// The noun phrase that opens the sentence, as the subject of "... and said"; an opening phrase set off by a
    /// comma (prepositional, subordinate, participial or of time: "In response to the plan, her aide said",
    /// "Hours later, he said") is passed over.
    func sentenceSubject(_ sentence: Range<Int>, phrases: NounPhrases) -> Mention? {
        phrases.sentenceSubjects.subject(of: sentence) { readSentenceSubject(sentence, phrases: phrases) }
    }

    /// ``sentenceSubject(_:phrases:)`` read from the tokens.
    private func readSentenceSubject(_ sentence: Range<Int>, phrases: NounPhrases) -> Mention? {
        var start = sentence.lowerBound
        // Connectives opening the sentence ("But", "Also", "And then") are not part of its subject.
        while start < sentence.upperBound, phrases.lower(start, in: Attributor.connectives) { start += 1 }
        // "Here’s Clinton in 1992:", "Here is the mayor:": what is pointed at.
        if start + 1 < sentence.upperBound, ["here’s", "here's"].contains(phrases.lower(start)) { start += 1 }
        else if start + 2 < sentence.upperBound, phrases.lower(start) == "here", phrases.lower(start + 1) == "is" { start += 2 }
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
        // ("Even then, they …", "Only later, she …": a focusing word before an adverb of time.)
        let focused = ["even", "only", "just", "still"].contains(first) && start + 1 < sentence.upperBound
            && (phrases.lower(start + 1, in: Attributor.openingAdverbs) || phrases.lower(start + 1, in: Attributor.timeWords))
        let adverb = (Attributor.openingAdverbs.contains(first) || focused || first.hasSuffix("ly") && !phrases.tokens[start].isCapitalized
                      || comma == start + 1 && first.hasSuffix("ly")
                      || first.hasSuffix("ly") && start + 1 < sentence.upperBound
                          && phrases.lower(start + 1, in: NounPhrases.prepositions))
            && comma.map { $0 - start <= 6 } == true
        let opener = Attributor.clauseOpeners.contains(first) || adverb
            || Attributor.openingPrepositions.contains(first) && start + 1 < sentence.upperBound
                && (phrases.lower(start + 1, in: NounPhrases.determiners) || phrases.tokens[start + 1].isCapitalized)
        // ("Ted Nordhaus, a co-founder, welcomed": a name in -ed is no participle; "Asked Tuesday, …" is.)
        let named = start + 1 < sentence.upperBound && phrases.tokens[start + 1].kind == .word && phrases.tokens[start + 1].isCapitalized
            && !phrases.lower(start + 1, in: Attributor.timeWords) && lexicon.months[phrases.lower(start + 1)] == nil
        if let comma, NounPhrases.prepositions.contains(first) && !phrases.isApproximation(start) || opener
            || (first.hasSuffix("ing") || first.hasSuffix("ed")) && !named
            // "A few days later, Trump ...", "Last week, the campaign ...": a phrase of time.
            || comma - start <= 5 && comma > start && phrases.lower(comma - 1, in: Attributor.timeWords) {
            // "When Trump later ... and said he would “...,” the crowd ...": the comma closes the quotation, and the
            // subject is the opening clause's.
            // ("At a summit in Hilton Head, S.C., Rubio said", "in Salem, New Hampshire, Trump": a state or country after
            // the town belongs to the opening phrase.)
            var after = comma + 1
            // ("On July 6, 2015, Sanders made": the year of a date belongs to the opening phrase.)
            if after + 1 < sentence.upperBound, phrases.tokens[after].kind == .number, phrases.word(after).count == 4,
               phrases.tokens[after + 1].first == "," {
                after += 2
            }
            if let next = (after..<min(sentence.upperBound, after + 4)).first(where: { phrases.tokens[$0].first == "," }),
               next > after, (after..<next).allSatisfy({ phrases.tokens[$0].isCapitalized || phrases.tokens[$0].first == "." }) {
                let place = phrases.paragraph.slice(phrases.tokens[after].start, phrases.tokens[next - 1].end)
                if (after..<next).contains(where: { phrases.word($0).containsASCII(".") }) || lexicon.places.contains(place)
                    || lexicon.states.contains(place) {
                    after = next + 1
                }
            }
            // "On Thursday, after remaining neutral, Warren appeared": a second opening phrase before the subject.
            var openings = 0
            while openings < 2, after < sentence.upperBound, phrases.isWord(after),
                  phrases.lower(after, in: NounPhrases.prepositions) && !phrases.isApproximation(after)
                      || phrases.lower(after, in: Attributor.clauseOpeners),
                  let next = (after + 1..<sentence.upperBound).first(where: { phrases.tokens[$0].first == "," }) {
                after = next + 1
                openings += 1
            }
            if let subject = subjectPhrase(from: after, sentence: sentence, phrases: phrases) { return subject }
            return opener ? subjectPhrase(from: start + 1, sentence: sentence, phrases: phrases, inClause: true) : nil
        }
        // ("Conceding that …" with no comma: a participle is no subject.)
        if first.hasSuffix("ing"), start < sentence.upperBound, phrases.tokens[start].isCapitalized, first.count > 4 { return nil }
        return subjectPhrase(from: start, sentence: sentence, phrases: phrases)
    }

    /// The name set off by commas after a described subject ("His former partner, Tom Lind, called him …"), or the
    /// subject as it is.
    func apposedName(_ subject: Mention?, sentence: Range<Int>, phrases: NounPhrases) -> Mention? {
        guard let subject, subject.form == .description,
              // ("His former partner at the firm, Tom Lind,": a phrase after the noun may come first.)
              let after = sentence.first(where: { phrases.tokens[$0].start >= subject.end }),
              let comma = (after..<min(sentence.upperBound, after + 8)).first(where: { phrases.tokens[$0].kind == .punctuation }),
              phrases.tokens[comma].first == ",",
              let next = (comma + 1..<min(sentence.upperBound, comma + 7)).first(where: { phrases.tokens[$0].kind == .punctuation
                  && phrases.tokens[$0].first != "." }),
              phrases.tokens[next].first == ",", next > comma + 1,
              (comma + 1..<next).allSatisfy({ phrases.tokens[$0].isCapitalized || phrases.tokens[$0].first == "." }),
              let named = appositive(endingAt: next, sentence: sentence, tokens: phrases.tokens, phrases: phrases),
              named.form == .name else { return subject }
        return named
    }

    /// Whether a word is a determiner, quantifier or other function word, never part of a name ("Most", "These").
    func isFunctionWord(_ lower: String) -> Bool {
        NounPhrases.determiners.contains(lower) || Attributor.quantifiers.contains(lower) || NounPhrases.functionWords.contains(lower)
            || Attributor.connectives.contains(lower) || NounPhrases.standAlone.contains(lower)
    }

    /// The pronoun subject of a clause that opens between a sentence's subject and a quotation in it ("Perez is winning
    /// applause as he keeps talking about the “…”", "Ruiz came because they wanted to show that “…”"), a relative clause
    /// among them ("followed by a speech in which he took credit for “…”"): the words quoted in that clause are its
    /// subject's, not the sentence's.
    func clauseSubject(after subject: Mention, before opener: Int, sentence: Range<Int>, phrases: NounPhrases) -> Mention? {
        let tokens = phrases.tokens
        guard let first = (max(sentence.lowerBound, opener - AttributionWindow.clauseBeforeQuote)..<opener)
            .first(where: { tokens[$0].start >= subject.end }) else { return nil }
        // ("that" is left out: it opens the clause a noun or verb reports too, "the view that he is “…”".)
        for index in (first..<opener).reversed()
        where phrases.lower(index, in: Attributor.clauseOpeners)
            || phrases.lower(index, in: Attributor.relativePronouns) && phrases.lower(index) != "that" {
            let pronoun = index + 1
            guard pronoun + 1 < opener, phrases.isWord(pronoun), phrases.isWord(pronoun + 1), !tokens[pronoun + 1].isCapitalized,
                  let reference = lexicon.pronouns[phrases.lower(pronoun)], reference != .organisation,
                  !(pronoun + 1..<opener).contains(where: { tokens[$0].kind == .punctuation && !tokens[$0].isQuoteMark }),
                  let mention = phrases.mention(in: pronoun..<(pronoun + 1)), mention.form == .pronoun,
                  // ("the hospital in which she was treated for “…”": a passive subject is spoken of.)
                  !isPassiveSubject(mention, before: opener, sentence: sentence, phrases: phrases)
            else { continue }
            return mention
        }
        return nil
    }

    /// Whether a lower-case noun names a person, a role, a body or a group ("woman", "senator", "council", "protesters").
    func isSpeakerNoun(_ noun: String) -> Bool { lexicon.isSpeakerNoun(noun) }

    /// Whether the head of a description names people who may speak, singular or plural ("senator", "organizers").
    func isSpeakerHead(_ head: String) -> Bool {
        isSpeakerNoun(head) || NounPhrases.looksPlural(head) && isSpeakerNoun(String(head.dropLast()))
    }

    /// The noun phrase starting at `start`, up to a verb, auxiliary, preposition or clause word; `inClause` (the
    /// subject after "When") also up to an adverb ("When Trump later ...").
    func subjectPhrase(from start: Int, sentence: Range<Int>, phrases: NounPhrases,
                       inClause: Bool = false) -> Mention? {
        var end = start
        while end < sentence.upperBound, phrases.isWord(end) || phrases.tokens[end].first == "-"
                // The period of an abbreviated title inside the name: "Rep. Hakeem Jeffries".
                || end > start && phrases.tokens[end].first == "." && !phrases.tokens[end].spaceBefore
                    && phrases.isAbbreviation(end - 1) {
            guard phrases.isWord(end) else { end += 1; continue }
            let lower = phrases.lower(end)
            // ("Most states afford": a plural after a quantifier is a noun.)
            let pluralNoun = end > start && phrases.lower(end - 1, in: Attributor.quantifiers) && lower.hasSuffix("s")
            // ("The Virginia state director, …", "a state senator": a verb's form that is also a noun describes the noun of a
            // speaker after it.)
            if end > start, !phrases.tokens[end].isCapitalized,
               lexicon.speechVerbForms[lower] != nil && !pluralNoun
                    && !lexicon.describesSpeakerNoun(lower, after: phrases.lower(end - 1),
                                                     before: end + 1 < sentence.upperBound && phrases.isWord(end + 1) ? phrases.lower(end + 1) : nil)
                || phrases.lower(end, in: NounPhrases.auxiliaries)
                || phrases.lower(end, in: NounPhrases.prepositions) || phrases.lower(end, in: NounPhrases.clauseWords) { break }
            // "The Florida senator likes …", "The campaign projects that …": after the noun of a speaker, a word in -s that
            // names no speaker is the verb.
            // ("Ramos trusts …": so after a name; "Trump supporters" are people, and "Most states" is no name.)
            if end > start, !phrases.tokens[end].isCapitalized, lower.hasSuffix("s"), !lower.hasSuffix("ss"),
               isSpeakerNoun(phrases.lower(end - 1)) || lexicon.speechNouns.contains(phrases.lower(end - 1))
                   || phrases.tokens[end - 1].isCapitalized && phrases.isWord(end - 1)
                   && !isFunctionWord(phrases.lower(end - 1)),
               !isSpeakerNoun(lower), !isSpeakerNoun(String(lower.dropLast())) { break }
            // "Mayor Suggests Council May Have:": a headline's verb in capitals ends its subject too.
            if end > start, phrases.tokens[end].isCapitalized, isHeadlineClause(end..<(end + 1), phrases: phrases) { break }
            // "Judge Carlton W. Reeves late Thursday issued": the time of the act ends the subject.
            // ("An early tweet": after a determiner it describes the noun.)
            if end > start, !phrases.lower(end - 1, in: NounPhrases.determiners),
               phrases.lower(end, in: Attributor.timeWords) || !phrases.tokens[end].isCapitalized
                && (lower == "late" || lower == "early" || lexicon.adverbials.contains(lower)) { break }
            // ("The retired neurosurgeon": after a determiner an -ed form describes the noun.)
            if end > start, !phrases.tokens[end].isCapitalized,
               lower.hasSuffix("ed") && !(phrases.lower(end - 1, in: NounPhrases.determiners)
                   && !phrases.lower(end - 1, in: NounPhrases.standAlone)) || lexicon.pastForms.contains(lower)
                || inClause && (lexicon.adverbials.contains(lower) || phrases.lower(end, in: Attributor.timeWords)) { break }
            end += 1
        }
        guard end > start else { return nil }
        return phrases.mention(in: start..<end)
    }
}

extension Lexicon {
    /// Whether a lower-case noun names a person, a role, a body or a group ("woman", "senator", "council", "protesters").
    func isSpeakerNoun(_ noun: String) -> Bool {
        personNouns.contains(noun) || titles.contains(noun) || organisationNouns.contains(noun) || groupNouns.contains(noun)
    }

    /// Whether `word`, a speech verb's form that is also a noun (`plural-noun-verbs`: "state", "call"), describes the noun
    /// of a speaker after it ("The Virginia state director", "a state senator", "state broadcaster CCTV") rather than
    /// being the verb of a pronoun or a plural before it ("they state …", "Officials state police fired …").
    func describesSpeakerNoun(_ word: String, after previous: String?, before next: String?) -> Bool {
        guard Attributor.pluralNounVerbs.contains(word), let next, isSpeakerNoun(next) else { return false }
        guard let previous else { return true }
        return pronouns[previous] == nil && !NounPhrases.looksPlural(previous)
    }
}

extension Attributor {
    /// PassiveSubject: whether the verb right after `subject` (adverbs may stand between) is a passive, an auxiliary of
    /// the passive and a past participle ("Lind's book is described on the site as …", "Vale was asked about the …",
    /// "Ruiz is best known for …"): the subject is spoken of, and the words quoted after it before `opener` are not
    /// its own.
    func isPassiveSubject(_ subject: Mention, before opener: Int, sentence: Range<Int>, phrases: NounPhrases) -> Bool {
        let tokens = phrases.tokens
        guard var index = (sentence.lowerBound..<opener).first(where: { tokens[$0].start >= subject.end }) else { return false }
        // ("Lind's book, now made into a film, is described as …": a phrase set off by commas after the subject.)
        if tokens[index].first == ",",
           let close = (index + 1..<min(opener, index + 1 + AttributionWindow.passiveApposition)).first(where: { tokens[$0].first == "," }) {
            index = close + 1
        }
        while index < opener, isAdverb(index, sentence: sentence, phrases: phrases) { index += 1 }
        guard index + 1 < opener, phrases.isWord(index), NounPhrases.passiveAuxiliaries.contains(phrases.lower(index))
        else { return false }
        var participle = index + 1
        while participle < opener - 1, isAdverb(participle, sentence: sentence, phrases: phrases)
                || lexicon.adverbials.contains(phrases.lower(participle))
                || Attributor.passiveDegreeWords.contains(phrases.lower(participle)) {
            participle += 1
        }
        let lower = phrases.lower(participle)
        return phrases.isWord(participle) && !tokens[participle].isCapitalized
            && (lexicon.pastForms.contains(lower) || lower.count > 4 && lower.hasSuffix("ed")
                || Attributor.labelledAsWords.contains(lower) || Attributor.perceptionVerbs.contains(lower))
    }

    /// Words of degree between a passive's auxiliary and its participle ("is best known for"; `passive-degree-words`).
    static let passiveDegreeWords = WordSet(Lexicon.list("passive-degree-words"))
}
