/// The rules that say what kind of count a number is, tried in order: the predicate after its noun phrase, the verb
/// before it, the group it is part of, the noun it counts, the list it continues, a toll before it, and last the
/// nearest cue word of its sentence.
struct FigureCategory {
    let words: FigureWords

    /// How a category was found: a verb or group tied to the number, or only a word nearby.
    enum Rule: String {
        case predicateAfter, verbBefore, ofGroup, countNoun, listContinued, objectList, tollBefore, nearestCue
        /// A bare number takes the kind and noun of the next figure of its sentence ("from 10 to 15 deaths").
        case nextFigure
        /// People placed at the scene and nothing else said of them ("nine crew members aboard").
        case present
    }

    /// Words read after the noun phrase to reach its predicate: "were", "had been", "later", "reportedly".
    static let predicateWindow = 6
    /// Words read back from the number to its verb: "killed an estimated", "the deaths of".
    static let verbWindow = 4
    /// Words read back from the number to a toll ("the death toll from the storm approached").
    static let tollWindow = 6
    /// Words either side of the number searched for a cue as a last resort.
    static let cueWindowBefore = 8
    static let cueWindowAfter = 10
    /// Words back to the figure a list continues ("82 Iranians, 57 Canadians and 11 Ukrainians").
    static let listWindow = 12
    /// Tokens back from the last of a list of objects to its verb ("killed a U.S. soldier, a Romanian soldier, and").
    static let objectListWindow = 16

    /// Words between a noun phrase and its predicate.
    static let predicateFillers: Set<String> = [
        "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "reportedly", "later", "also", "still",
        "now", "believed", "found", "confirmed", "feared", "thought", "all", "both", "already", "more", "others", "other",
        "remained", "remain", "remains", "suffered", "serious", "minor", "critical", "severe", "seriously", "critically",
        "were", "who", "who've", "subsequently", "eventually", "so", "far", "each", "either", "then",
    ]
    /// Words between a verb and its number: "killed all", "killing another", "the lives of", "those killed included".
    static let verbFillers: Set<String> = ["the", "all", "another", "a", "an", "total", "of", "only", "just", "included",
                                           "include", "including", "among", "were", "are", "least", "additional"]
    /// Words after a bare "toll" that make it a count of the dead: "the toll from the storm", "the toll rose to".
    static let tollFollowers: Set<String> = ["from", "of", "in", "has", "had", "rose", "rises", "risen", "climbed", "climbs",
                                             "stands", "stood", "reached", "hit", "is", "was", "now", "to"]
    /// Words that carry a list on to the next figure.
    static let listJoiners: Set<String> = ["and", "or", "including", "included", "among", "plus"]

    /// The category of the number, with the rule that gave it; `before` is the category of the last figure of the
    /// sentence, for lists; `counted` the noun phrase it counts.
    func category(of number: FigureNumber, counted: Range<Int>,
                  previous: (end: Int, category: String)?) -> (category: String, rule: Rule)? {
        guard let found = anyCategory(of: number, counted: counted, previous: previous) else { return nil }
        // "four of the protesters were fired": people are dismissed, not launched.
        if found.category == "launched", countsPeople(counted) { return nil }
        return found
    }

    /// Whether the counted words name people ("protesters", "people", "workers").
    func countsPeople(_ counted: Range<Int>) -> Bool {
        counted.contains { index in
            let word = words.word(index)
            return words.lexicon.figurePeople.contains(word) || words.lexicon.groupNouns.contains(word)
                || words.lexicon.personNouns.contains(word) || words.lexicon.personNouns.contains(String(word.dropLast()))
        }
    }

    /// The category the first rule that applies gives.
    func anyCategory(of number: FigureNumber, counted: Range<Int>,
                     previous: (end: Int, category: String)?) -> (category: String, rule: Rule)? {
        if let found = predicateAfter(counted.upperBound, number) { return (found, .predicateAfter) }
        if let found = verbBefore(number) { return (found, .verbBefore) }
        if let found = ofGroup(number) { return (found, .ofGroup) }
        if let found = countNoun(counted) { return (found, .countNoun) }
        if let previous, let found = listContinued(number, previous) { return (found, .listContinued) }
        if let found = objectList(number) { return (found, .objectList) }
        if let found = tollBefore(number) { return (found, .tollBefore) }
        if let found = nearestCue(number) { return (found, .nearestCue) }
        // Last, people placed at the scene: "167 passengers and nine crew members aboard".
        if let found = predicateAfter(counted.upperBound, number, cues: words.lexicon.figurePhrases.presence) { return (found, .present) }
        return nil
    }

