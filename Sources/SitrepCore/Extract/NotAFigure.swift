/// The rules that make a number something other than a figure: each a named reading of the words around it.
enum NotAFigure {
    /// Marks that make the number after them an amount or an identifier: "$5", "£3", "#2".
    static let markBefore: Set<Unicode.Scalar> = ["$", "£", "€", "¥", "#"]
    /// Marks right before a number, with no space, that make it part of a date or a code: "9/11".
    static let joinedMarkBefore: Set<Unicode.Scalar> = ["/", ":", "-"]
    /// Marks right after a number, with no space, that make it a time, ratio, score or part of a word.
    static let markAfter: Set<Unicode.Scalar> = [":", "/", "%", "-", "\u{2013}"]
    /// Words that stand for a person after a number and a comma: "18, a student", "41, the mother".
    static let appositionOpeners: Set<String> = ["a", "an", "the", "who", "of"]
    /// Ages stay below this.
    static let oldest = 120.0

    /// Why the number is not a figure, or nil when it may be one.
    static func reason(_ number: FigureNumber, in words: FigureWords) -> String? {
        if isAmountOrIdentifier(number, words) { return "amount or identifier" }
        if isDateOrTime(number, words) { return "date or time" }
        if isYear(number, words) { return "year" }
        if isMeasure(number, words) { return "measure" }
        if isAge(number, words) { return "age" }
        if isPartOfList(number, words) { return "place in a list" }
        return nil
    }

    /// Dashes that join the two ends of a range ("5,000-8,000 troops").
    static let rangeDashes: Set<Unicode.Scalar> = ["-", "\u{2013}"]

    /// "5,000-8,000 troops", "20–30 people": a number, a dash and a number that counts something, not a score.
    static func isRangeStart(_ number: FigureNumber, _ words: FigureWords) -> Bool {
        let dash = number.end
        guard dash + 1 < words.count, rangeDashes.contains(words.tokens[dash].first),
              !words.tokens[dash + 1].spaceBefore, words.tokens[dash + 1].kind == .number else { return false }
        var end = dash + 2
        if words.isWord(end), words.lexicon.multipliers[words.lower[end]] != nil { end += 1 }
        return countsAfter(end, words)
    }

    /// A word that may be counted stands at `index`: not a unit, a preposition or a clause word ("3-2 in extra time").
    static func countsAfter(_ index: Int, _ words: FigureWords) -> Bool {
        guard words.isWord(index), words.tokens[index].kind == .word else { return false }
        let word = words.lower[index]
        return !words.lexicon.figureUnits.contains(word) && !NounPhrases.prepositions.contains(word)
            && !NounPhrases.clauseWords.contains(word)
    }

    /// Why what a number counts makes it something other than a figure: a rate ("hundreds of rounds per minute"),
    /// occasions or units ("two separate occasions"), the population of a place ("a town of about 700 residents").
    static func countsNoFigure(_ counted: Range<Int>, in words: FigureWords) -> String? {
        if words.word(counted.upperBound) == "per" { return "rate" }
        if counted.contains(where: { words.lexicon.figureUnits.contains(words.lower[$0]) }) { return "measure" }
        var before = counted.lowerBound - 1
        while before >= 0, counted.lowerBound - before <= FigureWords.longestPhrase + 1, words.tokens[before].kind == .number || words.lexicon.figureHedges[words.lower[before]] != nil
            || words.lexicon.figureNumerals[words.lower[before]] != nil || words.lexicon.multipliers[words.lower[before]] != nil {
            before -= 1
        }
        if words.word(before) == "of", words.lexicon.figureSettlements.contains(words.word(before - 1)) { return "population" }
        return nil
    }

    /// "$5 million", "#3", "flight 752", "Route 9", "aged 18": money, a code or an identifier after its word.
    static func isAmountOrIdentifier(_ number: FigureNumber, _ words: FigureWords) -> Bool {
        let before = number.start - 1
        guard before >= 0 else { return false }
        let token = words.tokens[before]
        if token.kind == .punctuation {
            if markBefore.contains(token.first) { return true }
            if joinedMarkBefore.contains(token.first), !words.tokens[number.start].spaceBefore, before > 0,
               !words.tokens[before].spaceBefore {
                return !(rangeDashes.contains(token.first) && words.tokens[before - 1].kind == .number
                         && countsAfter(number.end, words))
            }
            // "No. 2"
            return token.first == "." && words.word(before - 1) == "no"
        }
        // "PS752", "F16": letters run into the number.
        if !words.tokens[number.start].spaceBefore { return true }
        return words.lexicon.figureIdentifiers.contains(words.lower[before])
    }

    /// "Aug. 3", "May 27", "3 August", "10:30", "6 p.m.".
    static func isDateOrTime(_ number: FigureNumber, _ words: FigureWords) -> Bool {
        let isMonth = { (index: Int) -> Bool in
            guard words.isWord(index), let month = words.lexicon.months[words.lower[index]] else { return false }
            // "may" and "march" are months only when capitalised.
            return month != 5 && month != 3 || words.tokens[index].isCapitalized
        }
        var before = number.start - 1
        if before >= 0, words.tokens[before].first == ".", words.tokens[before].kind == .punctuation { before -= 1 }
        return isMonth(before) || isMonth(number.end) || words.word(number.end) == "of" && isMonth(number.end + 1)
    }

    /// "in 2013", "the 2001 attacks": a year, unless it counts people ("2000 troops", "1950 people").
    static func isYear(_ number: FigureNumber, _ words: FigureWords) -> Bool {
        guard words.tokens[number.start].kind == .number, number.end == number.start + 1,
              !words.lower[number.start].contains(","), number.value >= 1900, number.value <= 2100 else { return false }
        let next = words.word(number.end)
        return words.lexicon.figureNouns[next] != "deployed" && !words.lexicon.figurePeople.contains(next)
    }

    /// "20 miles", "5 percent", "3-2", "10:30", "7.8-magnitude": a measure, a score or part of a compound.
    static func isMeasure(_ number: FigureNumber, _ words: FigureWords) -> Bool {
        let after = number.end
        guard after < words.count else { return false }
        let token = words.tokens[after]
        if token.kind == .punctuation {
            return markAfter.contains(token.first) && !token.spaceBefore && !isRangeStart(number, words)
        }
        return words.lexicon.figureUnits.contains(words.lower[after])
            || words.lower[after].hasPrefix("-")
    }

    /// "Alshamrani, 21, killed", "(41)", "18, a student": an age set beside a person.
    static func isAge(_ number: FigureNumber, _ words: FigureWords) -> Bool {
        let before = number.start - 1, after = number.end
        guard after < words.count, words.tokens[number.start].kind == .number, number.value < oldest else { return false }
        let close = words.tokens[after]
        guard before >= 0 else { return close.first == "," && appositionOpeners.contains(words.word(after + 1)) }
        let open = words.tokens[before]
        guard open.kind == .punctuation, close.kind == .punctuation else { return false }
        if open.first == "(", close.first == ")" { return true }
        guard close.first == "," else { return false }
        return open.first == "," && before > 0 && words.tokens[before - 1].isCapitalized
            || appositionOpeners.contains(words.word(after + 1))
    }

    /// "1 of 4", "Caption 2 of 4": a place in a numbered list, and the size of that list.
    static func isPartOfList(_ number: FigureNumber, _ words: FigureWords) -> Bool {
        let numberAt = { (index: Int) in index >= 0 && index < words.count && words.tokens[index].kind == .number }
        return words.word(number.end) == "of" && numberAt(number.end + 1)
            || words.word(number.start - 1) == "of" && numberAt(number.start - 2)
    }
}
