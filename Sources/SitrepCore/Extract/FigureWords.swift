/// A paragraph's tokens as figure extraction reads them: lower-cased words, the sentence of each token, and
/// lookups of the lexicon's phrases (cues, hedges, numerals) forwards and backwards from a token.
struct FigureWords {
    let paragraph: Paragraph
    let tokens: [Token]
    /// Each token's text, lower-cased (a mark for punctuation).
    let lower: [String]
    /// Each token's ``WordKey``.
    let keys: [UInt64]
    /// Each token's sentence, counted from 0.
    let sentence: [Int]
    let lexicon: Lexicon
    /// Most words in a phrase of the lexicon's figure lists ("hundreds of thousands", "no fewer than").
    static let longestPhrase = 4

    /// `cache`, when given, holds the words of the article's paragraphs.
    init(paragraph: Paragraph, lexicon: Lexicon, tokens cache: TokenCache? = nil) {
        self.paragraph = paragraph
        self.lexicon = lexicon
        let words = cache?.words(of: paragraph) ?? TokenWords(paragraph.bytes, tokens: paragraph.tokens)
        self.tokens = paragraph.tokens
        let lower = words.lowered
        self.lower = lower
        keys = words.keys
        var sentence: [Int] = []
        sentence.reserveCapacity(tokens.count)
        var current = 0
        for (index, token) in tokens.enumerated() {
            sentence.append(current)
            guard token.kind == .punctuation, ParagraphShape.isSentenceEnd(token.first) || token.first == ";",
                  index + 1 < tokens.count else { continue }
            let next = tokens[index + 1]
            let abbreviation = token.first == "." && index > 0
                && (lexicon.abbreviations.contains(lower[index - 1]) || lower[index - 1].count == 1)
            if token.first == ";" || next.spaceBefore && (next.isCapitalized || next.isQuoteMark || next.kind == .number)
                && !abbreviation {
                current += 1
            }
        }
        self.sentence = sentence
    }

    var count: Int { tokens.count }

    func isWord(_ index: Int) -> Bool { index >= 0 && index < tokens.count && tokens[index].kind != .punctuation }

    /// The word at `index`, or "" for punctuation and positions outside the paragraph.
    func word(_ index: Int) -> String { isWord(index) ? lower[index] : "" }

    func text(_ from: Int, _ to: Int) -> String { paragraph.slice(tokens[from].start, tokens[to - 1].end) }

    /// The longest phrase of `table` that starts at `index`, with the index after it.
    func phrase<Value>(_ phrases: PhraseTable<Value>, at index: Int) -> (value: Value, end: Int)? {
        guard isWord(index), phrases.openers.contains(lower[index], key: keys[index]) else { return nil }
        let table = phrases.entries
        var key = lower[index]
        var best: (Value, Int)? = table[key].map { ($0, index + 1) }
        var end = index + 1
        while end < tokens.count, end - index < FigureWords.longestPhrase, isWord(end), sentence[end] == sentence[index] {
            key += " " + lower[end]
            end += 1
            if let value = table[key] { best = (value, end) }
        }
        return best
    }

    /// The longest phrase of `table` that ends just before `end`, with the index where it starts.
    func phrase<Value>(_ phrases: PhraseTable<Value>, endingBefore end: Int) -> (value: Value, start: Int)? {
        guard isWord(end - 1), phrases.closers.contains(lower[end - 1], key: keys[end - 1]) else { return nil }
        let table = phrases.entries
        var key = lower[end - 1]
        var best: (Value, Int)? = table[key].map { ($0, end - 1) }
        var start = end - 1
        while start > 0, end - start < FigureWords.longestPhrase, isWord(start - 1), sentence[start - 1] == sentence[end - 1] {
            start -= 1
            key = lower[start] + " " + key
            if let value = table[key] { best = (value, start) }
        }
        return best
    }

    /// The token is punctuation (a quotation mark, bracket, dash) or before the paragraph: a number word after it
    /// may be capitalised mid-paragraph.
    func opensPhrase(_ index: Int) -> Bool {
        index < 0 || tokens[index].kind == .punctuation
    }
}
