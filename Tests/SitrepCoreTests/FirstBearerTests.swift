import Testing
@testable import SitrepCore

/// A surname alone means the one full name written before it, when the other person of that surname is first
/// written after the last place the article writes the surname alone; two people written in full before it stay
/// apart.
@Suite struct FirstBearerTests {
    @Test func aSurnameBeforeTheSecondBearerIsWrittenIsTheFirstBearer() throws {
        let analysis = analyze("""
            A dance of second chances

            The company is staging choreographer Mira Talbot’s new work this winter.

            Talbot did not need much coaxing. “I am thankful for the invitation,” Talbot said.

            The daughter of the late actor Henry Talbot, she grew up backstage.
            """)
        #expect(try analysis.speakerNames("I am thankful") == ["Mira Talbot"])
    }

    @Test func aSurnameAfterBothBearersAreWrittenHasNoFullName() throws {
        let article = try #require(parse("""
            Two lawmakers named Talbot

            Mira Talbot and Henry Talbot both sit on the harbour committee.

            “We will vote against the levy,” Talbot said.
            """).first)
        #expect(ArticleNames(article, lexicon: .standard).fullName(of: "Talbot", lexicon: .standard) == nil)
    }
}
