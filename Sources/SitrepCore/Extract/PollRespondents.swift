/// Poll respondents: a share of the people a poll asked speaks through the poll.
extension Attributor {
    /// Nouns of a poll or survey ("In a Reuters poll, …").
    static let pollNouns = WordSet(Lexicon.list("poll-nouns"))
    /// Words after a number that make it a share ("75 percent", "six in 10", "one out of three").
    static let shareWords = WordSet(Lexicon.list("share-words"))
    /// Words that may stand before the number of a share ("just 8 percent", "about four in 10").
    static let shareOpeners = WordSet(Lexicon.list("share-openers"))

    /// The poll named earlier in the sentence, when `mention` is a share of the people it asked ("In a September
    /// Reuters poll, 75 percent of Republicans said …", "The poll has bad news for Ruiz — 25 percent of voters say
    /// …", "A fresh poll shows …: six in 10 Republicans said …"): the poll is the source of what they said. A share
    /// with no poll before it ("73 percent of Americans accepted …") keeps its words. The poll is kept as a body, not a
    /// person.
    func pollAsking(_ mention: Mention, sentence: Range<Int>, phrases: NounPhrases) -> Mention? {
        let tokens = phrases.tokens
        // (Read first from the mention's own first word: most subjects are no share.)
        let opening = mention.text.prefix { $0 != " " }.lowercased()
        guard mention.form != .pronoun,
              opening.first?.isNumber == true || lexicon.numberWords[opening] != nil || Attributor.shareOpeners.contains(opening),
              var first = sentence.first(where: { tokens[$0].start == mention.start }) else { return nil }
        while first + 1 < sentence.upperBound, phrases.isWord(first), Attributor.shareOpeners.contains(phrases.lower(first)) {
            first += 1
        }
        guard first + 1 < sentence.upperBound,
              tokens[first].kind == .number || phrases.isWord(first) && lexicon.numberWords[phrases.lower(first)] != nil,
              Attributor.shareWords.contains(phrases.lower(first + 1)) || tokens[first + 1].first == "%",
              let poll = (sentence.lowerBound..<first).last(where: { phrases.isWord($0) && Attributor.pollNouns.contains(phrases.lower($0)) }),
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
}
