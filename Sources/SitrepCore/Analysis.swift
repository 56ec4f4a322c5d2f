/// Everything Sitrep reads out of a set of sources: articles and segments, quotations with canonical
/// speakers, stories that link segments across sources, and figures.
public struct Analysis: Sendable {
    public var articles: [Article]
    public var quotes: [Quotation]
    public var speakers: [Speaker]
    public var stories: [Story]
    public var figures: [Figure]
    /// Story index of each segment.
    public var storyOfSegment: [SegmentRef: Int]

    /// The segment a reference points to.
    public func segment(_ ref: SegmentRef) -> Segment { articles[ref.article].segments[ref.segment] }

    /// Quotations of one segment, in reading order.
    public func quotes(in ref: SegmentRef) -> [Quotation] {
        quotes.filter { $0.article == ref.article && $0.segment == ref.segment }
    }

    /// Other segments of the same story, in article order.
    public func linked(to ref: SegmentRef) -> [SegmentRef] {
        guard let story = storyOfSegment[ref] else { return [] }
        return stories[story].segments.filter { $0 != ref }.sorted()
    }
}

/// Runs the whole core over sources: parse, extract, link, make speakers canonical. Pure and deterministic.
public struct Analyzer: Sendable {
    public let lexicon: Lexicon
    public var parser: ArticleParser
    public var linker: StoryLinker

    public init(lexicon: Lexicon = .standard) {
        self.lexicon = lexicon
        parser = ArticleParser(lexicon: lexicon)
        linker = StoryLinker(lexicon: lexicon)
    }

    /// Parses each source into articles (in the order given), sources in parallel.
    public func articles(of sources: [SourceText]) -> [Article] {
        let parser = parser
        return sources.parallelMap { parser.parse($0) }.flatMap { $0 }
    }

    /// Analyses sources together, so that stories and speakers are linked across them.
    public func analyze(_ sources: [SourceText]) -> Analysis {
        analyze(articles: articles(of: sources))
    }

    /// Analyses already parsed articles.
    public func analyze(articles: [Article]) -> Analysis {
        let extractor = QuoteExtractor(lexicon: lexicon)
        // What each article holds on its own is read on every core; linking and speakers then join them.
        let local = articles.parallelMap { extractor.extract($0) }
        let stories = linker.link(articles)
        var storyOf: [SegmentRef: Int] = [:]
        for (index, story) in stories.enumerated() { for ref in story.segments { storyOf[ref] = index } }
        let (speakers, maps) = SpeakerDirectory(lexicon: lexicon).unify(local) { article, segment in
            storyOf[SegmentRef(article: article, segment: segment)]
        }
        var quotes: [Quotation] = []
        for (articleIndex, extraction) in local.enumerated() {
            let file = articles[articleIndex].source
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
                    let span = SourceSpan(file: file, start: positions[2 * offset], end: positions[2 * offset + 1])
                    quotes.append(Quotation(article: articleIndex, segment: quote.segment, span: span,
                                            text: quote.paragraph.slice(quote.start, quote.end), kind: quote.kind,
                                            cue: quote.cue, mention: quote.mention.map { $0.text },
                                            speaker: quote.entity.flatMap { maps[articleIndex][$0] },
                                            unclosed: quote.unclosed))
                }
                runStart = runEnd
            }
        }
        let figureExtractor = FigureExtractor(lexicon: lexicon)
        let figures = Array(articles.indices).parallelMap { articleIndex in
            let article = articles[articleIndex]
            var figures: [Figure] = []
            for (segmentIndex, segment) in article.segments.enumerated() {
                for paragraph in segment.paragraphs {
                    let found = figureExtractor.figures(in: paragraph)
                    let positions = paragraph.positions(at: found.flatMap { [$0.start, $0.end] })
                    for (offset, found) in found.enumerated() {
                        let span = SourceSpan(file: article.source, start: positions[2 * offset], end: positions[2 * offset + 1])
                        figures.append(Figure(span: span, number: found.number, value: found.value,
                                              counts: found.counts, category: found.category, hedge: found.hedge,
                                              article: articleIndex, segment: segmentIndex))
                    }
                }
            }
            return figures
        }.flatMap { $0 }
        return Analysis(articles: articles, quotes: quotes, speakers: speakers, stories: stories, figures: figures,
                        storyOfSegment: storyOf)
    }
}