    /// "32 people were killed", "22 dead", "five were believed missing", "43 were being treated in hospital".
    func predicateAfter(_ start: Int, _ number: FigureNumber, cues: PhraseTable<String>? = nil) -> String? {
        let cues = cues ?? words.lexicon.figurePhrases.cues
        // Tokens of a count said again, which do not count towards the window.
        var skipped = 0
        func skip(to index: Int) -> Int {
            guard let after = restated(at: index) else { return index }
            skipped += after - index
            return after
        }
        var index = skip(to: start)
        var coordinated = false
        while index < words.count, index - start - skipped <= FigureCategory.predicateWindow, words.isWord(index),
              words.sentence[index] == words.sentence[number.start] {
            if let cue = words.phrase(cues, at: index) {
                // "one gunman killed 12 people": the number counts who did it (people: not "one boat launched one"),
                // not what the verb did; "212 people were arrested over three days" counts the arrested.
                guard countsAfter(cue.end) else { return cue.value }
                return countsPeople(number.end..<start) ? "other" : nil
            }
            let word = words.lower[index]
            // "homes and businesses were without power": one noun phrase of two nouns.
            if word == "and", !coordinated, index + 1 < words.count, words.tokens[index + 1].kind == .word,
               words.phrase(words.lexicon.figurePhrases.cues, at: index + 1) == nil,
               !FigureCategory.predicateFillers.contains(words.lower[index + 1]), !isNumber(at: index + 1) {
                coordinated = true
                index = skip(to: index + 2)
                continue
            }
            // "4,000 U.S. troops and 179 British servicemembers had died": one predicate for both.
            if word == "and", !coordinated, let next = FigureNumber.read(words, at: index + 1) {
                coordinated = true
                index = next.end
                while index < words.count, words.tokens[index].kind == .word, index - next.end < FigureExtractor.countedWindow,
                      words.phrase(cues, at: index) == nil,
                      !FigureCategory.predicateFillers.contains(words.lower[index]) {
                    index += 1
                }
                continue
            }
            guard FigureCategory.predicateFillers.contains(word) || word.hasSuffix("ly") && word.count > 4 else { return nil }
            index = skip(to: index + 1)
        }
        return nil
    }

    /// "4.2 million homes, or about 9 million people, were without power": a count said again between commas
    /// after the noun phrase, read over to the predicate; the index after the closing comma.
    func restated(at index: Int) -> Int? {
        guard index + 2 < words.count, words.tokens[index].kind == .punctuation, words.tokens[index].first == ",",
              words.word(index + 1) == "or", isNumber(at: index + 2) else { return nil }
        let window = (index + 2)..<min(words.count, index + 2 + FigureCategory.predicateWindow)
        return window.first { words.tokens[$0].kind == .punctuation && words.tokens[$0].first == "," }.map { $0 + 1 }
    }

    /// A number that counts something (not a measure: "over three days") starts at `index`, a hedge before it allowed.
    func countsAfter(_ index: Int) -> Bool {
        var start = index
        if let hedge = words.phrase(words.lexicon.figurePhrases.hedges, at: index) { start = hedge.end }
        guard start < words.count, let number = FigureNumber.read(words, at: start) else { return false }
        return NotAFigure.reason(number, in: words) == nil && !words.lexicon.figureUnits.contains(words.word(number.end))
    }

    /// A number (or a hedge and a number) starts at `index`.
    func isNumber(at index: Int) -> Bool {
        var start = index
        if let hedge = words.phrase(words.lexicon.figurePhrases.hedges, at: index) { start = hedge.end }
        return start < words.count && FigureNumber.read(words, at: start) != nil
    }

    /// "killed at least 36", "killing all 176", "the deaths of two people", "Those killed included 82".
    func verbBefore(_ number: FigureNumber) -> String? {
        var end = number.start
        if let hedge = words.phrase(words.lexicon.figurePhrases.hedges, endingBefore: end) { end = hedge.start }
        let floor = end - FigureCategory.verbWindow
        while end > max(0, floor) {
            // An "other" cue (an attack on) only right before the number or its article: "opened fire on the thousands".
            if let cue = words.phrase(words.lexicon.figurePhrases.cues, endingBefore: end),
               cue.value != "other" || (end..<number.start).allSatisfy({ NounPhrases.determiners.contains(words.word($0)) }) {
                return cue.value
            }
            // "Other victims included three": the group named before the list.
            if end < number.start, let kind = words.lexicon.figureNouns[words.word(end - 1)] { return kind }
            guard FigureCategory.verbFillers.contains(words.word(end - 1)),
                  words.sentence[end - 1] == words.sentence[number.start] else { return nil }
            end -= 1
        }
        return nil
    }

