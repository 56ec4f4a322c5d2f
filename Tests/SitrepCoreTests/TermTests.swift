import Testing
@testable import SitrepCore

/// A term or title in quotation marks that nobody says (scare quotes, names of programmes, labels after "so-called")
/// is a `term`, not a quotation; words quoted from a speaker stay quotations.
@Suite struct TermTests {
    @Test func aLabelAfterSoCalledIsATerm() throws {
        let analysis = analyze("""
            Shelling near the border

            Shelling went on through the third year of the so-called “special military operation” in the east.
            """)
        let term = try analysis.quote("special military operation")
        #expect(term.kind == .term)
        #expect(term.speaker == nil)
        #expect(term.mention == nil)
        #expect(term.sieve == .scareQuote)
    }

    @Test func theNameOfAProgrammeIsATerm() throws {
        let analysis = analyze("""
            Talks on the ceasefire

            The foreign minister will appear on “Meet the Press” on Sunday, his office announced.
            """)
        let term = try analysis.quote("Meet the Press")
        #expect(term.kind == .term)
        #expect(term.speaker == nil)
    }

    @Test func aShortQuotationAfterASpeechVerbIsThatSpeakersPartialQuotation() throws {
        let analysis = analyze("""
            Strikes on the port

            Defence Minister Rustem Umerov said the strikes were “a clear warning” to the fleet.
            """)
        let quote = try analysis.quote("a clear warning")
        #expect(quote.kind == .partial)
        #expect(analysis.speakerName(quote) == "Rustem Umerov")
    }

    @Test func aFewQuotedWordsThatNoRuleGivesASpeakerAreATerm() throws {
        let analysis = analyze("""
            Siege of the town

            By morning, water in the town was “running low”.

            By morning, water in the town was “running low on every street where the shelling had cut the mains”.
            """)
        let short = try #require(analysis.quotes.first { $0.text == "running low" })
        #expect(short.kind == .term)
        // (More than a few words in quotation marks are somebody's, though nobody is named.)
        #expect(try analysis.quote("running low on every street").kind == .partial)
    }

    @Test func quotedWordsListedSideBySideAreTerms() throws {
        let analysis = analyze("""
            Words of the war

            The ministry's spokesman said the talks would go on. “We are ready,” he said.

            The words of the year in the new dictionary were “cotton,” “bavovna” and “demilitarisation.”
            """)
        for word in ["cotton,", "bavovna", "demilitarisation."] {
            #expect(try analysis.quote(word).kind == .term)
        }
        #expect(try analysis.quote("We are ready,").kind == .direct)
    }

    @Test func quotedWordsListedAfterASpeechVerbAreTheSpeakers() throws {
        let analysis = analyze("""
            Strikes on the port

            Defence Minister Rustem Umerov said the strikes were “cowardly,” “senseless” and “criminal.”
            """)
        let quote = try analysis.quote("senseless")
        #expect(quote.kind == .partial)
        #expect(analysis.speakerName(quote) == "Rustem Umerov")
    }

    @Test func wordsGivenAsANameAreTerms() throws {
        let analysis = analyze("""
            Drones over the city

            Residents use an app called “Air Alert” to hear of raids. Soldiers know the drone by the name “Lancet”.
            Its tail bears the letter “Z.” The fighter Oleh “Cossack” Hrytsenko leads the unit.

            A “shahed” is a drone that explodes where it lands. The drone, often referred to simply as “the moped”, flies
            low. By “victory,” Zelensky means the borders of 1991.

            Crews were referred to as “the night shift” — or, simply, “owls.”
            """)
        for term in ["Air Alert", "Lancet", "Z.", "Cossack", "shahed", "the moped", "victory,", "the night shift", "owls."] {
            #expect(try analysis.quote(term).kind == .term, "\(term)")
        }
    }

    @Test func aNameGivenWithItsArticleOrAfterACommaIsATerm() throws {
        let analysis = analyze("""
            Drones over the city

            Volunteers in the port joined a group called the “friends of the old harbour” after the first raid.

            Listeners tune in to a weekly programme, called “Night Shift”, for the alerts.
            """)
        for term in ["friends of the old harbour", "Night Shift"] {
            #expect(try analysis.quote(term).kind == .term, "\(term)")
            #expect(try analysis.quote(term).mention == nil, "\(term)")
        }
    }

    /// "called the “…”" after the sentence's own subject is what that subject calls it: a spokesman or officials cut
    /// off by a comma from an earlier "a" are no thing introduced by "a".
    @Test func whatASpeakerOrOfficialsAfterACommaCallSomethingIsTheirs() throws {
        let analysis = analyze("""
            Referendum row

            In a statement, officials called the “referendum” a sham.

            A spokesman called the “peace plan” a trap.
            """)
        #expect(try analysis.quote("referendum").kind != .term)
        #expect(try analysis.quote("referendum").mention == "officials")
        #expect(try analysis.quote("peace plan").kind != .term)
        let plan = try analysis.quote("peace plan")
        #expect(plan.mention == "spokesman", "\(plan)")
    }

    @Test func aLabelAfterWhatIsTheNamersEvenAfterACommaAndAnArticle() throws {
        let analysis = analyze("""
            Court of appeal

            The dissent featured what Ana Ruiz of the Harbour Trust, which represents dockers as a class, called “pointedness in the punctuation.”
            """)
        let label = try analysis.quote("pointedness in the punctuation")
        #expect(label.kind == .partial)
        #expect(analysis.speakerName(label) == "Ana Ruiz")
    }

    @Test func wordsASpeakerUsesAreTheirs() throws {
        let analysis = analyze("""
            Strikes on the port

            Defence Minister Rustem Umerov condemned what he called “a cowardly strike” on the port.

            President Volodymyr Zelensky has used the phrase “drone wall” in every speech this month.
            """)
        #expect(try analysis.quote("a cowardly strike").kind == .partial)
        #expect(try analysis.quote("drone wall").kind == .partial)
    }

    @Test func aTitleInTitleCaseIsATerm() throws {
        let analysis = analyze("""
            Films of the war

            “The Road Back To Mariupol” opens in cinemas on Friday, after a season of festivals.
            """)
        #expect(try analysis.quote("The Road Back To Mariupol").kind == .term)
    }

    @Test func theQuotationsOfAHeadingLineAreTerms() throws {
        let analysis = analyze("""
            Talks on the ceasefire

            The talks ended without a deal on Tuesday.

            'Not a step back'

            “We will not give up a step of our land,” President Volodymyr Zelensky said on Tuesday.
            """)
        #expect(try analysis.quote("Not a step back").kind == .term)
        let quote = try analysis.quote("We will not give up a step of our land,")
        #expect(quote.kind == .direct)
        #expect(analysis.speakerName(quote) == "Volodymyr Zelensky")
    }
}
