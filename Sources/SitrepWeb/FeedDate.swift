import SitrepCore

/// Dates as feeds and pages write them (RFC 822 in RSS 2.0, RFC 3339 and W3C dates in Atom, RSS 1.0, JSON Feed
/// and page metadata), normalised to ISO 8601 in UTC so that they sort as text.
public enum FeedDate {
    private static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
    private static let zones: [String: Int] = [
        "gmt": 0, "ut": 0, "utc": 0, "z": 0, "est": -300, "edt": -240, "cst": -360, "cdt": -300, "mst": -420,
        "mdt": -360, "pst": -480, "pdt": -420, "msk": 180, "eet": 120, "eest": 180, "cet": 60, "cest": 120, "bst": 60,
    ]

    /// `2025-01-12T09:30:00Z` for any date the function reads, a bare day (`2025-01-12`) as it is; nil when the
    /// text is no date it knows.
    public static func normalised(_ text: String?) -> String? {
        guard let text = text.map(WebText.collapsed), !text.isEmpty else { return nil }
        if let first = text.first, first.isNumber, text.count >= 10, text.dropFirst(4).first == "-" {
            return iso(text)
        }
        return rfc822(text)
    }

    /// RFC 3339 / W3C: `2025-01-12`, `2025-01-12T09:30Z`, `2025-01-12T09:30:00.123+02:00`.
    private static func iso(_ text: String) -> String? {
        let characters = Array(text)
        func number(_ range: Range<Int>) -> Int? {
            guard range.upperBound <= characters.count else { return nil }
            return Int(String(characters[range]))
        }
        guard let year = number(0..<4), characters[7] == "-", let month = number(5..<7), let day = number(8..<10),
              (1...12).contains(month), (1...31).contains(day) else { return nil }
        guard characters.count > 10, characters[10] == "T" || characters[10] == " " else {
            guard CalendarDay.number(year: year, month: month, day: day) != nil else { return nil }
            return format4(year) + "-" + two(month) + "-" + two(day)
        }
        guard let hour = number(11..<13), characters.count > 13, characters[13] == ":", let minute = number(14..<16)
        else { return nil }
        var index = 16
        var second = 0
        if index < characters.count, characters[index] == ":", let value = number(17..<19) {
            second = value
            index = 19
        }
        while index < characters.count, characters[index] == "." || characters[index].isNumber { index += 1 }
        var offset = 0
        if index < characters.count, characters[index] == "+" || characters[index] == "-" {
            let digits = characters[(index + 1)...].filter(\.isNumber)
            guard digits.count == 4, let hours = Int(String(digits.prefix(2))), let minutes = Int(String(digits.suffix(2)))
            else { return nil }
            offset = (characters[index] == "-" ? -1 : 1) * (hours * 60 + minutes)
        }
        return utc(year: year, month: month, day: day, hour: hour, minute: minute, second: second, offset: offset)
    }

    /// RFC 822 / 1123: `Sun, 12 Jan 2025 09:30:00 GMT`, `12 Jan 25 09:30 +0200`.
    private static func rfc822(_ text: String) -> String? {
        var words = text.lowercased().split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
        if let first = words.first, first.first?.isLetter == true { words.removeFirst() }
        guard words.count >= 4, let day = Int(words[0]),
              let month = months.firstIndex(where: { words[1].hasPrefix($0) }), var year = Int(words[2]) else { return nil }
        if year < 100 { year += year < 70 ? 2000 : 1900 }
        let time = words[3].split(separator: ":").compactMap { Int($0) }
        guard time.count >= 2 else { return nil }
        var offset = 0
        if words.count > 4 {
            let zone = words[4]
            if let sign = zone.first, sign == "+" || sign == "-", zone.count == 5, let value = Int(zone.dropFirst()) {
                offset = (sign == "-" ? -1 : 1) * (value / 100 * 60 + value % 100)
            } else if let known = zones[zone] {
                offset = known
            }
        }
        return utc(year: year, month: month + 1, day: day, hour: time[0], minute: time[1],
                   second: time.count > 2 ? time[2] : 0, offset: offset)
    }

    /// The moment in UTC, given a local time `offset` minutes east of UTC.
    private static func utc(year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int, offset: Int) -> String? {
        guard (1...31).contains(day), (0...23).contains(hour), (0...59).contains(minute), (0...60).contains(second)
        else { return nil }
        guard let start = CalendarDay.number(year: year, month: month, day: day) else { return nil }
        var minutes = (Int(start) * 24 + hour) * 60 + minute - offset
        let dayNumber = Int((Double(minutes) / 1440).rounded(.down))
        minutes -= dayNumber * 1440
        let (y, m, d) = CalendarDay.date(of: Double(dayNumber))
        return "\(format4(y))-\(two(m))-\(two(d))T\(two(minutes / 60)):\(two(minutes % 60)):\(two(min(second, 59)))Z"
    }

    private static func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
    private static func format4(_ value: Int) -> String { String(repeating: "0", count: max(0, 4 - "\(value)".count)) + "\(value)" }
}
