/// What the segments of an analysis carry that other articles of their story carry too, besides names and dates:
/// figures another source gives alike and quotations another article quotes too (``LinkEvidence``).
struct SharedEvidence {
    /// Each segment's figures another source of its story gives alike ("agree"), worded
    /// (``LinkEvidence/figure(number:category:counts:)``), in reading order.
    private(set) var figures: [SegmentRef: [String]] = [:]
    /// Each segment with a quotation another article carries too, with the stories of those copies.
    private var copiedInto: [SegmentRef: Set<Int>] = [:]

    /// From an analysis's quotations and their copies (indices in `quotes`), its figures and their comparisons
    /// (indices in `figures`), and the story of each segment.
    init(quotes: [Quotation], copies: [Int: [Int]], figures: [Figure], comparisons: [Int: String],
         storyOf: [SegmentRef: Int]) {
        for (index, figure) in figures.enumerated() where comparisons[index] == "agree" {
            self.figures[SegmentRef(article: figure.article, segment: figure.segment), default: []]
                .append(LinkEvidence.figure(number: figure.number, category: figure.category, counts: figure.counts))
        }
        for (index, others) in copies {
            let quote = quotes[index]
            for other in others where quotes[other].article != quote.article {
                guard let story = storyOf[SegmentRef(article: quotes[other].article, segment: quotes[other].segment)] else { continue }
                copiedInto[SegmentRef(article: quote.article, segment: quote.segment), default: []].insert(story)
            }
        }
    }

    /// Whether segment `ref` carries a quotation another article of story `story` carries too.
    func quoted(_ ref: SegmentRef, story: Int) -> Bool { copiedInto[ref]?.contains(story) == true }
}
