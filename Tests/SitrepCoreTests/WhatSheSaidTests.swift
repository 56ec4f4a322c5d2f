import Testing
@testable import SitrepCore

/// "What she said": past "what", the pronoun speaks unless the sentence opens with a noun for a speaker (a person, a
/// role, a body or a group of the lexicon) or a plural "they" may stand for.
@Suite struct WhatSheSaidTests {
    @Test func aThingOpeningTheSentenceLeavesTheWordsToThePronounAfterWhat() throws {
        let analysis = analyze("""
            Harbour vote

            The real test of the plan is what she said on Monday about the “harbour tax.”

            """)
        #expect(try analysis.quote("harbour tax").mention == "she")
    }

    @Test func theyAfterWhatMayStandForThePluralBeforeIt() throws {
        let analysis = analyze("""
            Harbour vote

            The dockers are seeking to block what they say is an “unlawful levy” on the port.

            """)
        #expect(try analysis.quote("unlawful levy").mention == "dockers")
    }
}
