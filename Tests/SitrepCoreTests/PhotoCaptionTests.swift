import Testing
@testable import SitrepCore

/// Whether one invented line is a picture's caption.
private func isCaption(_ text: String) -> Bool {
    PhotoCaption.isCaption(Paragraph(text: text, pieces: [Paragraph.Piece(offset: 0, line: 1, column: 1)]), lexicon: .standard)
}

/// A picture's caption run into the text names the people in the picture, not those the narration is about: a
/// pronoun or a quotation after it does not mean them, and the narration goes on across it.
@Suite struct PhotoCaptionTests {
    @Test func aCreditOpeningOrClosingALineOrAnAgencyRunIntoItMakesItACaption() {
        #expect(isCaption("Rhea Kolb / Harbour Daily Ana Brisk and Tomas Vell outside their home."))
        #expect(isCaption("Owen Pike, a retired porter, looks at photos at a ceremony in 1999. ( HARBOUR PRESS FILE PHOTO )"))
        #expect(isCaption("Volunteers sort parcels at the depot on Monday. ( Lena Moss / Valley Record )"))
        #expect(isCaption("The Canadian Press A freight train stands near the bridge on Monday."))
    }

    @Test func narrationWithASlashOrAnAgencyThatSpeaksIsNoCaption() {
        #expect(!isCaption("The clinic is open 24/7 and turns nobody away, the nurses say."))
        #expect(!isCaption("Reuters Ana Ruiz reported that the talks had failed."))
        #expect(!isCaption("“We will rebuild,” said Ana Ruiz. ( Lena Moss / Valley Record )"))
        #expect(!isCaption("Tomas Vell met Ana Brisk at a ferry terminal in 2016."))
    }

    @Test func aQuotationStandingAloneAfterACaptionIsThePersonOfTheNarrationBeforeIt() throws {
        let analysis = analyze("""
            Ferry terminal romance

            Tomas Vell met Ana Brisk at a ferry terminal in 2016. Vell still remembers the rain that day.

            Rhea Kolb / Harbour Daily Ana Brisk and Tomas Vell outside their home.

            “It was the best day of my life, and I was soaked.”
            """)
        #expect(try analysis.speakerNames("It was the best day") == ["Tomas Vell"])
    }

    @Test func aPersonInACaptionIsNotWhoAPronounAfterItMeans() throws {
        let analysis = analyze("""
            Porters remembered

            Historian Cecil Marr has spent a decade on the porters. Marr writes that their union changed the country.

            Lena Moss / Valley Record Owen Pike, a retired porter, looks at photos at a ceremony in 1999.

            “These men were smart enough to go to the capital and ask for more,” he says.
            """)
        #expect(try analysis.speakerNames("These men were smart") == ["Cecil Marr"])
    }

    @Test func aBlurtIsSpeech() throws {
        let analysis = analyze("""
            A first date

            Tomas Vell met Ana Brisk at a ferry terminal in 2016.

            “You’re short,” Vell blurted out. “But so am I.”
            """)
        #expect(try analysis.speakerNames("You’re short") == ["Tomas Vell"])
    }
}
