/// The attribution that follows a quotation after a dash, as Ukrainian and Russian news write it
/// («…», — заявив Зеленський; «…», — сказал пресс-секретарь Кремля Дмитрий Песков; «…» — він додав), and as some
/// English copy does ("“…” — said the mayor"). It decides quotations no rule of English attribution took: the
/// speaker is the name (or pronoun) beside the speech verb that opens the words after the dash.
struct DashAttribution {
    let lexicon: Lexicon
    /// Words after the dash read for the speech verb and the speaker, at most.
    static let window = 10

    /// Dashes that introduce an attribution.
    static let dashes: Set<Unicode.Scalar> = ["\u{2014}", "\u{2013}", "-"]

    /// The speaker and cue of a quotation that closes at `contentEnd` in `paragraph`, when a dash attribution
    /// follows its closing mark; nil otherwise.
    func attribution(after contentEnd: Int, in paragraph: Paragraph, tokens: [Token]) -> (mention: Mention, cue: String)? {
        guard let close = tokens.firstIndex(where: { $0.start >= contentEnd && $0.isQuoteMark }) else { return nil }
        var index = close + 1
        if index < tokens.count, tokens[index].first == "," { index += 1 }
        guard index < tokens.count, tokens[index].kind == .punctuation, DashAttribution.dashes.contains(tokens[index].first),
              tokens[index].spaceBefore || tokens[index - 1].first == "," else { return nil }
        // The words after the dash, to the end of the clause.
        let first = index + 1
        var end = first
        while end < tokens.count, end - first < DashAttribution.window, tokens[end].kind != .punctuation || isInWord(tokens[end]) {
            end += 1
        }
        let words = Array(first..<end)
        guard let verb = words.first(where: { lexicon.speechVerbForms[lower(tokens[$0], paragraph)] != nil }) else { return nil }
        // The speaker: the words after the verb ("заявив Зеленський"), or those before it ("Зеленський заявив").
        let after = words.filter { $0 > verb }, before = words.filter { $0 < verb }
        let cue = text(tokens[verb], paragraph)
        if verb == first, let mention = mention(after, tokens: tokens, paragraph: paragraph) { return (mention, cue) }
        if let mention = mention(before, tokens: tokens, paragraph: paragraph) { return (mention, cue) }
        return nil
    }

    /// A name (the capitalised words that end the phrase, roles before them its description) or a pronoun.
    private func mention(_ words: [Int], tokens: [Token], paragraph: Paragraph) -> Mention? {
        guard let firstWord = words.first else { return nil }
        if words.count == 1 || !tokens[firstWord].isCapitalized, let reference = lexicon.pronouns[lower(tokens[firstWord], paragraph)] {
            let gender: Lexicon.Gender? = reference == .male ? .male : reference == .female ? .female : nil
            return Mention(form: .pronoun, text: text(tokens[firstWord], paragraph), name: nil, description: nil,
                           head: lower(tokens[firstWord], paragraph), kind: reference == .group ? .group : .person,
                           gender: gender, definite: true, start: tokens[firstWord].start, end: tokens[firstWord].end)
        }
        // The last run of capitalised words holds the name (roles and their complement before it describe the
        // speaker: "пресс-секретарь Кремля Дмитрий Песков", "Президент України Володимир Зеленський").
        guard let last = words.lastIndex(where: { tokens[$0].isCapitalized }) else { return nil }
        var first = last
        while first > 0, tokens[words[first - 1]].isCapitalized { first -= 1 }
        let run = words[first...last].map { text(tokens[$0], paragraph) }
        var kept = ArticleNames.name(in: run, lexicon: lexicon).count
        // A role's complement left before a Cyrillic name of two words ("Кремля Дмитрий Песков").
        if kept >= 3, run[run.count - kept].unicodeScalars.first.map({ (0x400...0x4FF).contains($0.value) }) == true {
            kept = 2
        }
        guard kept > 0 else { return nil }
        let start = last - kept + 1
        let nameTokens = words[start...last]
        let name = nameTokens.map { text(tokens[$0], paragraph) }.joined(separator: " ")
        let described = words[..<start].map { text(tokens[$0], paragraph) }.joined(separator: " ")
        let head = words[..<start].last.map { lower(tokens[$0], paragraph) } ?? lower(tokens[words[last]], paragraph)
        let whole = tokens[words[0]].start..<tokens[words[last]].end
        return Mention(form: .name, text: paragraph.slice(whole.lowerBound, whole.upperBound), name: name,
                       description: described.isEmpty ? nil : described, head: head, kind: .person, gender: nil,
                       definite: true, start: whole.lowerBound, end: whole.upperBound)
    }

    /// A hyphen inside a word ("пресс-секретарь") is part of it, not a clause's end.
    private func isInWord(_ token: Token) -> Bool { token.first == "-" && !token.spaceBefore }

    private func text(_ token: Token, _ paragraph: Paragraph) -> String { paragraph.slice(token.start, token.end) }
    private func lower(_ token: Token, _ paragraph: Paragraph) -> String { text(token, paragraph).lowercased() }
}
