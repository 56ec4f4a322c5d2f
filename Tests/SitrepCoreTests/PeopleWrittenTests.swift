import Testing
@testable import SitrepCore

/// An article's people come from the whole text, not only from its speech clauses: a pronoun or a description that
/// refers back means the person last written before it, as a reader takes it.
@Suite struct PeopleWrittenTests {
    @Test func aPronounMeansThePersonTheTextLastNamesThoughTheyDidNotSpeakThere() throws {
        let analysis = analyze("""
            Harbour tax row deepens

            “We will not pay twice,” said Mara Quill, who leads the dock workers.

            Governor Tomas Brenn later defended the levy in a speech to the chamber.

            It was a levy that Quill found insulting.

            “They are taking the same money from the same people,” she said.
            """)
        #expect(try analysis.speakerNames("They are taking") == ["Mara Quill"])
    }

    @Test func aNameQualifyingANounIsNobodyAPronounMeans() throws {
        let analysis = analyze("""
            School budget cut

            “Classes will be bigger,” said Lena Ostrow, a teacher in the district.

            Ostrow urged parents to write to the Harlan government before the vote, as her Senate colleagues had done.

            “Every letter counts,” she said.
            """)
        #expect(try analysis.speakerNames("Every letter counts") == ["Lena Ostrow"])
    }

    @Test func theRoleOfOnePersonNamedWithItBySurnameIsThatPerson() throws {
        let analysis = analyze("""
            Council votes on transit

            Doran Pell won the election in October. Mayor Pell has promised a new rail line.

            “The line will be built by 2030,” the mayor said on Tuesday.
            """)
        #expect(try analysis.speakerNames("The line will be built") == ["Doran Pell"])
    }

    @Test func aDescriptionWithWordsOfItsOwnMeansThePersonLastNamed() throws {
        let analysis = analyze("""
            A shop for small presses

            Ines Calder opened her bookshop in a quiet mall three years ago. Calder still shelves every book herself.

            “We stock what nobody else will,” says the soft-spoken proprietor.
            """)
        #expect(try analysis.speakerNames("We stock what") == ["Ines Calder"])
    }

    @Test func aNounOfGenderBeforeANameKeepsAPronounOfTheOtherGenderAway() throws {
        let analysis = analyze("""
            New life in the port town

            Rana Haddad came to the town in 2016 with her husband Omar Haddad and their children.

            “The neighbours brought us soup on the first night,” she said.
            """)
        #expect(try analysis.speakerNames("The neighbours brought") == ["Rana Haddad"])
    }

    @Test func aPossessiveEndingIsNotPartOfAFullName() {
        let article = parse("""
            Brewery waits for a licence

            Pavel Ostrand’s plan to open a second brewery is on hold.
            """)[0]
        #expect(ArticleNames(article, lexicon: .standard).names == ["Pavel Ostrand"])
    }

    @Test func aSurnameIsTheOneWhoSpokeBeforeOneTheTextOnlyMentions() throws {
        let analysis = analyze("""
            Recipes from a long career

            “Butter is never the problem,” said Dora Lind, who has written twelve cookbooks.

            Her son Niklas Lind runs the bakery downstairs.

            “I test every recipe three times,” Lind said.
            """)
        #expect(try analysis.speakerNames("I test every recipe") == ["Dora Lind"])
    }

    @Test func aSurnameTheArticleAlreadyUsesForOneOfTwoBearersIsThatOne() throws {
        let analysis = analyze("""
            A baker looks back

            “I burned my first cake,” says Dora Lind, who now runs three bakeries.

            “Nobody in my family baked,” Lind said.

            Her husband Niklas Lind met her in a card shop. “I went back the next day,” says Niklas.

            “The second cake was worse,” says Lind.
            """)
        #expect(try analysis.speakerNames("I went back") == ["Niklas Lind"])
        #expect(try analysis.speakerNames("The second cake") == ["Dora Lind"])
    }

    @Test func aBodysNameRunIntoAFullNameIsNotPartOfIt() {
        let article = parse("""
            Love after the diagnosis

            Mara Lenz / The Daily Press Rhea Voss and Tom Kade in their home.
            """)[0]
        #expect(ArticleNames(article, lexicon: .standard).names == ["Mara Lenz", "Rhea Voss", "Tom Kade"])
    }

    @Test func aWordThatIsNeverANameDoesNotOpenAFullName() {
        let article = parse("""
            Refugees look for work

            Unlike Omar Sahli, his neighbour has found a job.
            """)[0]
        #expect(ArticleNames(article, lexicon: .standard).names == ["Omar Sahli"])
    }

    @Test func itMeansABodyThatIssuedAStatementThoughItsNameReadsLikeAPersons() throws {
        let analysis = analyze("""
            Storm leaves thousands without power

            Lake Hydro said in a statement that 60,000 customers lost power overnight.

            “Crews will work through the weekend,” it said.
            """)
        #expect(try analysis.speakerNames("Crews will work") == ["Lake Hydro"])
    }
}
