/// A number as a phrase of tokens: digits ("23,000", "4.2 million"), words ("seventy-two", "two hundred"),
/// numeral phrases ("a dozen", "half a dozen") and vague quantities ("dozens", "tens of thousands").
struct FigureNumber {
    /// Token range of the number.
    var start: Int
    var end: Int
    var value: Double
    var isVague: Bool
    /// The bare word "one", which is a figure only where a verb or noun makes it one.
    var isOne: Bool
    /// The upper end of a range written as one token ("5,000-8,000"): its value and UTF-8 offsets in the paragraph;
    /// the number itself is then the lower end.
    var upper: (value: Double, start: Int, end: Int)? = nil

    /// Reads the number that starts at `index`, if any.
    static func read(_ words: FigureWords, at index: Int) -> FigureNumber? {
        // (A mark is no numeral's first word, no number and no number word: most tokens are marks or words.)
        guard words.tokens[index].kind != .punctuation else { return nil }
        let lexicon = words.lexicon
        if let numeral = words.phrase(lexicon.figurePhrases.numerals, at: index) {
            // "a dozen", "tens of thousands"; "a thousand" only when no other number word follows ("a thousand-year").
            return FigureNumber(start: index, end: numeral.end, value: numeral.value.value, isVague: numeral.value.vague,
                                isOne: false)
        }
        let token = words.tokens[index]
        var value: Double
        var upper: (value: Double, start: Int, end: Int)?
        if token.kind == .number {
            let text = FigureNumber.withoutCommas(words.lower[index])
            if let parsed = Double(text) {
                value = parsed
            } else if let range = range(words, token) {
                value = range.lower
                upper = (range.upper, range.upperStart, token.end)
            } else {
                return nil
            }
        } else if let word = wordValue(words.lower[index], key: words.keys[index], lexicon), word < 100 {
            // A capitalised number word mid-sentence is a name ("the Seven Network") unless a headline's title case
            // or a mark before it says otherwise.
            if token.isCapitalized, !token.isAllCaps, index > 0, !words.opensPhrase(index - 1),
               !words.tokens[index - 1].isCapitalized {
                return nil
            }
            value = word
        } else {
            return nil
        }
        var end = index + 1
        if let multiplier = multiplier(words, at: end) {
            if var ends = upper, value >= multiplier.factor, ends.value * multiplier.factor > value {
                // "5,000-8 [thousand]": the lower end is written whole, the multiplier is the upper end's.
                ends.value *= multiplier.factor
                upper = ends
            } else {
                value *= multiplier.factor
                upper?.value *= multiplier.factor
            }
            end = multiplier.end
        } else if value != value.rounded() {
            return nil
        }
        if let upper, upper.value <= value { return nil }
        return FigureNumber(start: index, end: end, value: value, isVague: false,
                            isOne: end == index + 1 && token.kind == .word && value == 1, upper: upper)
    }

    /// A multiplier after a number and the index after it: "million", or the word an editor put in brackets in a
    /// quotation ("we have 8 [thousand]").
    static func multiplier(_ words: FigureWords, at index: Int) -> (factor: Double, end: Int)? {
        if words.isWord(index), let factor = words.lexicon.multipliers[words.lower[index]] { return (factor, index + 1) }
        guard index + 2 < words.count, words.tokens[index].kind == .punctuation, words.tokens[index].first == "[",
              let factor = words.lexicon.multipliers[words.lower[index + 1]], words.tokens[index + 2].first == "]" else {
            return nil
        }
        return (factor, index + 3)
    }

    /// The two ends of a range written as one number token, "5,000-8,000" (UTF-8 offset of the upper end); the
    /// upper end may still want its multiplier ("5,000-8 [thousand]").
    static func range(_ words: FigureWords, _ token: Token) -> (lower: Double, upper: Double, upperStart: Int)? {
        let bytes = words.paragraph.bytes
        guard let dash = (token.start..<token.end).first(where: { bytes[$0] == UInt8(ascii: "-") }) else { return nil }
        let number = { (from: Int, to: Int) in
            Double(String(decoding: bytes[from..<to].filter { $0 != UInt8(ascii: ",") }, as: UTF8.self))
        }
        guard let lower = number(token.start, dash), let upper = number(dash + 1, token.end) else { return nil }
        return (lower, upper, dash + 1)
    }

    /// A number's text without its thousands separators: what `replacingOccurrences(of: ",", with: "")` gives, read
    /// from the bytes when they are all ASCII (each byte a character).
    static func withoutCommas(_ text: String) -> String {
        guard text.utf8.contains(0x2C) else { return text }
        guard text.utf8.allSatisfy({ $0 < 0x80 }) else { return text.replacingOccurrences(of: ",", with: "") }
        return String(decoding: text.utf8.filter { $0 != 0x2C }, as: UTF8.self)
    }

    /// The value of a number word, "seventy-two" included; `key` is the word's ``WordKey``.
    static func wordValue(_ word: String, key: UInt64, _ lexicon: Lexicon) -> Double? {
        if let value = lexicon.numberWordTable.value(word, key: key) { return value }
        // Only a word with a hyphen is two number words ("seventy-two").
        guard word.utf8.withContiguousStorageIfAvailable({ $0.contains(0x2D) }) ?? word.utf8.contains(0x2D) else { return nil }
        let parts = word.byteSplit(separator: "-")
        guard parts.count == 2, let tens = lexicon.numberWords[String(parts[0])], let units = lexicon.numberWords[String(parts[1])],
              tens >= 20, tens < 100, units < 10 else { return nil }
        return tens + units
    }
}
