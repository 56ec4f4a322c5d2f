/// What holds articles together: stories across them, canonical speakers, quotations carried by several of them,
/// and figures compared within a story. Indices of articles, quotations and figures are their positions when the
/// articles' quotations and figures are taken in article order.
public struct Links: Sendable {
    /// A story as linking finds it: the terms its segments share are keys, spelled from a segment's text later.
    public struct LinkedStory: Sendable {
        public var title: String
        public var segments: [SegmentRef]
        /// Keys of the terms the segments share most, strongest first.
        public var sharedKeys: [UInt64]
    }

    public var stories: [LinkedStory]
    /// For each article, the story of each of its segments.
    public var storyOfSegment: [[Int]]
    public var speakers: [Speaker]
    /// For each quotation, the index of its speaker, -1 when it has none.
    public var quoteSpeakers: [Int32]
    /// For each quotation carried by other articles too, the indices of those copies.
    public var quoteCopies: [Int: [Int]]
    /// For each figure with a counterpart in another source of its story: "agree", "differ", "update" or "subset".
    public var figureComparisons: [Int: String]
    /// For each figure with a counterpart in another source of its story, the indices of its counterparts.
    public var figureCounterparts: [Int: [Int]]
}

extension Analyzer {
    /// Links articles analysed on their own: stories, speakers, shared quotations, figure comparisons.
    public func link(_ corpus: LinkCorpus) -> Links {
        let inputs = corpus.articles
        let stories = linker.link(corpus)
        var storyOf = inputs.map { [Int](repeating: 0, count: $0.segmentCount) }
        for (index, story) in stories.enumerated() {
            for ref in story.segments { storyOf[ref.article][ref.segment] = index }
        }
        let (speakers, maps) = SpeakerDirectory(lexicon: lexicon).unify(inputs.map(\.entities), days: inputs.map(\.day)) { article, segment in
            segment < storyOf[article].count ? storyOf[article][segment] : nil
        }
        var quoteSpeakers: [Int32] = []
        var quoteKeys: [[UInt64]] = []
        var quoteArticles: [Int] = []
        var figures: [FigureComparison.Item] = []
        for (article, input) in inputs.enumerated() {
            for entity in input.quoteEntities {
                quoteSpeakers.append(entity < 0 ? -1 : Int32(maps[article][Int(entity)] ?? -1))
            }
            quoteKeys += input.quoteKeys
            quoteArticles += repeatElement(article, count: input.quoteCount)
            for figure in input.figures {
                figures.append(FigureComparison.Item(article: article, source: input.source,
                                                     story: storyOf[article][figure.segment], category: figure.category,
                                                     value: figure.value, isVague: figure.isVague, group: figure.group,
                                                     day: input.day))
            }
        }
        let comparison = FigureComparison.compare(figures)
        return Links(stories: stories, storyOfSegment: storyOf, speakers: speakers, quoteSpeakers: quoteSpeakers,
                     quoteCopies: SharedQuotes.copies(keys: quoteKeys, articles: quoteArticles),
                     figureComparisons: comparison.relations, figureCounterparts: comparison.counterparts)
    }

    /// The spellings of a story's shared term keys in the text of one of its segments (heading and paragraphs),
    /// in the keys' order; keys the text does not spell are left out.
    public func spellings(of keys: [UInt64], in texts: [String]) -> [String] {
        guard !keys.isEmpty else { return [] }
        let wanted = Set(keys)
        var found: [UInt64: String] = [:]
        for text in texts {
            let bytes = Array(text.utf8)
            for token in Tokenizer.tokens(bytes) where token.kind == .word {
                guard let key = TermKey.key(bytes, token.start, token.end, lexicon: lexicon),
                      wanted.contains(key), found[key] == nil else { continue }
                found[key] = String(decoding: bytes[token.start..<token.end], as: UTF8.self)
            }
        }
        return keys.compactMap { found[$0] }
    }
}
