extension Attributor {
    /// PassiveLabel: whether a passive gives the label at `anchor` (the "as" before it, or the token before its opening
    /// mark), so that the label is nobody's: a passive auxiliary within ``AttributionWindow/passiveLabel`` tokens
    /// before the anchor, from `floor` and with no comma between ("is being seen as “…”", "has been portrayed as “…”"),
    /// or a participle of labelling there with no object after it ("a group known as “…”", "known online as “…”"). A
    /// verb of the sentence's own before "as" labels actively ("Trump mocked the claim as “…”", "he viewed Obama as “…”").
    func isLabelGivenByPassive(at anchor: Int, floor: Int, phrases: NounPhrases) -> Bool {
        var index = anchor - 1
        // (Words between a participle of labelling and the anchor that make it a verb with an object: "viewed Obama as".)
        var object = false
        while index >= max(floor, anchor - AttributionWindow.passiveLabel), phrases.tokens[index].first != "," {
            let lower = phrases.lower(index)
            if NounPhrases.passiveAuxiliaries.contains(lower) || !object && Attributor.labelledAsWords.contains(lower) { return true }
            object = object || phrases.tokens[index].isCapitalized || NounPhrases.determiners.contains(lower)
                || lexicon.pronouns[lower] != nil
            index -= 1
        }
        return false
    }
}
