/// The full names of people an article mentions anywhere (not only where they speak), so that a speaker the
/// article names by surname alone ("Telford said") is known by the full name it gives elsewhere ("Hamish Telford, a
/// political scientist, …").
///
/// A full name is a run of two to four capitalised words in running text, without the roles, honorifics and
/// sentence openers before it ("Ukrainian President Volodymyr Zelensky", "When Ana Ruiz" give "Volodymyr
/// Zelensky", "Ana Ruiz").
struct ArticleNames {
    /// Capitalised words a full name holds at most (given names, particles, surname).
    static let longestName = 4
    /// Words before a name that compare with it (`comparison-words`: "like", "unlike").
    static let comparisons = WordSet(Lexicon.list("comparison-words"))

    /// Each full name seen, in the order written.
    private(set) var names: [String] = []
    /// The ``NameKey/parts(_:lexicon:)`` of each of `names`, made once.
    private var nameParts: [[String]] = []
    /// The places in `names` of the names by their first part's key and by their last's: the only names a short
    /// name may open or close.
    private var byFirstPart: [String: [Int]] = [:], byLastPart: [String: [Int]] = [:]
    /// The full names written after each role ("Mayor Doug McCallum", "Surrey Mayor Doug McCallum" give `mayor`),
    /// by the lower-cased role: who "the mayor" is.
    private(set) var holders: [String: [String]] = [:]
    /// Every place the article writes a name (full or one word), in reading order: where a person the text is about
    /// though they do not speak stands, for what a later pronoun or description may mean.
    private(set) var occurrences: [Occurrence] = []
    /// The bodies the article names by their initials ("IRCC"), with the full names it writes.
    private(set) var initialisms = Initialisms()
    /// Surnames written after a role ("Mayor McCallum"), by the lower-cased role, completed at the end.
    private var roleSurnames: [(role: String, surname: String)] = []

    /// A name as written at one place: the paragraph's first source line and the UTF-8 offset of the name in it.
    struct Occurrence: Sendable {
        var line: Int
        var offset: Int
        var name: String
        /// A role or honorific stands right before the name, or a noun for a person before a full name ("Mayor",
        /// "Ms.", "barber").
        var introduced: Bool
        /// The gender an honorific or a noun before the name gives ("Ms.", "husband").
        var gender: Lexicon.Gender?
        /// For "the mayor" (an empty name): the role, lower-cased, whose one holder the article names.
        var role: String? = nil
        /// The name is written in the possessive ("Julia Child’s phone"): it qualifies a noun.
        var possessive = false
    }

