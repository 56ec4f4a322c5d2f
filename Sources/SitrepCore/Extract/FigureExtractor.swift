/// A figure found in a paragraph: where its number stands (UTF-8 offsets in the paragraph's text) and what was read
/// around it.
struct FoundFigure: Sendable, Equatable {
    var start: Int
    var end: Int
    var number: String
    var value: Double
    /// The upper end of a range and how it is written; ``value`` is then the lower end.
    var upperValue: Double? = nil
    var upperNumber: String? = nil
    var isVague: Bool
    var counts: String
    var category: String?
    var hedge: String?
    var saidBy: String?
    var date: String?
    var place: String?
}

/// A stretch of a paragraph someone is reported to say (a quotation or reported clause), in UTF-8 offsets.
struct SpokenRange: Sendable {
    var start: Int
    var end: Int
    var speaker: String
}

/// Finds figures: numbers (digits, words, "dozens", ranges as one figure) that count people or things affected by or
/// taking part in violence, war, disaster or repression, with their kind, what they count, their hedge, who gives
/// them, and the day and place their sentence names. Ages, dates, years, times, money, percentages, identifiers,
/// scores and measures are left out (``NotAFigure``).
struct FigureExtractor: Sendable {
    let lexicon: Lexicon

    /// Words of the counted noun phrase read after a number ("U.S. Marine Corps troops").
    static let countedWindow = 4
    /// Kinds that count people when no noun says what: "22 dead", "43 were being treated".
    static let peopleKinds: Set<String> = ["killed", "injured", "casualties", "missing", "detained", "displaced", "evacuated"]
    /// Words that end a counted noun phrase.
    static let phraseEnds: WordSet = NounPhrases.auxiliaries.union(NounPhrases.clauseWords).union(NounPhrases.prepositions)
        .union(["who", "were", "more", "said", "says", "had"])
    /// Words after a number that stand for people already named: "eight others", "40 more"; nothing else is counted.
    static let othersWords: Set<String> = ["others", "more"]

    /// The figures of a paragraph, in reading order; `spoken` are its quotations and reported clauses, by start.
    func figures(in paragraph: Paragraph, spoken: [SpokenRange] = [], tokens cache: TokenCache? = nil) -> [FoundFigure] {
        let words = FigureWords(paragraph: paragraph, lexicon: lexicon, tokens: cache)
        let rules = FigureCategory(words: words)
        let source = FigureSource(words: words)
        var found: [FoundFigure] = []
        var previous: (sentence: Int, end: Int, category: String)?
        // The last source of the paragraph with a name, for a document that speaks for it ("The statement said").
        var namedSource: String?
        var index = 0
        while index < words.count {
            guard let read = FigureNumber.read(words, at: index) else {
                index += 1
                continue
            }
            let number = FigureRange.extend(read, in: words)
            index = number.end
            guard NotAFigure.reason(number, in: words) == nil else { continue }
            let counted = countedPhrase(after: number, words)
            guard NotAFigure.countsNoFigure(counted, in: words) == nil else { continue }
            let before = previous.flatMap { $0.sentence == words.sentence[number.start] ? ($0.end, $0.category) : nil }
            var counts = counted.isEmpty ? "" : words.text(counted.lowerBound, counted.upperBound)
            var kind = rules.category(of: number, counted: counted, previous: before)
            if kind == nil, counted.isEmpty, let next = nextFigure(after: number, words, rules) {
                kind = (next.category, .nextFigure)
                counts = next.counts
            }
            guard let (category, rule) = kind else { continue }
            // The bare "one" is a figure only where a verb, its group or its noun says so ("killing one officer").
            // In a list, "a security guard and one person", it counts the noun right after it.
            if number.isOne, ![.predicateAfter, .verbBefore, .ofGroup].contains(rule),
               ![.countNoun, .listContinued, .objectList].contains(rule) || counted.lowerBound != number.end { continue }
            // "one of the captured soldiers" names a person of the group; "killed one of our soldiers" counts one.
            if number.isOne, words.word(number.end) == "of", rule != .verbBefore { continue }
            if counts.isEmpty, FigureExtractor.peopleKinds.contains(category) { counts = "people" }
            previous = (words.sentence[number.start], number.end, category)
            let start = words.tokens[number.start].start
            let end = words.tokens[number.end - 1].end
            var saidBy = source.speaker(of: number, spoken: spoken)
            if let said = saidBy {
                if source.isDocument(said), let namedSource {
                    saidBy = namedSource
                } else if said.contains(where: \.isUppercase), !source.isDocument(said) {
                    namedSource = said
                }
            }
            found.append(FoundFigure(
                start: start, end: end, number: paragraph.slice(start, end), value: number.value,
                upperValue: number.upper?.value, upperNumber: number.upper.map { paragraph.slice($0.start, end) },
                isVague: number.isVague, counts: counts, category: category,
                hedge: hedge(before: number, words),
                saidBy: saidBy, date: source.date(of: number),
                place: source.place(of: number)))
        }
        return found
    }

