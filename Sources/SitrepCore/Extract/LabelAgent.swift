/// LabelAgent: a passive verb of naming or viewing with its agent before "as" gives the label after it in the agent's
/// words ("an option seen by organizers as a “lifeboat”", "a boy described by his family as a “constant source of
/// joy”", "known by critics as the “…” bill"); without an agent the label is nobody's (``isPassiveLabel``, scare quotes).
extension Attributor {
    /// Participles of naming or viewing that take an agent before "as": `labelled-as-words` and `naming-participles`.
    static let labelParticiples = WordSet(Lexicon.list("labelled-as-words").union(Lexicon.list("naming-participles")))

    /// The agent between "by" and the "as" at `asIndex`, "by" coming right after a participle of naming or viewing:
    /// words only (a name, or people or a body described), within ``AttributionWindow/labelAgent`` tokens.
    func labelAgent(before asIndex: Int, sentence: Range<Int>, phrases: NounPhrases) -> Mention? {
        guard asIndex - 3 >= sentence.lowerBound,
              let by = (max(sentence.lowerBound + 1, asIndex - AttributionWindow.labelAgent)..<(asIndex - 1)).last(where: {
                  phrases.lower($0) == "by"
              }),
              phrases.lower(by - 1, in: Attributor.labelParticiples),
              (by + 1..<asIndex).allSatisfy({ phrases.isWord($0) || phrases.tokens[$0].first == "." }),
              let agent = phrases.mention(in: (by + 1)..<asIndex),
              agent.form == .name || agent.form == .description && isSpeakerHead(agent.head)
        else { return nil }
        return agent
    }
}
