import Foundation
import SitrepCore

/// A reader source over an analysis held in memory (`sitrep PATH...`: files read, nothing stored).
public struct AnalysisSource: ReaderSource {
    public let analysis: Analysis
    public let summary: String
    private let quotesBySegment: [SegmentRef: [Int]]
    private let quotesBySpeaker: [Int: [Int]]
    private let figuresBySegment: [SegmentRef: [Int]]
    /// Read and flagged marks, kept while the process runs.
    private let marks = Marks()

    public init(analysis: Analysis, label: String) {
        self.analysis = analysis
        var bySegment: [SegmentRef: [Int]] = [:]
        var bySpeaker: [Int: [Int]] = [:]
        // (Terms, labels nobody says, are no quotation the reader lists.)
        for (index, quote) in analysis.quotes.enumerated() where quote.kind != .term {
            bySegment[SegmentRef(article: quote.article, segment: quote.segment), default: []].append(index)
            if let speaker = quote.speaker { bySpeaker[speaker, default: []].append(index) }
        }
        quotesBySegment = bySegment
        quotesBySpeaker = bySpeaker
        var figures: [SegmentRef: [Int]] = [:]
        for (index, figure) in analysis.figures.enumerated() {
            figures[SegmentRef(article: figure.article, segment: figure.segment), default: []].append(index)
        }
        figuresBySegment = figures
        summary = [label, Plural.count(analysis.articles.count, "article"), Plural.count(analysis.quotes.count, "quotation"),
                   Plural.count(analysis.speakers.count, "speaker")].joined(separator: " \u{00B7} ")
    }

    public var articleCount: Int { analysis.articles.count }

    public func articleCount(in view: ArticleView) throws(CommandError) -> Int { try keys(view).count }

    public func articles(in view: ArticleView, _ range: Range<Int>) -> [ArticleRow] {
        let keys = (try? keys(view)) ?? []
        let marks = self.marks.all
        return keys[range.clamped(to: keys.indices)].map { key in
            let article = analysis.articles[key], mark = marks[key] ?? (false, false)
            return ArticleRow(key: key, title: article.title, source: article.source, segmentCount: article.segments.count,
                              truncated: article.truncated, read: mark.read, flagged: mark.flagged,
                              outlet: Publication.outlet(in: article.metadata), date: article.metadata["date"])
        }
    }

    public func position(ofArticle key: Int, in view: ArticleView) -> Int? { ((try? keys(view)) ?? []).firstIndex(of: key) }

    public func unreadCount() -> Int {
        let marks = self.marks.all
        return analysis.articles.indices.filter { marks[$0]?.read != true }.count
    }

    public func setMarks(read: Bool, flagged: Bool, ofArticle key: Int) throws(CommandError) {
        marks.set(key, (read, flagged))
    }

    public func stored(ofArticle key: Int) -> StoredArticle? {
        guard analysis.articles.indices.contains(key) else { return nil }
        let article = analysis.articles[key]
        let text = ([article.title] + article.segments.flatMap { segment in
            [segment.heading].compactMap { $0 } + segment.paragraphs.map(\.text)
        }).joined(separator: "\n\n") + "\n"
        return StoredArticle(path: article.source, line: article.lines.lowerBound, text: text, file: text)
    }

