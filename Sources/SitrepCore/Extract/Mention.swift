import Foundation

/// What kind of thing speaks.
public enum SpeakerKind: String, Sendable, Codable, Hashable {
    case person, organisation, group
}

/// A speaker as written at one place in the text: a name, a description, a pronoun or a document.
struct Mention: Sendable, Hashable {
    enum Form: Sendable, Hashable {
        /// A proper name, perhaps with an honorific or a role before it.
        case name
        /// A common-noun description: "a South Korean lawmaker", "the statement", "Analysts".
        case description
        /// A personal pronoun.
        case pronoun
        /// A document that speaks for whoever issued it: "the statement".
        case document
    }

    var form: Form
    /// The words as written, determiners dropped ("South Korean lawmaker", "Mr Zelensky").
    var text: String
    /// The proper name without honorifics or role ("Volodymyr Zelensky"); nil for other forms.
    var name: String?
    /// Role or affiliation given with the name or as the description itself.
    var description: String?
    /// Lower-cased head noun of the description ("lawmaker"), or the pronoun.
    var head: String
    var kind: SpeakerKind
    var gender: Lexicon.Gender?
    /// Opened by "the" (refers back), or by "a"/"an" (introduces someone).
    var definite: Bool
    /// UTF-8 offsets in the paragraph.
    var start: Int
    var end: Int
}

/// Reads noun phrases out of token ranges: the speaker before or after a speech verb.
struct NounPhrases {
    let paragraph: Paragraph
    let tokens: [Token]
    let lexicon: Lexicon
    /// The tokens lower-cased once for every pass over the paragraph.
    let words: TokenWords
    /// Each sentence's subject, read once.
    let sentenceSubjects = SentenceSubjects()

    /// `words`, when given, are the words of `tokens` made already.
    init(paragraph: Paragraph, tokens: [Token], lexicon: Lexicon, words: TokenWords? = nil) {
        self.paragraph = paragraph
        self.tokens = tokens
        self.lexicon = lexicon
        self.words = words ?? TokenWords(paragraph.bytes, tokens: tokens)
    }

    static let determiners: WordSet = ["a", "an", "the", "this", "that", "these", "those", "his", "her", "its",
                                           "their", "our", "both", "another", "each", "every", "some", "any"]
    static let prepositions: WordSet = ["in", "on", "at", "for", "from", "by", "with", "to", "over", "under",
                                            "after", "before", "during", "near", "about", "against", "into",
                                            "through", "via", "without", "within", "across", "between", "among",
                                            "since", "until", "amid", "like", "than"]
    static let clauseWords: WordSet = ["that", "and", "but", "because", "while", "when", "as", "if", "so",
                                           "which", "who", "whom", "whose", "where", "although", "though", "or",
                                           "after", "before", "since", "until", "whether", "than", "then", "nor",
                                           "why", "how"]
    /// Determiners that may stand alone as a subject ("Another said", "Some argue").
    static let standAlone: WordSet = ["another", "some", "many", "others", "several", "both"]
    static let auxiliaries: WordSet = ["is", "are", "was", "were", "be", "been", "being", "has", "have", "had",
                                           "will", "would", "can", "could", "may", "might", "must", "should",
                                           "shall", "do", "does", "did", "not"]
    /// Words of the office named after a role and "of" ("of State", "of Homeland Security", "of the Interior").
    static let officeWords: WordSet = ["state", "staff", "defense", "defence", "health", "human", "services", "homeland",
                                           "security", "treasury", "commerce", "labor", "labour", "energy", "education",
                                           "agriculture", "interior", "justice", "transportation", "veterans", "affairs",
                                           "housing", "urban", "development", "foreign", "home", "finance", "war", "navy",
                                           "army", "air", "force", "joint", "chiefs", "the", "and", "national", "public",
                                           "information", "intelligence", "economy", "trade", "industry", "culture",
                                           "environment", "police"]

    /// Words that are never a speaker on their own.
    static let functionWords = WordSet(Lexicon.list("function-words"))
    /// Words that may open a chunk but never a speaker's phrase: "Even China", "Maybe the senator", "As I".
    static let leadingNonNames = WordSet(Lexicon.list("leading-non-names"))
    /// Verbs that open a sentence as a command to the reader: "Feel free to …", "Wait, it gets better", "Read her statement".
    static let imperatives = WordSet(Lexicon.list("imperatives"))
    /// Heads of a description that is a document, study, poll or tally, or a written work that says things ("the ad",
    /// "the website") (DocumentKind): typed as a body, never a person.
    static let documentNouns = WordSet(Lexicon.list("document-nouns").union(Lexicon.list("poll-nouns"))
        .union(Lexicon.list("written-works")))
    /// Words after a document's noun that say when, where or how it came out (DocumentRelease: "a poll released
    /// Wednesday", "a study out last month"; `release-words`).
    static let releaseWords = WordSet(Lexicon.list("release-words").union(Lexicon.list("time-words")))
    /// Heads of a description that is a body of people known without a name (CollectiveKind): typed as a group.
    static let collectiveNouns = WordSet(Lexicon.list("collective-nouns"))
    /// Adjectives that open a sentence before a document's noun ("New poll shows"): capitalised, yet no issuer's name.
    static let documentOpeners = WordSet(Lexicon.list("document-openers"))
    /// Words that close a subject before its verb without being part of the speaker (SubjectTail): a focusing or
    /// time adverb, a negated auxiliary ("Trump even said", "Kushner didn’t say").
    static let subjectTails = WordSet(Lexicon.list("subject-tails").union(Lexicon.list("modals").filter { modal in
        modal == "not" || modal == "never" || modal.hasSuffix("n’t") || modal.hasSuffix("n't")
    }))
    /// Prepositions after a role that name whom it is held with ("strategist at FXTM", "spokesperson for the ministry").
    static let roleHolders = WordSet(Lexicon.list("role-holders"))
    static let nameJoiners: WordSet = ["of", "al", "bin", "de", "van", "von", "der", "da", "del", "la", "le",
                                           "el", "ibn", "dos", "du", "and"]

