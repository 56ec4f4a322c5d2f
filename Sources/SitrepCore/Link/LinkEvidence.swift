import Foundation

/// What ties one segment of a story to the story's segments in other articles, shown beside it as the reason of its
/// link ("Kharkiv, Zelensky · same day: Tue 3 Mar · 3 killed · same quotation"): the names it shares with them
/// (people, places, organisations, whole as it writes them: "North Korea"), how near its event's day is to theirs
/// (``EventDay``; its article's date where either is not known), its figures another source gives alike and a quotation
/// another article carries too. It is made from the story's members as they are, whatever order they were linked
/// in, so a library built file by file and one built at once give the same. (The terms a story's segments share
/// most depend on that order, through the term weights of the library each segment met: they are the story's, and
/// a summary is given them, ``summary(terms:)``.)
public struct LinkEvidence: Sendable, Hashable, Codable {
    /// Names it shares with another article of the story, whole as it writes them ("North Korea"): another article
    /// names it too, or a part of it, or more of it ("Trump" and "Donald Trump"; words compared by ``NameKey``);
    /// those more of the story's other articles hold first, then in the segment's own order (most written first).
    public var names: [String]
    /// Days between its date and the nearest date of another article of the story: their events' days
    /// (``EventDay``) where both are known, else their articles' dates; nil when nothing is dated.
    public var daysApart: Int?
    /// The day of its event when ``daysApart`` compares events' days (the day they agree on when 0), else nil.
    public var eventDay: Double?
    /// Its figures another source of the story gives alike ("3 killed").
    public var figures: [String]
    /// Whether it carries a quotation another article of the story carries too.
    public var sharedQuotation: Bool