    /// "132 of the dead", "Four of the wounded", "16 of the victims".
    func ofGroup(_ number: FigureNumber) -> String? {
        guard words.word(number.end) == "of" else { return nil }
        var index = number.end + 1
        if ["the", "those", "them"].contains(words.word(index)) { index += 1 }
        let word = words.word(index)
        return words.lexicon.figureCues[word] ?? words.lexicon.figureNouns[word]
    }

    /// "5,200 troops", "four suicide bombers", "two rockets": a noun that says the kind on its own.
    func countNoun(_ counted: Range<Int>) -> String? {
        for index in counted.reversed() {
            // Two words first: "military personnel".
            if index > counted.lowerBound, let kind = words.lexicon.figureNouns[words.word(index - 1) + " " + words.word(index)] {
                return kind
            }
            if let kind = words.lexicon.figureNouns[words.word(index)] { return kind }
        }
        return nil
    }

    /// "82 Iranians, 57 Canadians and 11 Ukrainians", "31 dead, including three police officers".
    func listContinued(_ number: FigureNumber, _ previous: (end: Int, category: String)) -> String? {
        guard number.start - previous.end <= FigureCategory.listWindow else { return nil }
        var before = number.start - 1
        if let hedge = words.phrase(words.lexicon.figurePhrases.hedges, endingBefore: number.start) { before = hedge.start - 1 }
        guard before >= 0 else { return nil }
        let token = words.tokens[before]
        let joins = token.kind == .punctuation ? token.first == "," || token.first == "\u{2014}"
            : FigureCategory.listJoiners.contains(words.lower[before])
        return joins ? previous.category : nil
    }

    /// "killed a U.S. soldier, a Romanian soldier, and 10 civilians": the last object of a verb's list of objects
    /// takes the verb's kind. The list is read back over noun phrases and commas to a cue right before a determiner;
    /// a clause word, an auxiliary or a speech verb ends it.
    func objectList(_ number: FigureNumber) -> String? {
        var index = number.start
        if let hedge = words.phrase(words.lexicon.figurePhrases.hedges, endingBefore: index) { index = hedge.start }
        guard index > 0, words.word(index - 1) == "and" || words.tokens[index - 1].first == "," else { return nil }
        index -= 1
        let floor = max(0, number.start - FigureCategory.objectListWindow)
        while index > floor {
            index -= 1
            guard words.sentence[index] == words.sentence[number.start] else { return nil }
            let token = words.tokens[index]
            if token.kind == .punctuation {
                guard token.first == "," || token.first == "." else { return nil }
                continue
            }
            let word = words.lower[index]
            if NounPhrases.clauseWords.contains(word) || NounPhrases.auxiliaries.contains(word)
                || words.lexicon.speechVerbForms[word] != nil || token.kind == .number { return nil }
            if NounPhrases.determiners.contains(word), let cue = words.phrase(words.lexicon.figurePhrases.cues, endingBefore: index),
               cue.value != "other" {
                return cue.value
            }
        }
        return nil
    }

    /// "The death toll from the storm approached 80", "Death toll rises to 130".
    func tollBefore(_ number: FigureNumber) -> String? {
        var index = number.start - 1
        while index >= max(0, number.start - FigureCategory.tollWindow), words.sentence[index] == words.sentence[number.start] {
            if words.tokens[index].kind == .number { return nil }
            // "the death toll", "the toll from the storm"; not "toll records".
            if words.lower[index] == "toll" {
                if let kind = words.lexicon.figureCues[words.word(index - 1) + " toll"] { return kind }
                return FigureCategory.tollFollowers.contains(words.word(index + 1)) ? words.lexicon.figureCues["death toll"] : nil
            }
            index -= 1
        }
        return nil
    }

    /// The cue word nearest the number in its sentence, one after it preferred.
    func nearestCue(_ number: FigureNumber) -> String? {
        var best: (distance: Int, category: String)?
        let low = max(0, number.start - FigureCategory.cueWindowBefore)
        let high = min(words.count, number.end + FigureCategory.cueWindowAfter)
        for index in low..<high where words.sentence[index] == words.sentence[number.start]
            && (index < number.start || index >= number.end) {
            guard let cue = words.phrase(words.lexicon.figurePhrases.cues, at: index), cue.value != "other" else { continue }
            let distance = index < number.start ? number.start - index + 2 : index - number.end
            if best == nil || distance < best!.distance { best = (distance, cue.value) }
        }
        return best?.category
    }
}