    /// A common noun that reads as a plural ("outlets", "officials"), not "news" or "business".
    static func looksPlural(_ word: String) -> Bool {
        word.count > 3 && word.hasSuffix("s") && !word.hasSuffix("ss") && !word.hasSuffix("us")
            && !word.hasSuffix("is") && !word.hasSuffix("news") && !word.hasSuffix("ics")
    }

    /// Forms of "be" before a past participle that make a passive ("was asked", "had been called").
    static let passiveAuxiliaries: WordSet = ["was", "were", "is", "are", "be", "been", "being"]

    /// A word written with a possessive ending: "Ruiz’s", "the mayor's".
    static func isPossessive(_ word: String) -> Bool { word.hasSuffixBytes("\u{2019}s") || word.hasSuffixBytes("'s") }

    /// A word without a contracted verb after it: "he" for "he's", "she’d", "they'll" (other words are unchanged).
    static func uncontracted(_ lower: String) -> String {
        guard lower.utf8.contains(UInt8(ascii: "'")) || lower.containsBytes("\u{2019}") else { return lower }
        for ending in ["'s", "’s", "'d", "’d", "'ll", "’ll", "'re", "’re", "'ve", "’ve", "'m", "’m"]
        where lower.hasSuffixBytes(ending) && lower.count > ending.count {
            return String(lower.dropLast(ending.count))
        }
        return lower
    }

    func word(_ index: Int) -> String { paragraph.text(of: tokens[index]) }
    func lower(_ index: Int) -> String { words.lowered[index] }
    func isWord(_ index: Int) -> Bool { index >= 0 && index < tokens.count && tokens[index].kind != .punctuation }

    /// Words that put a count in round figures ("about 200 protesters", "nearly 50 people").
    static let approximators: WordSet = ["about", "around", "nearly", "almost", "roughly", "approximately", "some",
                                             "over", "under"]

    /// Whether the word at `index` rounds the number after it ("about 200"): part of the noun phrase, no preposition.
    func isApproximation(_ index: Int) -> Bool {
        guard isWord(index), index + 1 < tokens.count, lower(index, in: NounPhrases.approximators) else { return false }
        return tokens[index + 1].kind == .number || lower(index + 1, in: lexicon.numberWordTable) != nil
    }

    /// The phrase that ends just before `end` (exclusive), scanning left to a clause boundary, not before `floor`.
    /// Returns the token range of the chunk.
    func leftChunk(endingBefore end: Int, floor: Int) -> Range<Int> {
        var start = end
        while start - 1 >= floor {
            let index = start - 1
            let token = tokens[index]
            if token.kind == .punctuation {
                if token.first == "&" || token.first == "." && index > floor { start -= 1; continue }
                // A plural possessive: "the farmers' union".
                if token.first == "'" || token.first == "\u{2019}", !token.spaceBefore, index > floor,
                   tokens[index - 1].kind == .word, self.lower(index - 1).hasSuffix("s") {
                    start -= 1
                    continue
                }
                break
            }
            let lower = self.lower(index)
            // "what Sroka called", "what former employees have called": the label is theirs ("what he called" stays
            // the sentence subject's).
            // ("what has been made available suggests": "what" opens the subject itself).
            if lower == "what", index + 1 < end, !self.lower(index + 1, in: NounPhrases.auxiliaries),
               self.pronounReference(index + 1) == nil || self.lower(index + 1) == "it" {
                break
            }
            if self.lower(index, in: NounPhrases.clauseWords) {
                // "Ukrainian and Western assessments": a conjunction between two capitalised words joins.
                if lower == "and", index - 1 >= floor, tokens[index - 1].isCapitalized,
                   index + 1 < end, tokens[index + 1].isCapitalized { start -= 1; continue }
                // "voters 65 and older": an age range.
                if lower == "and" || lower == "or", index - 1 >= floor, tokens[index - 1].kind == .number, index + 1 < end,
                   ["older", "over", "younger", "under", "above"].contains(self.lower(index + 1)) { start -= 1; continue }
                break
            }
            // A speech verb ends the phrase, unless "of", a determiner or a possessive makes it a noun ("the secretary of
            // state", "Cruz’s thinking").
            let before = index == floor ? "" : self.lower(index - 1)
            // ("the IMF report stated": a bare form right before the verb is its subject's noun.)
            if let base = self.lower(index, in: lexicon.speechVerbTable), !token.isCapitalized,
               !(before == "of" || index > floor && self.lower(index - 1, in: NounPhrases.determiners)
                 || NounPhrases.isPossessive(before)),
               !(index == end - 1 && (lower == base || lower == base + "s")) {
                break
            }
            start -= 1
        }
        return start..<end
    }

