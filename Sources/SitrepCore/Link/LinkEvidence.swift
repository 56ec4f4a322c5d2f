import Foundation

/// What ties one segment of a story to the story's segments in other articles, shown beside it as the reason of its
/// link ("Kharkiv, Zelensky · same day · 3 killed · same quotation"): the names it shares with them (people, places,
/// organisations), how near its article's date is to theirs, its figures another source gives alike and a quotation
/// another article carries too. It is made from the story's members as they are, whatever order they were linked
/// in, so a library built file by file and one built at once give the same. (The terms a story's segments share
/// most depend on that order, through the term weights of the library each segment met: they are the story's, and
/// a summary is given them, ``summary(terms:)``.)
public struct LinkEvidence: Sendable, Hashable, Codable {
    /// Names it shares with another article of the story (spelled alike or as a variant, ``NameKey``), as it
    /// writes them; those more of the story's other articles hold first, then in the segment's own order (most
    /// written first).
    public var names: [String]
    /// Days between its article's date and the nearest date of another article of the story; nil when its
    /// article or every other one is undated.
    public var daysApart: Int?
    /// Its figures another source of the story gives alike ("3 killed").
    public var figures: [String]
    /// Whether it carries a quotation another article of the story carries too.
    public var sharedQuotation: Bool

    public init(names: [String], daysApart: Int?, figures: [String], sharedQuotation: Bool) {
        self.names = names
        self.daysApart = daysApart
        self.figures = figures
        self.sharedQuotation = sharedQuotation
    }

    /// Names, figures and terms a summary shows at most.
    static let namesShown = 3
    static let figuresShown = 2
    static let termsShown = 3
    /// Names kept of a segment at most (those it writes most): what a library stores of each segment.
    static let namesKept = 24
    /// Days apart within which two articles' dates agree, as linking takes them (``EventEvidence/agreeingDays``).
    static let agreeingDays = Int(EventEvidence().agreeingDays)

    /// The dates' agreement in words: "same day", "1 day apart", "2 days apart"; nil when they do not agree or are
    /// not known.
    public var dates: String? {
        guard let daysApart, daysApart <= LinkEvidence.agreeingDays else { return nil }
        return daysApart == 0 ? "same day" : daysApart == 1 ? "1 day apart" : "\(daysApart) days apart"
    }

    /// The reason in one line: shared names (or, with none, the terms its story's segments share most, `terms`), the
    /// dates' agreement, shared figures and "same quotation", joined by " · ".
    public func summary(terms: [String] = []) -> String {
        var parts: [String] = []
        if !names.isEmpty {
            parts.append(names.prefix(LinkEvidence.namesShown).joined(separator: ", "))
        } else if !terms.isEmpty {
            parts.append(terms.prefix(LinkEvidence.termsShown).joined(separator: ", "))
        }
        if let dates { parts.append(dates) }
        parts += figures.prefix(LinkEvidence.figuresShown)
        if sharedQuotation { parts.append("same quotation") }
        return parts.joined(separator: " \u{00B7} ")
    }

    /// One segment of a story as its evidence is made from.
    public struct Member: Sendable {
        /// Its article (any id that tells the story's articles apart).
        public var article: Int64
        /// Day number of its article's date (``StoryLinker/day(of:)``).
        public var day: Double?
        /// The names it writes (``names(in:lexicon:)``).
        public var names: [String]
        /// Its figures another source of the story gives alike, as ``figure(number:category:counts:)`` words them.
        public var figures: [String]
        /// Whether it carries a quotation another article of the story carries too.
        public var quoted: Bool

        public init(article: Int64, day: Double?, names: [String], figures: [String], quoted: Bool) {
            self.article = article
            self.day = day
            self.names = names
            self.figures = figures
            self.quoted = quoted
        }
    }

