import Testing
@testable import SitrepCore

/// The passes that read bytes instead of strings (issue 26) give what the string reading gives.
@Suite struct ByteReadingTests {
    @Test func asciiNameKeysFoldCaseSpellingAndPunctuationAsTheFoldedStringDoes() {
        #expect(NameKey.key("Zelenskyy") == "zelenski")
        #expect(NameKey.key("ZELENSKIY") == NameKey.key("Zelensky"))
        #expect(NameKey.key("Kim Jong-un") == NameKey.key("Kim Jong Un"))
        #expect(NameKey.key("O'Brien") == "obrien")
        #expect(NameKey.key("Anna Hall 2nd") == "anahal2nd")
        #expect(NameKey.key("") == "")
    }

    @Test func asciiNamesKeyLikeTheirAccentedAndCyrillicSpellings() {
        #expect(NameKey.key("Jose Lopez") == NameKey.key("José López"))
        #expect(NameKey.key("Zelensky") == NameKey.key("Зеленський"))
        #expect(NameKey.parts("Francois Hollande", lexicon: .standard) == NameKey.parts("François Hollande", lexicon: .standard))
    }

    @Test func namePartsDropHonorificsWithOrWithoutTheirPeriod() {
        #expect(NameKey.parts("Dr. Anthony Fauci", lexicon: .standard) == ["anthoni", "fauci"])
        #expect(NameKey.parts("Mr  Li", lexicon: .standard) == ["li"])
        #expect(NameKey.parts("MRS. May", lexicon: .standard) == ["mai"])
        #expect(NameKey.parts("-- .", lexicon: .standard) == [])
    }

    @Test func quotationWordKeysReadBritishSpellingsAsAmerican() {
        let british = SharedQuotes.keys(of: "“We will organise the organisation of our labour,” he said.")
        let american = SharedQuotes.keys(of: "\"We will organize the organization of our labor,\" he said.")
        #expect(!british.isEmpty)
        #expect(british == american)
        #expect(SharedQuotes.keys(of: "Too short — really") == [])
    }

    @Test func textsWithOtherScalarsAreReadByCharacterAndKeyAlike() {
        let plain = "“Troops will stay in the region for now,” the minister said"
        #expect(QuoteWords.keys(of: plain) != nil)
        // A sign that is neither letter nor number separates words either way: the character reading is taken.
        let signed = plain + " ×"
        #expect(QuoteWords.keys(of: signed) == nil)
        #expect(SharedQuotes.keys(of: signed) == SharedQuotes.keys(of: plain))
        #expect(QuoteWords.keys(of: "a zero\u{200D}width joiner joins") == nil)
        let keys = SharedQuotes.keys(of: plain)
        #expect(SharedQuotes.anchors(of: signed, keys: keys, lexicon: .standard)
                == SharedQuotes.anchors(of: plain, keys: keys, lexicon: .standard))
    }

    @Test func asciiSearchAgreesWithFoundation() {
        for (text, needle) in [("said in a statement.", "statement"), ("statements", "statement"), ("no such", "statement"),
                               ("statement\u{301}", "statement"), ("U.S", "."), ("", "."), ("é.", ".")] {
            #expect(text.containsASCII(needle) == text.contains(needle), "\(text) / \(needle)")
        }
        #expect("he’s".containsBytes("\u{2019}"))
        #expect(!"he's".containsBytes("\u{2019}"))
    }

    @Test func asciiBytesLowerCaseAsStringsDo() {
        let bytes = Array("Seventy-TWO Ümit".utf8)
        bytes.withUnsafeBufferPointer { buffer in
            #expect(ASCIIBytes.lowercased(buffer, 0, 11) == "seventy-two")
            #expect(ASCIIBytes.lowercased(buffer, 12, buffer.count) == nil)
        }
    }
}
