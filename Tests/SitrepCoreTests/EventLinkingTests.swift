import Testing
@testable import SitrepCore

/// Stories are events, not topics: two reports of one event link; two events of one kind do not.
@Suite struct EventLinkingTests {
    /// Whether articles `left` and `right` of the analysis share a story.
    private func linked(_ analysis: Analysis, _ left: Int, _ right: Int) -> Bool {
        analysis.stories.contains { story in
            let articles = Set(story.segments.map(\.article))
            return articles.contains(left) && articles.contains(right)
        }
    }

    @Test func aLinkRestingOnOneSharedWordIsNoLink() {
        let linker = StoryLinker()
        // Two vectors alike almost only in one strong word: a topic, not an event.
        let pirates = SparseTerms<UInt32>(terms: [1, 2, 3, 4], values: [0.7, 0.5, 0.4, 0.3])
        let other = SparseTerms<UInt32>(terms: [1, 2, 7, 8], values: [0.7, 0.1, 0.6, 0.3])
        #expect(pirates.dot(other) >= linker.tuning.threshold)
        #expect(linker.linkSimilarity(pirates, other, days: (nil, nil), isRare: { _ in true }).similarity == 0)
        // Alike in many words: the cosine stands.
        let report = SparseTerms<UInt32>(terms: [1, 2, 3, 4], values: [0.6, 0.5, 0.5, 0.37])
        #expect(linker.linkSimilarity(pirates, report, days: (nil, nil), isRare: { _ in true }).similarity == pirates.dot(report))
        // The same evidence three years apart is discounted away.
        let day = StoryLinker.day(of: "2014-05-02")!
        #expect(linker.linkSimilarity(pirates, report, days: (day, day + 3 * 365), isRare: { _ in true }).similarity
                < linker.tuning.threshold)
    }

    @Test func manySharedRareTermsOutlastTheDates() {
        let linker = StoryLinker()
        let lasting = linker.tuning.event.lastingTerms
        // Two reports alike in many words, months apart.
        let terms = (1...UInt32(lasting + 4)).map { $0 }
        let left = SparseTerms<UInt32>(terms: terms, values: terms.map { 1 / Double($0) })
        let right = SparseTerms<UInt32>(terms: terms, values: terms.map { 1 / Double(terms.count + 1 - Int($0)) })
        let day = StoryLinker.day(of: "2016-04-14")!
        let months = (day, day + 200)
        #expect(left.dot(right) >= linker.tuning.threshold)
        #expect(linker.dateFactor(months.0, months.1) * left.dot(right) < linker.tuning.threshold)
        // Every shared term rare: the event's people, places and wording; the dates do not count.
        #expect(linker.linkSimilarity(left, right, days: months, isRare: { _ in true }).similarity == left.dot(right))
        // One rare term too few (the topic's words are common): discounted as before.
        let few = linker.linkSimilarity(left, right, days: months, isRare: { $0 < UInt32(lasting) })
        #expect(few.similarity < linker.tuning.threshold)
    }

    @Test func closeCopiesSharingSomeRareNamesOutlastTheDates() {
        let linker = StoryLinker()
        let event = linker.tuning.event
        // Two texts of two outlets whose words agree closely (a report republished, or an archive page dated when it
        // was fetched), months apart.
        let terms = (1...UInt32(event.lastingTerms + 4)).map { $0 }
        let left = SparseTerms<UInt32>(terms: terms, values: terms.map { 1 / Double($0) })
        let right = SparseTerms<UInt32>(terms: terms, values: terms.map { 1 / Double($0).squareRoot() })
        let cosine = left.dot(right) / (left.length * right.length)
        let (unitLeft, unitRight) = (left.cut(to: terms.count), right.cut(to: terms.count))
        #expect(cosine >= event.closeCosine)
        let day = StoryLinker.day(of: "2016-11-03")!
        let months = (day, day + 155)
        #expect(linker.dateFactor(months.0, months.1) * cosine < linker.tuning.threshold)
        // Sharing the event's rare names (fewer than far less alike texts would need): the dates do not count.
        let names = { (term: UInt32) in term <= UInt32(event.closeTerms) }
        #expect(event.closeTerms < event.lastingTerms)
        let close = linker.linkSimilarity(unitLeft, unitRight, days: months, isRare: names)
        #expect(abs(close.similarity - cosine) < 1e-9)
        // The same close copies from one outlet: its furniture (a footer, a licensing note) as often as one event.
        let oneOutlet = linker.linkSimilarity(unitLeft, unitRight, days: months, oneOutlet: true, isRare: names)
        #expect(oneOutlet.similarity < linker.tuning.threshold)
        #expect(StoryLinker.oneOutlet("The Daily Caller", "the daily caller"))
        #expect(!StoryLinker.oneOutlet("The Daily Caller", nil))
        // One rare name too few: the topic's words alone, discounted for the months between.
        let fewer = linker.linkSimilarity(unitLeft, unitRight, days: months, isRare: { $0 < UInt32(event.closeTerms) })
        #expect(fewer.similarity < linker.tuning.threshold)
    }

    /// Two segments alike in many words, only some of them strongly: a cosine under the threshold.
    private let weaker = (SparseTerms<UInt32>(terms: [1, 2, 3, 4, 5, 6, 8], values: [0.3, 0.2, 0.2, 0.2, 0.2, 0.2, 0.8]),
                          SparseTerms<UInt32>(terms: [1, 2, 3, 4, 5, 6, 9], values: [0.2, 0.2, 0.1, 0.1, 0.1, 0.1, 0.9]))

    @Test func datesThatAgreeAndSharedRareNamesLinkOnWeakerOverlap() {
        let linker = StoryLinker()
        let (left, right) = weaker
        let day = StoryLinker.day(of: "2018-01-01")!
        #expect(left.dot(right) < linker.tuning.threshold)
        // Reported a day apart, sharing six terms that few articles hold (the event's people and places).
        let link = linker.linkSimilarity(left, right, days: (day, day + 1), isRare: { _ in true })
        #expect(link.event == linker.tuning.event.boost)
        #expect(link.similarity >= linker.tuning.threshold)
        // The same words a week apart, or undated, or common in the library: no evidence of one event.
        for (days, isRare) in [((day, day + 7), { (_: UInt32) in true }), ((nil, nil), { _ in true }),
                               ((day, day + 1), { _ in false })] as [((Double?, Double?), (UInt32) -> Bool)] {
            let plain = linker.linkSimilarity(left, right, days: days, isRare: isRare)
            #expect(plain.event == 1)
            #expect(plain.similarity < linker.tuning.threshold)
        }
        // Too few rare terms shared: the topic's words and one name.
        let fewRare = linker.linkSimilarity(left, right, days: (day, day + 1), isRare: { $0 <= 2 })
        #expect(fewRare.event == 1)
    }

    @Test func datesAgreeOnTheEventsDaysWhereBothAreKnown() {
        let linker = StoryLinker()
        let (left, right) = weaker
        let reader = EventDay()
        func day(_ iso: String) -> Double { StoryLinker.day(of: iso)! }
        // Two strikes on one city a week apart, reported within one week: the first ("on Monday", 2 September) in
        // Friday's paper, the second ("on Sunday", 8 September) in Monday's. Published three days apart, the
        // reports' dates would agree; their events' days do not.
        let friday = day("2024-09-06"), monday = day("2024-09-09")
        let first = reader.day(lead: ["A missile struck the port of Odesa on Monday, officials said."], published: friday)
        let second = reader.day(lead: ["A missile struck the port of Odesa on Sunday, officials said."], published: monday)
        #expect(first == day("2024-09-02") && second == day("2024-09-08"))
        let twoStrikes = linker.linkSimilarity(left, right, days: (friday, monday), eventDays: (first, second), isRare: { _ in true })
        #expect(twoStrikes.event == 1)
        #expect(twoStrikes.similarity < linker.tuning.threshold)
        // One strike reported a day apart: "on Tuesday" in Tuesday's paper, "yesterday" in Wednesday's.
        let tuesday = day("2024-09-03")
        let told = reader.day(lead: ["A missile struck the port of Odesa on Tuesday, officials said."], published: tuesday)
        let retold = reader.day(lead: ["A missile struck the port of Odesa yesterday, officials said."], published: tuesday + 1)
        #expect(told == tuesday && retold == tuesday)
        let oneStrike = linker.linkSimilarity(left, right, days: (tuesday, tuesday + 1), eventDays: (told, retold), isRare: { _ in true })
        #expect(oneStrike.event == linker.tuning.event.boost)
        #expect(oneStrike.similarity >= linker.tuning.threshold)
        // Where one of them is not dated by its text, the articles' dates are compared.
        let halfDated = linker.linkSimilarity(left, right, days: (friday, monday), eventDays: (first, nil), isRare: { _ in true })
        #expect(halfDated.event == linker.tuning.event.boost)
    }

    @Test func aRareTermIsHeldByFewArticlesOfTheLibrary() {
        let evidence = EventEvidence()
        // Held by no article but the two: rare in a library of any size.
        #expect(evidence.isRare(frequency: 2, count: 3))
        #expect(!evidence.isRare(frequency: 3, count: 10))
        // A share of the library's articles: "Ukraine" in most articles of a war library is no one event's name.
        #expect(evidence.isRare(frequency: 20, count: 1000))
        #expect(!evidence.isRare(frequency: 600, count: 1000))
    }

    @Test func eventEvidenceEasesTheLikenessTwoStoriesNeed() {
        let linker = StoryLinker()
        let tuning = linker.tuning
        // Two stories whose centroids are a little less alike than the thresholds ask.
        let dot = tuning.centroidThreshold * 0.8
        #expect(!linker.storiesAlike(dot: dot, lengths: 1, sizes: 1, event: 1))
        #expect(linker.storiesAlike(dot: dot, lengths: 1, sizes: 1, event: tuning.event.boost))
        // Far too unlike: evidence of one event does not bridge it.
        #expect(!linker.storiesAlike(dot: tuning.averageThreshold * 0.3, lengths: 1, sizes: 1, event: tuning.event.boost))
    }

    @Test func ukraineWarEventsOnOneDaySharingRussiaAndUkraineAreTwoStories() {
        let analysis = analyze(
            "---\ndate: 2023-06-06\n---\nDam destroyed on the Dnipro\n\nThe Kakhovka dam on the Dnipro river in southern Ukraine was destroyed on Tuesday, flooding Kherson, and Ukraine blamed Russian forces for the blast. Russia said Ukraine had shelled the dam. Thousands of residents of Nova Kakhovka were evacuated.\n",
            "---\ndate: 2023-06-06\n---\nDrones strike Belgorod region\n\nRussian officials in Belgorod said Ukrainian drones struck an oil depot near Shebekino on Tuesday, and Russia accused Ukraine of shelling border villages. Ukraine did not comment. Russian forces said they had shot down eleven drones over Valuyki.\n",
            "---\ndate: 2023-06-07\n---\nKakhovka dam flood spreads\n\nFloodwater from the destroyed Kakhovka dam spread through Kherson on Wednesday as residents of Nova Kakhovka fled the Dnipro river's banks, officials said, a day after the blast at the dam.\n"
        )
        #expect(!linked(analysis, 0, 1))
        #expect(!linked(analysis, 1, 2))
        #expect(linked(analysis, 0, 2))
    }

    @Test func piracyCasesYearsApartAreTwoEvents() {
        let analysis = analyze(
            "---\ndate: 2014-03-11\n---\nPirates seize tanker off Somalia\n\nSomali pirates seized the oil tanker Maren Star off the coast of Puntland on Monday, taking its 21 crew hostage, the ship's Greek owner said. The pirates demanded a ransom for the tanker.\n",
            "---\ndate: 2017-08-02\n---\nPirates hijack cargo ship in Gulf of Aden\n\nPirates hijacked the cargo ship Orla Bay in the Gulf of Aden on Tuesday and took its 14 Filipino crew hostage, the Manila shipping agency said. The pirates have not demanded a ransom.\n",
            "---\ndate: 2017-08-03\n---\nCentral bank holds rates\n\nThe central bank kept interest rates unchanged on Wednesday, its governor said, as inflation eased.\n"
        )
        #expect(!linked(analysis, 0, 1))
    }

    @Test func anAbductionAndThePupilsReleaseMonthsLaterAreOneStory() {
        let abduction = "---\ndate: 2016-04-14\n---\nGunmen abduct 40 pupils from Okarra school\n\nGunmen abducted 40 pupils from the Okarra girls' boarding school in Zamfara state on Thursday, police commissioner Bello Danjuma said. Parents gathered at the Okarra school gate as soldiers searched the Tsafe forest. Governor Abdulaziz Yari promised to bring the Okarra pupils home.\n"
        let release = "---\ndate: 2016-11-02\n---\nOkarra pupils freed after seven months\n\nThe 40 pupils abducted from the Okarra girls' boarding school in Zamfara state were freed on Wednesday, police commissioner Bello Danjuma said. Governor Abdulaziz Yari met the Okarra pupils and their parents at the school gate. Soldiers had searched the Tsafe forest for months.\n"
        let other = "---\ndate: 2016-11-02\n---\nCentral bank holds rates\n\nThe central bank kept interest rates unchanged on Wednesday, its governor said, as inflation eased.\n"
        #expect(linked(analyze(abduction, release, other), 0, 1))
        #expect(!linked(analyze(abduction, release, other), 0, 2))
    }

    @Test func obituariesNamingOneBackgroundPersonAreTwoEvents() {
        let analysis = analyze(
            "Jazz pianist Oskar Veldt dies at 81\n\nOskar Veldt, the Dutch jazz pianist who toured with Nelson Mandela's benefit concerts, died at his home in Utrecht on Sunday, his daughter said. Veldt recorded forty albums.\n",
            "Novelist Amara Okoye dies aged 74\n\nAmara Okoye, the Nigerian novelist whose memoir described meeting Nelson Mandela in prison, died in Lagos on Friday, her publisher said. Okoye won the Caine prize.\n",
            "Central bank holds rates\n\nThe central bank kept interest rates unchanged on Wednesday, its governor said, as inflation eased.\n"
        )
        #expect(!linked(analysis, 0, 1))
    }

    @Test func twoReportsOfOneEventLink() {
        let analysis = analyze(
            "---\ndate: 2017-08-02\n---\nPirates hijack Orla Bay in Gulf of Aden\n\nPirates hijacked the cargo ship Orla Bay in the Gulf of Aden on Tuesday and took its 14 Filipino crew hostage, the Manila shipping agency Seaways said.\n",
            "---\ndate: 2017-08-03\n---\nFilipino crew held after Orla Bay hijacking\n\nFourteen Filipino sailors of the Orla Bay were held hostage by pirates in the Gulf of Aden after the cargo ship was hijacked on Tuesday, Seaways in Manila said.\n",
            "---\ndate: 2017-08-03\n---\nCentral bank holds rates\n\nThe central bank kept interest rates unchanged on Wednesday, its governor said, as inflation eased.\n"
        )
        #expect(linked(analysis, 0, 1))
        #expect(!linked(analysis, 0, 2))
    }
}
