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
}