    /// `cache`, when given, holds the words of the article's paragraphs.
    init(_ article: Article, lexicon: Lexicon, tokens cache: TokenCache? = nil) {
        let paragraphs = [article.titleParagraph, article.standfirstParagraph].compactMap { $0 }
            + article.segments.flatMap { segment in [segment.headingParagraph].compactMap { $0 } + segment.paragraphs }
        var seen = Set<String>()
        for paragraph in paragraphs {
            let bytes = paragraph.bytes
            let tokens = paragraph.tokens
            initialisms.read(tokens, bytes: bytes, words: cache?.words(of: paragraph), lexicon: lexicon)
            var run: [String] = []
            var runStart = 0
            var wordBefore: String?
            var comparedWith = false
            func close() {
                guard !run.isEmpty else { return }
                defer { run = [] }
                var name = ArticleNames.name(in: run, lexicon: lexicon)
                // ("мер Харкова Ігор Терехов": after a role in lower case, the first of three Cyrillic words is the role's
                // complement, as after a capitalised one.)
                if name.count >= 3, name.count == run.count, wordBefore.map({ lexicon.titles.contains($0) }) == true,
                   name[0].unicodeScalars.first.map({ (0x400...0x4FF).contains($0.value) }) == true {
                    name.removeFirst()
                }
                guard (1...ArticleNames.longestName).contains(name.count) else { return }
                let joined = name.joined(separator: " ")
                let role = ArticleNames.role(in: run, lexicon: lexicon)
                let lowerBefore = wordBefore?.lowercased() ?? ""
                // ("the Ford government", "a Trump rally", "her Senate colleagues": a name qualifying a noun is nobody
                // the text is about.)
                // ("Alfonso Espinos, who like Montalban was born in Mexico": a name compared with is not who the text is
                // about either; "Moderate Democrats like Ana Ruiz" gives an example, who is.)
                if !["the", "a", "an", "his", "her", "its", "their", "our", "this"].contains(lowerBefore), !comparedWith {
                    let honorific = run.dropLast(name.count).last.map { $0.lowercased().trimmingPeriods() }
                    let gender = honorific.flatMap { lexicon.honorifics[$0] ?? nil }
                        ?? (name.count == run.count ? lexicon.genderedNouns[lowerBefore] : nil)
                    let introduced = name.count < run.count && run.contains { ArticleNames.isRole($0, lexicon: lexicon) }
                        || name.count >= 2 && wordBefore.map { ArticleNames.introducesPerson($0, lexicon: lexicon) } == true
                    occurrences.append(Occurrence(line: paragraph.firstLine, offset: runStart, name: joined,
                                                  introduced: introduced, gender: gender,
                                                  possessive: run.last.map { NounPhrases.isPossessive($0) } == true))
                }
                guard name.count >= 2 else {
                    if let role { roleSurnames.append((role, joined)) }
                    return
                }
                let parts = NameKey.parts(joined, lexicon: lexicon)
                if seen.insert(parts.joined(separator: " ")).inserted {
                    if let first = parts.first, let last = parts.last {
                        byFirstPart[first, default: []].append(names.count)
                        byLastPart[last, default: []].append(names.count)
                    }
                    names.append(joined)
                    nameParts.append(parts)
                }
                if let role, !(holders[role] ?? []).contains(joined) {
                    holders[role, default: []].append(joined)
                }
            }
            for (index, token) in tokens.enumerated() {
                // (The word's text is made only for a capitalised word or a role after "the".)
                func word() -> String { String(decoding: bytes[token.start..<token.end], as: UTF8.self) }
                if token.kind == .word, token.isCapitalized, !token.isAllCaps || word().count <= 2, token.spaceBefore || run.isEmpty {
                    if run.isEmpty {
                        runStart = token.start
                        wordBefore = index > 0 && tokens[index - 1].kind == .word
                            ? String(decoding: bytes[tokens[index - 1].start..<tokens[index - 1].end], as: UTF8.self) : nil
                        comparedWith = wordBefore.map { ArticleNames.comparisons.contains(lowering: $0) } == true
                            && ArticleNames.opensComparison(before: index - 1, tokens: tokens, bytes: bytes)
                    }
                    run.append(word())
                } else {
                    close()
                    // "the mayor": a role the article may give to one person it names.
                    if token.kind == .word, !token.isCapitalized, index > 0,
                       ArticleNames.isThe(bytes, tokens[index - 1]), lexicon.titles.contains(word()) {
                        occurrences.append(Occurrence(line: paragraph.firstLine, offset: token.start, name: "", introduced: false,
                                                      gender: nil, role: word()))
                    }
                }
            }
            close()
        }
        // "Mayor McCallum" of an article that writes "Doug McCallum" elsewhere: the mayor is Doug McCallum.
        for (role, surname) in roleSurnames {
            guard let full = fullName(of: surname, lexicon: lexicon), !(holders[role] ?? []).contains(full) else { continue }
            holders[role, default: []].append(full)
        }
    }

    /// Whether the comparison word at `index` ("like", "unlike") opens a clause of comparison: it opens the sentence,
    /// follows a comma or follows a relative pronoun ("Unlike Ruiz, …", "Espinos, who like Montalban …"), rather
    /// than giving an example after a noun ("Moderate Democrats like Ana Ruiz").
    static func opensComparison(before index: Int, tokens: [Token], bytes: [UInt8]) -> Bool {
        guard index > 0 else { return true }
        let before = tokens[index - 1]
        if before.kind == .punctuation {
            return [",", ".", "!", "?", ";", ":"].contains(before.first) || before.isQuoteMark
        }
        let word = String(decoding: bytes[before.start..<before.end], as: UTF8.self).lowercased()
        return Attributor.relativePronouns.contains(word)
    }

    /// Whether a token's text lower-cased is "the" (no other scalars than ASCII lower-case to its letters).
    static func isThe(_ bytes: [UInt8], _ token: Token) -> Bool {
        token.end - token.start == 3 && ASCIIBytes.lowercased(bytes[token.start]) == 0x74
            && ASCIIBytes.lowercased(bytes[token.start + 1]) == 0x68 && ASCIIBytes.lowercased(bytes[token.start + 2]) == 0x65
    }

    /// Whether a lower-case word before a name says a person follows: a role or a noun for a person ("barber Robert
    /// McMillen", "husband Omar Haddad").
    static func introducesPerson(_ word: String, lexicon: Lexicon) -> Bool {
        guard word.first?.isLowercase == true else { return false }
        return lexicon.titles.contains(word) || lexicon.personNouns.contains(word)
    }

    /// The name in a run of capitalised words: without a role and what qualifies it ("Ukrainian President",
    /// "Prime Minister"), honorifics and opening words before it.
    static func name(in run: [String], lexicon: Lexicon) -> [String] {
        var run = run
        if let role = run.lastIndex(where: { isRole($0, lexicon: lexicon) }) {
            run.removeFirst(role + 1)
            // A Ukrainian or Russian role takes its complement after it, in the genitive ("Президент України
            // Володимир Зеленський"): of three words left, the first is the complement.
            if run.count >= 3, run[0].unicodeScalars.first.map({ (0x400...0x4FF).contains($0.value) }) == true {
                run.removeFirst()
            }
        }
        while let first = run.first, isLeading(first, lexicon: lexicon) { run.removeFirst() }
        // ("The Canadian Press Patrick Bardos and …": a photo credit run into a caption; a body's name before a full
        // name is not part of it.)
        if let body = run.lastIndex(where: { lexicon.organisationNouns.contains(lowering: $0) }), run.count - body > 2 {
            run.removeFirst(body + 1)
        }
        // ("David Rowland’s plan": the name without its possessive ending.)
        if let last = run.last, NounPhrases.isPossessive(last), last.count > 3 { run[run.count - 1] = String(last.dropLast(2)) }
        return run
    }

