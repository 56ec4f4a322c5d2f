import Foundation
import SitrepCore
import SitrepHarness
@testable import SitrepUI

let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// The bundled corpus, analysed, as a reader source.
func corpusSource() throws -> AnalysisSource {
    let folder = packageRoot.appending(path: "Resources/corpus")
    let sources = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted().map {
        try SourceText.decode(name: "Resources/corpus/" + $0, bytes: Array(Data(contentsOf: folder.appending(path: $0))))
    }
    return AnalysisSource(analysis: Analyzer().analyze(sources), label: "bundled corpus")
}

/// Applies actions in order.
func run(_ actions: [Action], on state: AppState, source: any ReaderSource) -> AppState {
    var state = state
    let reducer = Reducer(source: source)
    for action in actions { reducer.reduce(&state, action) }
    return state
}

/// A source whose names are written in Hangul and Cyrillic (double-width and non-Latin text in every pane).
func mixedScriptSource() -> AnalysisSource {
    let text = """
        서울 의원, 포로 송환 논의 Seoul lawmakers discuss prisoner return

        “The soldiers are being held in Kyiv and are in good health,” 이성권 said on Monday.

        The mayor of Kharkiv, Ігор Терехов, said 23,000 households were left without power after the strike on Харків.

        “We are restoring the lines as fast as we can,” Терехов said.
        """
    return AnalysisSource(analysis: Analyzer().analyze([SourceText(name: "mixed.txt", text: text)]), label: "mixed scripts")
}

/// The flood reports of the harness: two outlets whose tolls differ, each with figures of its own.
func floodSource() -> AnalysisSource {
    let sources = FloodReports.files.map { SourceText(name: $0.name, text: $0.text) }
    return AnalysisSource(analysis: Analyzer().analyze(sources), label: "flood")
}
