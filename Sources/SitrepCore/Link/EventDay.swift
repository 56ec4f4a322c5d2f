/// The day a segment's event happened, as news dates it: a dateline's date ("KYIV, March 3 (Reuters) -",
/// "LONDON, 3 March -"); else a date its lead writes out ("on March 3", "on 3 March 2022", "Sept. 3") within a few
/// days of publication (an older one is background: "the May 18, 2017 attack"); else a weekday or a relative word
/// of its lead resolved against the day of publication ("on Tuesday" is the last Tuesday on or before it, within
/// ``weekdayReach`` days, else the day after it; "next Tuesday" and "will … on Tuesday" the next one on or after it; "yesterday", "last night", "у вівторок", "вчера").
/// A date without a year is the one nearest before publication. Day numbers are ``StoryLinker/day(of:)``'s.
public struct EventDay: Sendable {
    /// Sentences at the head of a segment read for its event's day: the lead dates the event, later sentences date
    /// its background and what comes next.
    public static let leadSentences = 2
    /// Days before publication at most that a bare weekday points back ("on Tuesday" in a Sunday paper is five days
    /// before it); the one day further is the day after publication (a page dated in another time zone, or an
    /// event planned for tomorrow), which news names by its weekday far more often than a day six days back.
    static let weekdayReach = 5
    /// Days before publication at most that a date written out in the lead may lie to be the event's.
    static let writtenReach = 7
    /// Days after publication at most that a date without a year may lie (further on, it is last year's).
    static let aheadReach = 6
    /// Words before a weekday within which a future auxiliary points it forward ("will meet the envoy on Tuesday").
    static let futureWindow = 8

    public let lexicon: Lexicon

    public init(lexicon: Lexicon = .standard) {
        self.lexicon = lexicon
    }

    /// The event day of each segment of an article published on day `published` (nil when undated): the
    /// dateline's date for every segment when it gives one, else each segment's own lead's.
    public func days(of article: Article, published: Double?) -> [Double?] {
        let dateline = article.dateline.flatMap { text in
            firstWritten(words(of: CollectionOfOne(EventDay.tokenized(text))), published: published, reach: nil)
        }
        return article.segments.map { segment in
            // (Only the paragraphs the lead's sentences are read from are read, none made a String.)
            dateline ?? day(words(of: segment.paragraphs.lazy.map { ($0.bytes, $0.tokens) }), published: published)
        }
    }

    /// The bytes of `text` and their tokens.
    private static func tokenized(_ text: String) -> ([UInt8], [Token]) {
        let bytes = Array(text.utf8)
        return (bytes, Tokenizer.tokens(bytes))
    }

    /// The event day the first ``leadSentences`` sentences of `lead` (paragraphs' texts) give, published on day
    /// `published`: a date written out within reach of publication, else a weekday or relative word.
    public func day(lead: [String], published: Double?) -> Double? {
        day(words(of: lead.lazy.map(EventDay.tokenized)), published: published)
    }

    /// The event day the words of a lead give (see ``day(lead:published:)``).
    private func day(_ words: [Word], published: Double?) -> Double? {
        if let written = firstWritten(words, published: published, reach: EventDay.writtenReach) { return written }
        guard let published else { return nil }
        return relative(words, published: published)
    }

    /// A word of the lead: lower-cased, its kind, whether it is written with a capital, its sentence.
    private struct Word {
        var lower: String
        var kind: Token.Kind
        var capital: Bool
        var sentence: Int
    }

    /// The words of the first ``leadSentences`` sentences of some paragraphs (a paragraph ends a sentence; so does
    /// a full stop, but not one after a month's abbreviation: "Sept. 3").
    /// The paragraphs are given as their UTF-8 bytes and tokens, read one after the other until the lead's sentences
    /// are read.
    private func words<Paragraphs: Sequence>(of paragraphs: Paragraphs) -> [Word]
    where Paragraphs.Element == ([UInt8], [Token]) {
        var words: [Word] = []
        var sentence = 0, ended = false
        for (bytes, tokens) in paragraphs {
            for token in tokens {
                let lower = EventDay.lowered(bytes, token)
                if token.kind == .punctuation {
                    if ParagraphShape.isSentenceEnd(token.first), !abbreviated(token, after: words.last) { ended = true }
                } else if ended {
                    sentence += 1
                    ended = false
                    if sentence >= EventDay.leadSentences { return words }
                }
                words.append(Word(lower: lower, kind: token.kind, capital: token.isCapitalized || token.isAllCaps,
                                  sentence: sentence))
            }
            ended = true
        }
        return words
    }

    /// A token's text lower-cased, a curly apostrophe read as a straight one ("they’ll", "Tuesday’s"); made from
    /// the bytes for a token of ASCII (which holds no curly apostrophe).
    private static func lowered(_ bytes: [UInt8], _ token: Token) -> String {
        if let ascii = bytes.withUnsafeBufferPointer({ ASCIIBytes.lowercased($0, token.start, token.end) }) { return ascii }
        return String(String(decoding: bytes[token.start..<token.end], as: UTF8.self).lowercased()
            .map { $0 == "\u{2019}" ? "'" : $0 })
    }

    /// The first date written out in `words` that lies at most `reach` days before publication and ``aheadReach``
    /// after it (any date when `reach` is nil or the day of publication is not known).
    private func firstWritten(_ words: [Word], published: Double?, reach: Int?) -> Double? {
        for index in words.indices {
            guard let written = written(words, at: index),
                  let day = resolved(month: written.month, day: written.day, year: written.year, published: published)
            else { continue }
            guard let published, let reach else { return day }
            if day >= published - Double(reach), day <= published + Double(EventDay.aheadReach) { return day }
        }
        return nil
    }