    /// Reads a mention from a chunk: the head noun phrase, its name and description, and what follows it.
    func mention(in chunk: Range<Int>) -> Mention? {
        var index = chunk.lowerBound
        guard index < chunk.upperBound else { return nil }
        // SubjectTail: "Trump even said", "Kushner didn’t say": an adverb or a negated auxiliary closing the chunk
        // stands between the speaker and the verb; it is no part of the speaker, and a chunk of nothing else names
        // nobody. (A pronoun takes no modifiers anyway: "He even said" is read below.)
        // A capitalised tail word is a surname ("Mark Still", "Ward Just"), not an adverb.
        if chunk.count > 1, isWord(chunk.upperBound - 1), !tokens[chunk.upperBound - 1].isCapitalized,
           lower(chunk.upperBound - 1, in: NounPhrases.subjectTails),
           uncontractedPronoun(index) == nil {
            var last = chunk.upperBound - 1
            while last > index, isWord(last - 1), !tokens[last - 1].isCapitalized,
                  lower(last - 1, in: NounPhrases.subjectTails) { last -= 1 }
            guard (index..<last).contains(where: { !lower($0, in: NounPhrases.determiners) }) else { return nil }
            return mention(in: index..<last)
        }
        // QuestionOpening: "Can you imagine", "Did you …", "Might it …": an auxiliary before a pronoun asks a question;
        // it names nobody.
        if chunk.count > 1, isWord(index + 1), lower(index, in: Attributor.modals) || lower(index, in: NounPhrases.auxiliaries),
           lower(index + 1) == "you" || pronounReference(index + 1) != nil {
            return nil
        }
        // A personal pronoun closing the chunk is the whole subject: "At the town hall this week she" (not in
        // "what he called", where the label is the sentence's subject's, nor "it", which may be an object).
        if chunk.count > 1, isWord(chunk.upperBound - 1), lower(chunk.upperBound - 1) != "it",
           uncontractedPronoun(chunk.upperBound - 1) != nil,
           lower(chunk.upperBound - 2) != "what", !lower(chunk.upperBound - 2, in: NounPhrases.clauseWords) {
            return mention(in: (chunk.upperBound - 1)..<chunk.upperBound)
        }
        // "Saturday at the party convention Sen. Ana Ruiz": a day before a preposition is the time, not the subject.
        if chunk.count > 2, lower(index, in: Attributor.timeWords), isWord(index + 1),
           lower(index + 1, in: NounPhrases.prepositions), !tokens[index + 1].isCapitalized {
            return mention(in: (index + 1)..<chunk.upperBound)
        }
        // "about 200 protesters": a round figure is the count of the noun.
        if chunk.count > 2, isApproximation(index) { return mention(in: (index + 1)..<chunk.upperBound) }
        // A chunk opening with a preposition is not a subject; a name closing it after a common noun is ("at the
        // party convention Sen. Ana Ruiz"). A capital opening a sentence does not make it a name ("After saying",
        // "For" alone; "On Point" may be one).
        if isWord(index), lower(index, in: NounPhrases.prepositions),
           !tokens[index].isCapitalized
               || chunk.count > 1 && !tokens[index + 1].isCapitalized && tokens[index + 1].kind == .word
                   && lower(index + 1, in: lexicon.numberWordTable) == nil {
            // "At the bottom it reads": a pronoun after the phrase is the subject.
            if chunk.count > 2, pronounReference(chunk.upperBound - 1) != nil {
                return mention(in: (chunk.upperBound - 1)..<chunk.upperBound)
            }
            guard let common = chunk.last(where: { isWord($0) && !tokens[$0].isCapitalized && tokens[$0].kind == .word }),
                  common > index, common + 1 < chunk.upperBound, tokens[common + 1].isCapitalized,
                  !lower(chunk.upperBound - 1, in: lexicon.adverbials), lower(chunk.upperBound - 1, in: lexicon.monthTable) == nil,
                  let named = mention(in: (common + 1)..<chunk.upperBound), named.form == .name else { return nil }
            return named
        }
        // "Even China, Pyongyang's only ally, said": a focusing adverb is not part of the speaker; nor is an adverb of
        // doubt or a subordinator ("Maybe the senator", "As I").
        if chunk.count > 1, lower(index, in: NounPhrases.leadingNonNames) {
            return mention(in: (index + 1)..<chunk.upperBound)
        }
        let first = lower(index)
        // ("Plenty of presidents", "Much of the crowd": a quantity of something is no one's name.)
        if chunk.count > 2, lower(index, in: NounPhrases.functionWords), lower(index + 1) == "of" { return nil }
        // An imperative opening the sentence ("Feel free to …", "Wait, …") and "it’s" ("it’s worth noting") name nobody.
        if lower(index, in: NounPhrases.imperatives) && tokens[index].isCapitalized
            || chunk.count > 1 && NounPhrases.uncontracted(first) == "it" && first != "it" {
            return nil
        }
        // A pronoun, also with a verb contracted onto it ("He’s predicting", "she'd said"). "You" outside a
        // quotation is the reader or anyone ("you can't yell “fire”"), never a speaker.
        let pronoun = NounPhrases.uncontracted(first)
        if pronoun == "you" { return nil }
        // "That’s why …", "Here’s …": a demonstrative with a contracted verb points at something, nobody speaks.
        // ("Let’s say …" supposes.)
        if chunk.count == 1, pronoun != first, ["that", "this", "here", "there", "what", "let"].contains(pronoun) { return nil }
        // A function word alone, capitalised as it opens a sentence or question ("There", "Is", "Plenty"), is nobody.
        // ("Will" and "May" are names too.)
        if chunk.count == 1, lower(index, in: NounPhrases.functionWords) || lower(index, in: NounPhrases.passiveAuxiliaries)
            || ["has", "have", "had", "do", "does", "did"].contains(first) { return nil }
        // A question word alone ("What that means …") is nobody.
        if ["what", "which", "who", "whom", "how", "why"].contains(first), chunk.count <= 2 { return nil }
        // A personal pronoun takes no modifiers: "she appreciated … through what she" is "she" ("it" may open "it’s").
        // ContractedPronoun: nor with a verb contracted onto it, whose complement follows ("She’s long argued", "They’re
        // wary of the plan and agree"); not the writer's "I’ll", "We’re", nor a copula before a noun phrase ("She’s the
        // daughter of …", which is no speaker).
        if chunk.count > 1, pronoun != "it", uncontractedPronoun(index) != nil,
           pronoun == first || !["i", "we"].contains(pronoun) && !isCopulaBeforeNounPhrase(index) {
            return mention(in: index..<(index + 1))
        }
        if chunk.count == 1, let reference = uncontractedPronoun(index) {
            // "It’s" opens a copula ("it’s prohibited", "it’s because"), not a body speaking.
            if pronoun != first && reference == .organisation { return nil }
            let gender: Lexicon.Gender? = reference == .male ? .male : reference == .female ? .female : nil
            let kind: SpeakerKind = reference == .group ? .group : reference == .organisation ? .organisation : .person
            let end = tokens[index].start + pronoun.utf8.count
            return Mention(form: .pronoun, text: String(word(index).prefix(pronoun.count)), name: nil, description: nil,
                           head: pronoun, kind: kind, gender: gender, definite: true, start: tokens[index].start, end: end)
        }
        // "Another said", "Some argue": a determiner standing alone for an unnamed speaker.
        if chunk.count == 1, lower(index, in: NounPhrases.standAlone),
           index == 0 || !lower(index - 1, in: NounPhrases.clauseWords) {
            return Mention(form: .description, text: word(index), name: nil, description: nil, head: first,
                           kind: first == "another" ? .person : .group, gender: nil, definite: false,
                           start: tokens[index].start, end: tokens[index].end)
        }
        if let named = nameAfterRole(in: index..<chunk.upperBound) { return named }
        var definite = false
        var sawDeterminer = false
        if lower(index, in: NounPhrases.determiners) {
            definite = !(first == "a" || first == "an" || first == "another" || first == "some")
            sawDeterminer = true
            index += 1
        }
        let phraseStart = index
        var end = index
        var closedByTail = false
        while end < chunk.upperBound {
            let token = tokens[end]
            if token.kind == .punctuation {
                if token.first == "-" || token.first == "." || token.first == "&" || token.first == "/" { end += 1; continue }
                break
            }
            let lower = self.lower(end)
            // "de Blasio", "van Gogh": a name particle opening the name.
            if end == phraseStart, lower != "of", lower != "and", self.lower(end, in: NounPhrases.nameJoiners),
               end + 1 < chunk.upperBound, tokens[end + 1].isCapitalized {
                end += 1
                continue
            }
            if lower == "of" || self.lower(end, in: NounPhrases.nameJoiners) && !token.isCapitalized {
                let previous = end > phraseStart ? self.lower(end - 1) : ""
                let nextCapital = end + 1 < chunk.upperBound && tokens[end + 1].isCapitalized
                let previousCapital = end > phraseStart && tokens[end - 1].isCapitalized
                // "one of the men", "Bank of England", a role with "of" ("secretary of state").
                let role = lower == "of" && end + 1 < chunk.upperBound
                    && lexicon.titles.contains(previous + " of " + self.lower(end + 1))
                // ("Jingyi Pan of IG": after a person's full name, "of" opens the body they speak for, a description.)
                let keeps = lower == "of" ? (lexicon.ofHeads.contains(previous) || previousCapital && nextCapital
                                                && !closesFullName(before: end, from: phraseStart) || role)
                    : (previousCapital && nextCapital)
                if keeps { end += 1; continue }
                break
            }
            if !token.isCapitalized {
                if self.lower(end, in: NounPhrases.prepositions) || self.lower(end, in: NounPhrases.clauseWords)
                    || self.lower(end, in: NounPhrases.auxiliaries) { break }
                // (SubjectTail inside the chunk: "Mauro also must contend", "Trump never fired": the adverb and what
                // follows it are the clause, not the speaker's description.)
                // TimeTail: "Hours later Smith said", "a year earlier Kuleba said": a time ending in "later" or
                // "earlier" opens the sentence; the speaker is the phrase after it.
                if end > phraseStart, end + 1 < chunk.upperBound, self.lower(end, in: Attributor.timeWords),
                   self.lower(end, in: NounPhrases.subjectTails) {
                    return mention(in: (end + 1)..<chunk.upperBound)
                }
                if end > phraseStart, self.lower(end, in: NounPhrases.subjectTails) { closedByTail = true; break }
                // "source speaking to Fox News": a participle after the head noun starts a modifier.
                if end > phraseStart, lower.hasSuffix("ing"), end + 1 < chunk.upperBound,
                   self.lower(end + 1, in: NounPhrases.prepositions) || self.lower(end + 1, in: NounPhrases.determiners) {
                    break
                }
                if end > phraseStart, lower.hasSuffix("ed"), end + 1 < chunk.upperBound,
                   self.lower(end + 1, in: NounPhrases.prepositions) { break }
                // "She went on to say": an irregular past ends the subject.
                if end > phraseStart, self.lower(end, in: lexicon.pastFormSet) { break }
                // A speech verb ends the phrase, unless it is the noun after a determiner or "of" ("the report",
                // "secretary of state").
                let noun = end == phraseStart ? sawDeterminer
                    : self.lower(end - 1) == "of" || NounPhrases.isPossessive(self.lower(end - 1))
                        || self.lower(end - 1, in: Attributor.quantifiers)
                // ("the Virginia state director": nor before the noun of a speaker it describes.)
                if self.lower(end, in: lexicon.speechVerbTable) != nil, !noun,
                   !lexicon.describesSpeakerNoun(lower, after: end > chunk.lowerBound ? self.lower(end - 1) : nil,
                                                 before: end + 1 < chunk.upperBound && isWord(end + 1) ? self.lower(end + 1) : nil) { break }
            }
            end += 1
        }
        guard end > phraseStart else { return nil }
        // Trailing "of" or joiners are not part of the phrase.
        while end > phraseStart, tokens[end - 1].kind == .punctuation
                || lower(end - 1, in: NounPhrases.nameJoiners) && !tokens[end - 1].isCapitalized {
            end -= 1
        }
        guard end > phraseStart else { return nil }
        // "all she could do was": a personal pronoun closing the phrase before its verb is the subject.
        if end - phraseStart > 1, end < chunk.upperBound, lower(end - 1) != "it",
           pronounReference(end - 1) != nil, lower(end, in: NounPhrases.auxiliaries) {
            return mention(in: (end - 1)..<end)
        }
        let postModifier = end < chunk.upperBound && !closedByTail
            ? paragraph.slice(tokens[end].start, tokens[chunk.upperBound - 1].end) : nil
        var mention = classify(phraseStart..<end, sawDeterminer: sawDeterminer, definite: definite,
                               startOffset: tokens[chunk.lowerBound].start, postModifier: postModifier)
        // "a spokesperson for the foreign ministry", "an analyst at the institute": whose role it is names the speaker.
        if mention.form == .description, let postModifier, end + 1 < chunk.upperBound, ["for", "at"].contains(lower(end)),
           lexicon.titles.contains(mention.head) || lexicon.personNouns.contains(mention.head) {
            mention.text += " " + postModifier
            mention.description = nil
            mention.end = tokens[chunk.upperBound - 1].end
        }
        return mention
    }

