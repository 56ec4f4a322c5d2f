/// Compares the figures that different sources give for one story: figures of the same kind (killed, injured, ...)
/// and the same counted group, from different source files, agree (same value), differ, give a later update (the
/// articles are of different days), or count a part of a larger group another source counts ("subset": 3 police
/// officers of 31 people). An article is never compared with itself nor with a copy in its own source file.
public enum FigureComparison {
    /// What the comparison needs of a figure.
    public struct Item: Sendable {
        public var article: Int
        /// The source file the article is in.
        public var source: String
        public var story: Int
        public var category: String?
        public var value: Double
        public var isVague: Bool
        /// The counted group (see ``group(of:lexicon:)``).
        public var group: String
        /// Day number of the article's date, when it has one.
        public var day: Double?

        public init(article: Int, source: String, story: Int, category: String?, value: Double, isVague: Bool,
                    group: String, day: Double?) {
            self.article = article
            self.source = source
            self.story = story
            self.category = category
            self.value = value
            self.isVague = isVague
            self.group = group
            self.day = day
        }
    }

    /// The group "people" in general, of which every other counted group is a part.
    static let people = "people"
    /// Most counterparts listed for one figure.
    static let counterpartLimit = 20

    /// The group a figure counts, from its counted words: "people" for people in general ("others", "victims"),
    /// else the last word, lower-cased, without a plural "s" ("police officers" -> "officer").
    static func group(of counts: String, lexicon: Lexicon) -> String {
        guard let last = counts.byteSplit(separator: " ").last?.lowercased() else { return people }
        if lexicon.figurePeople.contains(last) { return people }
        return last.count > 3 && last.hasSuffix("s") && !last.hasSuffix("ss") ? String(last.dropLast()) : last
    }

    /// For each figure with a counterpart in another source of its story: the relation ("agree", "differ",
    /// "update", "subset") and the counterparts' indices.
    public static func compare(_ figures: [Item]) -> (relations: [Int: String], counterparts: [Int: [Int]]) {
        struct Kind: Hashable { var story: Int; var category: String }
        var kinds: [Kind: [Int]] = [:]
        for (index, figure) in figures.enumerated() where !figure.isVague {
            guard let category = figure.category else { continue }
            kinds[Kind(story: figure.story, category: category), default: []].append(index)
        }
        var relations: [Int: String] = [:]
        var counterparts: [Int: [Int]] = [:]
        for members in kinds.values {
            // Counted per source, group and value, so that a story with thousands of figures is still one pass.
            struct Key: Hashable { var group: String; var value: Double? ; var source: String? }
            var count: [Key: Int] = [:]
            var byGroup: [String: [Int]] = [:]
            for index in members {
                let figure = figures[index]
                for key in [Key(group: figure.group, value: nil, source: nil),
                            Key(group: figure.group, value: nil, source: figure.source),
                            Key(group: figure.group, value: figure.value, source: nil),
                            Key(group: figure.group, value: figure.value, source: figure.source)] {
                    count[key, default: 0] += 1
                }
                byGroup[figure.group, default: []].append(index)
            }
            // Each group's figures by source, and where each source's run starts and ends: the figures of the other
            // sources are the two parts around a run, read without going through the run.
            struct Run: Hashable { var group: String; var source: String }
            var runs: [Run: Range<Int>] = [:]
            for (group, indices) in byGroup {
                let sorted = indices.sorted { (figures[$0].source, $0) < (figures[$1].source, $1) }
                byGroup[group] = sorted
                var start = 0
                for position in sorted.indices where position + 1 == sorted.count
                    || figures[sorted[position + 1]].source != figures[sorted[position]].source {
                    runs[Run(group: group, source: figures[sorted[position]].source)] = start..<(position + 1)
                    start = position + 1
                }
            }
            for index in members {
                let figure = figures[index]
                let others = count[Key(group: figure.group, value: nil, source: nil)]!
                    - count[Key(group: figure.group, value: nil, source: figure.source)]!
                let sameValue = count[Key(group: figure.group, value: figure.value, source: nil)]!
                    - count[Key(group: figure.group, value: figure.value, source: figure.source)]!
                let elsewhere = { (group: String) -> [Int] in
                    let all = byGroup[group] ?? []
                    let own = runs[Run(group: group, source: figure.source)] ?? all.endIndex..<all.endIndex
                    var found = Array(all[..<own.lowerBound].prefix(counterpartLimit))
                    found += all[own.upperBound...].prefix(counterpartLimit - found.count)
                    return found
                }
                if others > 0 {
                    let found = elsewhere(figure.group)
                    counterparts[index] = found
                    if sameValue > 0 {
                        relations[index] = "agree"
                    } else if let day = figure.day, found.allSatisfy({ figures[$0].day.map { $0 != day } ?? false }) {
                        relations[index] = "update"
                    } else {
                        relations[index] = "differ"
                    }
                } else if figure.group != people {
                    let larger = elsewhere(people).filter { figures[$0].value >= figure.value }
                    if !larger.isEmpty {
                        counterparts[index] = larger
                        relations[index] = "subset"
                    }
                }
            }
        }
        return (relations, counterparts)
    }
}
