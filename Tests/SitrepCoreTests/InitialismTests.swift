import Testing
@testable import SitrepCore

/// A body an article names by its initials is the body it writes in full elsewhere.
@Suite struct InitialismTests {
    @Test func initialsAreTheBodyTheArticleNamesInFull() throws {
        let analysis = analyze("""
            Adoption in limbo

            The couple received a letter from Immigration, Refugees and Citizenship Canada about their son.

            “Every adoption must meet the rules of the convention,” IRCC said in a statement.
            """)
        #expect(try analysis.speakerNames("Every adoption must") == ["Immigration, Refugees and Citizenship Canada"])
    }

    @Test func initialsMayKeepTheLettersOfOf() throws {
        let analysis = analyze("""
            Inquiry opens

            The Department of Justice opened an inquiry into the harbour contract on Monday.

            “No decision has been made on charges,” DOJ said in a statement.
            """)
        #expect(try analysis.speakerNames("No decision has been") == ["Department of Justice"])
    }

    @Test func initialsTheArticleNeverWritesInFullStayAsWritten() throws {
        let analysis = analyze("""
            Rail strike looms

            Talks broke down on Friday after the union rejected the offer.

            “We will not accept cuts to safety,” the TWRU said in a statement.
            """)
        #expect(try analysis.speakerNames("We will not accept") == ["TWRU"])
    }

    @Test func initialsAreNeverThePersonWhoseInitialsTheyShare() throws {
        let analysis = analyze("""
            Aid convoy stopped

            Uma Nair, who runs the border clinic, saw the convoy turned back on Monday.

            “The convoy carried food for three thousand families,” the UN said in a statement.
            """)
        #expect(try analysis.speakerNames("The convoy carried food") != ["Uma Nair"])
    }
}
