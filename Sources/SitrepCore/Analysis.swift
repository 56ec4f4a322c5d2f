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
    /// For each quotation carried by other articles too, the indices of those copies.
    public var quoteCopies: [Int: [Int]]
    /// For each figure with a counterpart in another source of its story: "agree", "differ", "update" (the
    /// articles are of different days) or "subset" (it counts part of a group another source counts).
    public var figureComparisons: [Int: String]
    /// For each compared figure, the indices in ``figures`` of its counterparts in other sources.
    public var figureCounterparts: [Int: [Int]] = [:]

    /// The segment a reference points to.
    public func segment(_ ref: SegmentRef) -> Segment { articles[ref.article].segments[ref.segment] }

    /// Quotations of one segment, in reading order.
    public func quotes(in ref: SegmentRef) -> [Quotation] {
        quotes.filter { $0.article == ref.article && $0.segment == ref.segment }
    }

    /// Indices in ``figures`` of a story's figures, in article and reading order: what a reader sets side by side.
    public func figures(ofStory story: Int) -> [Int] {
        figures.indices.filter { storyOfSegment[SegmentRef(article: figures[$0].article, segment: figures[$0].segment)] == story }
    }

    /// Indices in ``figures`` of the figures other sources give for the same story, kind and counted group as the
    /// figure at `index` (empty when none): where a key jumps from a figure.
    public func counterparts(ofFigure index: Int) -> [Int] { figureCounterparts[index] ?? [] }

    /// Other segments of the same story, in article order.
    public func linked(to ref: SegmentRef) -> [SegmentRef] {
        guard let story = storyOfSegment[ref] else { return [] }
        return stories[story].segments.filter { $0 != ref }.sorted()
    }
}

/// Runs the whole core over sources: parse, extract, link, make speakers canonical. Pure and deterministic.
public struct Analyzer: Sendable {
    /// The version of the analysis: a digest of the core's rules and lexicon, made at build time. A library records
    /// the version that analysed it, so that results of two versions are never mixed without a word.
    public static let version = EmbeddedLexicon.digest

    public let lexicon: Lexicon
    public var parser: ArticleParser
    public var linker: StoryLinker

    /// An analyzer whose parser finds article boundaries as `boundaries` says (``ArticleParser/Boundaries/wholeSource``:
    /// each source is one article).
    public init(lexicon: Lexicon = .standard, boundaries: ArticleParser.Boundaries = .detected) {
        self.lexicon = lexicon
        parser = ArticleParser(lexicon: lexicon, boundaries: boundaries)
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

    /// Analyses already parsed articles: each on its own (on every core), then all of them linked.
    public func analyze(articles: [Article]) -> Analysis {
        let analyzer = self
        return analyze(local: articles.parallelMap { analyzer.analyzeLocally($0) })
    }

    /// Puts articles analysed on their own together with their links.
    func analyze(local: [ArticleAnalysis]) -> Analysis {
        var corpus = LinkCorpus()
        corpus.append(contentsOf: local.map(\.linkInput))
        let links = link(corpus)
        var quotes: [Quotation] = []
        var figures: [Figure] = []
        var storyOf: [SegmentRef: Int] = [:]
        for (articleIndex, item) in local.enumerated() {
            for var quote in item.quotes {
                quote.article = articleIndex
                let speaker = links.quoteSpeakers[quotes.count]
                quote.speaker = speaker < 0 ? nil : Int(speaker)
                quotes.append(quote)
            }
            for var figure in item.figures {
                figure.article = articleIndex
                figures.append(figure)
            }
            for (segment, story) in links.storyOfSegment[articleIndex].enumerated() {
                storyOf[SegmentRef(article: articleIndex, segment: segment)] = story
            }
        }
        // The text of a segment: its heading and paragraphs, with the headline and standfirst above the first.
        func texts(_ ref: SegmentRef) -> [String] {
            let article = local[ref.article].article
            let segment = article.segments[ref.segment]
            let head = ref.segment == 0 ? [article.titleParagraph?.text, article.standfirst] : []
            return (head + [segment.heading]).compactMap { $0 } + segment.paragraphs.map(\.text)
        }
        let shared = SharedEvidence(quotes: quotes, copies: links.quoteCopies, figures: figures,
                                    comparisons: links.figureComparisons, storyOf: storyOf)
        let stories = links.stories.enumerated().map { index, story in
            // Spelled as the first segment writes them (the first of an article with the headline above it).
            let terms = spellings(of: story.sharedKeys, in: texts(story.segments[0]))
            guard story.segments.count > 1 else { return Story(title: story.title, segments: story.segments, sharedTerms: terms) }
            let members = story.segments.map { ref in
                LinkEvidence.Member(article: Int64(ref.article), day: local[ref.article].linkInput.day,
                                    eventDay: local[ref.article].linkInput.eventDay(of: ref.segment),
                                    names: LinkEvidence.names(in: texts(ref), lexicon: lexicon),
                                    figures: shared.figures[ref] ?? [], quoted: shared.quoted(ref, story: index))
            }
            return Story(title: story.title, segments: story.segments, sharedTerms: terms,
                         evidence: LinkEvidence.story(members))
        }
        return Analysis(articles: local.map(\.article), quotes: quotes, speakers: links.speakers, stories: stories,
                        figures: figures, storyOfSegment: storyOf, quoteCopies: links.quoteCopies,
                        figureComparisons: links.figureComparisons, figureCounterparts: links.figureCounterparts)
    }
}
