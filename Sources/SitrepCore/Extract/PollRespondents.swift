/// Poll respondents: a share of the people a poll asked speaks through the poll.
extension Attributor {
    /// Nouns of a poll or survey ("In a Reuters poll, …").
    static let pollNouns = WordSet(Lexicon.list("poll-nouns"))
    /// Words after a number that make it a share on their own ("75 percent", "8 per cent").
    static let shareUnits = WordSet(Lexicon.list("share-units"))
    /// Words between two numbers that make the first a share of the second ("six in 10", "one out of three", "six of
    /// 10"); with no number after them they make none ("one of the senators").
    static let shareRatios = WordSet(Lexicon.list("share-ratios"))
    /// Words that may stand before the number of a share ("just 8 percent", "about four in 10").
    static let shareOpeners = WordSet(Lexicon.list("share-openers"))

    /// The poll named earlier in the sentence, when `mention` is a share of the people it asked ("In a September
    /// Reuters poll, 75 percent of Republicans said …", "The poll has bad news for Ruiz — 25 percent of voters say
    /// …", "A fresh poll shows …: six in 10 Republicans said …"): the poll is the source of what they said. A share
    /// with no poll before it ("73 percent of Americans accepted …"), one of a group ("one of the senators"), or a
    /// share after a poll with a verb of its own ("After the poll was published, 60 percent of the senators said
    /// …") keeps its words. The poll is kept as a body, not a person.
    func pollAsking(_ mention: Mention, sentence: Range<Int>, phrases: NounPhrases) -> Mention? {
        let tokens = phrases.tokens
        // (Read first from the mention's own first word, by its word key: most subjects are no share.)
        guard mention.form != .pronoun, var first = sentence.first(where: { tokens[$0].start == mention.start }),
              isCount(first, phrases: phrases) || phrases.isWord(first) && phrases.lower(first, in: Attributor.shareOpeners)
        else { return nil }
        while first + 1 < sentence.upperBound, phrases.isWord(first), phrases.lower(first, in: Attributor.shareOpeners) {
            first += 1
        }
        guard isCount(first, phrases: phrases), isShare(after: first, sentence: sentence, phrases: phrases),
              let poll = (sentence.lowerBound..<first).last(where: { phrases.isWord($0) && phrases.lower($0, in: Attributor.pollNouns) }),
              !hasVerbOfItsOwn(poll, before: first, phrases: phrases),
              case var chunk = phrases.leftChunk(endingBefore: poll + 1, floor: sentence.lowerBound) else { return nil }
        // ("In a Reuters poll, …": the preposition opening the phrase is no part of the poll's name.)
        while chunk.lowerBound < poll, NounPhrases.prepositions.contains(phrases.lower(chunk.lowerBound)) {
            chunk = chunk.lowerBound + 1..<chunk.upperBound
        }
        guard var asking = phrases.mention(in: chunk), asking.head == phrases.lower(poll) else { return nil }
        // (A poll is no person: it speaks for whoever ran it.)
        asking.kind = .organisation
        return asking
    }

    /// Whether the token at `index` is a number, in figures or in words ("64", "six").
    private func isCount(_ index: Int, phrases: NounPhrases) -> Bool {
        phrases.tokens[index].kind == .number || phrases.isWord(index) && phrases.lower(index, in: lexicon.numberWordTable) != nil
    }

    /// Whether the words after the number at `number` make it a share: a unit ("64 percent", "8 %"), or a ratio word
    /// and another number ("six in 10", "one out of three", "six of 10").
    private func isShare(after number: Int, sentence: Range<Int>, phrases: NounPhrases) -> Bool {
        let next = number + 1
        guard next < sentence.upperBound else { return false }
        if phrases.tokens[next].first == "%" || phrases.isWord(next) && phrases.lower(next, in: Attributor.shareUnits) { return true }
        var whole = next
        while whole < sentence.upperBound, phrases.isWord(whole), phrases.lower(whole, in: Attributor.shareRatios) { whole += 1 }
        return whole > next && whole < sentence.upperBound && isCount(whole, phrases: phrases)
    }

    /// Whether the poll noun at `poll` has a verb of its own before the share at `share`, an auxiliary and a
    /// participle ("After the poll was published, …", "once the survey had closed, …"): that clause tells of the
    /// poll, and the share after it is no share of the people it asked.
    private func hasVerbOfItsOwn(_ poll: Int, before share: Int, phrases: NounPhrases) -> Bool {
        let auxiliary = poll + 1, participle = poll + 2
        guard participle < share, phrases.isWord(auxiliary), phrases.isWord(participle),
              phrases.lower(auxiliary, in: NounPhrases.auxiliaries) else { return false }
        let lower = phrases.lower(participle)
        return lower.hasSuffix("ed") || lower == "been" || lexicon.pastForms.contains(lower)
    }
}
