import Foundation
import SitrepHarness
import Testing

/// `sitrep figures` lists casualty and damage figures with what they count and who gives them, filtered by
/// category, as text, JSON or CSV.
@Suite struct FiguresCommandTests {
    static let article = """
        Strike on the city

        At least 12 people were killed and 30 injured in the strike, the regional governor said on Tuesday.
        About 4,000 households were left without power, the energy ministry said.
        """

    @Test func figuresWithTheirCategoryCountAndSource() throws {
        let work = try LibraryCommandTests.Workspace()
        let file = try work.write("strike.txt", Array(Self.article.utf8))
        let plain = try work.sitrep("figures", file)
        #expect(plain.status == 0, "\(plain.stderr)")
        #expect(plain.stdout.contains(":3: at-least 12 people killed"), "\(plain.stdout)")
        #expect(plain.stdout.contains("30"), "\(plain.stdout)")
        let killed = try work.sitrep("figures", "--category", "killed", "--json", file)
        struct Figure: Decodable { var number: String; var category: String?; var hedge: String?; var counts: String }
        let figures = try JSONDecoder().decode([Figure].self, from: Data(killed.stdout.utf8))
        #expect(figures.map(\.number) == ["12"])
        #expect(figures.first?.hedge == "at-least")
        let power = try work.sitrep("figures", "--category", "without-power", "--csv", file)
        let lines = power.stdout.split(separator: "\r\n")
        #expect(lines.count == 2, "a header and one figure: \(power.stdout)")
        #expect(lines.last?.contains("households") == true)
    }

    @Test func aRangeIsOneFigureWithItsUpperValue() throws {
        let work = try LibraryCommandTests.Workspace()
        let file = try work.write("range.txt", Array("Floods in the valley\n\nBetween 40 and 60 homes were destroyed, officials said.\n".utf8))
        let listed = try work.sitrep("figures", "--json", file)
        struct Figure: Decodable { var number: String; var value: Double?; var upperValue: Double?; var category: String? }
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        let figures = try decoder.decode([Figure].self, from: Data(listed.stdout.utf8))
        #expect(figures.map(\.number) == ["40 and 60"], "\(listed.stdout)")
        #expect(figures.first?.value == 40 && figures.first?.upperValue == 60 && figures.first?.category == "destroyed")
        let csv = try work.sitrep("figures", "--csv", file).stdout.split(separator: "\r\n")
        #expect(csv.first?.hasSuffix(",upper_value") == true && csv.last?.hasSuffix(",60.0") == true, "\(csv)")
    }

    @Test func theLibrarysFiguresWithoutPaths() throws {
        let work = try LibraryCommandTests.Workspace()
        let file = try work.write("strike.txt", Array(Self.article.utf8))
        #expect(try work.sitrep("ingest", file).status == 0)
        let listed = try work.sitrep("figures", "--category", "killed")
        #expect(listed.status == 0 && listed.stdout.contains("12 people killed"), "\(listed.stdout) \(listed.stderr)")
    }
}
