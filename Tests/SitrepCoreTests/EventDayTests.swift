import Testing
@testable import SitrepCore

/// The day a segment's event happened (``EventDay``): a dateline's date, a date its lead writes out, or a weekday or
/// relative word resolved against the day of publication, in news convention.
@Suite struct EventDayTests {
    private let reader = EventDay()

    private func day(_ iso: String) -> Double { StoryLinker.day(of: iso)! }

    /// The event day of a lead published on `published` (an ISO date, nil when undated).
    private func event(_ lead: String, published: String?) -> Double? {
        reader.day(lead: [lead], published: published.map(day))
    }

    @Test func dayNumbersRoundTripAndKnowTheirWeekday() {
        for iso in ["2024-02-29", "2024-03-01", "2023-12-31", "2000-01-01", "1999-12-31"] {
            let number = day(iso)
            let date = CalendarDay.date(of: number)
            #expect(String(format: "%04d-%02d-%02d", date.year, date.month, date.day) == iso)
        }
        #expect(CalendarDay.number(year: 2023, month: 2, day: 29) == nil)
        #expect(CalendarDay.weekday(of: day("2026-12-07")) == 0)
        #expect(CalendarDay.shortName(of: day("2022-03-01")) == "Tue 1 Mar")
    }

    @Test func aWeekdayIsTheLastSuchDayOnOrBeforePublicationAcrossAMonthAndAYearEnd() {
        // Published on Wednesday 1 May 2024: Tuesday is the day before, Friday the last days of April.
        #expect(event("Rescuers worked through the night after the strike on Tuesday.", published: "2024-05-01") == day("2024-04-30"))
        #expect(event("The blast late Friday killed two people.", published: "2024-05-01") == day("2024-04-26"))
        #expect(event("Officials said on Wednesday that the bridge had collapsed.", published: "2024-05-01") == day("2024-05-01"))
        // Published on Thursday 2 January 2025: Monday night was in the last year.
        #expect(event("Fires broke out Monday night across the port city.", published: "2025-01-02") == day("2024-12-30"))
        // The weekday after the day of publication is the next day, not six days back (a page dated in another
        // time zone): Friday in a Thursday's paper.
        #expect(event("Sirens woke residents on Friday as a missile flew over Hokkaido.", published: "2017-09-14") == day("2017-09-15"))
        // "Tuesday's strike" dates it too.
        #expect(event("Tuesday's strike destroyed the depot.", published: "2024-05-03") == day("2024-04-30"))
    }

    @Test func nextWeekdaysAndTheFutureTensePointForward() {
        // Published on Wednesday 1 May 2024.
        #expect(event("Talks will resume in Geneva on Tuesday, the ministry said.", published: "2024-05-01") == day("2024-05-07"))
        #expect(event("The envoy arrives next Wednesday.", published: "2024-05-01") == day("2024-05-08"))
        #expect(event("Voters chose a new mayor last Wednesday.", published: "2024-05-01") == day("2024-04-24"))
    }

    @Test func relativeWordsCountFromTheDayOfPublication() {
        #expect(event("A ferry sank yesterday off the coast.", published: "2024-03-01") == day("2024-02-29"))
        #expect(event("Shelling resumed last night in the east.", published: "2024-01-01") == day("2023-12-31"))
        #expect(event("Police said this morning that two men were arrested.", published: "2024-03-01") == day("2024-03-01"))
        // Undated: a relative word dates nothing.
        #expect(event("A ferry sank yesterday off the coast.", published: nil) == nil)
        #expect(event("The council met to discuss the budget.", published: "2024-03-01") == nil)
    }

    @Test func ukrainianAndRussianWeekdaysAndRelativeWords() {
        // Published on Wednesday 1 May 2024.
        #expect(event("У вівторок російська ракета влучила в будинок у Харкові.", published: "2024-05-01") == day("2024-04-30"))
        #expect(event("Во вторник ракета попала в жилой дом в Харькове.", published: "2024-05-01") == day("2024-04-30"))
        #expect(event("У п'ятницю вибухи пролунали в Одесі.", published: "2024-05-01") == day("2024-04-26"))
        #expect(event("Вчора ввечері у Львові пролунали вибухи.", published: "2024-05-01") == day("2024-04-30"))
        #expect(event("Вчера вечером во Львове прогремели взрывы.", published: "2024-05-01") == day("2024-04-30"))
        #expect(event("Сьогодні в Києві оголосили тривогу.", published: "2024-05-01") == day("2024-05-01"))
        #expect(event("Сегодня в Киеве объявили тревогу.", published: "2024-05-01") == day("2024-05-01"))
    }