    /// "University of the Fraser Valley political scientist Hamish Telford": a full name closing a subject after a
    /// role or a noun for a person in lower case, where a body "of" a place stands before the role, is the speaker;
    /// the words before the role say where they work. Nil for any other chunk.
    func nameAfterRole(in chunk: Range<Int>) -> Mention? {
        var nameStart = chunk.upperBound
        while nameStart > chunk.lowerBound, tokens[nameStart - 1].kind == .word, tokens[nameStart - 1].isCapitalized {
            nameStart -= 1
        }
        let role = nameStart - 1
        guard Self.fullNameWords.contains(chunk.upperBound - nameStart), role > chunk.lowerBound, tokens[role].kind == .word,
              !tokens[role].isCapitalized, lower(role, in: lexicon.titles) || lower(role, in: lexicon.personNouns)
        else { return nil }
        var roleStart = role
        while roleStart > chunk.lowerBound, tokens[roleStart - 1].kind == .word, !tokens[roleStart - 1].isCapitalized,
              !lower(roleStart - 1, in: NounPhrases.nameJoiners), !lower(roleStart - 1, in: NounPhrases.prepositions),
              !lower(roleStart - 1, in: NounPhrases.determiners) {
            roleStart -= 1
        }
        guard namesBodyOfPlace(chunk.lowerBound..<roleStart) else { return nil }
        return mention(in: roleStart..<chunk.upperBound)
    }

