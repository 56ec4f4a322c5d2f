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
}