    /// The keys of the articles a view shows, in its order.
    private func keys(_ view: ArticleView) throws(CommandError) -> [Int] {
        let articles = analysis.articles
        var keys = Array(articles.indices)
        let marks = self.marks.all
        switch view.limit {
        case nil: break
        case let .outlet(name):
            keys = keys.filter { key in
                articles[key].source.localizedCaseInsensitiveContains(name)
                    || Publication.outlet(in: articles[key].metadata)?.localizedCaseInsensitiveContains(name) == true
            }
        case let .speaker(name):
            let speakers = Set(speakers(matching: name, limit: .max).map(\.key))
            let quoting = Set(analysis.quotes.filter { $0.speaker.map(speakers.contains) ?? false }.map(\.article))
            keys = keys.filter(quoting.contains)
        case let .story(id):
            let inStory = Set(analysis.storyOfSegment.filter { $0.value == id }.map(\.key.article))
            keys = keys.filter(inStory.contains)
        case let .words(query):
            let hits: [SearchRow]
            do { hits = try search(query, limit: .max) } catch { throw CommandError(error.message) }
            let matching = Set(hits.map(\.segment.article))
            keys = keys.filter(matching.contains)
        case .unread: keys = keys.filter { marks[$0]?.read != true }
        case .flagged: keys = keys.filter { marks[$0]?.flagged == true }
        }
        switch view.order {
        case .ingest: break
        case .date:
            keys.sort { a, b in
                let (x, y) = (articles[a].metadata["date"], articles[b].metadata["date"])
                if x != y { return x == nil ? false : y == nil ? true : x! > y! }
                return a < b
            }
        case .outlet:
            // Its front matter's outlet, else the file it came from (as the library sorts).
            let outlet = { (key: Int) in Publication.outlet(in: articles[key].metadata) ?? articles[key].source }
            keys.sort { (outlet($0), $0) < (outlet($1), $1) }
        case .title: keys.sort { (articles[$0].title.lowercased(), $0) < (articles[$1].title.lowercased(), $1) }
        case .quotes:
            var counts: [Int: Int] = [:]
            for quote in analysis.quotes { counts[quote.article, default: 0] += 1 }
            keys.sort { ((counts[$0] ?? 0), -$0) > ((counts[$1] ?? 0), -$1) }
        }
        return keys
    }

    public func segments(ofArticle key: Int, _ range: Range<Int>) -> [SegmentRow] {
        guard analysis.articles.indices.contains(key) else { return [] }
        let segments = analysis.articles[key].segments
        return range.clamped(to: segments.indices).map { index in
            let segment = segments[index]
            let ref = SegmentRef(article: key, segment: index)
            let linked = analysis.linked(to: ref).count
            return SegmentRow(key: SegmentKey(article: key, segment: index), label: segment.label,
                              headed: segment.heading != nil, quoteCount: quotesBySegment[ref]?.count ?? 0,
                              linkedCount: linked,
                              storyTitle: linked > 0 ? analysis.storyOfSegment[ref].map { analysis.stories[$0].title } : nil)
        }
    }

    public func quotes(of segment: SegmentKey, _ range: Range<Int>) -> [QuoteRow] {
        let quotes = quotesBySegment[SegmentRef(article: segment.article, segment: segment.segment)] ?? []
        return quotes[range.clamped(to: quotes.indices)].map(row)
    }

    public func reading(_ key: SegmentKey, previewCharacters: Int?) -> ReadingDocument? {
        let ref = SegmentRef(article: key.article, segment: key.segment)
        guard analysis.articles.indices.contains(key.article),
              analysis.articles[key.article].segments.indices.contains(key.segment) else { return nil }
        let article = analysis.articles[key.article]
        let segment = article.segments[key.segment]
        let allQuotes = quotesBySegment[ref] ?? []
        let quotes = previewCharacters == nil ? allQuotes : Array(allQuotes.prefix(ReadingDocument.previewQuotes))
        let allFigures = figuresBySegment[ref] ?? []
        let figures = (previewCharacters == nil ? allFigures : Array(allFigures.prefix(ReadingDocument.previewQuotes)))
            .map { analysis.figures[$0] }
        var left = previewCharacters ?? .max
        var paragraphs: [ReadingParagraph] = []
        for whole in segment.paragraphs where left > 0 {
            let paragraph = previewCharacters == nil ? whole : AnalysisSource.cut(whole, characters: left)
            let spans = quotes.map { analysis.quotes[$0].span } + figures.map(\.span)
            let kinds = quotes.map { Highlight.Kind.quote(speakerKey: analysis.quotes[$0].speaker) }
                + figures.map { _ in Highlight.Kind.figure }
            let highlights = zip(paragraph.characterRanges(of: spans), kinds).compactMap { range, kind in
                range.map { Highlight(range: $0, kind: kind) }
            }
            let text = paragraph.text
            if previewCharacters != nil { left -= text.count }
            paragraphs.append(ReadingParagraph(text: text, line: paragraph.firstLine, highlights: highlights))
        }
        return ReadingDocument(articleTitle: article.title, heading: segment.heading, source: article.source,
                               lines: segment.lines, paragraphs: paragraphs, quotes: quotes.map(row),
                               quoteCount: allQuotes.count,
                               linked: Array(linked(to: key).prefix(ReadingDocument.linkedShown)),
                               linkedCount: analysis.linked(to: SegmentRef(article: key.article, segment: key.segment)).count,
                               outlet: Publication.outlet(in: article.metadata), date: article.metadata["date"])
    }

