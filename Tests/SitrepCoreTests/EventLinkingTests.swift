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
        #expect(linker.linkSimilarity(pirates, other, days: (nil, nil)) == 0)
        // Alike in many words: the cosine stands.
        let report = SparseTerms<UInt32>(terms: [1, 2, 3, 4], values: [0.6, 0.5, 0.5, 0.37])
        #expect(linker.linkSimilarity(pirates, report, days: (nil, nil)) == pirates.dot(report))
        // The same evidence three years apart is discounted away.
        let day = StoryLinker.day(of: "2014-05-02")!
        #expect(linker.linkSimilarity(pirates, report, days: (day, day + 3 * 365)) < linker.tuning.threshold)
    }

    @Test func piracyCasesYearsApartAreTwoEvents() {
        let analysis = analyze(
            "---\ndate: 2014-03-11\n---\nPirates seize tanker off Somalia\n\nSomali pirates seized the oil tanker Maren Star off the coast of Puntland on Monday, taking its 21 crew hostage, the ship's Greek owner said. The pirates demanded a ransom for the tanker.\n",
            "---\ndate: 2017-08-02\n---\nPirates hijack cargo ship in Gulf of Aden\n\nPirates hijacked the cargo ship Orla Bay in the Gulf of Aden on Tuesday and took its 14 Filipino crew hostage, the Manila shipping agency said. The pirates have not demanded a ransom.\n",
            "---\ndate: 2017-08-03\n---\nCentral bank holds rates\n\nThe central bank kept interest rates unchanged on Wednesday, its governor said, as inflation eased.\n"
        )
        #expect(!linked(analysis, 0, 1))
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
