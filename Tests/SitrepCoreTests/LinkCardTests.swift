import Testing
@testable import SitrepCore

/// A name written as a link card, the full name run into the titles of related stories ("President Trump Donald
/// John TrumpGOP senators balk at …"), is the full name alone.
@Suite struct LinkCardTests {
    @Test func aNameGluedToTheTextAfterItIsTheNameWrittenTheSecondTime() {
        #expect(NameShape.unglued("President Trump Donald John TrumpGOP senators balk") == "Donald John Trump")
        #expect(NameShape.unglued("Sen. Ana Ruiz Ana Maria RuizHouse passes bill") == "Ana Maria Ruiz")
    }

    @Test func camelCaseNamesAndBrandsAreNoGlue() {
        #expect(NameShape.unglued("Kevin MacLeod") == nil)
        #expect(NameShape.unglued("WikiLeaks founder Julian Assange") == nil)
        #expect(NameShape.unglued("Rep. Kevin McCarthy") == nil)
        #expect(NameShape.unglued("Lena DeMarco") == nil)
    }

    @Test func theSpeakerOfALinkCardIsNamedByTheFullName() throws {
        let analysis = analyze("""
            Senate vote nears

            Senate Majority Leader Tomas Brenn Tomas Alan BrennGOP senators balk at long trial MORE said on Tuesday that “the vote will come this week.”
            """)
        #expect(try analysis.speakerNames("the vote will come") == ["Tomas Alan Brenn"])
    }
}
