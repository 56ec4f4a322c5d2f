import Foundation

/// Finds numbers that count something (killed, injured, households without power, troops deployed), in digits
/// or words, with their hedges ("about", "more than", "likely exceeded").
struct FigureExtractor: Sendable {
    let lexicon: Lexicon

    static let hedges: [[String]] = [
        ["more", "than"], ["less", "than"], ["fewer", "than"], ["at", "least"], ["up", "to"], ["as", "many", "as"],
        ["likely", "exceeded"], ["about"], ["around"], ["approximately"], ["nearly"], ["almost"], ["over"],
        ["some"], ["roughly"], ["exceeded"], ["exceed"], ["another"], ["estimated"], ["an", "estimated"],
    ]
    static let units: Set<String> = ["year", "years", "hour", "hours", "day", "days", "minute", "minutes", "km",
                                     "kilometers", "kilometres", "miles", "mile", "percent", "per", "cent", "%",
                                     "am", "pm", "a.m", "p.m", "week", "weeks", "month", "months", "metres", "meters",
                                     "times", "time", "o'clock", "degrees", "kg", "tonnes", "tons", "seconds",
                                     "points", "point", "st", "nd", "rd", "th", "decades", "decade", "centuries"]

    func figures(in paragraph: Paragraph) -> [(start: Int, end: Int, number: String, value: Double, counts: String,
                                               category: String?, hedge: String?)] {
        let tokens = Tokenizer.tokens(paragraph.bytes)
        let phrases = NounPhrases(paragraph: paragraph, tokens: tokens, lexicon: lexicon)
        var found: [(Int, Int, String, Double, String, String?, String?)] = []
        var index = 0
        while index < tokens.count {
            defer { index += 1 }
            let token = tokens[index]
            guard token.kind != .punctuation else { continue }
            let text = phrases.word(index)
            var value: Double
            if token.kind == .number {
                guard let parsed = Double(text.replacingOccurrences(of: ",", with: "")) else { continue }
                value = parsed
                if !text.contains(","), value >= 1900, value <= 2100 { continue }
            } else if let word = lexicon.numberWords[text.lowercased()],
                      !token.isCapitalized || index == 0 || tokens[index - 1].kind == .punctuation
                        && ParagraphShape.isSentenceEnd(tokens[index - 1].first) {
                guard word >= 2 || text.lowercased() != "one" else { continue }
                value = word
            } else {
                continue
            }
            if index > 0 {
                let previous = tokens[index - 1]
                if previous.kind == .punctuation, ["$", "£", "€", "#", "/", ":"].contains(previous.first) { continue }
                if lexicon.months[phrases.lower(index - 1)] != nil { continue }
            }
            var next = index + 1
            if next < tokens.count, tokens[next].kind == .punctuation, [":", "/", "%"].contains(tokens[next].first),
               !tokens[next].spaceBefore { continue }
            if next < tokens.count, phrases.isWord(next), let factor = lexicon.multipliers[phrases.lower(next)] {
                value *= factor
                next += 1
            }
            if next < tokens.count, phrases.isWord(next) {
                let after = phrases.lower(next)
                if FigureExtractor.units.contains(after) || lexicon.months[after] != nil || after.hasSuffix("-year-old") { continue }
                if after == "of", token.kind == .word { continue }
            }
            if next < tokens.count, tokens[next].first == "-", !tokens[next].spaceBefore { continue }
            // What it counts: the noun phrase after it, or the subject when the number stands alone.
            var end = next
            while end < tokens.count, end - next < 5, phrases.isWord(end) {
                let lower = phrases.lower(end)
                if NounPhrases.auxiliaries.contains(lower) || NounPhrases.clauseWords.contains(lower)
                    || (NounPhrases.prepositions.contains(lower) && lower != "without") || lexicon.speechVerbForms[lower] != nil {
                    break
                }
                if lower.hasSuffix("ed") && end > next { break }
                end += 1
            }
            var counts = end > next ? paragraph.slice(tokens[next].start, tokens[end - 1].end) : ""
            if counts.isEmpty {
                var subjectEnd = 0
                while subjectEnd < index, phrases.isWord(subjectEnd), !NounPhrases.auxiliaries.contains(phrases.lower(subjectEnd)),
                      lexicon.speechVerbForms[phrases.lower(subjectEnd)] == nil, !["have", "has"].contains(phrases.lower(subjectEnd)) {
                    subjectEnd += 1
                }
                if subjectEnd > 0, subjectEnd <= 8 { counts = paragraph.slice(tokens[0].start, tokens[subjectEnd - 1].end) }
            }
            guard !counts.isEmpty else { continue }
            let category = self.category(around: index, tokens: tokens, phrases: phrases)
            guard category != nil || token.kind == .number && value >= 10 else { continue }
            let hedge = self.hedge(before: index, phrases: phrases)
            found.append((token.start, tokens[max(index, next - 1)].end, text, value, counts, category, hedge))
        }
        return found
    }

    /// The nearest figure cue word in the clause around a number.
    private func category(around index: Int, tokens: [Token], phrases: NounPhrases) -> String? {
        var best: (distance: Int, category: String)?
        let low = max(0, index - 8), high = min(tokens.count, index + 10)
        for position in low..<high where phrases.isWord(position) {
            let lower = phrases.lower(position)
            var category = lexicon.figureCues[lower]
            if position + 1 < high, phrases.isWord(position + 1),
               let pair = lexicon.figureCues[lower + " " + phrases.lower(position + 1)] { category = pair }
            guard let category else { continue }
            // The predicate ("... have been killed") says what the number counts better than a word beside it.
            let predicate = position > index && position > 0
                && ["been", "were", "was", "are", "is", "be"].contains(phrases.lower(position - 1))
            let distance = abs(position - index) + (position < index ? 2 : 0) - (predicate ? 6 : 0)
            if best == nil || distance < best!.distance { best = (distance, category) }
        }
        return best?.category
    }

    private func hedge(before index: Int, phrases: NounPhrases) -> String? {
        for hedge in FigureExtractor.hedges where index - hedge.count >= 0 {
            let words = (index - hedge.count..<index).map { phrases.isWord($0) ? phrases.lower($0) : "" }
            if words == hedge { return hedge.joined(separator: " ") }
        }
        return nil
    }
}