    /// Words a full name after a role holds ("Hamish Telford", "Mary Ann Smith").
    static let fullNameWords = 2...3

    /// Whether the words before a role, after a determiner, are one capitalised body's name with "of" inside it after
    /// a body's noun ("University of the Fraser Valley", "Royal Bank of Canada"), not a noun of people "of" a name
    /// ("Supporters of Green Party", "The widow of Ottawa police officer").
    private func namesBodyOfPlace(_ words: Range<Int>) -> Bool {
        var start = words.lowerBound
        if start < words.upperBound, lower(start, in: NounPhrases.determiners) { start += 1 }
        guard start < words.upperBound, tokens[start].isCapitalized, tokens[words.upperBound - 1].isCapitalized,
              let of = (start..<words.upperBound).first(where: { lower($0) == "of" }), of > start,
              lower(of - 1, in: lexicon.organisationNouns) else { return false }
        let body = start..<words.upperBound
        return body.allSatisfy { index in
            tokens[index].kind == .word && (tokens[index].isCapitalized || lower(index, in: NounPhrases.nameJoiners)
                                             || lower(index) == "the")
        }
    }

    /// Whether the capitalised words before "of" at `index` (from `start` on) are a person's full name: two or three
    /// words, none a role, a body's noun, a place, a possessive or in capitals, and no office after "of" ("Jingyi
    /// Pan" before "of IG", not "Royal Bank" before "of Canada", "Prime Minister" before "of Canada", "Virginia
    /// Chamber" before "of Commerce" nor a headline in capitals).
    func closesFullName(before index: Int, from start: Int) -> Bool {
        var first = index
        while first - 1 >= start, tokens[first - 1].isCapitalized && tokens[first - 1].kind == .word
                || tokens[first - 1].kind == .punctuation && tokens[first - 1].first == "." {
            first -= 1
        }
        let indices = (first..<index).filter { tokens[$0].kind == .word }
        let words = indices.map { lower($0) }
        guard (2...3).contains(words.count), tokens[index].isCapitalized == false,
              index + 1 < tokens.count, !lower(index + 1, in: NounPhrases.officeWords) else { return false }
        if indices.contains(where: { tokens[$0].isAllCaps && word($0).count > 1 || NounPhrases.isPossessive(lower($0)) }) {
            return false
        }
        let spans = indices.map { word($0) } + zip(indices, indices.dropFirst()).map { word($0) + " " + word($1) }
        if spans.contains(where: { lexicon.places.contains($0) || lexicon.states.contains($0) }) { return false }
        return !indices.contains { index in
            lower(index, in: lexicon.titles) || lower(index, in: lexicon.organisationNouns) || lower(index, in: lexicon.ofHeads)
                || NameShape.demonyms.contains(lower(index)) || lower(index, in: lexicon.honorificTable) != nil
                || NameShape.singular(of: lower(index)).map { lexicon.organisationNouns.contains($0) } == true
        }
    }

