/// Who gives a figure, and the day and place its sentence names.
struct FigureSource {
    let words: FigureWords

    /// Days of the week and relative days that date a figure ("on Wednesday", "yesterday").
    static let days: Set<String> = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                                    "yesterday", "today", "tonight", "overnight"]
    /// Capitalised words after "in" read as the place's name.
    static let placeWords = 3

    /// The source an "according to" of the number's sentence names; else the speaker of the quotation or reported
    /// clause the number stands in; else the speaker of speech its sentence reports ("…, police said").
    func speaker(of number: FigureNumber, spoken: [SpokenRange]) -> String? {
        let source = anySpeaker(of: number, spoken: spoken)
        // "saying at least seven dead" after "went after him", "There have been …": no one is named.
        guard let source, !isPronoun(source) else { return nil }
        return source
    }

    /// Whether a source is only a pronoun or a function word ("him", "there").
    func isPronoun(_ source: String) -> Bool {
        let lower = source.lowercased()
        return !lower.contains(" ") && (words.lexicon.pronouns[lower] != nil || NounPhrases.functionWords.contains(lower)
            || words.lexicon.objectPronouns.contains(lower))
    }

    /// The first source the rules find, pronouns included.
    func anySpeaker(of number: FigureNumber, spoken: [SpokenRange]) -> String? {
        if let source = accordingTo(number) { return source }
        let offset = words.tokens[number.start].start
        let near = self.spoken(spoken, before: offset)
        if let range = near.last(where: { $0.start <= offset && offset < $0.end }) { return range.speaker }
        if let source = saidBefore(number) ?? saidAfter(number) ?? claimedBySubject(number) { return source }
        let sentence = sentenceRange(of: number)
        let start = words.tokens[sentence.lowerBound].start, end = words.tokens[sentence.upperBound - 1].end
        // The speech that covers most of the sentence.
        let overlap = { (range: SpokenRange) in min(end, range.end) - max(start, range.start) }
        return self.spoken(spoken, before: end).filter { overlap($0) > 0 }.max { overlap($0) < overlap($1) }?.speaker
    }

    /// Whether a source is a document that speaks for whoever issued it ("the statement", "a report").
    func isDocument(_ source: String) -> Bool {
        source.byteSplit(separator: " ").last.map { words.lexicon.speechNouns.contains($0.lowercased()) } ?? false
    }

    /// Tokens read either side of a number for its sentence: a sentence without marks may be a whole page.
    static let sentenceReach = 80

    /// The tokens of the number's sentence, at most ``sentenceReach`` either side of it.
    func sentenceRange(of number: FigureNumber) -> Range<Int> {
        let sentence = words.sentence[number.start]
        var start = number.start, end = number.end
        while start > 0, number.start - start < FigureSource.sentenceReach, words.sentence[start - 1] == sentence { start -= 1 }
        while end < words.count, end - number.end < FigureSource.sentenceReach, words.sentence[end] == sentence { end += 1 }
        return start..<end
    }

    /// The spoken ranges that may hold an offset: the last few starting at or before it (they come in order).
    func spoken(_ spoken: [SpokenRange], before offset: Int) -> ArraySlice<SpokenRange> {
        var low = 0, high = spoken.count
        while low < high {
            let middle = (low + high) / 2
            if spoken[middle].start <= offset { low = middle + 1 } else { high = middle }
        }
        return spoken[max(0, low - FigureSource.overlappingRanges)..<min(spoken.count, low + 1)]
    }

    /// Spoken ranges read back from a number: a sentence seldom holds more quotations and reported clauses.
    static let overlappingRanges = 8

    /// Most words read as the source before or after a speech verb ("top Justice Department officials said").
    static let sourceWords = 6
    /// Words after a closing "X said" before the clause ends ("officials said Monday").
    static let afterSaid = 2

    /// "…, according to state media", "According to the opposition, …": the phrase after "according to" in the
    /// number's sentence.
    func accordingTo(_ number: FigureNumber) -> String? {
        let sentence = sentenceRange(of: number)
        for index in sentence where index + 1 < sentence.upperBound {
            guard words.lower[index] == "according", words.lower[index + 1] == "to" else { continue }
            var end = index + 2
            while end < sentence.upperBound, words.isWord(end),
                  !NounPhrases.clauseWords.contains(words.lower[end]) || words.lower[end] == "and" {
                end += 1
            }
            return end > index + 2 ? words.text(index + 2, end) : nil
        }
        return nil
    }

    /// "Opposition sources claimed at least 70 …": the subject of a speech verb right before the number.
    func saidBefore(_ number: FigureNumber) -> String? {
        var verb = number.start - 1
        if let hedge = words.phrase(words.lexicon.figurePhrases.hedges, endingBefore: number.start) { verb = hedge.start - 1 }
        if words.word(verb) == "that" { verb -= 1 }
        guard words.lexicon.speechVerbForms[words.word(verb)] != nil else { return nil }
        return phrase(endingBefore: verb, sentence: sentenceRange(of: number))
    }

    /// "…, top Justice Department officials said Monday": a source and speech verb closing the number's sentence.
    func saidAfter(_ number: FigureNumber) -> String? {
        let sentence = sentenceRange(of: number)
        for verb in number.end..<sentence.upperBound where words.lexicon.speechVerbForms[words.word(verb)] != nil {
            var end = verb + 1
            while end < sentence.upperBound, end - verb <= FigureSource.afterSaid, words.isWord(end) { end += 1 }
            guard end == sentence.upperBound || words.tokens[end].kind == .punctuation else { continue }
            var start = verb
            while start > number.end, words.isWord(start - 1) { start -= 1 }
            guard start > number.end, words.tokens[start - 1].first == "," else { continue }
            return phrase(endingBefore: verb, sentence: sentence)
        }
        return nil
    }

    /// "Police in Texas fear a serial bomber planted four devices …": the subject of a speech or claim verb that
    /// opens the number's sentence.
    func claimedBySubject(_ number: FigureNumber) -> String? {
        let sentence = sentenceRange(of: number)
        var verb = sentence.lowerBound
        while verb < number.start, verb - sentence.lowerBound <= FigureSource.sourceWords, words.tokens[verb].kind == .word {
            let word = words.lower[verb]
            if verb > sentence.lowerBound, words.lexicon.claimVerbs.contains(word) || words.lexicon.speechVerbForms[word] != nil {
                return phrase(endingBefore: verb, sentence: sentence)
            }
            verb += 1
        }
        return nil
    }

    /// The noun phrase that ends just before `end`, back to a mark or a clause word, at most ``sourceWords`` long.
    func phrase(endingBefore end: Int, sentence: Range<Int>) -> String? {
        var start = end
        while start > sentence.lowerBound, end - start < FigureSource.sourceWords, words.isWord(start - 1),
              !NounPhrases.clauseWords.contains(words.lower[start - 1]), words.tokens[start - 1].kind == .word {
            start -= 1
        }
        guard start < end, !words.lexicon.pronouns.keys.contains(words.lower[end - 1]) else { return nil }
        return words.text(start, end)
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
