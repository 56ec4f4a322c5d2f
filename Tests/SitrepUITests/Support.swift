import Foundation
import SitrepCore
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

/// Two outlets' reports of one flood whose figures are compared: the dead differ (12 and 15), and each outlet has
/// figures of its own (a range of destroyed homes, evacuated families and residents).
func floodSource() -> AnalysisSource {
    let story = """
        The flood on the Kalva river hit the towns of Merin and Dorsk on Tuesday night, and rescue crews from the \
        regional capital worked through the night along the Kalva embankment to reach villages cut off by the water.
        """
    let first = """
        Kalva flood: toll rises in Merin

        \(story)

        At least 12 people were killed in Merin on Tuesday, the regional governor Ivo Horvat said.

        Between 40 and 60 homes were destroyed in Dorsk, and dozens of families were evacuated.

        """
    let second = """
        Kalva river flood kills villagers in Merin

        \(story)

        Police said 15 people were killed in Merin and 200 residents were evacuated.

        """
    let sources = [SourceText(name: "a/wire.txt", text: first), SourceText(name: "b/daily.txt", text: second)]
    return AnalysisSource(analysis: Analyzer().analyze(sources), label: "flood")
}
