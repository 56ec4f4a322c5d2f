import Testing
@testable import SitrepCore

/// Whose account quoted words reach the reader through: words quoted inside a clause a speaker reports are that
/// speaker's account (a nested report), and a share of the people a poll asked speaks through the poll.
@Suite struct ReportingSourceTests {
    @Test func wordsQuotedInsideAReportedClauseAreTheReportersAccount() throws {
        let analysis = analyze("""
            Dam inquiry

            Senator Ana Ruiz said on Tuesday that Minister Tom Lind had described the dam as “perfectly safe” last spring.

            Rep. Ilse Marten said that Lind called on engineers to stay “closely coordinated.”

            """)
        let safe = try analysis.quote("perfectly safe")
        #expect(safe.mention == "Senator Ana Ruiz")
        #expect(safe.cue == "said")
        #expect(analysis.speakerName(try analysis.quote("closely coordinated")) == "Ilse Marten")
    }

    @Test func theInnerVerbKeepsAWholeStatementAndWordsQuotedOutsideAReportedClause() throws {
        let analysis = analyze("""
            Dam inquiry

            Senator Ana Ruiz said Minister Tom Lind told her: “The dam is perfectly safe.”

            Minister Tom Lind described the dam as “perfectly sound” at the hearing.

            Ruiz tweeted after Lind argued at the hearing that the spillway was “never at risk.”

            After Lind argued that the dam was sound, Ruiz said only that his “numbers do not add up.”

            """)
        // A whole statement in quotation marks is the inner speaker's.
        #expect(analysis.speakerName(try analysis.quote("The dam is perfectly safe")) == "Tom Lind")
        // No reported clause: the verb's own subject.
        #expect(analysis.speakerName(try analysis.quote("perfectly sound")) == "Tom Lind")
        // A clause of time, or a comma, between the verbs: each keeps its own words.
        #expect(analysis.speakerName(try analysis.quote("never at risk")) == "Tom Lind")
        #expect(analysis.speakerName(try analysis.quote("numbers do not")) == "Ana Ruiz")
    }

    @Test func aRelativeThatOpensNoReportedClause() throws {
        let analysis = analyze("""
            Budget vote

            Ruiz said she would still sign the bill that Lind called “a betrayal.”

            Ruiz said last week that Lind had called the bill “a cynical betrayal of voters.”

            Ruiz told staff in an email on Sunday that she and Lind agreed “it was time for a new bill.”

            """)
        // "the bill that Lind called": the "that" opens no clause Ruiz reports, so Lind's verb keeps the words.
        #expect(try analysis.quote("a betrayal").mention == "Lind")
        // Words of time between the verb and "that" still open the clause Ruiz reports.
        #expect(try analysis.quote("a cynical betrayal").mention == "Ruiz")
        // So do a listener and a phrase opened by a preposition, and other subjects joined to the inner one.
        #expect(try analysis.quote("it was time").mention == "Ruiz")
    }

    @Test func aClauseReportedWithoutThatIsTheReportersAccountToo() throws {
        let analysis = analyze("""
            Dam inquiry

            Rep. Ilse Marten said Lind called on engineers to stay “closely coordinated.”

            Senator Ana Ruiz said the minister had described the dam as “perfectly safe” last spring.

            Ruiz praised Lind for what the engineers called his “steady hand.”

            Tom Vale said Lind had referred to Sen. Ana Ruiz (D-Ore.) as the “senator from the dam lobby.”

            """)
        #expect(try analysis.quote("closely coordinated").mention == "Rep. Ilse Marten")
        #expect(try analysis.quote("perfectly safe").mention == "Senator Ana Ruiz")
        // A party tag after a name closes no clause.
        #expect(try analysis.quote("senator from the dam lobby").mention == "Tom Vale")
        // No clause opens after "praised": the verb inside the relative clause keeps its words.
        #expect(try analysis.quote("steady hand").mention?.contains("engineers") == true)
    }

    @Test func aShareOfThoseAskedSpeaksThroughThePollThatAskedThem() throws {
        let analysis = analyze("""
            Harbour vote

            In a Harbour Gazette poll released Sunday, 64 percent of residents said the ferry plan was “a waste of money.”

            The survey has bad news for the mayor — six in 10 voters say they would “never” back her again.

            """)
        #expect(try analysis.quote("a waste of money").mention?.hasSuffix("poll") == true)
        #expect(try analysis.quote("never").mention?.hasSuffix("survey") == true)
    }

    @Test func aShareWithNoPollBeforeItKeepsItsWords() throws {
        let analysis = analyze("""
            Harbour vote

            Two ferry captains said the plan was “a waste of money,” and 64 percent of residents said it was “reckless.”

            """)
        #expect(try analysis.quote("a waste of money").mention?.contains("ferry captains") == true)
        #expect(try analysis.quote("reckless").mention?.contains("percent") == true)
    }

    @Test func oneOfAGroupAfterAPollIsNoShareOfThoseItAsked() throws {
        let analysis = analyze("""
            Harbour vote

            After the poll was published, one of the senators said it was “flawed.”

            After the survey was published, 60 percent of the councillors said it was “deeply misleading.”

            In the survey, six of 10 residents said the ferry plan was “too costly.”

            """)
        #expect(try analysis.quote("flawed").mention?.contains("senators") == true)
        // A poll with a verb of its own ("was published") is what the share speaks about, not who asked it.
        #expect(try analysis.quote("deeply misleading").mention?.contains("percent") == true)
        // "six of 10": a number after "of" makes the share.
        #expect(try analysis.quote("too costly").mention?.hasSuffix("survey") == true)
    }
}