    /// The role a run of capitalised words gives the name closing it ("Surrey Mayor Doug McCallum" gives `mayor`,
    /// "Vice President Mike Pence" `vice president`), lower-cased; nil when only an honorific or nothing stands before
    /// the name.
    static func role(in run: [String], lexicon: Lexicon) -> String? {
        guard let index = run.lastIndex(where: { lexicon.titles.contains(lowering: $0) }) else { return nil }
        let two = index > 0 ? (run[index - 1] + " " + run[index]).lowercased() : ""
        return lexicon.titles.contains(two) ? two : run[index].lowercased()
    }

    /// The one person the article names with a role ("the mayor" is Doug McCallum when the article writes "Mayor Doug
    /// McCallum" and no other mayor). Nil when none is named so or when two people share the role.
    func holder(of role: String, lexicon: Lexicon) -> String? {
        guard let names = holders[role] else { return nil }
        let people = Set(names.map { NameKey.parts($0, lexicon: lexicon).joined(separator: " ") })
        return people.count == 1 ? names.first : nil
    }

    /// A role word or an honorific: it and the words before it describe the person, the name follows it.
    static func isRole(_ word: String, lexicon: Lexicon) -> Bool {
        // (An ASCII word is asked from its bytes: its last character is a period when its last byte is.)
        if !word.isBeyondASCII {
            return lexicon.titles.contains(lowering: word)
                || lexicon.honorificTable.value(lowering: word.utf8.last == 0x2E ? word.dropLast() : word[...]) != nil
        }
        let lower = word.lowercased()
        let bare = lower.hasSuffix(".") ? String(lower.dropLast()) : lower
        return lexicon.titles.contains(lower) || lexicon.honorificTable[bare] != nil
    }

    /// A word that may open a run of capitalised words without being part of the name: a stop word or a word that
    /// opens sentences.
    static func isLeading(_ word: String, lexicon: Lexicon) -> Bool {
        lexicon.stopwords.contains(lowering: word) || lexicon.sentenceStarters.contains(word)
            || NameShape.notNames.contains(lowering: word)
    }

    /// The one full name of the article that ends with the words of `short` (or, for names written surname first,
    /// opens with them) and is longer: "Telford" gives "Hamish Telford", "Al Hashish" gives "Fouzia Al Hashish". Nil
    /// when none does or when two people of the article share it, unless one is written first and the other only
    /// after the last place the article writes `short` alone (see ``firstBearer(of:among:)``).
    func fullName(of short: String, lexicon: Lexicon) -> String? {
        let key = NameKey.parts(short, lexicon: lexicon)
        guard !key.isEmpty else { return nil }
        var found: [String: String] = [:]
        // (Only a name whose last part closes `key` or whose first part opens it can end or open with it; they are
        // read in the order they were written, as all the names would be.)
        var candidates = (byLastPart[key[key.count - 1]] ?? []) + (byFirstPart[key[0]] ?? [])
        candidates.sort()
        var previous = -1
        for index in candidates where index != previous {
            previous = index
            let name = names[index], parts = nameParts[index]
            guard parts.count > key.count, parts.suffix(key.count).elementsEqual(key) || parts.prefix(key.count).elementsEqual(key)
            else { continue }
            let whole = parts.joined(separator: " ")
            if found[whole] == nil { found[whole] = name }
        }
        return found.count == 1 ? found.values.first : firstBearer(of: short, among: Array(found.values))
    }

    /// Of two or more full names that carry a surname, the one the article writes first, when every other is first
    /// written after the last time the article writes the surname alone: "Jeanine Durning … Durning … Durning … the
    /// late Charles Durning, her father" gives Jeanine Durning. Nil when the surname alone comes after two of them
    /// (two people an article tells apart by their full names).
    private func firstBearer(of short: String, among fullNames: [String]) -> String? {
        guard fullNames.count > 1 else { return nil }
        func place(_ occurrence: Occurrence) -> (Int, Int) { (occurrence.line, occurrence.offset) }
        let bare = occurrences.filter { $0.name == short }.map(place)
        guard let lastBare = bare.max(by: <) else { return nil }
        let written = fullNames.compactMap { name in occurrences.first { $0.name == name }.map { (name: name, at: place($0)) } }
            .sorted { $0.at < $1.at }
        guard written.count == fullNames.count, written[0].at < lastBare,
              written.dropFirst().allSatisfy({ $0.at > lastBare }) else { return nil }
        return written[0].name
    }
}
