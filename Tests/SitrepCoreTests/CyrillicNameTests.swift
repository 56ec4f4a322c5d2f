import Testing
@testable import SitrepCore

/// Names match across scripts: Ukrainian and Russian spellings share a key with the English one.
@Suite struct CyrillicNameTests {
    @Test(arguments: [
        ("Зеленський", "Zelensky"), ("Зеленский", "Zelenskiy"), ("Володимир Зеленський", "Volodymyr Zelenskyy"),
        ("Песков", "Peskov"), ("Дмитрий Песков", "Dmitry Peskov"), ("Харків", "Kharkiv"), ("Київ", "Kyiv"),
        ("Ігор Терехов", "Ihor Terekhov"), ("Сергей Шойгу", "Sergei Shoigu"), ("Герасимов", "Gerasimov"),
    ])
    func aNameHasOneKeyInEveryScript(_ cyrillic: String, _ latin: String) {
        #expect(NameKey.key(cyrillic) == NameKey.key(latin))
    }

    @Test func differentNamesKeepDifferentKeys() {
        #expect(NameKey.key("Зеленський") != NameKey.key("Залужний"))
        #expect(NameKey.key("Шмигаль") != NameKey.key("Шевченко"))
    }

    @Test func aSpeakerQueryInCyrillicFindsTheLatinAliases() {
        #expect(SpeakerQuery("зеленськ").matches(aliases: ["Volodymyr Zelensky"]))
        #expect(SpeakerQuery("Песков").matches(aliases: ["Dmitry Peskov"]))
        #expect(SpeakerQuery("zelensky").matches(aliases: ["Володимир Зеленський"]))
        #expect(!SpeakerQuery("песков").matches(aliases: ["Volodymyr Zelensky"]))
    }
}
