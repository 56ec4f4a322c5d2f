/// Bodies an article names by their initials: "IRCC" is "Immigration, Refugees and Citizenship Canada" when the
/// article writes that name, "RCMP" "Royal Canadian Mounted Police", "DOJ" "Department of Justice".
///
/// A name is a run of capitalised words, with the small words and commas that join the words of a body's name
/// between them (`initialism-joiners`: "and", "of", "the", "for"), without the opening words of a sentence before it.
/// Its initials are the first letters of its capitalised words, and also with those of "of" and "and" ("DOJ").
struct Initialisms {
    /// Small words inside a body's name (`initialism-joiners`).
    static let joiners = WordSet(Lexicon.list("initialism-joiners"))
    /// Small words whose first letters some initials hold too (`initialled-joiners`: "of" and "and", "DOJ").
    static let initialled = WordSet(Lexicon.list("initialled-joiners"))
    /// Fewest and most letters of initials.
    static let shortest = 2, longest = 6

    /// The full name of each set of initials, first written first.
    private(set) var names: [String: String] = [:]

    /// Reads the names of one paragraph's tokens; `words`, when given, are the tokens' lower-case words, so that a
    /// joiner is told by its key without making its text.
    mutating func read(_ tokens: [Token], bytes: [UInt8], words: TokenWords? = nil, lexicon: Lexicon) {
        var run: [Int] = []
        func close() {
            guard !run.isEmpty else { return }
            defer { run = [] }
            while let last = run.last, !tokens[last].isCapitalized { run.removeLast() }
            while let first = run.first, !tokens[first].isCapitalized
                    || ArticleNames.isLeading(word(first), lexicon: lexicon) { run.removeFirst() }
            let capitals = run.filter { tokens[$0].isCapitalized }
            guard capitals.count >= Initialisms.shortest, capitals.count <= Initialisms.longest,
                  let first = run.first, let last = run.last else { return }
            let plain = initials(capitals)
            let joined = initials(run.filter { tokens[$0].kind == .word && (tokens[$0].isCapitalized || isJoiner($0, in: Initialisms.initialled)) })
            guard names[plain] == nil || names[joined] == nil else { return }
            let name = String(decoding: bytes[tokens[first].start..<tokens[last].end], as: UTF8.self)
            for initials in Set([plain, joined]) where names[initials] == nil { names[initials] = name }
        }
        /// The upper-cased first letters of the words at `indices` (from their first bytes when those are ASCII).
        func initials(_ indices: [Int]) -> String {
            let firsts = indices.map { bytes[tokens[$0].start] }
            guard firsts.allSatisfy({ $0 < 0x80 }) else { return String(indices.map { word($0).first! }).uppercased() }
            return String(decoding: firsts.map { $0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z") ? $0 - 32 : $0 }, as: UTF8.self)
        }
        func word(_ index: Int) -> String { String(decoding: bytes[tokens[index].start..<tokens[index].end], as: UTF8.self) }
        /// Whether the word at `index`, not capitalised, is one of `set`.
        func isJoiner(_ index: Int, in set: WordSet) -> Bool {
            guard !tokens[index].isCapitalized else { return false }
            guard let words else { return set.contains(word(index)) }
            return set.contains(words.lowered[index], key: words.keys[index])
        }
        for (index, token) in tokens.enumerated() {
            if token.kind == .word, token.isCapitalized, !token.isAllCaps {
                run.append(index)
            } else if !run.isEmpty, token.kind == .word && isJoiner(index, in: Initialisms.joiners)
                        || token.kind == .punctuation && token.first == "," {
                run.append(index)
            } else {
                close()
            }
        }
        close()
    }

    /// Whether a run of capitalised words is a person's name rather than a body's: a first name and a surname
    /// ("Uma Nair"), which initials never stand for. (A longer run, or one with joiners or commas, is read as a body.)
    static func isPersonName(_ full: String, lexicon: Lexicon) -> Bool {
        full.byteSplit(separator: " ").count == 2 && !full.contains(",") && NameShape.of(full, lexicon: lexicon) == .person
    }

    /// The full name that `name` abbreviates: `name` is two to six capitals ("IRCC", "the IRCC" without "the").
    func fullName(of name: String) -> String? {
        guard (Initialisms.shortest...Initialisms.longest).contains(name.count),
              name.unicodeScalars.allSatisfy({ $0.value >= 0x41 && $0.value <= 0x5A }) else { return nil }
        return names[name]
    }
}
