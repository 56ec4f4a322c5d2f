import Foundation
import Testing
@testable import SitrepCore

/// Held-out pages for article boundaries: long single articles with sub-headings, in the styles outlets use (an
/// explainer with question sub-headings, a wire story with "Background" sections, a newsletter, a story
/// with highlights and a list of names, a long story with a late sub-heading, Ukrainian and Russian stories), each of
/// which must stay one article, and pages of several stories, which must split at each story's headline. Every text
/// is invented; each page is read in both layouts (blank lines between paragraphs, and one paragraph a line).
@Suite struct SubheadedArticleTests {
    /// The article starts of `text` in both layouts: blank lines between paragraphs, then one paragraph a line.
    static func starts(_ text: String) -> (blank: [String], lines: [String]) {
        let lines = text.replacingOccurrences(of: "\n\n", with: "\n")
        return (parse(text).map(\.title), parse(lines).map(\.title))
    }

    static let explainer = """
        Riverton dam: what we know about the cracks and the evacuation

        Thousands of people living below the Riverton dam were told to leave their homes on Tuesday after engineers found cracks in the concrete wall that holds back the reservoir.

        The regional water authority said there was no immediate danger of a collapse, but it had ordered the evacuation as a precaution while divers inspected the base of the wall.

        What happened at the dam?

        Inspectors on a routine visit on Monday evening noticed water seeping through two cracks near the top of the wall, each about three metres long.

        By Tuesday morning the seepage had grown, and the authority began to lower the level of the reservoir by opening its spillway gates for the first time in a decade.

        Who has been told to leave?

        About 12,000 people in four villages along the river valley were told to go to schools and sports halls in Riverton, where the council has set up beds and kitchens.

        Police went from door to door on Tuesday to make sure that older residents had left, and buses carried those without cars to the town.

        How long will people be away from their homes?

        The authority said on Tuesday that residents should expect to stay away for at least three days, while the reservoir is lowered to a level the damaged wall can safely hold.

        Some residents said they had been told nothing about how long the evacuation would last, and several farmers asked to return to feed their animals.

        Could the dam collapse?

        Engineers said a collapse was unlikely because the cracks were near the top of the wall, where the pressure of the water is lowest.

        But the regional government said on Wednesday that it would not allow anyone back until divers had checked the whole of the wall below the waterline.

        What happens next?

        The authority will decide on Friday whether the dam needs to be repaired or rebuilt, a decision that could leave the valley without its water supply for months.

        """

    static let wire = """
        Port workers strike over pay halts container traffic

        By John Doe

        RIVERTON, March 3 (Reuters) - Dock workers at the port of Riverton walked out on Monday in a dispute over pay, halting container traffic at the country's busiest port for the first time in twenty years.

        The dockers' union said 3,000 of its members had joined the strike after talks with the port operator broke down over the weekend.

        The operator said it had offered a rise of 4 percent this year and 3 percent next year, which the union rejected as below inflation.

        Background

        Wages at the port have risen by less than prices for three years in a row, according to figures published by the union last month.

        The port handles more than half of the country's container trade, and a stoppage of more than a week would hit exporters of machinery and food.

        Talks on the contract began in January and were suspended twice.

        Government response

        The transport minister said on Monday that the government would not intervene in the dispute, but urged both sides to return to talks as soon as possible.

        Exporters' associations asked the government to appoint a mediator, saying that ships were already being diverted to ports in neighbouring countries.

        What comes next

        The union said the strike would last until Friday, when its members will vote on whether to extend it.

        The port operator said it would keep the terminals open for ships carrying medicine and fuel, using managers to run the cranes.

        (Reporting by John Doe; Editing by Jane Roe)

        """