    /// Whether the word at `index` is written in a script without capitals (Hangul, CJK, Thai, Arabic, Hebrew…):
    /// where a speaker is decided named, such a word is as name-like as a capitalised one ("이성권 said").
    func isUncasedWord(_ index: Int) -> Bool {
        let token = tokens[index]
        return token.kind == .word && token.first.value >= 0x80 && token.first.properties.isAlphabetic
            && !token.first.properties.isCased
    }

    /// The proper name of a document's issuer: the capitalised words right before its noun at `head` ("Gallup",
    /// "Pew Research Center"), after lower-case words only; not an adjective capitalised as it opens the sentence
    /// ("New poll"), a document's noun ("Census data"; "Pew Research Center" is a name), a people ("British study") or a word never a name. Nil
    /// when none is left.
    func issuerName(before head: Int, in phrase: Range<Int>, sawDeterminer: Bool) -> String? {
        var start = head
        while start > phrase.lowerBound, tokens[start - 1].kind == .word, tokens[start - 1].isCapitalized,
              !NounPhrases.isPossessive(lower(start - 1)) {
            start -= 1
        }
        guard (phrase.lowerBound..<start).allSatisfy({ tokens[$0].kind == .word && !tokens[$0].isCapitalized }) else { return nil }
        if start == phrase.lowerBound, !sawDeterminer, start < head, lower(start, in: NounPhrases.documentOpeners) { start += 1 }
        guard start < head, !lower(head - 1, in: NounPhrases.documentNouns), !(start..<head).contains(where: { index in
            let word = lower(index)
            return NameShape.notNames.contains(word)
                || NameShape.demonyms.contains(word) || lexicon.months[word] != nil
        }) else { return nil }
        return paragraph.slice(tokens[start].start, tokens[head - 1].end)
    }

    /// Whether a lower-cased noun heads a document or a body of people known without a name (DocumentKind,
    /// CollectiveKind).
    static func isDocumentOrCollective(_ word: String) -> Bool {
        documentNouns.contains(word) || collectiveNouns.contains(word)
    }

    /// DocumentRelease: the document's noun a phrase ends in before words that say when, where or how the document
    /// came out ("a Quinnipiac University poll released Wednesday", "a study published last month", "a Gallup survey
    /// out Tuesday", "a survey conducted April 20-26"): a participle, a time, a date; nil when the phrase ends
    /// otherwise. The noun heads the phrase, and a day or month after it is no name.
    func documentNoun(beforeItsRelease phrase: Range<Int>) -> Int? {
        var index = phrase.upperBound - 1
        while index > phrase.lowerBound {
            let token = tokens[index], word = lower(index)
            let said = token.kind == .number || token.kind == .punctuation && token.first == "-"
                || token.kind == .word && (NounPhrases.releaseWords.contains(word) || lexicon.months[word] != nil
                    || !token.isCapitalized && word.count > 4 && word.hasSuffix("ed"))
            guard said else { break }
            index -= 1
        }
        guard index < phrase.upperBound - 1, tokens[index].kind == .word, NounPhrases.documentNouns.contains(lower(index))
        else { return nil }
        return index
    }

