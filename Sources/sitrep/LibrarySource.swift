import Foundation
import SitrepCore
import SitrepStore
import SitrepUI

/// The reader's view of the library: every list is read from SQLite when it is shown, so nothing loads the whole
/// library at start-up, and an ingest made while the reader is open shows at the next poll. Article keys are the
/// library's article ids.
struct LibrarySource: ReaderSource {
    let library: Library
    let label: String
    /// The sorted or limited list last shown.
    private let order = ArticleOrder()
    /// What went wrong reading the library last.
    private let problems = Problems()
    /// The last search's hits.
    private let searches = SearchMemo()
    /// What the frame being drawn read (``frame(_:)``).
    private let memo = FrameMemo()

    func frame<T>(_ body: () -> T) -> T { memo.run(body) }

    /// The hits of the last search, by its query, limit and the library's generation.
    final class SearchMemo: @unchecked Sendable {
        struct Key: Equatable { var query: String; var limit: Int; var generation: Int }
        private let lock = NSLock()
        private var kept: (key: Key, rows: [SearchRow])?
        func rows(for key: Key) -> [SearchRow]? { lock.withLock { kept?.key == key ? kept?.rows : nil } }
        func keep(_ rows: [SearchRow], for key: Key) { lock.withLock { kept = (key, rows) } }
    }

    /// The last failure to read the library, kept for the reader's status line: a damaged page is said, not shown
    /// as an empty list.
    final class Problems: @unchecked Sendable {
        private let lock = NSLock()
        private var last: String?
        /// The failure noted since the last call, which forgets it.
        func take() -> String? { lock.withLock { defer { last = nil }; return last } }
        func note(_ error: any Error) {
            let message = (error as? LibraryError)?.description ?? (error as? CommandError)?.message ?? "\(error)"
            lock.withLock { last = message }
        }
    }

    func problem() -> String? { problems.take() }

    /// The value `body` reads from the library, or nil when it fails (the failure is kept for the status line).
    private func attempt<T>(_ body: () throws -> T) -> T? {
        attempt { Optional(try body()) }
    }

    /// The value `body` reads from the library when there is one, or nil (a failure is kept for the status line).
    private func attempt<T>(_ body: () throws -> T?) -> T? {
        do { return try body() } catch {
            problems.note(error)
            return nil
        }
    }

    /// The reader's view of a library; the title bar names it by `label` ("library", or the files read).
    init(library: Library, label: String = "library") throws {
        self.library = library
        self.label = label
        _ = try libraryCall { try library.counts() }
    }

    /// What is open, counted now (the counts are written down by each ingest: one small read).
    var summary: String {
        guard let held = counts() else { return label }
        return [label, count(held.sources, "file"), count(held.articles, "article"),
                count(held.quotes, "quotation"), count(held.speakers, "speaker")].joined(separator: " \u{00B7} ")
    }

    var articleCount: Int { counts()?.articles ?? 0 }

    /// The library's counts, read once a frame.
    private func counts() -> FrameMemo.Counts? { memo.counts { attempt({ try library.counts() }) } }

    var generation: Int { (attempt({ try library.builtGeneration })) ?? 0 }

    /// Files read into a library in memory, nothing stored on disk: the reader lists and searches them with the
    /// same queries as a library.
    init(reading sources: [SourceInput], label: String) throws {
        let library = try libraryCall { try Library.inMemory(label: label) }
        for input in sources {
            try libraryCall {
                try library.store(input.source, hash: ContentHash.of(input.source.bytes), boundaries: input.boundaries)
            }
        }
        try libraryCall { try library.rebuild() }
        try self.init(library: library, label: label)
    }

    func articleCount(in view: ArticleView) throws(CommandError) -> Int {
        // Unlimited, the list holds every article: the library's count, read once a frame.
        guard view.limit != nil else { return articleCount }
        return try list(view).ids.count
    }

    /// The ids of a sorted or limited list, and their positions.
    private func list(_ view: ArticleView) throws(CommandError) -> (ids: [Int], positions: [Int: Int]) {
        do {
            return try order.list(view, generation: generation) { try library.articleIDs(LibrarySource.list(view)) }
        } catch {
            throw CommandError((error as? LibraryError)?.description ?? "\(error)")
        }
    }

