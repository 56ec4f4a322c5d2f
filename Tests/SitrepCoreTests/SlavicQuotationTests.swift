import Testing
@testable import SitrepCore

/// Ukrainian and Russian quotations: «…» marks, the attribution after a dash, speech verbs of both languages, and
/// names matched across scripts.
@Suite struct SlavicQuotationTests {
    @Test func aDashAttributionAfterAQuotationNamesItsSpeaker() throws {
        let analysis = analyze("""
            Мер закликав мешканців залишатися в укриттях

            «Ми відновимо все, що зруйновано», — заявив мер Харкова Ігор Терехов.

            «Обстріли тривали всю ніч», — додав він.
            """)
        let first = try analysis.quote("Ми відновимо")
        #expect(first.kind == .direct)
        #expect(first.cue == "заявив")
        #expect(analysis.speakerName(first) == "Ігор Терехов")
        #expect(try analysis.speakerNames("Обстріли тривали") == ["Ігор Терехов"], "the pronoun is the mayor")
    }

    @Test func aRussianAttributionWithARoleAndItsComplement() throws {
        let analysis = analyze("""
            В Кремле прокомментировали переговоры

            «Мы не видим готовности к диалогу», — сказал пресс-секретарь Кремля Дмитрий Песков.
            """)
        #expect(try analysis.speakerNames("Мы не видим") == ["Дмитрий Песков"])
    }

    @Test func theSpeakerBeforeTheVerbAfterADash() throws {
        let analysis = analyze("Обстріл Херсона\n\n«Ситуація складна» — Олександр Прокудін повідомив у Telegram.\n")
        #expect(try analysis.speakerNames("Ситуація складна") == ["Олександр Прокудін"])
    }

    @Test func oneSpeakerAcrossScripts() throws {
        let analysis = analyze(
            "Зеленський про ППО\n\n«Нам потрібні ще системи ППО», — заявив Президент України Володимир Зеленський.\n",
            "Zelensky on air defence\n\n“We need more air defence systems,” Volodymyr Zelensky said on Monday.\n")
        let ukrainian = try analysis.quote("Нам потрібні").speaker
        let english = try analysis.quote("We need more").speaker
        #expect(ukrainian != nil && ukrainian == english)
    }

    @Test func aQuotationWithoutADashAttributionKeepsNoSpeaker() throws {
        let analysis = analyze("Новини\n\nМешканці називають це «новою нормою» для міста.\n")
        #expect(try analysis.quote("новою нормою").speaker == nil)
    }

    @Test func lowHighQuotationMarksWithASurnameAfterTheDash() throws {
        let analysis = analyze("""
            Переговори

            „Переговори тривають“, — додав Зеленський.

            „Мы не видим готовности к диалогу“, — заявил Песков.
            """)
        let ukrainian = try analysis.quote("Переговори тривають")
        #expect(ukrainian.kind == .direct)
        #expect(ukrainian.cue == "додав")
        #expect(ukrainian.mention == "Зеленський")
        let russian = try analysis.quote("Мы не видим")
        #expect(russian.cue == "заявил")
        #expect(analysis.speakerName(russian) == "Песков")
    }

    @Test func aSurnameInThreeSpellingsIsOneSpeaker() throws {
        let analysis = analyze(
            "Новини\n\n«Нам потрібні ще системи ППО», — додав Зеленський.\n",
            "Новости\n\n«Нам нужны еще системы ПВО», — заявил Зеленский.\n",
            "News\n\n“We need more air defence,” Zelensky said on Monday.\n")
        let speakers = try ["Нам потрібні", "Нам нужны", "We need more"].map { try analysis.quote($0).speaker }
        #expect(speakers[0] != nil && Set(speakers).count == 1)
        #expect(SpeakerQuery("зеленськ").matches(aliases: analysis.speakers[speakers[0]!].aliases))
    }
}
