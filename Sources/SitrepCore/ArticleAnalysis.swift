/// What one article yields on its own, without looking at any other article: its quotations with the speakers it
/// names, its figures, and what linking across articles needs of it (``LinkInput``). Found on any core, in any
/// order; a library keeps only the link input of the articles it has stored.
public struct ArticleAnalysis: Sendable {
    public var article: Article
    /// Quotations in reading order. `article` is 0 and `speaker` nil: the article's place and the canonical
    /// speakers are known only once all articles are linked.
    public var quotes: [Quotation]
    /// Figures in reading order, `article` 0 likewise.
    public var figures: [Figure]
    /// The article as linking sees it: terms, names and keys, no text.
    public var linkInput: LinkInput
}

/// One article as linking across articles sees it: the terms of its segments, the speakers it names, the word
/// keys of its quotations and the kinds of its figures. A few kilobytes, whatever the article's length.
public struct LinkInput: Sendable {
    /// The source file the article is in.
    public internal(set) var source: String
    public internal(set) var title: String
    public internal(set) var headings: [String?]
    public internal(set) var isLiveBlog: Bool
    /// Day number of the article's date, when it has one.
    public internal(set) var day: Double?
    /// Day number of each segment's event (``EventDay``), nil where its text does not date it.
    public internal(set) var eventDays: [Double?]
    /// The outlet its front matter names (``Publication/outlet(in:)``), when it names one.
    public internal(set) var outlet: String?
    /// Number of segments.
    public internal(set) var segmentCount: Int
    /// Term weights of each segment, not yet weighted by how rare the terms are.
    public internal(set) var terms: [TermCounts]
    /// The speakers the article names or describes.
    var entities: [LocalEntity]
    /// What each speaker the article names or describes brings to its canonical record, in entity order.
    public var speakerEvidence: [SpeakerEvidence] { entities.map(\.evidence) }
    /// For each quotation, the index of its local entity, -1 when it has none.
    public internal(set) var quoteEntities: [Int32]
    /// For each quotation, its word keys (sorted, distinct); empty for reported speech and short quotations.
    public internal(set) var quoteKeys: [[UInt64]]
    /// For each quotation, the words a library indexes it under (``SharedQuotes/anchors(of:keys:lexicon:)``).
    public internal(set) var quoteAnchors: [[UInt64]]
    /// For each figure, its segment, the kind of count and the value.
    public internal(set) var figures: [FigureKey]

    /// Number of quotations.
    public var quoteCount: Int { quoteEntities.count }

    /// The day of the event of segment `segment` (``eventDays``), nil when its text does not date it.
    public func eventDay(of segment: Int) -> Double? {
        eventDays.indices.contains(segment) ? eventDays[segment] : nil
    }
}

/// What figure comparison needs of a figure.
public struct FigureKey: Sendable {
    public var segment: Int
    public var category: String?
    public var value: Double
    public var isVague: Bool
    /// The group it counts, as ``FigureComparison/group(of:)`` names it.
    public var group: String
}

extension Analyzer {
    /// Parses sources (each on its own core) and analyses each of their articles on its own, in order.
    public func analyzeLocally(_ sources: [SourceText]) -> [ArticleAnalysis] {
        let analyzer = self
        return sources.parallelMap { source in analyzer.parser.parse(source).map(analyzer.analyzeLocally) }
            .flatMap { $0 }
    }