    /// Tokens read ahead from a bare number to the figure whose kind and noun it takes.
    static let nextFigureWindow = 12

    /// Words after a bare number that join it to the figure whose kind it takes ("from 10 to 15 deaths"); a comma
    /// joins too ("we have 5,000, we'll go up to 15,000 troops").
    static let nextFigureJoiners: Set<String> = ["to", "and", "or", "then"]

    /// The kind and counted words of the next figure of the sentence, for a number that counts nothing on its own:
    /// "the toll rose from 10 to 15 deaths", "we have 5,000, we'll go up to 15,000 troops".
    func nextFigure(after number: FigureNumber, _ words: FigureWords, _ rules: FigureCategory) -> (category: String, counts: String)? {
        var index = number.end
        guard index < words.count, words.tokens[index].kind == .punctuation ? words.tokens[index].first == ","
                : FigureExtractor.nextFigureJoiners.contains(words.lower[index]) else { return nil }
        while index < min(words.count, number.end + FigureExtractor.nextFigureWindow),
              words.sentence[index] == words.sentence[number.start] {
            guard let read = FigureNumber.read(words, at: index) else {
                index += 1
                continue
            }
            let next = FigureRange.extend(read, in: words)
            guard NotAFigure.reason(next, in: words) == nil, !next.isOne else { return nil }
            let counted = countedPhrase(after: next, words)
            guard !counted.isEmpty, NotAFigure.countsNoFigure(counted, in: words) == nil,
                  let (category, _) = rules.category(of: next, counted: counted, previous: nil) else { return nil }
            return (category, words.text(counted.lowerBound, counted.upperBound))
        }
        return nil
    }

    /// The hedge right before a number, unless its words belong to a verb ("handed over 1,027 prisoners").
    func hedge(before number: FigureNumber, _ words: FigureWords) -> String? {
        guard let hedge = words.phrase(lexicon.figurePhrases.hedges, endingBefore: number.start) else { return nil }
        if let cue = words.phrase(lexicon.figurePhrases.cues, endingBefore: number.start), cue.start < hedge.start { return nil }
        return hedge.value
    }

    /// The noun phrase a number counts: "people" in "32 people were killed", "victims" in "16 of the victims";
    /// words standing for people already named ("more", "others") and "of the" are read over.
    func countedPhrase(after number: FigureNumber, _ words: FigureWords) -> Range<Int> {
        var start = number.end
        if FigureExtractor.othersWords.contains(words.word(start)) { return (start + 1)..<(start + 1) }
        if words.word(start) == "other" { start += 1 }
        if words.word(start) == "of" {
            start += 1
            if NounPhrases.determiners.contains(words.word(start)) || words.word(start) == "those" { start += 1 }
        }
        var end = start
        while end - start < FigureExtractor.countedWindow, words.isWord(end), words.tokens[end].kind == .word,
              words.sentence[end] == words.sentence[number.start] {
            let word = words.lower[end]
            // A speech verb ends it, unless it is a counted noun too ("two loud booms") or, first, a participle before
            // the noun ("4,120 reported hate crimes"); so do words that place people ("nine crew members aboard").
            let participle = end == start && word.hasSuffix("ed") && words.tokens[end + 1 < words.count ? end + 1 : end].kind == .word
                && !FigureExtractor.phraseEnds.contains(words.word(end + 1)) && !words.word(end + 1).hasSuffix("ing")
            if FigureExtractor.phraseEnds.contains(word) || lexicon.figurePresence[word] != nil
                || lexicon.speechVerbForms[word] != nil && lexicon.figureNouns[word] == nil && !participle {
                break
            }
            if lexicon.figureCues[word] != nil, lexicon.figureNouns[word] == nil { break }
            if end > start, word.hasSuffix("ed") || word.hasSuffix("ing") { break }
            end += 1
        }
        return start..<end
    }
}
