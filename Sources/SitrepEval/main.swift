import Foundation
import SitrepCore

// SitrepEval: measures the core on the development data sets in ../shared/data.
//   SitrepEval quotes  [quotes-dev.jsonl]    quotation precision/recall and speaker accuracy (PolNeAR)
//   SitrepEval stories [stories-dev.jsonl]   story linking: pairwise P/R/F1 and BCubed F1 (Giveme5W1H)
//   SitrepEval layout  [news-sample.jsonl]   article and segment boundaries on pages built from real articles
//   SitrepEval parse   [news-sample.jsonl]   parse throughput, MB/s on one core
let arguments = Array(CommandLine.arguments.dropFirst())
let data = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appending(path: "shared/data")
func dataset(_ name: String) -> URL {
    arguments.count > 1 ? URL(fileURLWithPath: arguments[1]) : data.appending(path: name)
}
switch arguments.first {
case "quotes": try QuoteEvaluation.run(dataset("quotes-dev.jsonl"))
case "stories": try StoryEvaluation.run(dataset("stories-dev.jsonl"))
case "layout": try LayoutEvaluation.run(dataset("news-sample.jsonl"))
case "parse": try ParseBenchmark.run(dataset("news-sample.jsonl"))
default:
    FileHandle.standardError.write(Data("usage: SitrepEval quotes|stories|layout|parse [FILE.jsonl]\n".utf8))
    exit(2)
}
