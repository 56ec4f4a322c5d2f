import Foundation
/// Splits an article body into story segments: at sub-headlines, and at unheaded turns where the words of
/// the paragraphs after a gap share little with those before it (a TextTiling-style valley of similarity).
struct Segmenter {
    let lexicon: Lexicon
    let tuning: ArticleParser.Tuning
    /// Number of distinct term ids in the article's ``KeyTable``.
    let termCount: Int

    /// Fewest paragraphs a segment made by an unheaded turn may have.
    static let minimumRun = 3
    /// Levels of splitting inside one section: at most 2^maximumDepth segments, and parsing stays linear.
    static let maximumDepth = 10

    /// A body paragraph with its tokens, its terms and the sub-headline before it, if any.
    struct Body {
        var paragraph: Paragraph
        var terms: TermList
        var heading: Paragraph?
    }

    func segments(bodies: [Body], articleLines: ClosedRange<Int>) -> [Segment] {
        // Sections: a new one at every sub-headline.
        var starts: [(index: Int, heading: Paragraph?)] = [(0, bodies.first?.heading)]
        for (index, body) in bodies.enumerated().dropFirst() where body.heading != nil { starts.append((index, body.heading)) }
        var cuts: [(index: Int, heading: Paragraph?)] = []
        // A live blog marks its turns with sub-headlines; only unheaded bodies are searched for unheaded turns.
        let headed = starts.count > 1 || starts[0].heading != nil
        for (position, start) in starts.enumerated() {
            cuts.append(start)
            guard !headed else { continue }
            let end = position + 1 < starts.count ? starts[position + 1].index : bodies.count
            let section = bodies[start.index..<end]
            for turn in turns(in: section.map(\.terms), opens: section.map { opensTurn($0.paragraph) }) {
                cuts.append((start.index + turn, nil))
            }
        }
        var segments: [Segment] = []
        for (position, cut) in cuts.enumerated() {
            let end = position + 1 < cuts.count ? cuts[position + 1].index : bodies.count
            let first = position == 0 ? articleLines.lowerBound : (cut.heading?.firstLine ?? bodies[cut.index].paragraph.firstLine)
            segments.append(Segment(heading: cut.heading?.text, headingParagraph: cut.heading,
                                    lines: first...articleLines.upperBound,
                                    paragraphs: bodies[cut.index..<end].map(\.paragraph)))
        }
        for index in segments.indices.dropLast() {
            let next = segments[index + 1].lines.lowerBound
            segments[index].lines = segments[index].lines.lowerBound...max(segments[index].lines.lowerBound, next - 1)
        }
        return segments
    }

    /// A paragraph may open an unheaded turn unless its first word ties it to the paragraph before ("But", "He",
    /// "This", lexicon `continuations`): a story's next step, not another story. The first word is its run of ASCII
    /// letters ("It" of "It’s").
    func opensTurn(_ paragraph: Paragraph) -> Bool {
        let word = paragraph.bytes.prefix { ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A }
        guard !word.isEmpty, word.count < paragraph.bytes.count else { return true }
        return !lexicon.continuations.contains(String(decoding: word, as: UTF8.self))
    }

    /// Offsets in a section where an unheaded turn starts a new segment: the gap whose two sides share the least
    /// (terms weighted by inverse paragraph frequency), when that is low both absolutely and against the other
    /// gaps, before a paragraph that `opens` a turn (``opensTurn(_:)``); then the same inside each side. Each level
    /// is one pass that moves paragraphs from the right side to the left and updates the dot product and norms as
    /// it goes.
    func turns(in lists: [TermList], opens: [Bool]) -> [Int] {
        let count = lists.count
        guard count >= 2 * Segmenter.minimumRun else { return [] }
        // Terms found all over the section say nothing about where it turns: weight by inverse paragraph frequency.
        var frequency = [Int32](repeating: 0, count: termCount)
        var lastSeen = [Int32](repeating: -1, count: termCount)
        for (index, list) in lists.enumerated() {
            for term in list.terms where lastSeen[Int(term.id)] != Int32(index) {
                lastSeen[Int(term.id)] = Int32(index)
                frequency[Int(term.id)] += 1
            }
        }
        // A frequency is a count of paragraphs: one logarithm per possible count, not per term.
        let logOf = (0...count).map { $0 > 0 ? log(Double(count) / Double($0)) : 0 }
        let idf = frequency.map { logOf[Int($0)] }
        var search = TurnSearch(lists: lists, opens: opens, idf: idf, tuning: tuning)
        return search.split(0..<count)
    }
}

/// The state of one section's search for turns: each side's term weights, kept in arrays indexed by term id and
/// cleared after each pass, so a pass costs the section's terms, not the article's vocabulary.
private struct TurnSearch {
    let lists: [TermList]
    /// Whether each paragraph may open a turn.
    let opens: [Bool]
    let idf: [Double]
    let tuning: ArticleParser.Tuning
    var left: [Double]
    var right: [Double]
    var stamp: [Int32]
    var generation: Int32 = 0

    init(lists: [TermList], opens: [Bool], idf: [Double], tuning: ArticleParser.Tuning) {
        self.lists = lists
        self.opens = opens
        self.idf = idf
        self.tuning = tuning
        left = [Double](repeating: 0, count: idf.count)
        right = [Double](repeating: 0, count: idf.count)
        stamp = [Int32](repeating: 0, count: idf.count)
    }

    /// Each level of splitting is one pass over the section; the depth bound keeps the whole linear even when
    /// every split peels off a minimal run.
    mutating func split(_ range: Range<Int>, depth: Int = 0) -> [Int] {
        guard range.count >= 2 * Segmenter.minimumRun, depth < Segmenter.maximumDepth else { return [] }
        for index in range {
            for term in lists[index].terms {
                left[Int(term.id)] = 0
                right[Int(term.id)] += Double(term.weight) * idf[Int(term.id)]
            }
        }
        var dot = 0.0, leftNorm = 0.0, rightNorm = 0.0
        generation += 1
        for index in range {
            for term in lists[index].terms where stamp[Int(term.id)] != generation {
                stamp[Int(term.id)] = generation
                rightNorm += right[Int(term.id)] * right[Int(term.id)]
            }
        }
        var scores: [(gap: Int, similarity: Double)] = []
        for index in range.lowerBound..<(range.upperBound - Segmenter.minimumRun) {
            for term in lists[index].terms {
                let id = Int(term.id), value = Double(term.weight) * idf[id]
                guard value > 0 else { continue }
                var l = left[id], r = right[id]
                dot -= l * r; leftNorm -= l * l; rightNorm -= r * r
                l += value; r -= value
                dot += l * r; leftNorm += l * l; rightNorm += r * r
                left[id] = l; right[id] = r
            }
            let gap = index + 1
            guard gap - range.lowerBound >= Segmenter.minimumRun else { continue }
            let norms = (max(0, leftNorm) * max(0, rightNorm)).squareRoot()
            scores.append((gap, norms > 0 ? dot / norms : 0))
        }
        for index in range { for term in lists[index].terms { left[Int(term.id)] = 0; right[Int(term.id)] = 0 } }
        guard let best = scores.filter({ opens[$0.gap] }).min(by: { $0.similarity < $1.similarity }),
              best.similarity < tuning.turnSimilarity else { return [] }
        let sorted = scores.map(\.similarity).sorted()
        guard best.similarity <= tuning.turnContrast * sorted[sorted.count / 2] else { return [] }
        return split(range.lowerBound..<best.gap, depth: depth + 1) + [best.gap]
            + split(best.gap..<range.upperBound, depth: depth + 1)
    }
}