    static let newsletter = """
        Morning briefing: what you need to know on Wednesday

        Good morning. Here is what is happening in the world today, from the floods in the north to the talks on the new trade agreement.

        FLOODS IN THE NORTH

        Rivers burst their banks in three northern provinces overnight after a week of heavy rain, and rescue teams were working through the night to reach villages cut off by the water.

        The weather service said more rain was expected on Wednesday and warned of landslides in the hills.

        TRADE TALKS RESUME

        Negotiators from both sides meet again in Geneva today to try to settle the last differences over farm subsidies before the deadline at the end of the month.

        Officials said an agreement on the subsidies was within reach but that the rules on car parts remained difficult.

        AND FINALLY

        A museum in the capital has found a painting that went missing in 1958 hanging in the office of its own director, where it had been for more than sixty years.

        The director said he had always liked the picture but had never wondered where it came from.

        That is all for this morning. We will be back tomorrow with the latest news.

        """

    static let ukrainian = """
        У Харкові відновили роботу метро після масованої атаки

        Метрополітен Харкова у вівторок відновив рух поїздів на всіх трьох лініях після того, як уночі місто зазнало масованої атаки безпілотників.

        Про це повідомив міський голова, додавши, що рятувальники працювали всю ніч, щоб відновити електропостачання станцій.

        Наслідки атаки

        За даними обласної адміністрації, внаслідок атаки пошкоджено щонайменше дванадцять житлових будинків, школу та дві підстанції.

        Семеро людей дістали поранення, серед них двоє дітей. Усіх їх госпіталізували, стан постраждалих лікарі оцінюють як середньої тяжкості.

        У вівторок уранці комунальні служби почали розбирати завали та закривати вибиті вікна плівкою.

        Як працюватиме транспорт

        Міська влада повідомила, що у вівторок і середу проїзд у метро та наземному транспорті буде безкоштовним для всіх пасажирів.

        Частина тролейбусних маршрутів тимчасово не працює через пошкодження контактної мережі, замість них курсуватимуть автобуси.

        Що кажуть мешканці

        Мешканці пошкоджених будинків кажуть, що найбільше потребують теплого одягу та ковдр, адже в багатьох квартирах немає опалення.

        Волонтери відкрили пункт допомоги в одній зі шкіл району, де можна отримати гарячу їжу та зарядити телефони.

        """

    static let russian = """
        В Одессе восстановили подачу воды после аварии на водоводе

        Подача воды в южные районы Одессы восстановлена во вторник вечером, сообщили в городском водоканале.

        Авария на главном водоводе произошла в понедельник утром, и почти двести тысяч жителей города остались без воды на полтора дня.

        Причины аварии

        По словам представителей водоканала, трубу повредила подвижка грунта после сильных дождей, которые шли в городе всю прошлую неделю.

        Ремонтные бригады работали круглосуточно, им пришлось заменить участок трубы длиной около сорока метров.

        Во вторник утром специалисты закончили сварочные работы и начали постепенно поднимать давление в сети.

        Как жили районы без воды

        Пока шёл ремонт, городские власти организовали подвоз питьевой воды в цистернах к школам и больницам.

        Жители многоэтажных домов жаловались, что цистерны приезжали нерегулярно и воды на всех не хватало.

        Что будет дальше

        В водоканале пообещали в течение месяца проверить состояние всех старых участков водовода.

        Городской совет во вторник выделил на ремонт сетей дополнительные средства из резервного фонда.

        """

    static let highlights = """
        Hospital staff in Riverton walk out over night shifts

        Story highlights

        Nurses and porters at Riverton General stopped work on Friday morning

        The hospital says emergency care continues as normal

        Nurses and porters at Riverton General Hospital walked out on Friday morning in protest against a new rota that would add two night shifts a month.

        The hospital's managers said emergency care was continuing as normal, with doctors and agency nurses covering the wards.

        Among those who joined the picket line outside the main entrance were:

        Anna Berg, a ward sister with twenty years at the hospital

        Tomas Lind, a porter and union representative

        Berg said the new rota would leave some nurses working four nights in a row. "We are not refusing to work nights," she said. "We are refusing to be worn out."

        Managers say the change is needed

        The hospital's chief executive said on Friday that the rota was needed to cover a shortage of night staff and that it had been agreed with the doctors' representatives.

        She said the hospital had offered a higher rate of pay for the extra shifts, and that talks with the nurses' union would continue next week.

        """