    /// The evidence of each member of a story: nil for a member with no segment of another article in the story
    /// (nothing links it to anything).
    public static func story(_ members: [Member]) -> [LinkEvidence?] {
        // The articles writing each name, compared by their keys (case, diacritics and transliteration aside:
        // Zelensky, Zelenskiy and Зеленський are one name).
        var holders: [String: Set<Int64>] = [:]
        // Each dated article's day (one day an article), in order of days: the nearest other one is beside it.
        var days: [Int64: Double] = [:]
        for member in members {
            for name in member.names { holders[NameKey.key(name), default: []].insert(member.article) }
            if let day = member.day { days[member.article] = day }
        }
        guard Set(members.map(\.article)).count > 1 else { return members.map { _ in nil } }
        let dated = days.sorted { ($0.value, $0.key) < ($1.value, $1.key) }
        let place = Dictionary(uniqueKeysWithValues: dated.enumerated().map { ($1.key, $0) })
        return members.map { member in
            let shared = member.names.enumerated().compactMap { index, name -> (String, Int, Int)? in
                let writers = holders[NameKey.key(name)] ?? []
                let count = writers.count - (writers.contains(member.article) ? 1 : 0)
                return count > 0 ? (name, count, index) : nil
            }.sorted { ($0.1, $1.2) > ($1.1, $0.2) }.map(\.0)
            let apart = place[member.article].flatMap { at in
                [at - 1, at + 1].filter(dated.indices.contains).map { abs(dated[$0].value - dated[at].value) }.min()
            }
            var seen = Set<String>()
            let figures = member.figures.filter { seen.insert($0).inserted }
            return LinkEvidence(names: shared, daysApart: apart.map { Int($0.rounded()) }, figures: figures,
                                sharedQuotation: member.quoted)
        }
    }

    /// A figure in a few words: its number and what happened to those it counts ("3 killed"), or what it counts
    /// when its kind is not known ("5,200 troops").
    public static func figure(number: String, category: String?, counts: String) -> String {
        guard let category, category != "other" else { return "\(number) \(counts)" }
        return "\(number) \(category.replacingOccurrences(of: "-", with: " "))"
    }

    /// The names a segment writes (its paragraphs' texts): capitalised words that do not open a sentence, as
    /// linking counts names (``TermKey``), but for days, months, discourse words, role titles and honorifics, which
    /// name no one ("Tuesday", "March", "However", "President", "Sen."), and nation words ("Russian"); a
    /// possessive's 's is dropped.
    /// Each name once (its first spelling; variants by ``NameKey``), those written most first, then in order of first
    /// use; at most ``namesKept``.
    public static func names(in texts: [String], lexicon: Lexicon) -> [String] {
        var counts: [String: (spelling: String, count: Int, first: Int)] = [:]
        for text in texts {
            let bytes = Array(text.utf8)
            var sentenceStart = true
            for token in Tokenizer.tokens(bytes) {
                if token.kind == .punctuation {
                    if ParagraphShape.isSentenceEnd(token.first) { sentenceStart = true }
                    continue
                }
                defer { sentenceStart = false }
                guard token.kind == .word, token.isCapitalized, !sentenceStart, token.end - token.start >= 3,
                      TermKey.key(bytes, token.start, token.end, lexicon: lexicon) != nil else { continue }
                let name = possessiveDropped(String(decoding: bytes[token.start..<token.end], as: UTF8.self))
                let lower = name.lowercased()
                guard !notNames.contains(lower), !lexicon.titles.contains(lower), lexicon.honorifics[lower] == nil,
                      lexicon.months[name] == nil else { continue }
                let key = NameKey.key(name)
                let known = counts[key]
                counts[key] = (known?.spelling ?? name, (known?.count ?? 0) + 1, known?.first ?? counts.count)
            }
        }
        return counts.values.sorted { ($0.count, $1.first) > ($1.count, $0.first) }.prefix(namesKept).map(\.spelling)
    }

    /// Words written capitalised that name no one on their own: days, discourse and opening words (`not-names`),
    /// nation, faith and party words ("Russian", `demonyms`).
    private static let notNames = Lexicon.list("not-names").union(Lexicon.list("demonyms"))

    /// A word without its possessive 's or ’s.
    private static func possessiveDropped(_ word: String) -> String {
        for ending in ["'s", "\u{2019}s", "'S", "\u{2019}S"] where word.hasSuffix(ending) && word.count > ending.count {
            return String(word.dropLast(ending.count))
        }
        return word
    }
}
