import Testing
@testable import SitrepCore

/// Somebody picked out of many and not named ("one protester", "another voter") is no speaker of their own: the
/// quotation keeps the mention, and two such people of two stories are not one speaker.
@Suite struct OneOfManyTests {
    @Test func oneProtesterIsNoSpeakerRecord() throws {
        let analysis = analyze(
            "March on the harbour\n\n“We will be back every week,” one protester said outside the port gates.\n",
            "Rally at the mill\n\n“They closed it without asking us,” one protester said at the mill rally.\n")
        let first = try analysis.quote("We will be back")
        #expect(first.speaker == nil)
        #expect(first.mention == "one protester")
        #expect(try analysis.quote("They closed it").speaker == nil)
        #expect(!analysis.speakers.contains { $0.name.lowercased() == "one protester" })
    }

    @Test func aDescribedPersonWhoIsNotOneOfManyKeepsARecord() throws {
        let analysis = analyze("Mill rally\n\n“They closed it without asking us,” a mill worker from Dunmore said.\n")
        #expect(try analysis.quote("They closed it").speaker != nil)
    }
}