    func articles(in view: ArticleView, _ range: Range<Int>) -> [ArticleRow] {
        let found: [(article: LibraryArticle, mark: ArticleMark)]?
        if view == ArticleView() {
            found = attempt({ try library.articles(ArticleList(), range) })
        } else {
            let ids = (attempt({ try list(view).ids })) ?? []
            found = attempt({ try library.articles(ids: Array(ids[range.clamped(to: ids.indices)])) })
        }
        let rows = found ?? []
        // Where and when each was published: a feed's item or a web page has its outlet and address; a file its
        // front matter's date. (A library from before feeds has no table for them: dates only.)
        let read = attempt({ try library.origins(ofArticles: rows.map(\.article.id)) })
        if let read { memo.keep(rows.map(\.article), origins: read) }
        let origins = read ?? [:]
        return rows.map { article, mark in
            let origin = origins[article.id]
            return ArticleRow(key: article.id, title: article.title, source: article.source,
                              segmentCount: article.segmentCount, truncated: article.truncated, read: mark.read,
                              flagged: mark.flagged, outlet: origin?.outlet, date: origin?.date ?? article.date,
                              url: origin?.url)
        }
    }

    func position(ofArticle key: Int, in view: ArticleView) -> Int? {
        // The library's own positions, less the gaps removed files left, are the list in order of ingest.
        guard view != ArticleView() else { return attempt({ try library.position(ofArticle: key) }) }
        return (attempt({ try list(view) }))?.positions[key]
    }

    func unreadCount() -> Int {
        memo.unread { counts().flatMap { held in attempt({ try held.articles - library.readCount() }) } } ?? 0
    }

    func setMarks(read: Bool, flagged: Bool, ofArticle key: Int) throws(CommandError) {
        do {
            try library.setMark(ArticleMark(read: read, flagged: flagged), ofArticle: key)
            order.marksChanged()
            memo.forget()
        } catch let error as LibraryError {
            if case .readOnly = error { throw CommandError("Marks not kept: \(library.path) cannot be written") }
            throw CommandError(error.description)
        } catch {
            throw CommandError("Marks not kept: \(error)")
        }
    }

    func stored(ofArticle key: Int) -> StoredArticle? {
        guard let (source, lines) = attempt({ try library.storedSource(ofArticle: key) }) else { return nil }
        let all = source.lines
        let text = all[(lines.lowerBound - 1).clamped(0, all.count)..<lines.upperBound.clamped(0, all.count)]
        return StoredArticle(path: source.name, line: lines.lowerBound, text: text.joined(separator: "\n") + "\n",
                             file: all.joined(separator: "\n") + "\n")
    }

    /// The library's list for a view of the reader's.
    private static func list(_ view: ArticleView) -> ArticleList {
        let order = ArticleList.Order(rawValue: view.order.rawValue) ?? .ingest
        let filter: ArticleList.Filter? = switch view.limit {
        case nil: nil
        case let .outlet(name): .outlet(name)
        case let .speaker(name): .speaker(name)
        case let .story(id): .story(id)
        case let .words(query): .words(query)
        case .unread: .unread
        case .flagged: .flagged
        }
        return ArticleList(order: order, filter: filter)
    }

    func segments(ofArticle key: Int, _ range: Range<Int>) -> [SegmentRow] {
        ((attempt({ try library.segments(ofArticle: key, range) })) ?? []).map { segment in
            SegmentRow(key: SegmentKey(article: key, segment: segment.ordinal), label: segment.label,
                       headed: segment.heading != nil, quoteCount: segment.quoteCount, linkedCount: segment.linkedCount,
                       storyTitle: segment.linkedCount > 0 ? segment.storyTitle : nil)
        }
    }

    func quotes(of key: SegmentKey, _ range: Range<Int>) -> [QuoteRow] {
        guard let segment = segment(key) else { return [] }
        return ((attempt({ try library.quotes(ofSegment: segment.id, range) })) ?? []).map(LibrarySource.row)
    }

