import Testing
@testable import SitrepCore

/// Who is who when the text names nobody, or two at once: an unnamed source keeps its mention and is no speaker of
/// its own, unless the article ties it to the organisation it speaks for or names the holder of its role; a subject
/// of two people joined by "and" is never one person.
@Suite struct UnnamedSourceTests {
    @Test func aLoneCommonNounIsNeverASpeakersName() throws {
        let analysis = analyze("""
            Storm closes the coast road

            “The road will stay shut until Friday,” officials said.

            “We are counting the damage,” the company said in a note to clients.
            """)
        let officials = try analysis.quote("The road will stay shut")
        #expect(officials.speaker == nil)
        #expect(officials.mention == "officials")
        #expect(try analysis.quote("We are counting").speaker == nil)
        #expect(!analysis.speakers.contains { !$0.name.contains(" ") && $0.name.first?.isLowercase == true })
    }

    @Test func officialsOfTwoArticlesAreNotOneSpeaker() throws {
        let analysis = analyze(
            "Bridge to reopen\n\n“The bridge reopens on Monday,” officials said of the harbour bridge repairs.\n",
            "Harbour bridge repairs end\n\n“The harbour bridge repairs are finished,” officials said on Sunday.\n")
        #expect(try analysis.quote("The bridge reopens").speaker == nil)
        #expect(try analysis.quote("The harbour bridge repairs").speaker == nil)
        #expect(!analysis.speakers.contains { $0.name.lowercased() == "officials" })
    }

    @Test func anAnonymousSourceIsNoSpeakerButADescribedPersonIs() throws {
        let analysis = analyze("""
            Trade talks stall

            “There will be no deal this week,” a senior administration official said.

            “The sides are far apart,” a person familiar with the talks said.

            “The tariffs hurt my farm,” a soybean grower from Iowa said.
            """)
        #expect(try analysis.quote("There will be no deal").speaker == nil)
        #expect(try analysis.quote("There will be no deal").mention == "senior administration official")
        #expect(try analysis.quote("The sides are far apart").speaker == nil)
        #expect(try analysis.quote("The tariffs hurt").speaker != nil)
    }

    @Test func anUnnamedSourceSpeaksForTheOrganisationItsPhraseNames() throws {
        let analysis = analyze("""
            Talks on the border resume

            “No decision has been taken,” White House officials said on Tuesday.

            “The carrier will stay in the region,” a Pentagon spokesman said.

            “The ambassador was summoned,” a spokeswoman for the State Department said.
            """)
        #expect(try analysis.speakerNames("No decision", "The carrier", "The ambassador")
                == ["White House", "Pentagon", "State Department"])
        let white = try #require(analysis.quote("No decision").speaker)
        #expect(analysis.speakers[white].kind == .organisation)
        #expect(try analysis.quote("No decision").mention == "White House officials")
    }

    @Test func onlyThoseWhoSpeakForABodyAreItsVoiceAndAnAdjectiveNamesNoBody() throws {
        let analysis = analyze("""
            Markets fall on rate fears

            “Rates will rise twice more,” an analyst at Harbour Capital Partners said.

            “We see no sign of a ceasefire,” Ukrainian officials said.
            """)
        #expect(try analysis.speakerName(analysis.quote("Rates will rise")) != "Harbour Capital Partners")
        // ("Ukrainian officials" are an anonymous source, tied to no body named "Ukrainian".)
        #expect(try analysis.quote("We see no sign").speaker == nil)
        #expect(try analysis.quote("We see no sign").mention == "Ukrainian officials")
    }

    @Test func aRoleTheArticleResolvesGoesToItsHolder() throws {
        let analysis = analyze("""
            Transit line delayed

            The council met Mayor Doug McCallum and the transit board on Monday to discuss the line.

            “We will build it around the clock,” the mayor said.
            """)
        #expect(try analysis.speakerNames("We will build it") == ["Doug McCallum"])
    }

    @Test func aRoleOfTwoWordsIsHeldApartFromItsLastWord() throws {
        let analysis = analyze("""
            Pence visits the border

            President Anna Kovac sent Vice President Mike Pence to the border on Friday.

            “The wall is working,” the vice president said.
            """)
        #expect(try analysis.speakerNames("The wall is working") == ["Mike Pence"])
    }

    @Test func aRoleTwoPeopleHoldStaysUnresolved() throws {
        let analysis = analyze("""
            Mayors split on transit

            The transit board met Mayor Doug McCallum and Mayor Linda Hepner on Monday.

            “We will build it around the clock,” the mayor said.
            """)
        let quote = try analysis.quote("We will build it")
        #expect(quote.speaker == nil)
        #expect(quote.mention == "mayor")
    }

    @Test func aCoordinatedSubjectIsTwoPeopleNeverOneNamedForBoth() throws {
        let analysis = analyze("""
            Budget deal reached

            Donald Trump met Paul Ryan at the Capitol on Thursday.

            “We have a deal on the budget,” Trump and Ryan said after the meeting.

            “It took long enough,” Marta Lindqvist and Oskar Brandt told reporters.
            """)
        let deal = try analysis.quote("We have a deal")
        #expect(analysis.speakerName(deal) == "Donald Trump")
        #expect(deal.mention == "Trump and Ryan")
        #expect(try analysis.speakerNames("It took long enough") == ["Marta Lindqvist"])
        #expect(!analysis.speakers.contains { $0.name.contains(" and ") })
    }

    @Test func aNameWithAndThatIsNoPairStaysWhole() throws {
        let analysis = analyze("""
            Soap maker cuts jobs

            “We are closing two plants,” Procter and Gamble said on Monday.
            """)
        #expect(try analysis.speakerNames("We are closing") == ["Procter and Gamble"])
    }
}
