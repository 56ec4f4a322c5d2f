/// One figure of a story as the reader sets it beside the other sources' figures: what it counts, who gives it,
/// where it comes from, and how it compares with the figures of the same kind and group in other sources.
public struct FigureRow: Sendable, Hashable {
    /// Identifies the figure in its source (``ReaderSource/figureWithCounterparts(_:)``).
    public var key: Int
    public var segment: SegmentKey
    /// The file it is in, its line, and the outlet that published it when the source knows it.
    public var source: String
    public var line: Int
    public var outlet: String?
    /// The number as written ("23,000", "dozens", "40 and 60"), its value, and a range's upper value.
    public var number: String
    public var value: Double
    public var upperValue: Double?
    public var isVague: Bool
    /// What it counts, in the text's words, and the kind of count (killed, injured, ...).
    public var counts: String
    public var category: String?
    /// at-least, about, more-than, less-than, up-to or nearly.
    public var hedge: String?
    /// Who gives it, and the day and place it refers to, as written.
    public var saidBy: String?
    public var date: String?
    public var place: String?
    /// agree, differ, update or subset, against ``counterpartCount`` figures of other sources.
    public var comparison: String?
    public var counterpartCount: Int

    public init(key: Int, segment: SegmentKey, source: String, line: Int, outlet: String? = nil, number: String,
                value: Double, upperValue: Double? = nil, isVague: Bool = false, counts: String, category: String?,
                hedge: String? = nil, saidBy: String? = nil, date: String? = nil, place: String? = nil,
                comparison: String? = nil, counterpartCount: Int = 0) {
        self.key = key
        self.segment = segment
        self.source = source
        self.line = line
        self.outlet = outlet
        self.number = number
        self.value = value
        self.upperValue = upperValue
        self.isVague = isVague
        self.counts = counts
        self.category = category
        self.hedge = hedge
        self.saidBy = saidBy
        self.date = date
        self.place = place
        self.comparison = comparison
        self.counterpartCount = counterpartCount
    }

    /// The figure in words: "at least 12 people", a range as its two values ("40–60 homes").
    public var label: String {
        let number: String
        if let upper = upperValue {
            number = "\(FigureRow.written(value))\u{2013}\(FigureRow.written(upper))"
        } else {
            number = self.number
        }
        // "dozens of families": a plural numeral takes "of" before what it counts.
        let counted = counts.isEmpty ? nil : isVague && number.hasSuffix("s") ? "of " + counts : counts
        return [hedge.map { $0.replacingOccurrences(of: "-", with: " ") }, number, counted].compactMap { $0 }
            .joined(separator: " ")
    }

    /// Where it comes from: the outlet when known, else the file's name, with the line.
    public var origin: String {
        let file = source.split(separator: "/").last.map(String.init) ?? source
        return (outlet.map { "\($0) \u{00B7} " } ?? "") + "\(file):\(line)"
    }

    /// A whole value as digits with thousands separators ("14,000").
    static func written(_ value: Double) -> String {
        guard value == value.rounded(), abs(value) < 1e15 else { return "\(value)" }
        let digits = String(Int(value).magnitude)
        var grouped = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { grouped.append(",") }
            grouped.append(digit)
        }
        return (value < 0 ? "-" : "") + grouped
    }
}
