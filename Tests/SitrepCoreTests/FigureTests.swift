import Testing
@testable import SitrepCore

/// The figures of one invented paragraph.
private func figures(_ text: String) -> [FoundFigure] {
    let paragraph = Paragraph(text: text, pieces: [Paragraph.Piece(offset: 0, line: 1, column: 1)])
    return FigureExtractor(lexicon: .standard).figures(in: paragraph)
}

/// Each figure as "number category".
private func summary(_ text: String) -> [String] {
    figures(text).map { "\($0.number) \($0.category ?? "none")" }
}

@Suite struct FigureDetectionTests {
    @Test func agesAreNotFigures() {
        #expect(summary("An 18-year-old student was killed when the roof fell on Tuesday.") == [])
        #expect(summary("Marta Kovac, 34, was injured in the blast near the depot.") == [])
        #expect(summary("19, a nurse from the valley, was wounded by shrapnel.") == [])
        #expect(summary("The gunman, aged 27, killed four villagers.") == ["four killed"])
    }

    @Test func datesYearsAndTimesAreNotFigures() {
        #expect(summary("On Aug. 14 the militia attacked the market and wounded 9 traders.") == ["9 injured"])
        #expect(summary("In 2015, the floods killed farmers across the plain.") == [])
        #expect(summary("The shelling began at 10:30 and killed three guards.") == ["three killed"])
        #expect(summary("The worst toll since the 9/11 attacks, officials said.") == [])
    }

    @Test func identifiersMoneyAndMeasuresAreNotFigures() {
        #expect(summary("Intelligence sources said flight 447 was hit by missiles near the border.") == [])
        #expect(summary("Flight PS752 crashed after take-off, killing 80 people on board.") == ["80 killed"])
        #expect(summary("The storm destroyed $40 million in crops and killed 12 herders.") == ["12 killed"])
        #expect(summary("Turnout fell 12 percent after militants killed 7 poll workers.") == ["7 killed"])
        #expect(summary("The convoy drove 40 miles before the ambush that killed two drivers.") == ["two killed"])
        #expect(summary("Photos: Two soldiers wounded in the raid. Hide Caption 3 of 5") == ["Two injured"])
    }

    @Test func populationsRatesAndOccasionsAreNotFigures() {
        #expect(summary("Hundreds fled the fire in Lorne, a village of about 900 residents.") == ["Hundreds displaced"])
        #expect(summary("The rifle can fire hundreds of rounds per minute.") == [])
        #expect(summary("He was detained on three separate occasions last year.") == [])
    }

    @Test func headlinesYieldFigures() {
        #expect(summary("Bus bombing: 14 dead and 40 hurt") == ["14 killed", "40 injured"])
        #expect(summary("Gunmen kill 17 in village raid") == ["17 killed"])
        #expect(summary("NINE SOLDIERS AMONG AT LEAST 30 KILLED IN CONVOY AMBUSH") == ["NINE killed", "30 killed"])
    }

    @Test func smallWordNumbersWithACountNoun() {
        #expect(summary("Three aid workers were held hostage for a week.") == ["Three detained"])
        #expect(summary("The attackers killed six crew members and two guards.") == ["six killed", "two killed"])
    }

    @Test func theBareOneNeedsAVerb() {
        #expect(summary("One of the ministers visited the site of the blast that killed 12.") == ["12 killed"])
        #expect(summary("The raid killed one soldier and wounded 14 others.") == ["one killed", "14 injured"])
    }

    @Test func capitalisedNumberWordsInNamesAreNotFigures() {
        #expect(summary("A reporter for the Seven Network said the convoy was attacked.") == [])
    }
}

