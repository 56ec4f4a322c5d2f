/// Words in quotation marks that the text mentions as words or names rather than quotes from anyone: a run of quoted
/// words listed side by side ("“ghosting,” “yeet,” “litigate”"), words given as a name ("the word “yeet”", "an app
/// called “Screenwise Meter”", Cris “Cyborg” Justino, the letter “C”), a word being defined ("A “renoviction” is
/// when …"), a title in title case ("“The Kid Who Would Be King”") and the quotations of a heading line. Each is a
/// ``Quotation/Kind/term``: kept for search, not listed among quotations.
extension Attributor {
    /// The most words of a heading line ("'Inhumane and inappropriate'", "Cancer as 'litmus test'").
    static let headingWords = 12
    /// The most words of each quotation in a listed run of terms ("“wrap my head around,” “grapple,” “optics”").
    static let listedTermWords = 6
    /// A run of this many quoted items listed side by side is a list of terms even in a named person's sentence.
    static let termListItems = 3
    /// The fewest words of a quotation whose title case alone makes it a title ("“The Kid Who Would Be King”").
    static let titleCaseWords = 4
    /// The most words of a nickname inside a name (Cris “Cyborg” Justino).
    static let nicknameWords = 3
    /// Words before a participle of naming in which "what" or an auxiliary makes it a verb with a subject ("what
    /// multiple lawmakers called", "were more appropriately called").
    static let namerSubjectWords = 4
    /// Words from "a" to the noun of the thing it introduces at most ("a weekly radio programme").
    static let thingWords = 4

    /// Nouns that name the quoted words as words ("the word “yeet”", "the letter “C”").
    static let mentionNouns = Lexicon.list("mention-nouns")
    /// Participles giving a thing its name in quotation marks after a noun ("an app called “Screenwise Meter”").
    static let nameGivingParticiples = Lexicon.list("name-giving-participles")
    /// Verbs after a quoted word that open its definition ("A “renoviction” is when …").
    static let definingVerbs = Lexicon.list("defining-verbs")

    /// Whether a paragraph is a heading line: a few words with no closing punctuation ("'Not a lot of units
    /// available'", "All governments should be working 'in tandem': Matlow"). Its quotations repeat words the story
    /// quotes with their speaker, unless a speech verb of the heading attributes them. (A quotation signed after a
    /// dash, "“…” ― Francisco Herrero", is none.)
    static func isHeading(_ tokens: [Token]) -> Bool {
        guard let last = tokens.last, tokens.count(where: { $0.kind != .punctuation }) <= headingWords,
              tokens.contains(where: \.isQuoteMark),
              !tokens.contains(where: { $0.kind == .punctuation && ["-", "\u{2013}", "\u{2014}", "\u{2015}"].contains($0.first) })
        else { return false }
        if last.kind != .punctuation { return true }
        guard last.isQuoteMark, tokens.count > 1 else { return false }
        let before = tokens[tokens.count - 2]
        return before.kind != .punctuation
    }

    /// The quotations of the sentence listed side by side with `region` (nothing but a comma, "and" or "or" between
    /// them), `region` included, in text order.
    static func listedRun(of region: QuoteRegion, in regions: [QuoteRegion], phrases: NounPhrases) -> ArraySlice<QuoteRegion> {
        guard let index = regions.firstIndex(of: region) else { return [region][...] }
        var first = index, last = index
        while first > 0, listed(regions[first - 1], before: regions[first], phrases: phrases) { first -= 1 }
        while last + 1 < regions.count, listed(regions[last], before: regions[last + 1], phrases: phrases) { last += 1 }
        return regions[first...last]
    }

