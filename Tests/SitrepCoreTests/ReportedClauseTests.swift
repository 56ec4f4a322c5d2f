import Testing
@testable import SitrepCore

/// The clause a speech verb reports, and whose words the quotations inside it are.
@Suite struct ReportedClauseTests {
    @Test func aListenerAndALongPhraseMayStandBetweenTellingAndThat() throws {
        let analysis = analyze("""
            Ana Ruiz hailed the vote as “historic,” telling reporters during a visit to the coast on Friday that \
            she thinks the bridge is “a great thing.”

            """)
        #expect(try analysis.quote("a great thing").mention == "Ana Ruiz")
    }
}
