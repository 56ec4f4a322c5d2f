import Foundation
import Testing
@testable import SitrepCore

/// Properties that hold for any input: spans inside the input, quotations equal to their source slices, work
/// linear in the input.
@Suite struct InvariantTests {
    @Test func theSamplesKeepEveryInvariant() throws {
        let sources = try corpusSources()
        #expect(AnalysisInvariants.violations(Analyzer().analyze(sources), sources: sources) == [])
    }

    /// Generated news-like text: random sentences from a vocabulary of quotation marks, speech verbs, names,
    /// numbers, headings and line breaks, in many seeded variations.
    @Test(arguments: 0..<40)
    func generatedTextKeepsEveryInvariant(_ seed: Int) {
        var generator = SeededGenerator(seed: UInt64(seed) &* 0x9E37_79B9_7F4A_7C15 &+ 1)
        let pieces = ["“", "”", "\"", "‘", "’", "'", " said ", " says ", ", according to ", "Mr ", "Volodymyr Zelensky",
                      "Kim Jong-un", "Харків", "이성권", "the ministry", "23,000", " killed", " injured", ". ", ", ", "\n",
                      "\n\n", "(Reuters) - ", "By Ann Lee", "Photo: AFP", "KYIV, Jan 3 ", "—", "…", "\r\n", "   ",
                      "he added", "They", "was not easy", "Update 3:", "?", "!", ":", "\u{FEFF}", "é", "a", "the war"]
        let text = (0..<Int.random(in: 1...400, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
        guard let source = try? SourceText.decode(name: "generated.txt", bytes: Array(text.utf8)) else { return }
        let analysis = Analyzer().analyze([source])
        #expect(AnalysisInvariants.violations(analysis, sources: [source]) == [], "seed \(seed): \(text.debugDescription)")
    }

    /// Debug-build sizes; `make stress` runs the release binary on a 50 MB line and a million lines.
    @Test func aHugeSingleLineAndManyTinyLinesFinish() throws {
        let sentence = "Officials said 23,000 households were without power after the strike, the ministry said. "
        let line = String(repeating: sentence, count: 2_000)  // 180 KB on one line, 2,000 quotations and figures
        let long = try SourceText.decode(name: "long.txt", bytes: Array(line.utf8))
        let longAnalysis = Analyzer().analyze([long])
        #expect(longAnalysis.articles.count == 1)
        #expect(AnalysisInvariants.violations(longAnalysis, sources: [long]) == [])
        let tiny = try SourceText.decode(name: "tiny.txt", bytes: Array(String(repeating: "a\n", count: 100_000).utf8))
        #expect(tiny.lineRanges.count == 100_000)
        let tinyAnalysis = Analyzer().analyze([tiny])
        #expect(AnalysisInvariants.violations(tinyAnalysis, sources: [tiny]) == [])
    }
}

/// A small deterministic random number generator (SplitMix64), so that generated inputs are reproducible.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