    func reading(_ key: SegmentKey, previewCharacters: Int?) -> ReadingDocument? {
        guard let segment = segment(key),
              let found = memo.article(key.article, {
                  guard let article = attempt({ try library.article(key.article) }) else { return nil }
                  return (article, (attempt({ try library.origins(ofArticles: [key.article]) }))?[key.article])
              }) else { return nil }
        let (article, origin) = found
        guard let characters = previewCharacters else {
            let (paragraphs, pages) = pages(of: segment.id)
            return ReadingDocument(articleTitle: article.title, heading: segment.heading, source: article.source,
                                   lines: segment.lines[0]...segment.lines[1], paragraphs: paragraphs, quotes: [],
                                   quoteCount: segment.quoteCount,
                                   linked: linked(toSegment: segment.id, limit: ReadingDocument.linkedShown),
                                   linkedCount: segment.linkedCount, pages: pages, outlet: origin?.outlet,
                                   date: origin?.date ?? article.date)
        }
        var left = characters
        let passages = ((attempt({ try library.bodyPassages(ofSegment: segment.id, characters: characters) })) ?? []).compactMap { passage -> LibraryPassage? in
            guard left > 0 else { return nil }
            var cut = passage
            cut.text = String(passage.text.prefix(left))
            left -= cut.text.count
            return cut
        }
        // A text that fills the preview leaves no room for what follows it: the quotations listed and the same story
        // elsewhere (hundreds of segments to choose from, and the evidence of their links) are not read, and of the
        // quotations only where they stand. Filled by the columns the text takes, not its characters: runs of spaces
        // and zero-width characters take none.
        let filled = left <= 0 && passages.reduce(0) { $0 + TextWrap.columns(of: $1.text) } >= characters
        let quotes = filled ? [] : (attempt({ try library.quotes(ofSegment: segment.id, 0..<ReadingDocument.previewQuotes) })) ?? []
        let places: [(passage: Int?, range: Range<Int>?, speaker: Int?)] = filled
            ? (attempt({ try library.quotePlaces(ofSegment: segment.id, limit: ReadingDocument.previewQuotes) })) ?? []
            : quotes.map { ($0.passage, $0.range, $0.speaker?.id) }
        let figures = (attempt({ try library.figures(ofSegment: segment.id, limit: ReadingDocument.previewQuotes) })) ?? []
        let placesOf = Dictionary(grouping: places, by: \.passage), figuresOf = Dictionary(grouping: figures, by: \.passage)
        let paragraphs = passages.map { passage in
            var highlights: [Highlight] = []
            for place in placesOf[passage.id] ?? [] {
                if let range = place.range { highlights.append(Highlight(range: range, kind: .quote(speakerKey: place.speaker))) }
            }
            for figure in figuresOf[passage.id] ?? [] {
                if let range = figure.range { highlights.append(Highlight(range: range, kind: .figure)) }
            }
            return ReadingParagraph(text: passage.text, line: passage.line, highlights: highlights)
        }
        return ReadingDocument(articleTitle: article.title, heading: segment.heading, source: article.source,
                               lines: segment.lines[0]...segment.lines[1], paragraphs: paragraphs,
                               quotes: quotes.map(LibrarySource.row), quoteCount: segment.quoteCount,
                               linked: filled ? [] : linked(toSegment: segment.id, limit: ReadingDocument.linkedShown),
                               linkedCount: segment.linkedCount, outlet: origin?.outlet, date: origin?.date ?? article.date)
    }

    /// A segment's body paragraphs and quotations, read from the library a window at a time as they are shown.
    private func pages(of segment: Int) -> (paragraphs: [ReadingParagraph], pages: ReadingPages) {
        let library = library
        let passages = (attempt({ try library.passageSizes(ofSegment: segment) })) ?? []
        return (passages.map { ReadingParagraph(text: "", line: $0.line, highlights: []) }, ReadingPages(
            sizes: passages.map(\.bytes),
            text: { index, bytes in (attempt({ try library.passageText(passages[index].id, bytes: bytes) })) ?? [] },
            characters: { index, bytes in (attempt({ try library.passageCharacters(passages[index].id, bytes: bytes) })) ?? 0 },
            highlights: { index, characters in
                ((attempt({ try library.places(ofSegment: segment, passage: passages[index].id, characters: characters) })) ?? []).map { place in
                    Highlight(range: place.range, kind: place.figure ? .figure : .quote(speakerKey: place.speaker))
                }
            },
            quotes: { range in ((attempt({ try library.quotes(ofSegment: segment, range) })) ?? []).map(LibrarySource.row) }))
    }

    func position(ofArticle key: Int) -> Int? { attempt({ try library.position(ofArticle: key) }) }

    /// A segment by its key, looked up once a frame.
    private func segment(_ key: SegmentKey) -> LibrarySegment? {
        memo.segment(key) { attempt({ try library.segment(article: key.article, ordinal: key.segment) }) }
    }

    /// The linked segments a reading document lists, with the evidence of their links where the library keeps it
    /// (a large story's takes a while to make: it is put off, ``doPutOffWork()``).
    private func linked(toSegment id: Int, limit: Int) -> [LinkRow] {
        ((attempt({ try library.linked(toSegment: id, limit: limit, putOff: true) })) ?? []).map(LibrarySource.link)
    }

    var hasPutOffWork: Bool { library.hasPutOffEvidence }

    func doPutOffWork() -> Bool { attempt({ try library.makePutOffEvidence() }) ?? false }

    func adjacentLinked(to key: SegmentKey, forward: Bool) -> LinkRow? {
        guard let segment = segment(key),
              let found = attempt({ try library.adjacentLinked(toSegment: segment.id, forward: forward) })
        else { return nil }
        return LibrarySource.link(found)
    }

    private static func link(_ found: (segment: LibrarySegment, source: String)) -> LinkRow {
        LinkRow(key: SegmentKey(article: found.segment.article, segment: found.segment.ordinal), label: found.segment.label,
                source: found.source, reason: LinkRow.reason(found.segment.evidence))
    }

