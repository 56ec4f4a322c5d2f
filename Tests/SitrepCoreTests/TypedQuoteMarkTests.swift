import Testing
@testable import SitrepCore

/// Quotation marks as some pages type them: two curly single marks for a double one, and a straight mark set apart
/// by spaces from the words it opens.
@Suite struct TypedQuoteMarkTests {
    @Test func twoCurlySingleMarksCloseADoubleQuotation() throws {
        let analysis = analyze("""
            Market day

            Mayor Ana Ruiz opened a bakery on the square. “We bake for the village and nobody else,’’ says the 41-year-old mayor, who opened the shop last spring. “If you want croissants, go to the city.”
            """)
        let first = try analysis.quote("We bake for the village")
        #expect(first.text == "We bake for the village and nobody else,")
        #expect(first.cue == "says")
        #expect(analysis.speakerName(try analysis.quote("If you want croissants")) == "Ana Ruiz")
    }

    @Test func aStraightMarkSetApartOpensTheQuotationItStandsBefore() throws {
        let analysis = analyze("""
            Housing plan

            “The city should build more,” Tom Lind said.

            Lind also cited a plan from the province. This would " add homes in every neighbourhood."

            "Whenever you build too little, rents go up," he said.
            """)
        #expect(try analysis.quote("add homes").text.hasPrefix("add homes in every neighbourhood"))
        // (The narration between is no quotation carried over, so its subject is who "he" means.)
        #expect(!analysis.quotes.contains { $0.text.hasPrefix("Lind also cited") })
        #expect(try analysis.speakerNames("Whenever you build") == ["Tom Lind"])
    }

    @Test func aSpacedMarkClosingAQuotationCarriedOverOpensNone() throws {
        let analysis = analyze("""
            Court ruling

            "The court got this badly wrong, and

            we will not stop " Ana Ruiz said, calling the ruling "absurd."
            """)
        #expect(!analysis.quotes.contains { $0.text.hasPrefix("Ana Ruiz said") })
    }
}
