import SitrepCore

/// A reader source over an analysis held in memory (`sitrep PATH...`: files read, nothing stored).
public struct AnalysisSource: ReaderSource {
    public let analysis: Analysis
    public let summary: String
    private let quotesBySegment: [SegmentRef: [Int]]

    public init(analysis: Analysis, label: String) {
        self.analysis = analysis
        var bySegment: [SegmentRef: [Int]] = [:]
        for (index, quote) in analysis.quotes.enumerated() {
            bySegment[SegmentRef(article: quote.article, segment: quote.segment), default: []].append(index)
        }
        quotesBySegment = bySegment
        summary = "\(label) \u{00B7} \(analysis.articles.count) articles \u{00B7} \(analysis.quotes.count) quotations"
            + " \u{00B7} \(analysis.speakers.count) speakers"
    }

    public var articleCount: Int { analysis.articles.count }

    public func articles(_ range: Range<Int>) -> [ArticleRow] {
        let clamped = range.clamped(to: 0..<analysis.articles.count)
        return clamped.map { index in
            let article = analysis.articles[index]
            return ArticleRow(key: index, title: article.title, source: article.source,
                              segmentCount: article.segments.count, truncated: article.truncated)
        }
    }

    public func segments(ofArticle key: Int) -> [SegmentRow] {
        guard analysis.articles.indices.contains(key) else { return [] }
        return analysis.articles[key].segments.enumerated().map { index, segment in
            let ref = SegmentRef(article: key, segment: index)
            return SegmentRow(key: SegmentKey(article: key, segment: index), label: segment.label,
                              headed: segment.heading != nil, quoteCount: quotesBySegment[ref]?.count ?? 0,
                              linkedCount: analysis.linked(to: ref).count)
        }
    }

    public func quotes(of segment: SegmentKey) -> [QuoteRow] {
        (quotesBySegment[SegmentRef(article: segment.article, segment: segment.segment)] ?? []).map(row)
    }

    public func reading(_ key: SegmentKey) -> ReadingDocument? {
        let ref = SegmentRef(article: key.article, segment: key.segment)
        guard analysis.articles.indices.contains(key.article),
              analysis.articles[key.article].segments.indices.contains(key.segment) else { return nil }
        let article = analysis.articles[key.article]
        let segment = article.segments[key.segment]
        let quotes = quotesBySegment[ref] ?? []
        let figures = analysis.figures.filter { $0.article == key.article && $0.segment == key.segment }
        let paragraphs = segment.paragraphs.map { paragraph -> ReadingParagraph in
            var highlights: [Highlight] = []
            for index in quotes {
                let quote = analysis.quotes[index]
                if let range = paragraph.characterRange(of: quote.span) {
                    highlights.append(Highlight(range: range, kind: .quote(speakerKey: quote.speaker)))
                }
            }
            for figure in figures {
                if let range = paragraph.characterRange(of: figure.span) { highlights.append(Highlight(range: range, kind: .figure)) }
            }
            return ReadingParagraph(text: paragraph.text, line: paragraph.firstLine, highlights: highlights)
        }
        let linked = analysis.linked(to: ref).map { other in
            LinkRow(key: SegmentKey(article: other.article, segment: other.segment),
                    label: analysis.segment(other).label, source: analysis.articles[other.article].source)
        }
        return ReadingDocument(articleTitle: article.title, heading: segment.heading, source: article.source,
                               lines: segment.lines, paragraphs: paragraphs, quotes: quotes.map(row), linked: linked)
    }

    private func row(_ index: Int) -> QuoteRow {
        let quote = analysis.quotes[index]
        return QuoteRow(text: quote.text, kind: quote.kind.rawValue, speaker: quote.speaker.map { analysis.speakers[$0].name },
                        speakerKey: quote.speaker, source: quote.span.file, line: quote.span.start.line,
                        segment: SegmentKey(article: quote.article, segment: quote.segment))
    }
}
