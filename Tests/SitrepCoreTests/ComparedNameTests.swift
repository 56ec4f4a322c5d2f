import Testing
@testable import SitrepCore

/// A name a person is compared with ("like Montalban") is not who the text is about: a description after it means
/// the person the sentence is about.
@Suite struct ComparedNameTests {
    @Test func aDescriptionAfterAComparisonMeansThePersonComparedNotTheNameAfterLike() throws {
        let analysis = analyze("""
            The comic shop

            Actor Rafael Ortiz was born in Mexico. Ortiz moved to California at 20.

            I’m talking about Alfonso Espinos, who like Ortiz was born in Mexico and made his way north. “We print anything by anyone,” says the 39-year-old founder of the shop.

            Espinos opened the store last year.
            """)
        #expect(try analysis.speakerNames("We print anything") == ["Alfonso Espinos"])
    }

    @Test func aNameLikeGivesAnExampleTheTextIsAbout() throws {
        let article = try #require(parse("""
            Budget vote

            Many moderates like Ana Ruiz have warned against the plan. Others, like Tom Kade, stayed silent.
            """).first)
        let written = ArticleNames(article, lexicon: .standard).occurrences.map(\.name)
        #expect(written.contains("Ana Ruiz"))
        #expect(!written.contains("Tom Kade"))
    }
}