@Suite struct FigureCategoryTests {
    @Test func eachNumberTakesItsOwnPredicate() {
        #expect(summary("At least 27 people were killed and dozens more injured in the attack.")
                == ["27 killed", "dozens injured"])
        #expect(summary("The militants killed 5 guards and wounded 11 others.") == ["5 killed", "11 injured"])
    }

    @Test func treatedInHospitalIsInjured() {
        #expect(summary("Nine died at the scene and 31 were being treated in hospital.") == ["Nine killed", "31 injured"])
    }

    @Test func aBreakdownTakesTheKindOfItsTotal() {
        #expect(summary("The blast left 40 dead, including seven children, and scores injured.")
                == ["40 killed", "seven killed", "scores injured"])
        #expect(summary("At least 8 of the dead were police officers.") == ["8 killed"])
        #expect(summary("Those killed included 20 Nepalis, 6 Britons and 4 Danes.")
                == ["20 killed", "6 killed", "4 killed"])
    }

    @Test func whoDidItIsNotWhatWasDone() {
        #expect(summary("Two gunmen killed 14 worshippers at the shrine.") == ["Two other", "14 killed"])
        #expect(summary("Police said three suicide bombers who killed 25 people had trained abroad.")
                == ["three other", "25 killed"])
    }

    @Test func countedNounsSayTheKind() {
        #expect(summary("The ministry said 1,200 more troops would be sent to the region.") == ["1,200 deployed"])
        #expect(summary("The navy fired two cruise missiles at the port.") == ["two launched"])
        #expect(summary("The rebels handed over 40 prisoners in the swap.") == ["40 exchanged"])
    }

    @Test func coordinatedSubjectsShareAPredicate() {
        #expect(summary("By then 300 Dutch troops and 25 Belgian medics had died.") == ["300 killed", "25 killed"])
    }

    @Test func tollsAreDeaths() {
        #expect(summary("The death toll from the landslide climbed to 61 on Friday.") == ["61 killed"])
    }

    @Test func shotWithNoOutcomeIsCasualties() {
        #expect(summary("Eleven people were shot outside the stadium.") == ["Eleven casualties"])
        #expect(summary("Two men were shot dead at the checkpoint.") == ["Two killed"])
    }

    @Test func countsKeepTheirNoun() {
        let found = figures("The wounded included 16 of the victims and three nurses.")
        #expect(found.map(\.counts) == ["victims", "nurses"])
        #expect(figures("Rockets killed 43 in the camp.").first?.counts == "people")
    }
}

@Suite struct FigureValueAndHedgeTests {
    @Test func vagueQuantitiesHaveNoValue() {
        let found = figures("Dozens were wounded and hundreds of homes destroyed.")
        #expect(found.map(\.isVague) == [true, true])
        #expect(found.map(\.category) == ["injured", "destroyed"])
    }

    @Test func numeralPhrasesAreNumbers() {
        let found = figures("More than a dozen soldiers and half a dozen medics were captured; two dozen were missing.")
        #expect(found.map(\.value) == [12, 6, 24])
        #expect(found.map(\.hedge) == ["more-than", nil, nil])
        #expect(figures("Seventy-two people were injured.").first?.value == 72)
        #expect(figures("Some 4.5 million households were without power.").map(\.value) == [4_500_000])
    }

    @Test func hedgesAreReadFromTheWordsBefore() {
        #expect(figures("The quake killed an estimated 3,100 people.").first?.hedge == "about")
        #expect(figures("Nearly 40 people were injured.").first?.hedge == "nearly")
        #expect(figures("As many as 900 soldiers were deployed.").first?.hedge == "up-to")
        #expect(figures("The toll surpassed 2,000 deaths.").first?.hedge == "more-than")
        #expect(figures("The army handed over 40 prisoners.").first?.hedge == nil)
    }
}

@Suite struct FigureSourceTests {
    @Test func accordingToNamesTheSource() {
        let found = figures("Floods killed at least 44 people in Kerala, according to the state disaster agency.")
        #expect(found.first?.saidBy == "the state disaster agency")
        #expect(found.first?.place == "Kerala")
    }

    @Test func reportedSpeechNamesTheSpeaker() {
        let analysis = analyze("""
            Rains cut off the valley

            The regional governor said 23 people had been killed in the floods on Tuesday.
            """)
        let figure = analysis.figures.first { $0.number == "23" }
        #expect(figure?.saidBy?.lowercased().hasSuffix("regional governor") == true)
        #expect(figure?.date == "Tuesday")
    }
}

@Suite struct FigureSpeakerRuleTests {
    @Test func aSpeechVerbBeforeTheNumberNamesTheSource() {
        #expect(figures("Rebel commanders claimed at least 40 of their fighters were killed.").first?.saidBy == "Rebel commanders")
    }