    static let longStory = """
        Drought forces farmers to sell their herds early

        Farmers across the southern plains are selling their cattle months earlier than usual as the worst drought in forty years leaves their pastures bare.

        At the livestock market in Riverton on Tuesday, prices for young cattle fell by a fifth as more than twice the usual number of animals came up for sale.

        "There is nothing left for them to eat," said one farmer, who had driven three hours to sell half of his herd. "I would rather sell them now than watch them starve."

        The regional agriculture office says rainfall since January has been less than a third of the average, and the reservoirs that feed the irrigation canals are at their lowest level since records began.

        Hay has become so scarce that some farmers are paying twice last year's price for bales brought in from the north.

        The government announced a support package on Monday that includes cheap loans and a subsidy for transporting feed, but farmers' groups say it will come too late for many.

        Banks have been asked to defer repayments on farm loans for six months, and several have agreed.

        Vets say the condition of the animals coming to market is the worst they have seen, with many underweight.

        The drought is also hitting grain growers, whose winter wheat failed to sprout in many fields.

        Farmers' leaders fear that some families will leave the land for good if the rain does not come by the autumn.

        Government offers drought relief to herders

        On Tuesday the agriculture minister visited the Riverton market and promised that the drought relief for herders would be paid before the end of the month.

        He said the government would also consider buying cattle directly from farmers who could not sell them at a fair price.

        """

    @Test(arguments: [("explainer", explainer), ("wire", wire),
                      ("newsletter", newsletter), ("ukrainian", ukrainian), ("russian", russian),
                      ("highlights", highlights), ("long story", longStory)])
    func aSubheadedArticleStaysOneArticle(_ name: String, _ text: String) {
        let (blank, lines) = SubheadedArticleTests.starts(text)
        #expect(blank.count == 1, "\(name), blank lines: \(blank)")
        #expect(lines.count == 1, "\(name), one paragraph a line: \(lines)")
    }

    /// The articles of `text` with the parser's tuning changed by `change`.
    static func parsed(_ text: String, _ change: (inout ArticleParser.Tuning) -> Void) -> [Article] {
        var tuning = ArticleParser.Tuning()
        change(&tuning)
        return ArticleParser(tuning: tuning).parse(SourceText(name: "t.txt", text: text))
    }

    /// An analysis whose first sub-heading shares the story's words and whose second one ("Caretakers without a
    /// mandate") turns to another part of it, sharing few.
    static let analysis = """
        Why the coalition talks keep failing

        Three months after the election, the country still has no government, and the coalition talks between the two largest parties broke down again on Thursday.

        Both parties blame each other, but the reasons the coalition talks keep failing go deeper than the dislike between their leaders.

        The budget blocks the coalition talks

        The coalition talks stall on the budget: the centre-right wants to cut the deficit within two years, while the social democrats want to raise public wages first.

        Neither party can give way on the budget without losing its voters, and both leaders know it.

        Caretakers without a mandate

        The caretaker cabinet can pay salaries and pensions, but without a budget it cannot sign the loan agreement that the central bank has asked for.

        Officials say the delay has already cost the country a grant from a European fund that required a signed plan by the end of the month.

        """

    @Test func aShortHeadingInASubheadedStoryIsAnotherSubheading() {
        let text = SubheadedArticleTests.analysis
        #expect(parse(text).count == 1)
        // With the rule off (its cohesion as high as a headline's), the second sub-heading opens an article.
        #expect(SubheadedArticleTests.parsed(text) { $0.subheadingCohesion = 1 }.count == 2)
    }

    /// A page that follows a storm through the evening, each post under the time it went up.
    static let timeStamped = """
        Storm hits the coast: the evening's events

        The storm reached the coast on Tuesday afternoon, bringing winds of 120 kilometres an hour and waves of eight metres onto the harbour walls.

        Ferries stayed in port and the coastal road was closed between Riverton and the lighthouse.

        9:15 p.m. Council approves school budget in emergency session

        Councillors met by video link and approved the budget for new classrooms and teaching assistants, which had been due for a vote next week.

        Teachers' representatives welcomed the decision and said schools would plan for September.

        10:40 p.m. Football league postpones city derby

        The league postponed Wednesday's match between the two city clubs, saying supporters could not travel safely to the stadium.

        """