    func search(_ query: String, limit: Int) throws(SearchError) -> [SearchRow] {
        // The results list asks for its hits at each key: the last search is kept until the library changes.
        let key = SearchMemo.Key(query: query, limit: limit, generation: generation)
        if let kept = searches.rows(for: key) { return kept }
        do {
            let rows: [SearchRow] = try library.search(query, limit: limit).compactMap { hit in
                guard let ordinal = hit.segmentOrdinal else { return nil }
                let snippet = hit.snippet.replacingOccurrences(of: SearchHit.markStart, with: String(SearchRow.marks.start))
                    .replacingOccurrences(of: SearchHit.markEnd, with: String(SearchRow.marks.end))
                return SearchRow(segment: SegmentKey(article: hit.article, segment: ordinal), source: hit.source,
                                 line: hit.line, title: hit.articleTitle, snippet: snippet)
            }
            searches.keep(rows, for: key)
            return rows
        } catch {
            throw SearchError((error as? LibraryError)?.description ?? "\(error)")
        }
    }

    func speakers(matching text: String, limit: Int) -> [SpeakerRow] {
        let query = text.trimmingCharacters(in: .whitespaces).isEmpty ? nil : SpeakerQuery(text)
        return ((attempt({ try library.speakers(matching: query, limit: limit) })) ?? []).map { speaker in
            SpeakerRow(key: speaker.id, speaker.listing)
        }
    }

    func quoteCount(ofSpeaker key: Int) -> Int { (attempt({ try library.quoteCount(ofSpeaker: key) })) ?? 0 }

    func quotes(ofSpeaker key: Int, _ range: Range<Int>) -> [QuoteRow] {
        ((attempt({ try library.quotes(ofSpeaker: key, range) })) ?? []).map(LibrarySource.row)
    }

    func storyFigures(of key: SegmentKey, limit: Int) -> [FigureRow] {
        guard let segment = try? library.segment(article: key.article, ordinal: key.segment) else { return [] }
        return rows((try? library.storyFigures(ofSegment: segment.id, limit: limit)) ?? [])
    }

    func figureWithCounterparts(_ key: Int) -> [FigureRow] { rows((try? library.figureWithCounterparts(key)) ?? []) }

    /// Figures as the reader lists them, with the outlets of their articles where the library knows them.
    private func rows(_ figures: [LibraryFigure]) -> [FigureRow] {
        let origins = (try? library.origins(ofArticles: Array(Set(figures.map(\.article))))) ?? [:]
        return figures.map { figure in
            FigureRow(key: figure.id, segment: SegmentKey(article: figure.article, segment: figure.segmentOrdinal),
                      source: figure.source, line: figure.line, outlet: origins[figure.article]?.outlet,
                      number: figure.number, value: figure.value, upperValue: figure.upperValue, isVague: figure.isVague,
                      counts: figure.counts, category: figure.category, hedge: figure.hedge, saidBy: figure.saidBy,
                      date: figure.date, place: figure.place, comparison: figure.comparison,
                      counterpartCount: figure.counterpartCount)
        }
    }

    static func row(_ quote: LibraryQuote) -> QuoteRow {
        QuoteRow(text: quote.text, kind: quote.kind, speaker: quote.speaker?.shown ?? quote.mention, speakerKey: quote.speaker?.id,
                 source: quote.source, line: quote.line,
                 segment: SegmentKey(article: quote.article, segment: quote.segmentOrdinal), key: quote.id, cue: quote.cue,
                 mention: quote.mention, sieve: quote.sieve.flatMap(AttributionSieve.init(rawValue:)))
    }

    /// The quotation's passage, read for the sentence around it, and its speaker's aliases.
    func provenance(of row: QuoteRow) -> QuoteProvenance {
        let found: (quote: LibraryQuote, aliases: [String])? = row.key.flatMap { key in attempt({ try library.quote(key) }) }
        guard let (quote, aliases) = found,
              let passage = quote.passage, let range = quote.range,
              let bytes = attempt({ try library.passageText(passage, bytes: 0..<Int.max) }) else { return row.provenance }
        return QuoteProvenance(text: String(decoding: bytes, as: UTF8.self), quote: range, speaker: row.speaker,
                               aliases: aliases, sieve: row.sieve, cue: quote.cue, mention: quote.mention)
    }
}

extension Int {
    /// The number kept within `low...high`.
    fileprivate func clamped(_ low: Int, _ high: Int) -> Int { Swift.min(Swift.max(self, low), high) }
}

/// "1 file", "2 files".
func count(_ number: Int, _ noun: String) -> String { "\(number) \(noun)\(number == 1 ? "" : "s")" }
