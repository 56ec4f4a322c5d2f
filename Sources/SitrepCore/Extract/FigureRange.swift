/// A range of figures written as two numbers: "between 10 and 15 people", "10 to 15 people", "10 – 15 people"
/// (and "10-15", one token, read by ``FigureNumber``). The range is one figure: its value the lower end, its upper
/// end beside it. "from 10 to 15" is a change, not a range (``Lexicon/figureChangeOpeners``).
enum FigureRange {
    /// Dashes that join the ends of a range, with or without spaces around them.
    static let dashes: Set<Unicode.Scalar> = ["-", "\u{2013}", "\u{2014}"]

    /// The number read on to the upper end of a range that it opens; the number as it is when it opens none.
    static func extend(_ number: FigureNumber, in words: FigureWords) -> FigureNumber {
        guard number.upper == nil, !number.isVague else { return number }
        let lexicon = words.lexicon
        let joiner = number.end, opener = words.word(number.start - 1)
        guard joiner + 1 < words.count, words.sentence[joiner + 1] == words.sentence[number.start],
              !lexicon.figureChangeOpeners.contains(opener) else { return number }
        var inOrder = true
        if words.tokens[joiner].kind == .punctuation {
            guard dashes.contains(words.tokens[joiner].first) else { return number }
        } else if let required = lexicon.figureRangeJoiners[words.lower[joiner]] {
            if required != "any" {
                guard opener == required else { return number }
                inOrder = false
            }
        } else {
            return number
        }
        guard let upper = FigureNumber.read(words, at: joiner + 1), !upper.isVague, upper.upper == nil else { return number }
        var range = number
        // "between 4 and 5 million": the multiplier of the upper end is the lower end's too.
        if number.end == number.start + 1, upper.end == upper.start + 2,
           let factor = lexicon.multipliers[words.lower[upper.end - 1]], number.value * factor <= upper.value {
            range.value *= factor
        }
        let low = inOrder ? range.value : min(range.value, upper.value)
        let high = inOrder ? upper.value : max(range.value, upper.value)
        guard high > low else { return number }
        range.value = low
        range.upper = (high, words.tokens[upper.start].start, words.tokens[upper.end - 1].end)
        range.end = upper.end
        range.isOne = false
        return range
    }
}
