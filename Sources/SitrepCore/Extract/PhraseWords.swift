/// Word-list lookups of a paragraph's words by their ``WordKey`` (``TokenWords``): no string is hashed.
extension NounPhrases {
    /// Whether the word at `index`, lower-cased, is in `set`.
    @inline(__always)
    func lower(_ index: Int, in set: WordSet) -> Bool { set.contains(words.lowered[index], key: words.keys[index]) }

    /// The value `table` gives the word at `index`, lower-cased, or nil.
    @inline(__always)
    func lower<Value>(_ index: Int, in table: WordTable<Value>) -> Value? {
        table.value(words.lowered[index], key: words.keys[index])
    }

    /// Whether the word at `index`, lower-cased, is in `list`.
    @inline(__always)
    func lower(_ index: Int, in list: WordList) -> Bool { lower(index, in: list.words) }

    /// What the pronoun at `index` may refer to (`lexicon.pronouns` of the word lower-cased), nil for another word.
    @inline(__always)
    func pronounReference(_ index: Int) -> Lexicon.PronounReference? { lower(index, in: lexicon.pronounTable) }

    /// ``pronounReference(_:)`` of the word at `index` without a verb contracted onto it ("he’s" is "he"): what
    /// `lexicon.pronouns[NounPhrases.uncontracted(lower(index))]` gives.
    func uncontractedPronoun(_ index: Int) -> Lexicon.PronounReference? {
        let word = words.lowered[index]
        let bare = NounPhrases.uncontracted(word)
        return bare.utf8.count == word.utf8.count ? pronounReference(index) : lexicon.pronounTable[bare]
    }

    /// Whether the word at `index` ends in "’s" or "’re" taken as a copula, a noun phrase opening after it with a
    /// determiner, a quantifier, a number or a capital ("She’s the daughter", "They’re Ana’s troops").
    func isCopulaBeforeNounPhrase(_ index: Int) -> Bool {
        let word = words.lowered[index]
        guard ["'s", "’s", "'re", "’re"].contains(where: { word.hasSuffixBytes($0) }), index + 1 < tokens.count else { return false }
        let next = tokens[index + 1]
        return next.kind == .number || isWord(index + 1) && (next.isCapitalized || lower(index + 1, in: NounPhrases.determiners)
            || lower(index + 1, in: Attributor.quantifiers))
    }

    /// Whether `set` holds `bare`, the word at `index` lower-cased without its leading and trailing periods
    /// (`trimmingPeriods()`): probed by the word's key when it has no such period.
    @inline(__always)
    func lower(_ index: Int, trimmed bare: String, in set: WordSet) -> Bool {
        bare.utf8.count == words.lowered[index].utf8.count ? lower(index, in: set) : set.contains(bare)
    }

    /// ``lower(_:trimmed:in:)`` of a word list.
    @inline(__always)
    func lower(_ index: Int, trimmed bare: String, in list: WordList) -> Bool { lower(index, trimmed: bare, in: list.words) }

    /// The value `table` gives `bare`, the word at `index` lower-cased without its leading and trailing periods.
    @inline(__always)
    func lower<Value>(_ index: Int, trimmed bare: String, in table: WordTable<Value>) -> Value? {
        bare.utf8.count == words.lowered[index].utf8.count ? lower(index, in: table) : table[bare]
    }
}
