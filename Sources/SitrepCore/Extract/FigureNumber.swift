/// A number as a phrase of tokens: digits ("23,000", "4.2 million"), words ("seventy-two", "two hundred"),
/// numeral phrases ("a dozen", "half a dozen") and vague quantities ("dozens", "tens of thousands").
struct FigureNumber: Equatable {
    /// Token range of the number.
    var start: Int
    var end: Int
    var value: Double
    var isVague: Bool
    /// The bare word "one", which is a figure only where a verb or noun makes it one.
    var isOne: Bool

    /// Reads the number that starts at `index`, if any.
    static func read(_ words: FigureWords, at index: Int) -> FigureNumber? {
        let lexicon = words.lexicon
        if let numeral = words.phrase(lexicon.figureNumerals, at: index) {
            // "a dozen", "tens of thousands"; "a thousand" only when no other number word follows ("a thousand-year").
            return FigureNumber(start: index, end: numeral.end, value: numeral.value.value, isVague: numeral.value.vague,
                                isOne: false)
        }
        let token = words.tokens[index]
        var value: Double
        if token.kind == .number {
            let text = words.lower[index].replacingOccurrences(of: ",", with: "")
            guard let parsed = Double(text) else { return nil }
            value = parsed
        } else if let word = wordValue(words.lower[index], lexicon), word < 100 {
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
        if words.isWord(end), let factor = lexicon.multipliers[words.lower[end]] {
            value *= factor
            end += 1
        } else if value != value.rounded() {
            return nil
        }
        return FigureNumber(start: index, end: end, value: value, isVague: false,
                            isOne: end == index + 1 && token.kind == .word && value == 1)
    }

    /// The value of a number word, "seventy-two" included.
    static func wordValue(_ word: String, _ lexicon: Lexicon) -> Double? {
        if let value = lexicon.numberWords[word] { return value }
        let parts = word.split(separator: "-")
        guard parts.count == 2, let tens = lexicon.numberWords[String(parts[0])], let units = lexicon.numberWords[String(parts[1])],
              tens >= 20, tens < 100, units < 10 else { return nil }
        return tens + units
    }
}