    @Test func aClosingSpeechVerbNamesTheSource() {
        #expect(figures("The raid killed six guards, provincial police officials said Monday.").first?.saidBy
                == "provincial police officials")
    }

    @Test func accordingToBeforeTheNumberCounts() {
        #expect(figures("According to the health ministry, the strike killed 31 people.").first?.saidBy == "the health ministry")
    }

    @Test func yearsBeforeAttacksAreNotFigures() {
        #expect(summary("The memorial recalls the Sept. 11, 2001 attacks and the 1998 bombings.") == [])
        #expect(summary("Officials said one of the two attackers was known to police.") == ["two other"])
    }
}

@Suite struct FigureDocumentSourceTests {
    @Test func aDocumentSpeaksForTheBodyNamedBefore() {
        let found = figures("The Interior Ministry said 12 people were killed. The statement said 30 people were wounded.")
        #expect(found.map(\.saidBy) == ["The Interior Ministry", "The Interior Ministry"])
    }
}

@Suite struct FigureClaimTests {
    @Test func theSubjectOfAClaimVerbGivesTheFigure() {
        #expect(figures("Investigators believe the arsonist set fires that destroyed 40 homes.").first?.saidBy == "Investigators")
    }
}

/// Each figure as "number low-high category".
private func ranges(_ text: String) -> [String] {
    figures(text).map { figure in
        let value = { (value: Double) in String(Int(value)) }
        return "\(figure.number) \(value(figure.value))-\(figure.upperValue.map(value) ?? "") \(figure.category ?? "none")"
    }
}

@Suite struct FigureRangeTests {
    @Test func aRangeIsOneFigureWithItsTwoEnds() {
        #expect(ranges("The ministry said 2,000-3,000 troops would be deployed.") == ["2,000-3,000 2000-3000 deployed"])
        #expect(ranges("Between 40 and 60 people were killed.") == ["40 and 60 40-60 killed"])
        #expect(ranges("Rebels said 10 to 15 soldiers were captured near the dam.") == ["10 to 15 10-15 detained"])
        #expect(ranges("Medics treated 20 \u{2013} 30 wounded villagers.") == ["20 \u{2013} 30 20-30 injured"])
    }

    @Test func aRangeWrittenHighEndFirstIsOrdered() {
        #expect(ranges("Between 14,000 and 13,000 troops are in the country.") == ["14,000 and 13,000 13000-14000 deployed"])
    }

    @Test func theMultiplierOfTheUpperEndIsTheLowerEndsToo() {
        #expect(ranges("Between 4 and 5 million people fled the fighting.") == ["4 and 5 million 4000000-5000000 displaced"])
    }

    @Test func aChangeFromOneCountToAnotherIsNotARange() {
        #expect(ranges("The toll rose from 10 to 15 dead overnight.").allSatisfy { !$0.contains("10-15") })
    }

    @Test func twoCountsJoinedByAndAreTwoFigures() {
        #expect(summary("At least 32 people were killed and 40 injured.") == ["32 killed", "40 injured"])
    }

    @Test func scoresAreNotRanges() {
        #expect(summary("The home side won 3-2 in extra time as police arrested fans.") == [])
    }
}

@Suite struct FigureFalseFriendTests {
    @Test func firedPeopleAreNotLaunched() {
        #expect(summary("Shortly after, four of the protesters were fired by the company.") == [])
        #expect(summary("Militants fired four rockets at the base.") == ["four launched"])
    }

    @Test func aTollIsOnlyACountOfTheDeadWhenItReadsSo() {
        #expect(summary("Prosecutors sought toll records for five phone numbers.") == [])
        #expect(summary("The toll from the storm rose to 14.") == ["14 killed"])
    }
}

@Suite struct FigureOneOfTests {
    @Test func oneOfAGroupNamesAPersonUnlessAVerbCountsIt() {
        #expect(summary("The video shows one of the captured pilots lying on a bed.") == [])
        #expect(summary("One of the wounded students, Lena Hart, spoke to reporters.") == [])
        #expect(summary("The blast killed one of our best medics.") == ["one killed"])
    }
}