    /// What one article holds on its own.
    public func analyzeLocally(_ article: Article) -> ArticleAnalysis {
        // (Each paragraph's words lowered once for every pass; its tokens are the ones the parser read.)
        let tokens = TokenCache()
        let extraction = QuoteExtractor(lexicon: lexicon).extract(article, tokens: tokens)
        var quotes: [Quotation] = []
        quotes.reserveCapacity(extraction.quotes.count)
        // Quotations of one paragraph come together: their positions are found in one pass over it.
        var runStart = 0
        while runStart < extraction.quotes.count {
            let paragraph = extraction.quotes[runStart].paragraph
            var runEnd = runStart + 1
            while runEnd < extraction.quotes.count, extraction.quotes[runEnd].paragraph.pieces == paragraph.pieces {
                runEnd += 1
            }
            let run = extraction.quotes[runStart..<runEnd]
            let positions = paragraph.positions(at: run.flatMap { [$0.start, $0.end] })
            for (offset, quote) in run.enumerated() {
                let span = SourceSpan(file: article.source, start: positions[2 * offset], end: positions[2 * offset + 1])
                quotes.append(Quotation(article: 0, segment: quote.segment, span: span,
                                        text: quote.paragraph.slice(quote.start, quote.end), kind: quote.kind,
                                        cue: quote.cue, mention: quote.mention.map { $0.text }, speaker: nil,
                                        unclosed: quote.unclosed, sieve: quote.sieve))
            }
            runStart = runEnd
        }
        let figures = figures(of: article, quotes: extraction, tokens: tokens)
        let quoteKeys = quotes.map { $0.kind == .reported ? [] : SharedQuotes.keys(of: $0.text) }
        let day = StoryLinker.day(of: article.metadata["date"])
        let input = LinkInput(
            source: article.source, title: article.title, headings: article.segments.map(\.heading),
            isLiveBlog: article.kind == .liveBlog, day: day,
            eventDays: EventDay(lexicon: lexicon).days(of: article, published: day),
            outlet: Publication.outlet(in: article.metadata),
            segmentCount: article.segments.count, terms: linker.terms(of: article).map(\.counts),
            entities: extraction.entities,
            quoteEntities: extraction.quotes.map { Int32($0.entity ?? -1) },
            quoteKeys: quoteKeys,
            quoteAnchors: zip(quotes, quoteKeys).map { SharedQuotes.anchors(of: $0.text, keys: $1, lexicon: lexicon) },
            figures: figures.map { FigureKey(segment: $0.segment, category: $0.category, value: $0.value,
                                             isVague: $0.isVague, group: $0.group) })
        return ArticleAnalysis(article: article, quotes: quotes, figures: figures, linkInput: input)
    }

    /// The figures of an article in reading order: headline, standfirst, then each segment's heading, paragraphs and
    /// the captions within its lines. Each figure stands in the speech of the quotation it is found in.
    func figures(of article: Article, quotes extraction: ArticleQuotes, tokens cache: TokenCache? = nil) -> [Figure] {
        var spoken: [[Paragraph.Piece]: [SpokenRange]] = [:]
        for quote in extraction.quotes {
            let entity = quote.entity.map { extraction.entities[$0] }
            // The name the article gives the speaker; else the description as written ("officials", "the paper").
            let named = entity?.name ?? entity?.aliases.first { $0.first?.isUppercase ?? false }
            guard let speaker = named ?? quote.mention.flatMap({ $0.form == .pronoun ? nil : $0.text }) else { continue }
            spoken[quote.paragraph.pieces, default: []].append(SpokenRange(start: quote.start, end: quote.end, speaker: speaker))
        }
        var paragraphs: [(paragraph: Paragraph, segment: Int)] = []
        for head in [article.titleParagraph, article.standfirstParagraph].compactMap({ $0 }) { paragraphs.append((head, 0)) }
        for (index, segment) in article.segments.enumerated() {
            if let heading = segment.headingParagraph { paragraphs.append((heading, index)) }
            paragraphs += segment.paragraphs.map { ($0, index) }
        }
        for caption in article.captions {
            let segment = article.segments.firstIndex { $0.lines.contains(caption.span.start.line) } ?? 0
            let piece = Paragraph.Piece(offset: 0, line: caption.span.start.line, column: caption.span.start.column)
            paragraphs.append((Paragraph(text: caption.text, pieces: [piece]), segment))
        }
        let extractor = FigureExtractor(lexicon: lexicon)
        var figures: [Figure] = []
        for (paragraph, segment) in paragraphs {
            let ranges = (spoken[paragraph.pieces] ?? []).sorted { $0.start < $1.start }
            let found = extractor.figures(in: paragraph, spoken: ranges, tokens: cache)
            let positions = paragraph.positions(at: found.flatMap { [$0.start, $0.end] })
            for (offset, found) in found.enumerated() {
                let span = SourceSpan(file: article.source, start: positions[2 * offset], end: positions[2 * offset + 1])
                figures.append(Figure(span: span, number: found.number, value: found.value,
                                      upperValue: found.upperValue, upperNumber: found.upperNumber, isVague: found.isVague,
                                      counts: found.counts, group: FigureComparison.group(of: found.counts, lexicon: lexicon),
                                      category: found.category, hedge: found.hedge, article: 0,
                                      segment: segment, saidBy: found.saidBy, date: found.date, place: found.place))
            }
        }
        return figures
    }
}
