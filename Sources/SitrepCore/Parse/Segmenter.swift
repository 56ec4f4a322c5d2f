import Foundation
/// Splits an article body into story segments: at sub-headlines, and at unheaded turns where the words of
/// the paragraphs after a gap share little with those before it (a TextTiling-style valley of similarity).
struct Segmenter {
    let lexicon: Lexicon
    let tuning: ArticleParser.Tuning

    /// Fewest paragraphs a segment made by an unheaded turn may have.
    static let minimumRun = 3

    func segments(bodies: [(Paragraph, [Token], Paragraph?)], articleLines: ClosedRange<Int>) -> [Segment] {
        // Sections: a new one at every sub-headline.
        var starts: [(index: Int, heading: Paragraph?)] = [(0, bodies.first?.2)]
        for (index, body) in bodies.enumerated().dropFirst() where body.2 != nil { starts.append((index, body.2)) }
        var cuts: [(index: Int, heading: Paragraph?)] = []
        // A live blog marks its turns with sub-headlines; only unheaded bodies are searched for unheaded turns.
        let headed = starts.count > 1 || starts[0].heading != nil
        for (position, start) in starts.enumerated() {
            cuts.append(start)
            guard !headed else { continue }
            let end = position + 1 < starts.count ? starts[position + 1].index : bodies.count
            for turn in turns(in: Array(bodies[start.index..<end])) {
                cuts.append((start.index + turn, nil))
            }
        }
        var segments: [Segment] = []
        for (position, cut) in cuts.enumerated() {
            let end = position + 1 < cuts.count ? cuts[position + 1].index : bodies.count
            let first = position == 0 ? articleLines.lowerBound : (cut.heading?.firstLine ?? bodies[cut.index].0.firstLine)
            segments.append(Segment(heading: cut.heading?.text, headingParagraph: cut.heading,
                                    lines: first...articleLines.upperBound,
                                    paragraphs: bodies[cut.index..<end].map(\.0)))
        }
        for index in segments.indices.dropLast() {
            let next = segments[index + 1].lines.lowerBound
            segments[index].lines = segments[index].lines.lowerBound...max(segments[index].lines.lowerBound, next - 1)
        }
        return segments
    }

    /// Offsets in `section` where an unheaded turn starts a new segment: the gap whose two sides share the least
    /// (terms weighted by inverse paragraph frequency), when that is low both absolutely and against the other
    /// gaps; then the same inside each side.
    func turns(in section: [(Paragraph, [Token], Paragraph?)]) -> [Int] {
        let count = section.count
        guard count >= 2 * Segmenter.minimumRun else { return [] }
        let bags = section.map { body -> TermBag in
            var bag = TermBag()
            bag.add(body.0, tokens: body.1, lexicon: lexicon)
            return bag
        }
        // Terms found all over the section say nothing about where it turns: weight by inverse paragraph frequency.
        var frequency: [String: Int] = [:]
        for bag in bags { for term in bag.weights.keys { frequency[term, default: 0] += 1 } }
        let idf = frequency.mapValues { log(Double(count) / Double($0)) }
        func block(_ range: Range<Int>) -> TermBag {
            var bag = TermBag()
            for index in range { bag.add(bags[index]) }
            return bag.scaled(by: idf)
        }
        func split(_ range: Range<Int>) -> [Int] {
            guard range.count >= 2 * Segmenter.minimumRun else { return [] }
            let gaps = (range.lowerBound + Segmenter.minimumRun)...(range.upperBound - Segmenter.minimumRun)
            let scores = gaps.map { gap in (gap, block(range.lowerBound..<gap).cosine(block(gap..<range.upperBound))) }
            guard let best = scores.min(by: { $0.1 < $1.1 }) else { return [] }
            let sorted = scores.map(\.1).sorted()
            let median = sorted[sorted.count / 2]
            guard best.1 < tuning.turnSimilarity, best.1 <= tuning.turnContrast * median else { return [] }
            return split(range.lowerBound..<best.0) + [best.0] + split(best.0..<range.upperBound)
        }
        return split(0..<count)
    }
}