    public init(names: [String], daysApart: Int?, eventDay: Double? = nil, figures: [String], sharedQuotation: Bool) {
        self.names = names
        self.daysApart = daysApart
        self.eventDay = eventDay
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

    /// The dates' agreement in words: "same day: Tue 3 Mar" (the events' day), "same day" (the articles' dates),
    /// "1 day apart", "2 days apart"; nil when they do not agree or are not known.
    public var dates: String? {
        guard let daysApart, daysApart <= LinkEvidence.agreeingDays else { return nil }
        guard daysApart > 0 else { return eventDay.map { "same day: \(CalendarDay.shortName(of: $0))" } ?? "same day" }
        return daysApart == 1 ? "1 day apart" : "\(daysApart) days apart"
    }

    /// The day of its event as an ISO 8601 date ("2022-03-01"), when ``eventDay`` is known.
    public var eventDate: String? {
        guard let eventDay else { return nil }
        let date = CalendarDay.date(of: eventDay)
        func padded(_ value: Int, _ width: Int) -> String {
            String(repeating: "0", count: max(0, width - String(value).count)) + String(value)
        }
        return "\(padded(date.year, 4))-\(padded(date.month, 2))-\(padded(date.day, 2))"
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
        /// Day number of its event (``EventDay``), when its text dates it.
        public var eventDay: Double?
        /// The names it writes (``names(in:lexicon:)``).
        public var names: [String]
        /// Its figures another source of the story gives alike, as ``figure(number:category:counts:)`` words them.
        public var figures: [String]
        /// Whether it carries a quotation another article of the story carries too.
        public var quoted: Bool

        public init(article: Int64, day: Double?, eventDay: Double? = nil, names: [String], figures: [String], quoted: Bool) {
            self.article = article
            self.day = day
            self.eventDay = eventDay
            self.names = names
            self.figures = figures
            self.quoted = quoted
        }
    }

    /// The evidence of each member of a story: nil for a member with no segment of another article in the story
    /// (nothing links it to anything).
    public static func story(_ members: [Member]) -> [LinkEvidence?] {
        guard Set(members.map(\.article)).count > 1 else { return members.map { _ in nil } }
        let shared = sharedNames(members)
        return members.enumerated().map { index, member in
            let dates = nearestDate(of: member, among: members)
            var seen = Set<String>()
            let figures = member.figures.filter { seen.insert($0).inserted }
            return LinkEvidence(names: shared[index], daysApart: dates?.apart, eventDay: dates?.eventDay, figures: figures,
                                sharedQuotation: member.quoted)
        }
    }

    /// The days between a member's date and the nearest date of a member of another article, compared as linking
    /// compares them (``EventEvidence/compared(published:event:)``), with the member's event day when that nearest
    /// date is another event's day (preferred on a tie); nil when no pair of them is dated.
    static func nearestDate(of member: Member, among members: [Member]) -> (apart: Int, eventDay: Double?)? {
        var nearest: (apart: Double, onEvents: Bool)?
        for other in members where other.article != member.article {
            let days = EventEvidence.compared(published: (member.day, other.day), event: (member.eventDay, other.eventDay))
            guard let left = days.0, let right = days.1 else { continue }
            let apart = abs(left - right), onEvents = member.eventDay != nil && other.eventDay != nil
            if nearest.map({ apart < $0.apart || apart == $0.apart && onEvents && !$0.onEvents }) ?? true {
                nearest = (apart, onEvents)
            }
        }
        return nearest.map { (Int($0.apart.rounded()), $0.onEvents ? member.eventDay : nil) }
    }

    /// For each member, the names it shares with another article of the story (``names``), whole as it writes them:
    /// another article writes the same name, a part of it or more of it (words compared by their ``NameKey``: case,
    /// diacritics and transliteration aside, Zelensky, Zelenskiy and Зеленський are one word); those more other
    /// articles hold first, then in the member's own order.
    static func sharedNames(_ members: [Member]) -> [[String]] {
        let words = members.map { $0.names.map { Set($0.split(separator: " ").map { NameKey.key(String($0)) }) } }
        // For each word, the names written with it (as sets of words) and the articles writing each.
        var writers: [String: [Set<String>: Set<Int64>]] = [:]
        for (member, names) in zip(members, words) {
            for name in names { for word in name { writers[word, default: [:]][name, default: []].insert(member.article) } }
        }
        return members.indices.map { index in
            let article = members[index].article
            return zip(members[index].names, words[index]).enumerated().compactMap { order, named -> (String, Int, Int)? in
                var holders = Set<Int64>()
                for word in named.1 {
                    for (other, articles) in writers[word] ?? [:] where other.isSubset(of: named.1) || named.1.isSubset(of: other) {
                        holders.formUnion(articles)
                    }
                }
                holders.remove(article)
                return holders.isEmpty ? nil : (named.0, holders.count, order)
            }.sorted { ($0.1, $1.2) > ($1.1, $0.2) }.map(\.0)
        }
    }

    /// A figure in a few words: its number and what happened to those it counts ("3 killed"), or what it counts
    /// when its kind is not known ("5,200 troops").
    public static func figure(number: String, category: String?, counts: String) -> String {
        guard let category, category != "other" else { return "\(number) \(counts)" }
        return "\(number) \(category.replacingOccurrences(of: "-", with: " "))"
    }

    /// The names a segment writes (its paragraphs' texts), whole: runs of capitalised words ("North Korea", "Donald
    /// Trump"), as linking counts names (``TermKey``), but for days, months, discourse words, role titles and
    /// honorifics, which name no one ("Tuesday", "March", "However", "President", "Sen."), and nation words
    /// ("Russian"); a word opening a sentence begins a name only with another after it ("North Korea fired"); a
    /// possessive's 's is dropped and ends the name.
    /// Each name once (its first spelling; variants by ``NameKey``), those written most first, then in order of first
    /// use; at most ``namesKept``.
    public static func names(in texts: [String], lexicon: Lexicon) -> [String] {
        var counts: [String: (spelling: String, count: Int, first: Int)] = [:]
        var run: [String] = []
        // An accepted word opening a sentence: part of a name only when another follows it.
        var opener: String?
        func flush() {
            defer { run = []; opener = nil }
            guard !run.isEmpty else { return }
            let name = run.joined(separator: " ")
            let key = NameKey.key(name)
            let known = counts[key]
            counts[key] = (known?.spelling ?? name, (known?.count ?? 0) + 1, known?.first ?? counts.count)
        }
        for text in texts {
            let bytes = Array(text.utf8)
            var sentenceStart = true
            for token in Tokenizer.tokens(bytes) {
                if token.kind == .punctuation {
                    flush()
                    if ParagraphShape.isSentenceEnd(token.first) { sentenceStart = true }
                    continue
                }
                defer { sentenceStart = false }
                guard let word = nameWord(bytes, token, lexicon: lexicon) else {
                    flush()
                    continue
                }
                if sentenceStart {
                    // "Russia's Vladimir Putin": a possessive opener is a name of its own, not the next one's part.
                    if word.possessive { run.append(word.text); flush() } else { opener = word.text }
                    continue
                }
                if let first = opener { run.append(first) }
                opener = nil
                run.append(word.text)
                if word.possessive { flush() }
            }
            flush()
        }
        return folded(Array(counts.values)).sorted { ($0.count, $1.first) > ($1.count, $0.first) }.prefix(namesKept).map(\.spelling)
    }

    /// Names with a part written alone counted into the whole ("Syniehubov" into "Oleh Syniehubov"), where one
    /// name alone holds the part ("Korea" stays beside "North Korea" and "South Korea").
    private static func folded(_ names: [(spelling: String, count: Int, first: Int)]) -> [(spelling: String, count: Int, first: Int)] {
        let words = names.map { Set($0.spelling.split(separator: " ").map { NameKey.key(String($0)) }) }
        var kept = names
        var gone = Set<Int>()
        for (index, part) in words.enumerated() {
            let wholes = words.indices.filter { $0 != index && part.isStrictSubset(of: words[$0]) }
            guard wholes.count == 1, let whole = wholes.first else { continue }
            kept[whole].count += kept[index].count
            kept[whole].first = min(kept[whole].first, kept[index].first)
            gone.insert(index)
        }
        return kept.indices.filter { !gone.contains($0) }.map { kept[$0] }
    }

    /// A word that may be part of a name (``names(in:lexicon:)``), without its possessive 's, and whether it had one.
    private static func nameWord(_ bytes: [UInt8], _ token: Token, lexicon: Lexicon) -> (text: String, possessive: Bool)? {
        guard token.kind == .word, token.isCapitalized, token.end - token.start >= 3,
              TermKey.key(bytes, token.start, token.end, lexicon: lexicon) != nil else { return nil }
        let written = String(decoding: bytes[token.start..<token.end], as: UTF8.self)
        let name = possessiveDropped(written)
        let lower = name.lowercased()
        guard !notNames.contains(lower), !lexicon.titles.contains(lower), lexicon.honorifics[lower] == nil,
              lexicon.months[lower] == nil else { return nil }
        return (name, name != written)
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