    /// Splits a phrase into role and name and decides what kind of speaker it is.
    func classify(_ phrase: Range<Int>, sawDeterminer: Bool, definite: Bool, startOffset: Int,
                  postModifier: String?) -> Mention {
        if let noun = documentNoun(beforeItsRelease: phrase) {
            return classify(phrase.lowerBound..<(noun + 1), sawDeterminer: sawDeterminer, definite: definite,
                            startOffset: startOffset, postModifier: postModifier)
        }
        let text = paragraph.slice(tokens[phrase.lowerBound].start, tokens[phrase.upperBound - 1].end)
        let lastWord = lower(phrase.upperBound - 1)
        let endOffset = tokens[phrase.upperBound - 1].end
        // The trailing run of capitalised words is the name, unless the phrase ends in a common noun.
        var nameStart = phrase.upperBound
        while nameStart - 1 >= phrase.lowerBound {
            let index = nameStart - 1
            let token = tokens[index]
            if token.kind == .punctuation, token.first == "-" || token.first == "." { nameStart -= 1; continue }
            if token.isCapitalized || isUncasedWord(index) || token.kind == .number && nameStart < phrase.upperBound
                || lower(index, in: NounPhrases.nameJoiners) && nameStart < phrase.upperBound
                && index > phrase.lowerBound && tokens[index - 1].isCapitalized {
                nameStart -= 1
                continue
            }
            break
        }
        // Roles before the name: everything up to the last role word or honorific.
        var roleEnd = nameStart
        var gender: Lexicon.Gender?
        var index = nameStart
        while index < phrase.upperBound {
            let lowerWord = lower(index).trimmingPeriods()
            // (A word and the next are looked for among the titles only after the first word of such a title.)
            if index + 1 < phrase.upperBound, lower(index, trimmed: lowerWord, in: lexicon.titleOpeners),
               lexicon.titles.contains(lowerWord + " " + lower(index + 1)) {
                roleEnd = index + 2
                index += 2
                continue
            }
            // A role word closing the name after a capitalised word that is no role is a surname: "Tom King",
            // "Mr. King" (not "President Lee", "the Foreign Minister").
            let previous = index - 1 > nameStart && tokens[index - 1].first == "." ? index - 2 : index - 1
            let previousWord = previous >= nameStart ? lower(previous).trimmingPeriods() : ""
            let surname = index == phrase.upperBound - 1 && previous >= nameStart && tokens[index].isCapitalized
                && tokens[previous].isCapitalized && tokens[previous].kind == .word
                && (!lower(previous, trimmed: previousWord, in: lexicon.titles)
                    || lower(previous, trimmed: previousWord, in: lexicon.honorificTable) != nil)
            // (The word as written is a title only when it is written in lower case: the titles are.)
            if !surname, lower(index, trimmed: lowerWord, in: lexicon.titles)
                || lower(index, in: lexicon.titles) && word(index) == lower(index) { roleEnd = index + 1 }
            if let honorific = lower(index, trimmed: lowerWord, in: lexicon.honorificTable) {
                roleEnd = index + 1
                gender = honorific
            }
            index += 1
        }
        // The period of an abbreviated role or honorific ("Gov. Andrew Cuomo") is not part of the name.
        while roleEnd < phrase.upperBound, tokens[roleEnd].kind == .punctuation, tokens[roleEnd].first == "." { roleEnd += 1 }
        // ("Martin Luther King and William Wachtel": a role word before "and" was a surname.)
        if roleEnd < phrase.upperBound, lower(roleEnd) == "and" { roleEnd = nameStart }
        // "Secretary of State John Kerry", "Chief of Staff Karl Rove", "Secretary of Health and Human Services Alex
        // Azar": the office after "of" belongs to the role.
        if roleEnd > phrase.lowerBound, roleEnd + 2 < phrase.upperBound, lower(roleEnd) == "of" {
            var office = roleEnd + 1
            while office < phrase.upperBound - 1, lower(office, in: NounPhrases.officeWords) { office += 1 }
            if office > roleEnd + 1 { roleEnd = office }
        }
        let last = phrase.upperBound - 1
        // A lone sentence-opening capital that is really a common noun ("Analysts explain").
        // ("Studies suggest", "Research suggests", "Media said": a document or a body of people, singular or plural.)
        // (TitledDocument: after a determiner, a capitalised document's noun is a title, "the Constitution", "in the
        // Paper", no common noun.)
        let isCommonNoun = phrase.count == 1
            && (lower(last, in: lexicon.groupNouns) || lower(last, in: lexicon.organisationNouns)
                || lower(last, in: lexicon.titles) || lower(last, in: lexicon.speechNouns)
                || !sawDeterminer && lower(last, in: NounPhrases.documentNouns) || lower(last, in: NounPhrases.collectiveNouns)
                || NameShape.singular(of: lastWord).map(NounPhrases.isDocumentOrCollective) == true)
        // "Texas Republican", "an Illinois Democrat": a party member described by state is no name.
        let partyMember = ["republican", "democrat", "independent", "libertarian"].contains(lastWord)
        // "Chief Market Strategist at FXTM": a role written in capitals, opened and closed by role words, before
        // whom the role is held with is no name (its last word is no surname).
        let firstWord = lower(phrase.lowerBound).trimmingPeriods()
        let capitalisedRole = phrase.count > 2 && lower(phrase.lowerBound, trimmed: firstWord, in: lexicon.titles)
            && lower(phrase.lowerBound, trimmed: firstWord, in: lexicon.honorificTable) == nil
            && lower(last, in: lexicon.titles)
            && postModifier.map { NounPhrases.roleHolders.contains(String($0.lowercased().prefix(while: { $0 != " " }))) } == true
        let hasName = roleEnd < phrase.upperBound && nameStart < phrase.upperBound && !isCommonNoun && !partyMember
            && !capitalisedRole
        let descriptionWords: String? = {
            let end = hasName ? max(nameStart, roleEnd) : phrase.upperBound
            var parts: [String] = []
            if end > phrase.lowerBound, hasName {
                let roleStop = min(end, phrase.upperBound)
                let roleText = paragraph.slice(tokens[phrase.lowerBound].start, tokens[roleStop - 1].end)
                let withoutHonorific = roleText.byteSplit(separator: " ").filter {
                    lexicon.honorificTable[$0.lowercased().trimmingPeriods()] == nil
                }.joined(separator: " ")
                if !withoutHonorific.isEmpty { parts.append(withoutHonorific) }
            }
            if let postModifier, !postModifier.isEmpty { parts.append(postModifier) }
            return parts.isEmpty ? nil : parts.joined(separator: " ")
        }()
        if hasName {
            var nameFrom = max(nameStart, roleEnd)
            // "the General Staff", "the Security Council": a role word before a body's noun is part of its name.
            if nameFrom > nameStart, phrase.upperBound - nameFrom == 1, lower(last, in: lexicon.organisationNouns) {
                nameFrom = nameStart
            }
            let name = paragraph.slice(tokens[nameFrom].start, tokens[phrase.upperBound - 1].end)
            let wholeLower = text.lowercased()
            let kind: SpeakerKind
            if lexicon.wireAgencies.contains(name) || nameFrom > phrase.lowerBound && lower(nameFrom - 1, in: lexicon.organisationNouns)
                || lexicon.places.contains(name) {
                kind = .organisation
            } else if lower(last, in: lexicon.organisationNouns)
                        // ("Omaha World-Herald": the last part of a hyphenated word.)
                        || lexicon.organisationNouns.contains(String(lastWord.split(separator: "-").last ?? "")) {
                kind = .organisation
            } else if wholeLower.hasSuffix("s"), lower(last, in: lexicon.groupNouns) {
                kind = .group
            } else {
                kind = .person
            }
            if kind != .person, nameFrom == nameStart, nameStart > phrase.lowerBound {
                // "National oil company Petronas": the organisation's own name follows its description.
                return Mention(form: .name, text: text, name: name, description: descriptionWords, head: lastWord,
                               kind: kind, gender: nil, definite: definite, start: startOffset, end: endOffset)
            }
            return Mention(form: .name, text: text, name: name, description: descriptionWords, head: lastWord,
                           kind: kind, gender: gender, definite: definite, start: startOffset, end: endOffset)
        }
        // A description: its head decides the kind.
        let head = lastWord
        let kind: SpeakerKind
        var form: Mention.Form = .description
        if lower(last, in: lexicon.speechNouns) {
            kind = .organisation
            form = .document
        } else if lower(last, in: NounPhrases.documentNouns),
                  phrase.contains(where: { tokens[$0].isCapitalized && NounPhrases.isPossessive(lower($0)) }) {
            // ("Trump's plan says": a document of a named issuer speaks for it, as "Trump's statement" does.)
            kind = .organisation
            form = .document
        } else if let of = phrase.first(where: { lower($0) == "of" }), of > phrase.lowerBound,
                  lower(of - 1, in: lexicon.ofHeads) {
            kind = ["one", "each"].contains(lower(of - 1)) ? .person : .group
        } else if lower(last, in: lexicon.organisationNouns) || lower(last, in: NounPhrases.documentNouns) {
            // DocumentKind: "a new CNN poll", "Census data", "a Reuters analysis" speak for whoever made them; no person.
            kind = .organisation
        } else if lower(last, in: lexicon.groupNouns) || NounPhrases.looksPlural(head)
                    || lower(last, in: NounPhrases.collectiveNouns) {
            // (CollectiveKind: "Turkish media", "Mueller's team", "a three-judge panel" are many people.)
            kind = .group
        } else {
            kind = .person
        }
        // ("Trump’s statement" is a document of Trump's, not a body named so; "New study", "Census data" opening a
        // sentence are documents, not bodies named so.)
        let capitalisedStart = tokens[phrase.lowerBound].isCapitalized && !sawDeterminer
            && !(form == .document && phrase.contains { NounPhrases.isPossessive(lower($0)) })
            && !lower(phrase.lowerBound, trimmed: firstWord, in: lexicon.groupNouns)
            && !lower(phrase.lowerBound, trimmed: firstWord, in: lexicon.ofHeads)
            && !lower(last, in: NounPhrases.documentNouns)
        // DocumentIssuerName: "Gallup poll said", "a new Pew Research Center survey": the proper name before a
        // document's noun is the body that issued it, a named organisation.
        if form == .description, lower(last, in: NounPhrases.documentNouns),
           let issuer = issuerName(before: phrase.upperBound - 1, in: phrase, sawDeterminer: sawDeterminer) {
            return Mention(form: .name, text: text, name: issuer, description: postModifier, head: head, kind: .organisation,
                           gender: nil, definite: definite, start: startOffset, end: endOffset)
        }
        if capitalisedStart, kind == .organisation {
            // "Yonhap news agency": a named organisation whose name ends in a common noun.
            return Mention(form: .name, text: text, name: text, description: postModifier, head: head, kind: kind,
                           gender: nil, definite: definite, start: startOffset, end: endOffset)
        }
        return Mention(form: form, text: text, name: nil, description: postModifier, head: head, kind: kind,
                       gender: nil, definite: definite || !sawDeterminer, start: startOffset, end: endOffset)
    }

