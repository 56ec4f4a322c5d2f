import Testing
@testable import SitrepCore

/// A speaker's running totals make the record one reading of all its articles makes, whatever order the articles
/// were added in.
@Suite struct SpeakerTallyTests {
    /// A small deterministic generator (the same evidence in every run).
    struct Generator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return state >> 11
        }
    }

    static let names: [String?] = [nil, "Smith", "John Smith", "John A. Smith", "Dr Smith", "Mary Jones"]
    static let aliases = ["Smith", "John Smith", "Dr Smith", "the agent", "a shipping agent", "Mr Smith", "John A. Smith"]
    static let descriptions = ["shipping agent", "port official", "spokesman"]

    /// Evidence drawn from few names and aliases, so that weights tie often.
    static func evidence(_ random: inout Generator) -> SpeakerEvidence {
        let name = names.randomElement(using: &random)!
        let aliases = (0..<Int.random(in: 0...3, using: &random)).map { _ in Self.aliases.randomElement(using: &random)! }
        let descriptions = Int.random(in: 0...2, using: &random) == 0 ? [] : [Self.descriptions.randomElement(using: &random)!]
        let kind = [SpeakerKind.person, .person, .organisation, .group].randomElement(using: &random)!
        return SpeakerEvidence(name: name, aliases: aliases, descriptions: descriptions, kind: kind,
                               count: Int.random(in: 1...3, using: &random), segments: [0])
    }

    @Test func aTallyAddedToInAnyOrderMakesTheRecordOfItsEvidenceReadInOrder() {
        var random = Generator(state: 24)
        for _ in 0..<400 {
            let count = Int.random(in: 1...7, using: &random)
            // Places in path order: two files, lines and rows within each.
            let placed = (0..<count).map { index in
                (evidence: SpeakerTallyTests.evidence(&random),
                 place: SpeakerTally.Place(source: index < count / 2 ? "a/é.txt" : "a/z.txt", line: index * 3, row: Int64(100 - index)))
            }
            let ordered = placed.sorted { $0.place < $1.place }.map(\.evidence)
            let expected = SpeakerDirectory.canonical(ordered)
            var tally = SpeakerTally()
            for item in placed.shuffled(using: &random) { tally.add(item.evidence, at: item.place) }
            #expect(tally.speaker == expected)
            #expect(tally.articles == count)
            var inOrder = SpeakerTally()
            for (index, evidence) in ordered.enumerated() { inOrder.add(evidence, at: SpeakerTally.Place(source: "", line: 0, row: Int64(index))) }
            #expect(inOrder.speaker == expected)
        }
    }

    @Test func placesCompareAsSQLiteComparesText() {
        // Byte order, not Unicode order: "Z" (0x5A) before "a" (0x61), and "é" (0xC3 0xA9) after both.
        let places = ["é", "a", "Z"].map { SpeakerTally.Place(source: $0, line: 1, row: 1) }
        #expect(places.sorted().map(\.source) == ["Z", "a", "é"])
        #expect(SpeakerTally.Place(source: "a", line: 2, row: 1) < SpeakerTally.Place(source: "a", line: 10, row: 0))
    }

    @Test func aTallyStoredAsBytesIsReadBackTheSame() {
        var random = Generator(state: 7)
        var tally = SpeakerTally()
        #expect(SpeakerTally(bytes: tally.bytes) == tally)
        for index in 0..<9 {
            tally.add(SpeakerTallyTests.evidence(&random),
                      at: SpeakerTally.Place(source: "f\(index % 3)/é", line: index * 1000, row: Int64(index) << 40))
            #expect(SpeakerTally(bytes: tally.bytes) == tally)
        }
        // Each path is written once.
        #expect(tally.bytes.count < 9 * 40 + 200)
    }

    @Test func bytesThatAreNotATallyAreRefused() {
        var tally = SpeakerTally()
        tally.add(SpeakerEvidence(name: "John Smith", aliases: ["John Smith"], descriptions: ["agent"], kind: .person,
                                  count: 2, segments: [0]), at: SpeakerTally.Place(source: "a.txt", line: 1, row: 1))
        let bytes = tally.bytes
        #expect(SpeakerTally(bytes: []) == nil)
        #expect(SpeakerTally(bytes: Array(bytes.dropLast())) == nil)
        #expect(SpeakerTally(bytes: bytes + [0]) == nil)
        #expect(SpeakerTally(bytes: [2] + bytes.dropFirst()) == nil, "another layout")
    }
}