    /// Whether the quotation at `region` is a word or phrase the sentence mentions rather than anybody's words.
    /// `chosen` is the speech verb of the sentence that claims it, and `namedSubject` says whether a named person, a
    /// pronoun for one, or a named body opens the sentence: such a speaker uses the words ("Trump has used the phrase
    /// “…”", "Carson shared a class called “Perception”"), so that words given as a name, a title in title case and a
    /// pair of listed words are then theirs; the other rules hold in any sentence.
    func isMentioned(_ region: QuoteRegion, words: Int, sentence: Range<Int>, regions: [QuoteRegion], tokens: [Token],
                     phrases: NounPhrases, chosen: Cue?, namedSubject: Bool) -> Bool {
        guard let opener = region.open, let close = region.close else { return false }
        let content = region.tokens.filter { tokens[$0].kind == .word }
        let before = opener > sentence.lowerBound ? phrases.lower(opener - 1) : ""
        // "the letter “C,”": a lone capital letter.
        if words == 1, let only = content.first, tokens[only].isCapitalized, tokens[only].end - tokens[only].start == 1 {
            return true
        }
        // Cris “Cyborg” Justino: a capitalised nickname between the parts of a name (in a sentence that is no title-case
        // headline; "Transcript 'absolutely validates' Trump" is a headline's quotation).
        if words <= Attributor.nicknameWords, let first = content.first, tokens[first].isCapitalized,
           opener - 1 > sentence.lowerBound, phrases.isWord(opener - 1),
           tokens[opener - 1].isCapitalized, lexicon.pronouns[before] == nil, close + 1 < sentence.upperBound,
           tokens[close - 1].kind != .punctuation, phrases.isWord(close + 1), tokens[close + 1].isCapitalized,
           !tokens[close + 1].isAllCaps,
           sentence.contains(where: { index in
               !region.tokens.contains(index) && phrases.isWord(index) && !tokens[index].isCapitalized
                   && !Attributor.titleSmallWords.contains(phrases.lower(index))
           }) {
            return true
        }
        // "By “honorific” I presume Musk means …": the word whose meaning the sentence gives.
        if opener - 1 == sentence.lowerBound, before == "by", close + 1 < sentence.upperBound,
           case let next = tokens[close + 1].first == "," ? close + 2 : close + 1, next < sentence.upperBound,
           phrases.isWord(next), lexicon.pronouns[phrases.lower(next)] != nil || tokens[next].isCapitalized {
            return true
        }
        // "Judy - referred to as “our Canadian baby”", "sometimes referred to condescendingly as “George’s boys”": a name
        // given with nobody giving it (no object between "referred to" and "as", no "by" after the name).
        if before == "as", isReferredToAs(before: opener - 1, sentence: sentence, phrases: phrases),
           !(close + 1 < sentence.upperBound && phrases.lower(close + 1) == "by") {
            return true
        }
        // "referred to as “George’s boys” — or, simply, “George.”": another name, joined by "or" to a name nobody gives.
        if let previous = regions.last(where: { ($0.close ?? Int.max) < opener }), let previousClose = previous.close,
           (previousClose + 1..<opener).contains(where: { phrases.lower($0) == "or" }),
           (previousClose + 1..<opener).allSatisfy({ index in
               tokens[index].kind == .punctuation || phrases.lower(index) == "or" || isAdverb(index, sentence: sentence, phrases: phrases)
           }),
           isMentioned(previous, words: previous.tokens.filter { tokens[$0].kind != .punctuation }.count, sentence: sentence,
                       regions: regions, tokens: tokens, phrases: phrases, chosen: chosen, namedSubject: namedSubject) {
            return true
        }
        // "A “renoviction” is when …": the word a sentence defines.
        if opener - 1 == sentence.lowerBound, before == "a" || before == "an", close + 1 < tokens.count,
           Attributor.definingVerbs.contains(phrases.lower(close + 1)) {
            return true
        }
        // "an app called “Screenwise Meter”", "simply called ‘loop’" (but "what lawmakers called “fraud”", "they have
        // called", "were more appropriately called"): the participle itself may be the only speech verb.
        // ("a group called the “Harbour Watch”", "a weekly series, called “Quick Question”": after a thing introduced
        // by "a", the name may have its article and the participle its comma, in a sentence with no "what" before them:
        // "what Ruiz, who represents workers as a class, called “…”".)
        let participle = before == "the" && opener - 2 >= sentence.lowerBound ? opener - 2 : opener - 1
        let named = participle - 2 >= sentence.lowerBound && tokens[participle - 1].kind == .punctuation
            && tokens[participle - 1].first == "," ? participle - 2 : participle - 1
        if !namedSubject, participle > sentence.lowerBound, chosen.map({ $0.token == participle }) != false,
           Attributor.nameGivingParticiples.contains(phrases.lower(participle)), named >= sentence.lowerBound, phrases.isWord(named),
           !tokens[named].isCapitalized, lexicon.pronouns[phrases.lower(named)] == nil,
           !NounPhrases.auxiliaries.contains(phrases.lower(named)),
           !(max(sentence.lowerBound, participle - Attributor.namerSubjectWords)..<participle).contains(where: {
               phrases.lower($0) == "what" || NounPhrases.auxiliaries.contains(phrases.lower($0))
           }),
           named == opener - 2 || namesAThing(endingAt: named, sentence: sentence, phrases: phrases)
           && !(sentence.lowerBound..<named).contains(where: { phrases.lower($0) == "what" }) {
            return true
        }
        let run = Attributor.listedRun(of: region, in: regions, phrases: phrases)
        if chosen == nil, !namedSubject {
            // "by the name “George”" (but "his slogan “…”" is his).
            if Attributor.mentionNouns.contains(before),
               !(opener - 2 >= sentence.lowerBound && (NounPhrases.isPossessive(phrases.lower(opener - 2))
                   || Attributor.possessivePronouns[phrases.lower(opener - 2)] != nil)) {
                return true
            }
            // "“The Kid Who Would Be King” reclaims the fantasy genre": a title in title case, one phrase.
            if words >= Attributor.titleCaseWords, isTitleCase(region, tokens: tokens, phrases: phrases),
               !content.allSatisfy({ tokens[$0].isAllCaps }),
               !region.tokens.dropLast().contains(where: { [".", "!", "?"].contains(tokens[$0].first) && tokens[$0].kind == .punctuation }) {
                return true
            }
        }
        // "The other words to make the list are “wrap my head around,” “grapple,” “optics”": quoted words listed side by
        // side, unless a speech verb before them quotes them or a verb of labelling names them ("called them “A,” “B”").
        guard run.count >= Attributor.termListItems || run.count == 2 && chosen == nil && !namedSubject,
              let firstOpener = run.first?.open, chosen.map({ $0.token < firstOpener }) != true,
              run.allSatisfy({ item in
                  item.tokens.filter { tokens[$0].kind != .punctuation }.count <= Attributor.listedTermWords
              })
        else { return false }
        return !(max(sentence.lowerBound, firstOpener - AttributionWindow.titleLabel)..<firstOpener).contains { index in
            let word = phrases.lower(index)
            return word == "as" || lexicon.speechVerbForms[word].map(Attributor.labellingVerbs.contains) == true
        }
    }