    /// The first `characters` characters of a paragraph (at most), without decoding the rest of it.
    static func cut(_ paragraph: Paragraph, characters: Int) -> Paragraph {
        var end = min(paragraph.bytes.count, characters.multipliedReportingOverflow(by: 4).partialValue)
        while end < paragraph.bytes.count, end > 0, paragraph.bytes[end] & 0xC0 == 0x80 { end -= 1 }
        let text = String(String(decoding: paragraph.bytes[..<end], as: UTF8.self).prefix(characters))
        let length = text.utf8.count
        return Paragraph(text: text, pieces: paragraph.pieces.filter { $0.offset < max(1, length) })
    }

    private func row(_ index: Int) -> QuoteRow {
        let quote = analysis.quotes[index]
        return QuoteRow(text: quote.text, kind: quote.kind.rawValue, speaker: quote.speaker.map { SpeakerListing.shownName(analysis.speakers[$0].name, isNamed: analysis.speakers[$0].isNamed) }
                            ?? quote.mention,
                        speakerKey: quote.speaker, source: quote.span.file, line: quote.span.start.line,
                        segment: SegmentKey(article: quote.article, segment: quote.segment), key: index, cue: quote.cue,
                        mention: quote.mention, sieve: quote.sieve)
    }

    /// The quotation's paragraph, read for the sentence around it.
    public func provenance(of row: QuoteRow) -> QuoteProvenance {
        guard let index = row.key, analysis.quotes.indices.contains(index) else { return row.provenance }
        let quote = analysis.quotes[index]
        let aliases = quote.speaker.map { analysis.speakers[$0].aliases } ?? []
        guard analysis.articles.indices.contains(quote.article),
              analysis.articles[quote.article].segments.indices.contains(quote.segment) else { return row.provenance }
        for paragraph in analysis.articles[quote.article].segments[quote.segment].paragraphs {
            guard let range = paragraph.characterRanges(of: [quote.span]).first ?? nil else { continue }
            return QuoteProvenance(text: paragraph.text, quote: range, speaker: row.speaker, aliases: aliases,
                                   sieve: quote.sieve, cue: quote.cue, mention: quote.mention)
        }
        return row.provenance
    }

    /// Segments of the same story, in list order (articles are listed in analysis order).
    private func linked(to key: SegmentKey) -> [LinkRow] {
        let ref = SegmentRef(article: key.article, segment: key.segment)
        let story = analysis.storyOfSegment[ref].map { analysis.stories[$0] }
        return analysis.linked(to: ref).map { other in
            LinkRow(key: SegmentKey(article: other.article, segment: other.segment),
                    label: analysis.segment(other).label, source: analysis.articles[other.article].source,
                    reason: LinkRow.reason(story?.evidence(of: other), terms: story?.sharedTerms ?? []))
        }
    }

    public func adjacentLinked(to key: SegmentKey, forward: Bool) -> LinkRow? {
        let others = linked(to: key).filter { $0.key.article != key.article }
        let here = (key.article, key.segment)
        return forward
            ? others.first { ($0.key.article, $0.key.segment) > here } ?? others.first
            : others.last { ($0.key.article, $0.key.segment) < here } ?? others.last
    }

    /// Search without an index: every word of the query (FTS operators and quotes ignored, `word*` as a prefix)
    /// must begin a word of the paragraph, case and diacritics folded.
    public func search(_ query: String, limit: Int) throws(SearchError) -> [SearchRow] {
        let operators: Set<String> = ["and", "or", "not", "near"]
        let terms = SpeakerQuery.fold(query).split { !($0.isLetter || $0.isNumber || $0 == "*") }.map(String.init)
            .filter { !operators.contains($0) }
        guard !terms.isEmpty else { throw SearchError("type words to search for") }
        var rows: [SearchRow] = []
        for (articleIndex, article) in analysis.articles.enumerated() {
            for (segmentIndex, segment) in article.segments.enumerated() {
                let paragraphs = (segmentIndex == 0 ? [article.titleParagraph] : []) + [segment.headingParagraph] + segment.paragraphs
                for paragraph in paragraphs.compactMap({ $0 }) {
                    guard let snippet = AnalysisSource.snippet(paragraph.text, terms: terms) else { continue }
                    rows.append(SearchRow(segment: SegmentKey(article: articleIndex, segment: segmentIndex),
                                          source: article.source, line: paragraph.firstLine, title: article.title,
                                          snippet: snippet))
                    if rows.count == limit { return rows }
                }
            }
        }
        return rows
    }