    @Test func aPostStampedWithItsTimeStaysOnItsPage() {
        let articles = parse(SubheadedArticleTests.timeStamped)
        #expect(articles.map(\.title) == ["Storm hits the coast: the evening's events"])
        // The same posts under headlines with no time open articles of their own.
        let untimed = SubheadedArticleTests.timeStamped.replacingOccurrences(of: "9:15 p.m. ", with: "")
            .replacingOccurrences(of: "10:40 p.m. ", with: "")
        #expect(parse(untimed).count == 3)
    }

    static let wirePage = """
        Flood barrier holds as river peaks in Riverton

        RIVERTON, April 2 (Reuters) - The new flood barrier on the river at Riverton held on Wednesday as the water rose to its highest level in fifty years, the city's mayor said.

        About 400 homes in the lower town had been evacuated as a precaution, and residents began to return in the evening.

        The barrier, finished last year, was built after floods in 2011 damaged more than 2,000 homes in the city.

        (Reporting by John Doe; Editing by Jane Roe)

        Central bank holds interest rates steady

        LONDON, April 2 (Reuters) - The central bank kept its main interest rate unchanged on Wednesday, saying that inflation was falling in line with its forecasts.

        Its governor said the bank would watch wage growth closely before deciding whether to cut rates in the summer.

        (Reporting by Anna Berg; Editing by Tomas Lind)

        """

    static let storiesPage = """
        Council approves new school budget

        The city council approved the school budget on Monday after teachers and parents filled the chamber to ask for more classrooms.

        The budget adds forty classrooms over three years and raises the pay of teaching assistants from September.

        Opposition councillors said the plan relied on selling two playing fields, which residents have campaigned to keep.

        Read more

        Storm closes harbour for a second day

        The port authority kept the harbour closed on Tuesday as the storm drove waves of eight metres onto the coast.

        Ferries stayed in port and fishing boats were moved to the inner basin, where the harbour master said they were safe.

        ###

        Museum returns stolen paintings to church

        A museum in the capital has returned two paintings stolen from a village church in the 1970s, after a researcher recognised them in its stores.

        The paintings will go back on display in the church at Easter, the bishop said.

        """

    static let briefsPage = """
        Train drivers to strike next week

        Train drivers will strike for two days next week after talks on pay broke down, their union said on Thursday, the first national rail strike in a decade.

        The rail operator said it would run a reduced timetable on the main lines and advised passengers to travel only if they had to.

        Wildfire forces evacuation of mountain villages

        Firefighters battled a wildfire in the mountains north of the capital on Thursday as strong winds drove the flames towards three villages, which were evacuated overnight.

        Two helicopters and more than a hundred firefighters were fighting the fire, which had burned about 1,500 hectares of pine forest.

        Footballer signs record contract

        The national team's captain signed a five-year contract with his club on Thursday that will make him the best-paid player in the league's history.

        The club did not disclose the terms, but local newspapers said it was worth more than ten million a year.

        """

    @Test func pagesOfSeveralStoriesSplitAtTheirHeadlines() {
        let wire = SubheadedArticleTests.starts(SubheadedArticleTests.wirePage)
        let wireTitles = ["Flood barrier holds as river peaks in Riverton", "Central bank holds interest rates steady"]
        #expect(wire.blank == wireTitles)
        #expect(wire.lines == wireTitles)
        let stories = SubheadedArticleTests.starts(SubheadedArticleTests.storiesPage)
        let storyTitles = ["Council approves new school budget", "Storm closes harbour for a second day",
                           "Museum returns stolen paintings to church"]
        #expect(stories.blank == storyTitles)
        #expect(stories.lines == storyTitles)
        let briefs = SubheadedArticleTests.starts(SubheadedArticleTests.briefsPage)
        let briefTitles = ["Train drivers to strike next week", "Wildfire forces evacuation of mountain villages",
                           "Footballer signs record contract"]
        #expect(briefs.blank == briefTitles)
        #expect(briefs.lines == briefTitles)
    }
}
