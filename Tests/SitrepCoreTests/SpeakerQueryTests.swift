import Testing
@testable import SitrepCore

@Suite("Speaker queries")
struct SpeakerQueryTests {
    @Test("honorifics, titles and determiners are dropped; case and diacritics folded")
    func words() {
        #expect(SpeakerQuery("Mr Zelenskiy").words == ["zelenskiy"])
        #expect(SpeakerQuery("President ZELENSKIY").words == ["zelenskiy"])
        #expect(SpeakerQuery("the Prime Minister").words.isEmpty == false, "a query of titles alone keeps its words")
        #expect(SpeakerQuery("Ömer Çelik").words == ["omer", "celik"])
    }

    @Test("a word matches the start of a word of any alias, as written or by transliteration key")
    func matching() {
        let aliases = ["Volodymyr Zelensky", "Mr Zelensky", "Zelenskiy"]
        #expect(SpeakerQuery("zelensk").matches(aliases: aliases))
        #expect(SpeakerQuery("Zelenskyy").matches(aliases: aliases))
        #expect(SpeakerQuery("volodymyr zelenskiy").matches(aliases: aliases), "words may come from different aliases")
        #expect(!SpeakerQuery("zelenskaya").matches(aliases: aliases))
        #expect(!SpeakerQuery("vladimir putin").matches(aliases: aliases))
        #expect(SpeakerQuery("seong").matches(aliases: ["Lee Seong-kweun"]), "hyphenated names split into words")
        #expect(SpeakerQuery("зеленськ").matches(aliases: ["Володимир Зеленський"]))
        #expect(!SpeakerQuery("").matches(aliases: aliases))
    }

    @Test("content hashes tell files apart and are stable")
    func contentHash() {
        let text = Array("Talks resume in Geneva".utf8)
        #expect(ContentHash.of(text) == ContentHash.of(text))
        #expect(ContentHash.of(text) != ContentHash.of(text + [0x20]))
        #expect(ContentHash.of(text).count == 40)
        #expect(ContentHash.of([]) != ContentHash.of([0]))
    }
}