    /// Whether "as" at `asIndex` closes the participle of a phrasal verb of labelling ("referred to") with nothing but
    /// adverbs between ("referred to condescendingly as").
    private func isReferredToAs(before asIndex: Int, sentence: Range<Int>, phrases: NounPhrases) -> Bool {
        var index = asIndex - 1
        while index > sentence.lowerBound, isAdverb(index, sentence: sentence, phrases: phrases) { index -= 1 }
        guard index - 1 >= sentence.lowerBound, let verb = lexicon.phrasalSpeechVerbForms[phrases.lower(index - 1)],
              verb.particle == phrases.lower(index) else { return false }
        // (The participle: "referred to", not "refer to", "refers to".)
        return phrases.lower(index - 1).hasSuffix("ed") && Attributor.labellingVerbs.contains(String(verb.base.byteSplit(separator: " ")[0]))
    }

    /// Whether the noun at `end` is a thing introduced by "a" or "an" ("a group", "a weekly series"), at most
    /// ``thingWords`` words before it: what it is called is a name nobody says. Not a noun for a person ("A spokesman
    /// called the “plan” a trap"), nor one an article cut off by a comma or a clause word introduces ("In a
    /// statement, officials called the “vote” a sham").
    func namesAThing(endingAt end: Int, sentence: Range<Int>, phrases: NounPhrases) -> Bool {
        let noun = phrases.lower(end)
        guard !lexicon.personNouns.contains(noun), !lexicon.titles.contains(noun) else { return false }
        var index = end - 1
        while index >= max(sentence.lowerBound, end - Attributor.thingWords), phrases.isWord(index) {
            let word = phrases.lower(index)
            if Attributor.indefiniteArticles.contains(word) { return true }
            if NounPhrases.clauseWords.contains(word) || NounPhrases.prepositions.contains(word) { return false }
            index -= 1
        }
        return false
    }
}