    /// The phrase that starts at `start` and runs right, as for an inverted attribution ("said Seongmin Lee of
    /// the Human Rights Foundation"). Stops at punctuation or a clause word.
    /// An honorific, a listed abbreviation or a single capital (an initial), as a word token.
    func isAbbreviation(_ index: Int) -> Bool {
        let token = tokens[index]
        return lower(index, in: lexicon.abbreviations) || token.end - token.start == 1 && token.isCapitalized
    }

    func rightChunk(from start: Int, ceiling: Int) -> Range<Int> {
        var end = start
        while end < ceiling {
            let token = tokens[end]
            if token.kind == .punctuation {
                // Marks inside a word group: "Abu-Bakr", "U.S.", "9/11 widow".
                if token.first == "-" || token.first == "." && end + 1 < ceiling && !tokens[end + 1].spaceBefore
                    || token.first == "/" && end > start && end + 1 < ceiling && !token.spaceBefore
                        && !tokens[end + 1].spaceBefore {
                    end += 1
                    continue
                }
                // "said Mr. Sperling", "said John F. Kennedy": the period of an abbreviation or initial.
                if token.first == ".", end > start, end + 1 < ceiling, tokens[end - 1].kind == .word,
                   tokens[end + 1].isCapitalized, isAbbreviation(end - 1) {
                    end += 1
                    continue
                }
                break
            }
            let lower = self.lower(end)
            // ("Secretary of Health and Human Services Alex Azar": "and" inside an office's name joins.)
            let joinsOffice = lower == "and" && end > start && end + 1 < ceiling && tokens[end - 1].isCapitalized
                && tokens[end + 1].isCapitalized && self.lower(end - 1, in: NounPhrases.officeWords)
            if end > start, ["who", "which", "that", "and", "but", "because", "as", "when", "while"].contains(lower) && !joinsOffice
                || self.lower(end, in: NounPhrases.auxiliaries) {
                break
            }
            end += 1
        }
        return start..<end
    }
}
