/// A source to analyse and how its articles are found: cut where the text shows a new article, or kept whole
/// (a file its owner knows to hold one article: `--one-article`, a folder's ``FolderSettings``).
public struct SourceInput: Sendable {
    public var source: SourceText
    public var boundaries: ArticleParser.Boundaries

    public init(_ source: SourceText, boundaries: ArticleParser.Boundaries = .detected) {
        self.source = source
        self.boundaries = boundaries
    }
}

extension Analyzer {
    /// The parser for sources whose articles are found as `boundaries` says, with this analyzer's lexicon and
    /// tuning.
    func parser(_ boundaries: ArticleParser.Boundaries) -> ArticleParser {
        ArticleParser(lexicon: parser.lexicon, tuning: parser.tuning, boundaries: boundaries)
    }

    /// Parses each source as its boundaries say (in the order given), sources in parallel.
    public func articles(of inputs: [SourceInput]) -> [Article] {
        let parsers = (detected: parser(.detected), whole: parser(.wholeSource))
        return inputs.parallelMap { input in
            (input.boundaries == .wholeSource ? parsers.whole : parsers.detected).parse(input.source)
        }.flatMap { $0 }
    }

    /// Analyses sources together, each parsed as its boundaries say.
    public func analyze(_ inputs: [SourceInput]) -> Analysis {
        analyze(articles: articles(of: inputs))
    }

    /// Parses sources as their boundaries say (each on its own core) and analyses each article on its own, in
    /// order.
    public func analyzeLocally(_ inputs: [SourceInput]) -> [ArticleAnalysis] {
        let parsers = (detected: parser(.detected), whole: parser(.wholeSource))
        let analyzer = self
        return inputs.parallelMap { input in
            (input.boundaries == .wholeSource ? parsers.whole : parsers.detected).parse(input.source)
                .map(analyzer.analyzeLocally)
        }.flatMap { $0 }
    }
}
