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
        // Counted per article and per value, so a story with thousands of figures is still one pass.
        struct ValueInArticle: Hashable { var value: Double; var article: Int }
        for members in groups.values {
            var perArticle: [Int: Int] = [:]
            var perValue: [Double: Int] = [:]
            var perValueInArticle: [ValueInArticle: Int] = [:]
            for index in members {
                let figure = analysis.figures[index]
                perArticle[figure.article, default: 0] += 1
                perValue[figure.value, default: 0] += 1
                perValueInArticle[ValueInArticle(value: figure.value, article: figure.article), default: 0] += 1
            }
            for index in members {
                let figure = analysis.figures[index]
                guard members.count > perArticle[figure.article]! else { continue }
                let sameValueElsewhere = perValue[figure.value]! - perValueInArticle[ValueInArticle(value: figure.value, article: figure.article)]!
                result[index] = sameValueElsewhere > 0 ? "agree" : "differ"
            }
        }
        return result
    }
}