    /// The text with every word matching a term marked, when every term matches some word.
    static func snippet(_ text: String, terms: [String]) -> String? {
        var found = Set<String>()
        var marked = ""
        var word = ""
        func flush() {
            guard !word.isEmpty else { return }
            let folded = SpeakerQuery.fold(word)
            let hits = terms.filter { $0.hasSuffix("*") ? folded.hasPrefix($0.dropLast()) : folded == $0 }
            if hits.isEmpty {
                marked += word
            } else {
                found.formUnion(hits)
                marked += String(SearchRow.marks.start) + word + String(SearchRow.marks.end)
            }
            word = ""
        }
        for character in text {
            if character.isLetter || character.isNumber { word.append(character) } else { flush(); marked.append(character) }
        }
        flush()
        return found.count == Set(terms).count ? marked : nil
    }

    public func speakers(matching text: String, limit: Int) -> [SpeakerRow] {
        let query = SpeakerQuery(text)
        let listings = analysis.speakerListings()
        let rows = analysis.speakers.enumerated().filter { index, speaker in
            text.trimmingCharacters(in: .whitespaces).isEmpty || query.matches(aliases: speaker.aliases)
        }.map { index, _ in SpeakerRow(key: index, listings[index]) }
        return Array(rows.sorted { ($0.quoteCount, $1.name) > ($1.quoteCount, $0.name) }.prefix(limit))
    }

    public func quoteCount(ofSpeaker key: Int) -> Int { quotesBySpeaker[key]?.count ?? 0 }

    public func quotes(ofSpeaker key: Int, _ range: Range<Int>) -> [QuoteRow] {
        let quotes = quotesBySpeaker[key] ?? []
        return quotes[range.clamped(to: quotes.indices)].map(row)
    }

    public func storyFigures(of segment: SegmentKey, limit: Int) -> [FigureRow] {
        let ref = SegmentRef(article: segment.article, segment: segment.segment)
        let indices = analysis.storyOfSegment[ref].map { analysis.figures(ofStory: $0) } ?? (figuresBySegment[ref] ?? [])
        let side = indices.sorted { a, b in
            let x = analysis.figures[a], y = analysis.figures[b]
            return (x.category == nil ? 1 : 0, x.category ?? "", x.group, x.span.file, a)
                < (y.category == nil ? 1 : 0, y.category ?? "", y.group, y.span.file, b)
        }
        return side.prefix(max(0, limit)).map(figureRow)
    }

    public func figureWithCounterparts(_ key: Int) -> [FigureRow] {
        guard analysis.figures.indices.contains(key) else { return [] }
        return ([key] + analysis.counterparts(ofFigure: key)).map(figureRow)
    }

    /// The figure at an index of ``Analysis/figures``, as the reader lists it (its key is that index).
    private func figureRow(_ index: Int) -> FigureRow {
        let figure = analysis.figures[index]
        return FigureRow(key: index, segment: SegmentKey(article: figure.article, segment: figure.segment),
                         source: figure.span.file, line: figure.span.start.line, number: figure.number,
                         value: figure.value, upperValue: figure.upperValue, isVague: figure.isVague, counts: figure.counts,
                         category: figure.category, hedge: figure.hedge, saidBy: figure.saidBy, date: figure.date,
                         place: figure.place, comparison: analysis.figureComparisons[index],
                         counterpartCount: analysis.counterparts(ofFigure: index).count)
    }
}

/// Marks of an analysis held in memory, by article index. The lock guards the dictionary (sources are shared
/// between the reducer and the renderer).
private final class Marks: @unchecked Sendable {
    private let lock = NSLock()
    private var marks: [Int: (read: Bool, flagged: Bool)] = [:]

    var all: [Int: (read: Bool, flagged: Bool)] { lock.withLock { marks } }

    func set(_ key: Int, _ mark: (read: Bool, flagged: Bool)) { lock.withLock { marks[key] = mark } }
}
