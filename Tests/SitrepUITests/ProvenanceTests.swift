import SitrepCore
import Testing
@testable import SitrepUI

/// `y` on a quotation: why it has its speaker (the sieve, the cue, the alias, the sentence marked).
@Suite struct ProvenanceTests {
    /// An invented report with one quotation attributed after it.
    func source() -> AnalysisSource {
        let text = """
            Kharkiv restores power after the strike

            Repair crews worked through the night in Kharkiv after the strike on the power station.

            “We are restoring the lines as fast as we can,” Mayor Ihor Terekhov said on Monday.
            """
        return AnalysisSource(analysis: Analyzer().analyze([SourceText(name: "kharkiv.txt", text: text)]), label: "kharkiv")
    }

    /// The text of the box's rows (the cells inside its borders) of a rendered screen.
    func boxText(_ screen: String, width: Int, boxWidth: Int) -> [String] {
        let x = (width - boxWidth) / 2
        return screen.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            let characters = Array(line)
            guard characters.count > x + 2 else { return "" }
            return String(characters[(x + 2)..<min(characters.count, x + boxWidth - 2)]).trimmingCharacters(in: .whitespaces)
        }
    }

    @Test func whyOnASelectedQuotationShowsTheSieveTheCueAndTheSentenceMarked() throws {
        let source = source()
        var state = run([.nextPane, .nextPane, .why], on: AppState(width: 120, height: 30), source: source)
        let provenance = try #require(state.provenance)
        #expect(provenance.sieve == .verbAfter)
        #expect(provenance.cue == "said")
        #expect(provenance.mention == "Mayor Ihor Terekhov")
        #expect(provenance.speaker == "Ihor Terekhov")
        #expect(provenance.alias == "Ihor Terekhov")
        #expect(provenance.sentence == "“‹We are restoring the lines as fast as we can,›” [Mayor Ihor Terekhov] said on Monday.")

        let screen = Renderer(source: source, theme: Theme(color: false)).render(state).text
        let box = boxText(screen, width: 120, boxWidth: 76)
        #expect(screen.contains("Why this speaker"))
        #expect(box.contains("Sieve: verb-after \u{2014} a speech verb after the quotation, with its subject"))
        #expect(box.contains("Cue: said"))
        #expect(box.contains("Speaker phrase: Mayor Ihor Terekhov"))
        #expect(box.contains("Alias matched: Ihor Terekhov"))
        #expect(box.joined(separator: " ").contains(
            "“‹We are restoring the lines as fast as we can,›” [Mayor Ihor Terekhov] said on Monday."))

        // Any key closes it, and does nothing else.
        let selected = state.quotes.selected
        state = run([.down], on: state, source: source)
        #expect(state.provenance == nil && state.quotes.selected == selected)
        #expect(!Renderer(source: source, theme: Theme(color: false)).render(state).text.contains("Why this speaker"))
    }

    @Test func whyWithNoQuotationSelectedSaysSo() {
        let state = run([.why], on: AppState(width: 80, height: 24), source: source())
        #expect(state.provenance == nil)
        #expect(state.message?.hasPrefix("No quotation selected") == true)
    }

    @Test func yIsBoundToWhyAndListedInTheHelp() {
        #expect(Keymap.standard.action(for: .character("y")) == .why)
        let help = HelpView(state: run([.nextPane, .nextPane], on: AppState(width: 80, height: 24), source: source()),
                            keymap: .standard)
        #expect(help.entries.contains { $0.keys == "y" && $0.help.hasPrefix("why the quotation has its speaker") })
    }

    @Test func theAliasMatchedIsTheOneWrittenLikeTheMentionElseTheOneEndingIt() {
        let aliases = ["Volodymyr Zelensky", "Zelensky", "President Zelensky"]
        #expect(QuoteProvenance.alias(matching: "president zelensky", among: aliases) == "President Zelensky")
        #expect(QuoteProvenance.alias(matching: "Mr Zelensky", among: aliases) == "Zelensky")
        #expect(QuoteProvenance.alias(matching: "Zelenskyy", among: aliases) == nil)
        #expect(QuoteProvenance.alias(matching: nil, among: aliases) == nil)
    }

    @Test func theSpeakerPhraseMarkedIsTheOneNearestTheQuotation() {
        let text = "Vale spoke first. Later Vale said: “No deal.” Then Lind left."
        let open = Array(text).firstIndex(of: "N")!
        let provenance = QuoteProvenance(text: text, quote: open..<(open + 8), speaker: "Mara Vale", aliases: ["Mara Vale", "Vale"],
                                         sieve: .verbBefore, cue: "said", mention: "Vale")
        #expect(provenance.sentence == "Later [Vale] said: “‹No deal.›”")
        #expect(provenance.alias == "Vale")
    }
}