    @Test func aDateWrittenOutInTheLeadComesBeforeWeekdaysAndTakesTheNearestYearBefore() {
        #expect(event("The strike on March 3 killed four, officials said on Tuesday.", published: "2022-03-08") == day("2022-03-03"))
        #expect(event("The vote on 3 March 2022 was delayed.", published: "2022-03-05") == day("2022-03-03"))
        #expect(event("Troops crossed the border on Sept. 3, the ministry said.", published: "2022-09-05") == day("2022-09-03"))
        // No year, published early in January: December is last year's.
        #expect(event("The fire of Dec. 30 destroyed the market.", published: "2023-01-02") == day("2022-12-30"))
        // An old date written out is background: the weekday dates the event.
        #expect(event("Like the May 18, 2017 attack, the blast on Tuesday hit a market.", published: "2018-05-17") == day("2018-05-15"))
        // Undated: only a date with its year.
        #expect(event("The vote on 3 March 2022 was delayed.", published: nil) == day("2022-03-03"))
        #expect(event("The vote on 3 March was delayed.", published: nil) == nil)
    }

    @Test func onlyTheLeadSentencesDateTheEvent() {
        let opening = String(repeating: "Rescuers searched the rubble for survivors. ", count: EventDay.leadSentences)
        #expect(event(opening + "The city was last hit on Tuesday.", published: "2024-05-01") == nil)
        // The same sentence in the lead dates it.
        #expect(event("The city was last hit on Tuesday. " + opening, published: "2024-05-01") == day("2024-04-30"))
    }

    @Test func aDatelineDatesEverySegmentAndAnUndatedArticle() {
        let dated = Analyzer().analyzeLocally([SourceText(name: "a.txt", text:
            "---\ndate: 2022-03-04\n---\nStrike on Kharkiv\n\nKYIV, March 3 (Reuters) - A missile hit a school in Kharkiv on Wednesday, officials said.\n")])
        #expect(dated.first?.linkInput.eventDays == [day("2022-03-03")])
        let undated = Analyzer().analyzeLocally([SourceText(name: "b.txt", text:
            "Strike on Kharkiv\n\nLONDON, 3 March 2022 - A missile hit a school in Kharkiv on Wednesday, officials said.\n")])
        #expect(undated.first?.linkInput.day == nil)
        #expect(undated.first?.linkInput.eventDays == [day("2022-03-03")])
    }

    @Test func anAbbreviationEndsNoSentenceOfTheLead() {
        // "Lt." and "Gen." end no sentence: "on Tuesday" is still in the lead's first sentence.
        #expect(event("Lt. Gen. Oleksandr Syrskyi said on Tuesday that the line held.", published: "2024-05-01")
                == day("2024-04-30"))
        #expect(event("Vladimir V. Putin spoke on Tuesday.", published: "2024-05-01") == day("2024-04-30"))
    }

    @Test func aDateWithoutAYearMayBeTheNextYearsFirstDays() {
        // Published on 31 December 2024: "January 1" is the next day, not a day of the year before.
        let dated = Analyzer().analyzeLocally([SourceText(name: "a.txt", text:
            "---\ndate: 2024-12-31\n---\nFireworks over Kyiv\n\nKYIV, January 1 (Reuters) - Drones were shot down over the capital, officials said.\n")])
        #expect(dated.first?.linkInput.eventDays == [day("2025-01-01")])
    }

    @Test func aCurlyApostropheMarksTheFutureAsAStraightOneDoes() {
        #expect(event("Both sides say they\u{2019}ll meet again on Tuesday.", published: "2024-05-01") == day("2024-05-07"))
        #expect(event("Both sides say they'll meet again on Tuesday.", published: "2024-05-01") == day("2024-05-07"))
    }

    @Test func aDateNoCalendarHoldsIsNoDay() {
        #expect(CalendarDay.number(year: 99_999_999_999_999, month: 1, day: 12) == nil)
        #expect(CalendarDay.number(year: 0, month: 1, day: 12) == nil)
        #expect(CalendarDay.date(of: .infinity).year >= CalendarDay.years.lowerBound - 30_000)
        #expect(CalendarDay.weekday(of: .nan) >= 0)
    }

    @Test func aWeekdayInANameIsNoDay() {
        #expect(event("Talks on the Good Friday Agreement resumed in Belfast.", published: "2024-05-01") == nil)
        #expect(event("Marchers remembered Bloody Sunday in Derry.", published: "2024-05-01") == nil)
        // A pointer or a sentence's first word before it is no name: "Last Tuesday" and "Late Friday" are days.
        #expect(event("Last Tuesday the bridge was shelled.", published: "2024-05-01") == day("2024-04-30"))
        #expect(event("Late Friday, drones hit the port.", published: "2024-05-01") == day("2024-04-26"))
    }
}