@Suite struct FigureRecallTests {
    @Test func aMultiplierAnEditorPutInBracketsCounts() {
        #expect(ranges("\u{201C}We will send between 10 [thousand] and 15,000 troops,\u{201D} the minister said.")
                == ["10 [thousand] and 15,000 10000-15000 deployed"])
        #expect(ranges("\u{201C}We have 5,000-8 [thousand] troops there,\u{201D} he said.") == ["5,000-8 [thousand] 5000-8000 deployed"])
        #expect(ranges("\u{201C}About 3 [million] people have fled,\u{201D} she said.") == ["3 [million] 3000000- displaced"])
    }

    @Test func theLastObjectOfAVerbsListTakesItsKind() {
        #expect(summary("The bombing killed a U.S. soldier, a Romanian soldier, and 10 civilians in Kabul.") == ["10 killed"])
        #expect(summary("Shelling wounded a nurse, two medics and 14 patients.") == ["two injured", "14 injured"])
        #expect(summary("The minister met a delegation, the press and 40 students.") == [])
    }

    @Test func oneInAListCountsTheNounAfterIt() {
        #expect(summary("The victims included two guards at the depot, a driver and one person at the market.")
                == ["two killed", "one killed"])
    }

    @Test func aCountSaidAgainBetweenCommasKeepsThePredicate() {
        #expect(summary("Some 2 million homes and businesses, or about 5 million people, were without power on Monday.")
                == ["2 million without-power", "5 million without-power"])
    }

    @Test func aParticipleBeforeTheNounIsPartOfWhatIsCounted() {
        #expect(figures("There have been 4,120 reported hate crimes since 2003, the center said.").map(\.counts) == ["reported hate crimes"])
        #expect(summary("There have been 4,120 reported hate crimes since 2003, the center said.") == ["4,120 other"])
        #expect(summary("Officials said 3 reported seeing the gunman.") == [])
    }

    @Test func personnelAreDeployedWhenTheyServe() {
        #expect(summary("The army sent 300 military personnel to the border.") == ["300 deployed"])
        #expect(summary("The airline has laid off at least 20 personnel, including pilots.") == [])
    }

    @Test func theTargetsOfAnAttackAreCounted() {
        #expect(summary("The gunman opened fire on the thousands of people attending the festival.") == ["thousands other"])
        #expect(summary("Militants opened fire on a bus carrying 30 workers.") == [])
    }

    @Test func survivorsAreNotTheListBeforeThem() {
        #expect(summary("Four villagers were killed and 15 survived the standoff.") == ["Four killed", "15 other"])
    }

    @Test func aListOrANounWinsOverPeopleAboard() {
        #expect(summary("There are more than 1,400 troops in Iraq and hundreds more aboard ships.") == ["1,400 deployed", "hundreds deployed"])
    }

    @Test func whoDidItIsCountedToo() {
        #expect(summary("Altogether, 212 people were arrested over three days of hearings.") == ["212 detained"])
        #expect(summary("Police say one man killed seven people in the town.") == ["one other", "seven killed"])
        #expect(summary("Two gunmen killed 12 worshippers.") == ["Two other", "12 killed"])
        #expect(summary("One submarine launched two cruise missiles into Syria.") == ["two launched"])
    }

    @Test func aBareNumberTakesTheKindOfTheNextFigure() {
        #expect(summary("The toll rose from 10 to 15 deaths overnight.") == ["10 killed", "15 killed"])
        #expect(figures("\u{201C}We have 5,000, we\u{2019}ll go up to 8,000 military personnel,\u{201D} he said.").map(\.counts)
                == ["military personnel", "military personnel"])
        #expect(summary("In room 5, two guards were wounded.") == ["two injured"])
        #expect(summary("Cathay Pacific Airways (0293.HK) has been one of the biggest corporate casualties.") == [])
        #expect(ranges("\u{201C}We have 5,000-8 [thousand], we\u{2019}ll go up to between 10 [thousand] and 15,000 troops.\u{201D}")
                == ["5,000-8 [thousand] 5000-8000 deployed", "10 [thousand] and 15,000 10000-15000 deployed"])
    }

    @Test func peopleAboardAreCounted() {
        #expect(summary("The plane had 167 passengers and nine crew members aboard.") == ["167 other", "nine other"])
        #expect(figures("The plane had 167 passengers and nine crew members aboard.").map(\.counts) == ["passengers", "crew members"])
    }

    @Test func survivorsTroopsPositionedAndBlastsHeard() {
        #expect(summary("Three people survived the attack.") == ["Three other"])
        #expect(summary("The video shows more than a dozen fighters positioned around the valley.") == ["a dozen deployed"])
        #expect(summary("Two loud booms were heard near the school.") == ["Two other"])
        #expect(summary("There have been nearly 100 earthquakes and aftershocks since Saturday.") == ["100 other"])
    }
}
