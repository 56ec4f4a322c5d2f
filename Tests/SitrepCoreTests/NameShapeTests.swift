import Testing
@testable import SitrepCore

/// Names the attribution reads that are no person's: a body named "X of Y", a state, a plural of people, a day, a
/// discourse word, a number, page furniture, a share of those asked.
@Suite struct NameShapeTests {
    let lexicon = Lexicon.standard

    @Test func aBodysNounBeforeOfOrAStateNamesAnOrganisation() {
        #expect(NameShape.of("Department of Justice", lexicon: lexicon) == .organisation)
        #expect(NameShape.of("Ministry of Defence", lexicon: lexicon) == .organisation)
        #expect(NameShape.of("California", lexicon: lexicon) == .organisation)
        #expect(NameShape.of("Justice Department", lexicon: lexicon) == .organisation)
        #expect(NameShape.of("Secretary of State", lexicon: lexicon) != .organisation)
    }

    @Test func daysDiscourseWordsDemonymsAndNumbersAreNeverANameAndPluralsOfPeopleAreGroups() {
        for word in ["Monday", "However", "Meanwhile", "Everybody", "Russian", "2018", "50,000"] {
            #expect(NameShape.of(word, lexicon: lexicon) == .notAName, "\(word)")
        }
        for word in ["Republicans", "Lawyers", "Senators", "Americans", "Agencies"] {
            #expect(NameShape.of(word, lexicon: lexicon) == .group, "\(word)")
        }
    }

    @Test func surnamesThatEndInSOrLookLikeWordsStayPeople() {
        for name in ["Evans", "Collins", "Sanders", "May", "Jane Hollis", "Mara Vale"] {
            #expect(NameShape.of(name, lexicon: lexicon) == .person, "\(name)")
        }
    }

    @Test func sharesNegativesFurnitureAndCorrectionsSpeakForNobody() {
        for text in ["56 percent", "Nearly half", "no one", "Media playback", "earlier version"] {
            #expect(NameShape.speaksForNobody(text), "\(text)")
        }
        #expect(!NameShape.speaksForNobody("one protester"))
        #expect(!NameShape.speaksForNobody("Noone Smith"))
    }

    @Test func aPossessiveEndingIsNoPartOfTheName() {
        let mention = Mention(form: .name, text: "Hollis’s", name: "Hollis’s", description: nil, head: "hollis’s",
                              kind: .person, gender: nil, definite: false, start: 0, end: 9)
        #expect(NameShape.reread(mention, lexicon: lexicon).name == "Hollis")
        let full = Mention(form: .name, text: "Jane Hollis’s", name: "Jane Hollis’s", description: nil, head: "hollis’s",
                           kind: .person, gender: nil, definite: false, start: 0, end: 15)
        #expect(NameShape.reread(full, lexicon: lexicon).name == "Jane Hollis")
    }

    @Test func theDepartmentOfJusticeOfTwoArticlesIsOneOrganisation() throws {
        let analysis = analyze(
            "Appeal filed over port ruling\n\n“We will appeal the ruling on the port,” the Department of Justice said on Monday.\n",
            "Port ruling stands\n\n“The ruling on the port stands for now,” the Department of Justice said in a filing.\n")
        let first = try #require(analysis.quote("We will appeal").speaker)
        #expect(try analysis.quote("The ruling on the port").speaker == first)
        #expect(analysis.speakers[first].kind == .organisation)
        #expect(!analysis.speakers.contains { $0.kind == .person && $0.name == "Department of Justice" })
    }

    @Test func aShareOfThoseAskedIsNoSpeaker() throws {
        let analysis = analyze("""
            Poll finds voters split on the bridge

            “The bridge is a waste of money,” 56 percent of voters in the county said.

            “We need the bridge,” said Mara Vale, a councillor in the county.
            """)
        #expect(try analysis.quote("The bridge is a waste").speaker == nil)
        #expect(try analysis.speakerNames("We need the bridge") == ["Mara Vale"])
    }
}

extension NameShapeTests {
    @Test func aDocumentOfADayIsNobodysAndOfABodyTheBodys() throws {
        let analysis = analyze(
            "Port ruling appealed\n\n“We will appeal the ruling,” the Justice Department’s filing said on Friday.\n",
            "Port ruling stands\n\n“The ruling on the port stands for now,” Monday’s statement said.\n")
        let body = try #require(analysis.quote("We will appeal").speaker)
        #expect(analysis.speakers[body].kind == .organisation)
        #expect(!analysis.speakers.contains { $0.name == "Monday" })
    }
}

extension NameShapeTests {
    @Test func aNumberAloneIsNoSpeaker() throws {
        let analysis = analyze("Budget vote delayed\n\n“The budget will pass next week,” 2018 said in the chamber.\n")
        #expect(!analysis.speakers.contains { $0.name == "2018" })
    }
}
