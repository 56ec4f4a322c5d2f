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

    @Test func aTallyAddedToInAnyOrderMakesTheRecordOfItsEvidenceAddedInOrder() {
        var random = Generator(state: 24)
        for _ in 0..<400 {
            let count = Int.random(in: 1...7, using: &random)
            // Places in path order: two files, lines and rows within each.
            let placed = (0..<count).map { index in
                (evidence: SpeakerTallyTests.evidence(&random),
                 place: SpeakerTally.Place(source: index < count / 2 ? "a/é.txt" : "a/z.txt", line: index * 3, row: Int64(100 - index)))
            }
            let ordered = placed.sorted { $0.place < $1.place }
            var inOrder = SpeakerTally()
            for item in ordered { inOrder.add(item.evidence, at: item.place) }
            var tally = SpeakerTally()
            for item in placed.shuffled(using: &random) { tally.add(item.evidence, at: item.place) }
            #expect(tally.speaker == inOrder.speaker)
            #expect(tally.articles == count)
            // The directory's record of the evidence in order is the tally's.
            #expect(SpeakerDirectory.canonical(ordered.map(\.evidence)) == inOrder.speaker)
        }
    }

    static func evidence(_ name: String?, _ aliases: [String], _ descriptions: [String] = [], kind: SpeakerKind = .person,
                         count: Int = 1) -> SpeakerEvidence {
        SpeakerEvidence(name: name, aliases: aliases, descriptions: descriptions, kind: kind, count: count, segments: [0])
    }

    @Test func theRecordIsNamedByTheMostUsedFullNameThenTheLongestThenTheFirst() {
        let record = SpeakerDirectory.canonical([
            Self.evidence("Smith", ["Smith"], kind: .organisation, count: 5),
            Self.evidence("John Smith", ["John Smith", "Mr Smith"], ["shipping agent"], count: 2),
            Self.evidence(nil, ["the agent"], ["spokesman"], kind: .group, count: 9),
            Self.evidence("John A. Smith", ["John A. Smith"], ["port official"], count: 2),
        ])
        // A one-word name used more does not beat full names; of two full names used alike, the longer.
        #expect(record.name == "John A. Smith")
        #expect(record.aliases == ["John A. Smith", "Smith", "John Smith", "Mr Smith", "the agent"])
        // Kind and description from the naming articles only: organisation 5 against person 4.
        #expect(record.kind == .organisation)
        #expect(record.description == "shipping agent")
        #expect(record.isNamed)
        let tie = SpeakerDirectory.canonical([Self.evidence("Mary Jones", ["Mary Jones"], kind: .group),
                                              Self.evidence("John Smith", ["John Smith"])])
        #expect(tie.name == "Mary Jones", "the first given of full names alike")
        #expect(tie.kind == .person, "a tie of kinds goes to person")
    }

    @Test func anUnnamedRecordIsNamedByTheFullestAliasThenTheMostUsedThenTheFirst() {
        let record = SpeakerDirectory.canonical([
            Self.evidence(nil, ["the agent", "an agent"], count: 3),
            Self.evidence(nil, ["a port agent", "a shipping agent"], ["port official"], kind: .organisation),
            Self.evidence(nil, ["a shipping agent"], ["spokesman"]),
        ])
        #expect(record.name == "a shipping agent")
        #expect(record.aliases == ["a shipping agent", "the agent", "an agent", "a port agent"])
        #expect(record.kind == .person)
        #expect(record.description == "port official")
        #expect(!record.isNamed)
        #expect(SpeakerDirectory.canonical([Self.evidence(nil, ["the agent", "a spokesman"])]).name == "the agent")
        #expect(SpeakerDirectory.canonical([]).name == "unknown")
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

    @Test func bytesThatAreNotATallyAreRefused() throws {
        var tally = SpeakerTally()
        tally.add(SpeakerEvidence(name: "John Smith", aliases: ["John Smith"], descriptions: ["agent"], kind: .person,
                                  count: 2, segments: [0]), at: SpeakerTally.Place(source: "a.txt", line: 1, row: 1))
        let bytes = tally.bytes
        #expect(SpeakerTally(bytes: []) == nil)
        #expect(SpeakerTally(bytes: Array(bytes.dropLast())) == nil)
        #expect(SpeakerTally(bytes: bytes + [0]) == nil)
        #expect(SpeakerTally(bytes: [2] + bytes.dropFirst()) == nil, "another layout")
        // The path "a.txt" with a byte that is never UTF-8 in place of its "a".
        let path = Array("a.txt".utf8)
        let at = try #require((0...(bytes.count - path.count)).first { Array(bytes[$0..<$0 + path.count]) == path })
        var broken = bytes
        broken[at] = 0xFF
        #expect(SpeakerTally(bytes: broken) == nil, "a text that is not UTF-8")
    }

    @Test func aNumberPast64BitsIsRefused() {
        var writer = ByteWriter()
        writer.number(.max)
        #expect(writer.bytes == Array(repeating: 0xFF, count: 9) + [1])
        var reader = ByteReader(writer.bytes)
        #expect(reader.number() == .max)
        for tenth: UInt8 in [2, 0x7F, 0x81] {
            var over = ByteReader(Array(repeating: 0xFF, count: 9) + [tenth] + [0])
            #expect(over.number() == nil, "tenth byte \(tenth)")
        }
    }

    @Test func aTextIsReadOnlyWhenItIsUTF8() {
        var valid = ByteReader([2, 0xC3, 0xA9])
        #expect(valid.text() == "é")
        #expect(valid.atEnd)
        for bytes: [UInt8] in [[2, 0xC3, 0x28], [1, 0xFF], [3, 0xED, 0xA0, 0x80], [2, 0xC0, 0xAF]] {
            var reader = ByteReader(bytes)
            #expect(reader.text() == nil, "\(bytes)")
        }
    }
}
