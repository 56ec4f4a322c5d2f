import SitrepCore
import SitrepHarness
import Testing
@testable import SitrepUI

/// The outlet and date a plain file's front matter gives, in the article list and the reading view's header.
@Suite struct OriginTests {
    static let salon = NewsFixtures.frontMatter

    func screen(_ actions: [Action], source: AnalysisSource) -> String {
        let state = run(actions, on: AppState(width: 100, height: 24), source: source)
        return Renderer(source: source, theme: Theme(color: false)).render(state).text
    }

    @Test func aFilesFrontMatterOutletAndDateAreShownInTheListAndTheReadingView() {
        let source = AnalysisSource(analysis: Analyzer().analyze([SourceText(name: "salon.txt", text: OriginTests.salon)]),
                                    label: "files")
        let row = source.articles(in: ArticleView(), 0..<1).first
        #expect(row?.outlet == "Salon")
        #expect(row?.date == "2015-01-26")
        let list = screen([], source: source)
        let line = list.split(separator: "\n").first { $0.contains("Trump's wall is a fantasy") }
        #expect(line?.contains("Salon \u{00B7} 2015-01-26") == true, "\(list)")
        let reading = screen([.open], source: source)
        #expect(reading.contains("Salon \u{00B7} 2015-01-26 \u{00B7} salon.txt:5-7"), "\(reading)")
        // The title bar names the article's outlet and date while it is read.
        let title = reading.split(separator: "\n").first.map(String.init) ?? ""
        #expect(title.hasPrefix(" Sitrep \u{2014} Salon \u{00B7} 2015-01-26 \u{2014} files"), "\(title)")
        #expect(!(list.split(separator: "\n").first?.contains("Salon") ?? true))
    }

    @Test func aFileWithoutFrontMatterShowsItsFileAndLinesAlone() {
        let text = "Storm closes harbour\n\nThe port authority kept the harbour closed on Tuesday.\n"
        let source = AnalysisSource(analysis: Analyzer().analyze([SourceText(name: "storm.txt", text: text)]), label: "files")
        #expect(source.articles(in: ArticleView(), 0..<1).first?.outlet == nil)
        let reading = screen([.open], source: source)
        #expect(reading.contains("storm.txt:1-3"), "\(reading)")
        #expect(!reading.contains("\u{00B7} storm.txt"), "\(reading)")
        #expect(reading.hasPrefix(" Sitrep \u{2014} files"), "\(reading)")
    }
}
