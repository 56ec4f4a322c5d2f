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

    /// Each full name seen, by the keys of its first and last words.
    private(set) var names: [String] = []
    /// The full names written after each role ("Mayor Doug McCallum", "Surrey Mayor Doug McCallum" give `mayor`),
    /// by the lower-cased role: who "the mayor" is.
    private(set) var holders: [String: [String]] = [:]

    init(_ article: Article, lexicon: Lexicon) {
        let paragraphs = [article.titleParagraph, article.standfirstParagraph].compactMap { $0 }
            + article.segments.flatMap { segment in [segment.headingParagraph].compactMap { $0 } + segment.paragraphs }
        var seen = Set<String>()
        for paragraph in paragraphs {
            let bytes = paragraph.bytes
            let tokens = Tokenizer.tokens(bytes)
            var run: [String] = []
            func close() {
                defer { run = [] }
                let name = ArticleNames.name(in: run, lexicon: lexicon)
                guard (2...ArticleNames.longestName).contains(name.count) else { return }
                let joined = name.joined(separator: " ")
                if seen.insert(NameKey.parts(joined, lexicon: lexicon).joined(separator: " ")).inserted { names.append(joined) }
                if let role = ArticleNames.role(in: run, lexicon: lexicon), !(holders[role] ?? []).contains(joined) {
                    holders[role, default: []].append(joined)
                }
            }
            for token in tokens {
                let word = String(decoding: bytes[token.start..<token.end], as: UTF8.self)
                if token.kind == .word, token.isCapitalized, !token.isAllCaps || word.count <= 2, token.spaceBefore || run.isEmpty {
                    run.append(word)
                } else {
                    close()
                }
            }
            close()
        }
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
        return run
    }

    /// The role a run of capitalised words gives the name closing it ("Surrey Mayor Doug McCallum" gives `mayor`,
    /// "Vice President Mike Pence" `vice president`), lower-cased; nil when only an honorific or nothing stands before
    /// the name.
    static func role(in run: [String], lexicon: Lexicon) -> String? {
        guard let index = run.lastIndex(where: { lexicon.titles.contains($0.lowercased()) }) else { return nil }
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
        let lower = word.lowercased()
        let bare = lower.hasSuffix(".") ? String(lower.dropLast()) : lower
        return lexicon.titles.contains(lower) || lexicon.honorifics[bare] != nil
    }

    /// A word that may open a run of capitalised words without being part of the name: a stop word or a word that
    /// opens sentences.
    static func isLeading(_ word: String, lexicon: Lexicon) -> Bool {
        lexicon.stopwords.contains(word.lowercased()) || lexicon.sentenceStarters.contains(word)
    }

    /// The one full name of the article that ends with the words of `short` (or, for names written surname first,
    /// opens with them) and is longer: "Telford" gives "Hamish Telford", "Al Hashish" gives "Fouzia Al Hashish". Nil
    /// when none does or when two people of the article share it.
    func fullName(of short: String, lexicon: Lexicon) -> String? {
        let key = NameKey.parts(short, lexicon: lexicon)
        guard !key.isEmpty else { return nil }
        var found: [String: String] = [:]
        for name in names {
            let parts = NameKey.parts(name, lexicon: lexicon)
            guard parts.count > key.count, parts.suffix(key.count).elementsEqual(key) || parts.prefix(key.count).elementsEqual(key)
            else { continue }
            let whole = parts.joined(separator: " ")
            if found[whole] == nil { found[whole] = name }
        }
        return found.count == 1 ? found.values.first : nil
    }
}
