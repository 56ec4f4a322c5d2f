/// Compares the figures that different sources give for one story: the same kind of count (killed, injured, ...)
/// in two articles of a story either agrees (same value) or differs.
public enum FigureComparison {
    /// For each figure index with a counterpart in another article of its story, "agree" or "differ".
    public static func compare(_ analysis: Analysis) -> [Int: String] {
        var groups: [String: [Int]] = [:]
        for (index, figure) in analysis.figures.enumerated() {
            guard let category = figure.category,
                  let story = analysis.storyOfSegment[SegmentRef(article: figure.article, segment: figure.segment)]
            else { continue }
            groups["\(story)|\(category)", default: []].append(index)
        }
        var result: [Int: String] = [:]
        for members in groups.values {
            for index in members {
                let figure = analysis.figures[index]
                let others = members.filter { analysis.figures[$0].article != figure.article }
                guard !others.isEmpty else { continue }
                result[index] = others.contains { analysis.figures[$0].value == figure.value } ? "agree" : "differ"
            }
        }
        return result
    }
}
