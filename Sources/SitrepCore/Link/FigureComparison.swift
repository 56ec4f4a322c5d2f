/// Compares the figures that different sources give for one story: the same kind of count (killed, injured, ...)
/// in two articles of a story either agrees (same value) or differs.
enum FigureComparison {
    /// What the comparison needs of a figure.
    struct Item {
        var article: Int
        var story: Int
        var category: String?
        var value: Double
    }

    /// For each figure index with a counterpart in another article of its story, "agree" or "differ".
    static func compare(_ figures: [Item]) -> [Int: String] {
        struct Group: Hashable { var story: Int; var category: String }
        var groups: [Group: [Int]] = [:]
        for (index, figure) in figures.enumerated() {
            guard let category = figure.category else { continue }
            groups[Group(story: figure.story, category: category), default: []].append(index)
        }
        var result: [Int: String] = [:]
        // Counted per article and per value, so a story with thousands of figures is still one pass.
        struct ValueInArticle: Hashable { var value: Double; var article: Int }
        for members in groups.values {
            var perArticle: [Int: Int] = [:]
            var perValue: [Double: Int] = [:]
            var perValueInArticle: [ValueInArticle: Int] = [:]
            for index in members {
                let figure = figures[index]
                perArticle[figure.article, default: 0] += 1
                perValue[figure.value, default: 0] += 1
                perValueInArticle[ValueInArticle(value: figure.value, article: figure.article), default: 0] += 1
            }
            for index in members {
                let figure = figures[index]
                guard members.count > perArticle[figure.article]! else { continue }
                let sameValueElsewhere = perValue[figure.value]! - perValueInArticle[ValueInArticle(value: figure.value, article: figure.article)]!
                result[index] = sameValueElsewhere > 0 ? "agree" : "differ"
            }
        }
        return result
    }
}