    /// A date written out from word `index`: a month and day ("March 3", "Sept. 3", "MARCH 3") or a day and month
    /// ("3 March"), maybe with a year ("March 3, 2022", "3 March 2022").
    private func written(_ words: [Word], at index: Int) -> (month: Int, day: Int, year: Int?)? {
        func day(_ at: Int) -> Int? {
            guard at < words.count, words[at].kind == .number, let day = Int(words[at].lower), (1...31).contains(day) else { return nil }
            return day
        }
        func month(_ at: Int) -> Int? {
            guard at < words.count, words[at].kind == .word, words[at].capital else { return nil }
            return lexicon.months[words[at].lower]
        }
        func year(after at: Int) -> Int? {
            let at = at < words.count && words[at].lower == "," ? at + 1 : at
            guard at < words.count, words[at].kind == .number, words[at].lower.utf8.count == 4 else { return nil }
            return Int(words[at].lower)
        }
        if let month = month(index) {
            let next = index + 1 < words.count && words[index + 1].lower == "." ? index + 2 : index + 1
            guard let day = day(next) else { return nil }
            return (month, day, year(after: next + 1))
        }
        if let day = day(index), let month = month(index + 1) {
            return (month, day, year(after: index + 2))
        }
        return nil
    }

    /// The day of a date; without a year, the latest one at most ``aheadReach`` days after publication (of the
    /// year before, of publication's year or of the next: "January 1" on a page of 31 December is the next day),
    /// and none when publication is not known either.
    private func resolved(month: Int, day: Int, year: Int?, published: Double?) -> Double? {
        if let year { return CalendarDay.number(year: year, month: month, day: day) }
        guard let published else { return nil }
        let year = CalendarDay.date(of: published).year
        return [year + 1, year, year - 1].lazy.compactMap { CalendarDay.number(year: $0, month: month, day: day) }
            .first { $0 <= published + Double(EventDay.aheadReach) }
    }

    /// The day the first weekday or relative word of `words` names, published on day `published`.
    private func relative(_ words: [Word], published: Double) -> Double? {
        for (index, word) in words.enumerated() where word.kind == .word {
            if let weekday = EventDay.weekdays[possessiveDropped(word.lower)], !named(words, at: index) {
                let today = CalendarDay.weekday(of: published)
                let back = (today - weekday + 7) % 7, ahead = (weekday - today + 7) % 7
                let offset: Int
                if let pointer = index > 0 ? EventDay.pointers[words[index - 1].lower] : nil {
                    offset = pointer > 0 ? (ahead == 0 ? 7 : ahead) : -(back == 0 ? 7 : back)
                } else if future(words, before: index) {
                    offset = ahead
                } else {
                    // The day after publication is that day (a page dated by another time zone), not six days back.
                    offset = back <= EventDay.weekdayReach ? -back : ahead
                }
                return published + Double(offset)
            }
            if index + 1 < words.count, let shift = EventDay.relativeDays[word.lower + " " + words[index + 1].lower] {
                return published + Double(shift)
            }
            if let shift = EventDay.relativeDays[word.lower] { return published + Double(shift) }
        }
        return nil
    }

    /// Whether the weekday at `index` is part of a name: a capitalised word before it inside its sentence, not the
    /// sentence's first ("the Good Friday Agreement", "marking Bloody Sunday" name no day of the week of
    /// publication; "Late Friday, ..." and "Last Tuesday" do).
    private func named(_ words: [Word], at index: Int) -> Bool {
        guard index >= 2 else { return false }
        let before = words[index - 1], sentence = words[index].sentence
        return before.kind == .word && before.capital && before.sentence == sentence
            && words[index - 2].sentence == sentence
            && EventDay.pointers[before.lower] == nil && EventDay.relativeDays[before.lower] == nil
    }

    /// Whether a future auxiliary stands within ``futureWindow`` words before word `index`, in its sentence.
    private func future(_ words: [Word], before index: Int) -> Bool {
        var at = index - 1
        while at >= 0, index - at <= EventDay.futureWindow, words[at].sentence == words[index].sentence {
            let lower = words[at].lower
            if EventDay.futureMarkers.contains(lower) || EventDay.futureMarkers.contains { $0.hasPrefix("'") && lower.hasSuffix($0) } {
                return true
            }
            at -= 1
        }
        return false
    }

    /// A word without its possessive 's ("Tuesday's").
    private func possessiveDropped(_ word: String) -> String {
        word.hasSuffix("'s") ? String(word.dropLast(2)) : word
    }

    /// Whether `token` is the period of an abbreviation written right after `word` ("Lt.", "Gen.", "Sept.", an
    /// initial "V."), which ends no sentence.
    private func abbreviated(_ token: Token, after word: Word?) -> Bool {
        guard token.first == ".", !token.spaceBefore, let word, word.kind == .word else { return false }
        return word.lower.count == 1 ? word.capital : lexicon.abbreviations.contains(word.lower)
    }

    /// Each form of each day of the week (`weekdays`), with its number: 0 for Monday to 6 for Sunday.
    static let weekdays: [String: Int] = {
        var table: [String: Int] = [:]
        for (index, line) in Lexicon.phrases("weekdays").enumerated() {
            for form in line.split(separator: " ") { table[String(form)] = index }
        }
        return table
    }()

    /// Words dating an event by the day of publication, with their days from it (`relative-days`).
    static let relativeDays = Lexicon.counted("relative-days")
    /// Words before a weekday saying which way from publication it lies (`day-pointers`).
    static let pointers = Lexicon.counted("day-pointers")
    /// Future auxiliaries (`future-markers`).
    static let futureMarkers = Lexicon.list("future-markers")
}
