extension Attributor {
    /// The thing written on that a participle right after it has for its subject ("held up a sign saying “…”", "wore
    /// a Donald Trump campaign hat reading “…”"): an article, at most ``AttributionWindow/inscriptionModifiers``
    /// words, and a noun of `inscriptions`; nil when the words before `end` name none.
    func inscription(endingBefore end: Int, sentence: Range<Int>, phrases: NounPhrases) -> Mention? {
        guard end - 2 >= sentence.lowerBound, phrases.isWord(end - 1), phrases.lower(end - 1, in: Attributor.inscriptions),
              let article = (max(sentence.lowerBound, end - 2 - AttributionWindow.inscriptionModifiers)..<(end - 1))
                  .last(where: { Attributor.articles.contains(phrases.lower($0)) }),
              (article + 1..<end - 1).allSatisfy({ phrases.isWord($0) }) else { return nil }
        return phrases.mention(in: article..<end)
    }
}
