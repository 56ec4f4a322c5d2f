/// Day numbers of the proleptic Gregorian calendar, as linking dates articles (``StoryLinker/day(of:)``): days since
/// 0000-03-01, so that a leap day ends its year's count.
public enum CalendarDay {
    /// Years a date may have: what a page or a feed writes beyond them is no date (and would overflow the count).
    public static let years = 1...9999

    /// The day number of a date; nil when the month has no such day ("February 30") or the year is not in ``years``.
    public static func number(year: Int, month: Int, day: Int) -> Double? {
        guard years.contains(year), (1...12).contains(month), (1...31).contains(day) else { return nil }
        let shifted = month <= 2 ? year - 1 : year
        let index = month <= 2 ? month + 9 : month - 3
        let number = 365 * shifted + floorDivide(shifted, 4) - floorDivide(shifted, 100) + floorDivide(shifted, 400)
            + (153 * index + 2) / 5 + day - 1
        // A day past the month's end runs into the next month: such a date does not exist.
        return date(of: Double(number)).day == day ? Double(number) : nil
    }

    /// The year, month and day of a day number.
    public static func date(of number: Double) -> (year: Int, month: Int, day: Int) {
        let days = wholeDays(number)
        let era = floorDivide(days, 146_097)
        let ofEra = days - era * 146_097
        let yearOfEra = (ofEra - ofEra / 1460 + ofEra / 36_524 - ofEra / 146_096) / 365
        let ofYear = ofEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let index = (5 * ofYear + 2) / 153
        let day = ofYear - (153 * index + 2) / 5 + 1
        let month = index < 10 ? index + 3 : index - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    /// The day of the week of a day number: 0 for Monday to 6 for Sunday (0000-03-01 was a Wednesday).
    static func weekday(of number: Double) -> Int {
        let days = wholeDays(number)
        return ((days + 2) % 7 + 7) % 7
    }

    /// A day in a few words: "Tue 3 Mar".
    static func shortName(of number: Double) -> String {
        let date = date(of: number)
        return "\(weekdayNames[weekday(of: number)]) \(date.day) \(monthNames[date.month - 1])"
    }

    private static let weekdayNames = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    private static let monthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// The whole day of a day number, held within the days of ``years`` (a number read from a damaged row is not
    /// trusted to be one: a huge or non-finite one would trap).
    private static func wholeDays(_ number: Double) -> Int {
        guard number.isFinite else { return 0 }
        return Int(min(max(number, -1e7), 1e7).rounded(.down))
    }

    private static func floorDivide(_ value: Int, _ divisor: Int) -> Int {
        value >= 0 ? value / divisor : -((-value + divisor - 1) / divisor)
    }
}
