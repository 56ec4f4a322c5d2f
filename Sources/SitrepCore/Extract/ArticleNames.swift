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
                // A role and what qualifies it ("Ukrainian President", "Prime Minister"), honorifics and opening words
                // before the name are not part of it.
                if let role = run.lastIndex(where: { ArticleNames.isRole($0, lexicon: lexicon) }) { run.removeFirst(role + 1) }
                while let first = run.first, ArticleNames.isLeading(first, lexicon: lexicon) { run.removeFirst() }
                guard (2...ArticleNames.longestName).contains(run.count) else { return }
                let name = run.joined(separator: " ")
                if seen.insert(NameKey.parts(name, lexicon: lexicon).joined(separator: " ")).inserted { names.append(name) }
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
