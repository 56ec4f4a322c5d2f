/// Who gives a figure, and the day and place its sentence names.
struct FigureSource {
    let words: FigureWords

    /// Days of the week and relative days that date a figure ("on Wednesday", "yesterday").
    static let days: Set<String> = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                                    "yesterday", "today", "tonight", "overnight"]
    /// Capitalised words after "in" read as the place's name.
    static let placeWords = 3

    /// The speaker of the quotation or reported clause the number stands in; else the source an "according to" of
    /// its sentence names; else the speaker of speech its sentence reports ("…, police said").
    func speaker(of number: FigureNumber, spoken: [SpokenRange]) -> String? {
        let offset = words.tokens[number.start].start
        if let range = spoken.last(where: { $0.start <= offset && offset < $0.end }) { return range.speaker }
        if let source = accordingTo(number) { return source }
        let sentence = sentenceRange(of: number)
        let start = words.tokens[sentence.lowerBound].start, end = words.tokens[sentence.upperBound - 1].end
        return spoken.first(where: { $0.start < end && start < $0.end })?.speaker
    }

    /// The tokens of the number's sentence.
    func sentenceRange(of number: FigureNumber) -> Range<Int> {
        let sentence = words.sentence[number.start]
        var start = number.start, end = number.end
        while start > 0, words.sentence[start - 1] == sentence { start -= 1 }
        while end < words.count, words.sentence[end] == sentence { end += 1 }
        return start..<end
    }

    /// "…, according to state media": the phrase after "according to" in the number's sentence.
    func accordingTo(_ number: FigureNumber) -> String? {
        let sentence = words.sentence[number.start]
        var index = number.end
        while index + 1 < words.count, words.sentence[index] == sentence {
            if words.lower[index] == "according", words.lower[index + 1] == "to" {
                var end = index + 2
                while end < words.count, words.isWord(end), words.sentence[end] == sentence,
                      !NounPhrases.clauseWords.contains(words.lower[end]) || words.lower[end] == "and" {
                    end += 1
                }
                return end > index + 2 ? words.text(index + 2, end) : nil
            }
            index += 1
        }
        return nil
    }

    /// The day the number's sentence names: a weekday ("Wednesday") or a month and day ("Aug. 3").
    func date(of number: FigureNumber) -> String? {
        for index in sentenceRange(of: number) {
            guard words.isWord(index) else { continue }
            if FigureSource.days.contains(words.lower[index]) { return words.text(index, index + 1) }
            if words.tokens[index].isCapitalized, words.lexicon.months[words.lower[index]] != nil {
                var end = index + 1
                if end < words.count, words.tokens[end].first == ".", words.tokens[end].kind == .punctuation { end += 1 }
                if end < words.count, words.tokens[end].kind == .number { return words.text(index, end + 1) }
            }
        }
        return nil
    }

    /// The place the number's sentence names: the capitalised words after its first "in" ("in Diyarbakir").
    func place(of number: FigureNumber) -> String? {
        for index in sentenceRange(of: number) {
            guard words.lower[index] == "in" else { continue }
            var start = index + 1
            if words.word(start) == "the" { start += 1 }
            var end = start
            while end < words.count, end - start < FigureSource.placeWords, words.isWord(end), words.tokens[end].isCapitalized,
                  words.lexicon.months[words.lower[end]] == nil, !FigureSource.days.contains(words.lower[end]) {
                end += 1
            }
            if end > start { return words.text(start, end) }
        }
        return nil
    }
}
