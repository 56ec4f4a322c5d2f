@preconcurrency import Glibc
import Foundation
import SitrepCore

// SitrepEval: measures the core on the development data sets in ../shared/data.
//   SitrepEval quotes  [quotes-dev.jsonl]    quotation precision/recall and speaker accuracy (PolNeAR)
//   SitrepEval stories [stories-dev.jsonl]   story linking: pairwise P/R/F1 and BCubed F1 (Giveme5W1H)
//   SitrepEval figures [figures-dev.jsonl]   figure detection P/R/F1, category, value, hedge and source accuracy
//   SitrepEval layout  [news-sample.jsonl]   article and segment boundaries on pages built from real articles
//   SitrepEval speakers [news-sample.jsonl]  canonical speakers of the news sample as one library
//   SitrepEval canonical [quotes-canonical-dev.jsonl]  canonical speaker accuracy (GGT), articles in one library
//   SitrepEval kinds [quotes-canonical-dev.jsonl]  direct+partial precision/recall and reported recall (GGT)
//   SitrepEval parse   [news-sample.jsonl]   parse throughput, MB/s on one core
//   SitrepEval analyse [news-sample.jsonl] [--files 300] [--runs 3]
//                                            parse, local analysis and linking of the first files, MB/s on one core
//   SitrepEval digest [--record] [--write DIR]  content hashes of the export of the dev data (eval/export-digests.txt)
//   SitrepEval gate [--record]               every evaluation against the figures in eval/figures.txt
//   SitrepEval reload --sitrep BIN [--feeds 100] [--items 50]
//                                            sitrep reload from a loopback server: all new, then nothing new
//   SitrepEval bench --sitrep BIN --work DIR [--sizes 20000,200000]
//                                            sitrep and newsboat side by side on the news sample replicated
// Output is line-buffered even into a pipe or a file: a run of an hour shows each figure as it is measured.
setvbuf(stdout, nil, _IOLBF, 0)
let arguments = Array(CommandLine.arguments.dropFirst())
let data = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appending(path: "shared/data")
func dataset(_ name: String) -> URL {
    arguments.count > 1 ? URL(fileURLWithPath: arguments[1]) : data.appending(path: name)
}
switch arguments.first {
case "quotes": try QuoteEvaluation.run(dataset("quotes-dev.jsonl"))
case "stories": try StoryEvaluation.run(dataset("stories-dev.jsonl"))
case "figures": try FigureEvaluation.run(dataset("figures-dev.jsonl"))
case "layout": try LayoutEvaluation.run(dataset("news-sample.jsonl"))
case "speakers": try SpeakerEvaluation.library(dataset("news-sample.jsonl"))
case "canonical": try SpeakerEvaluation.canonical(dataset("quotes-canonical-dev.jsonl"))
case "kinds": try QuoteKindEvaluation.run(dataset("quotes-canonical-dev.jsonl"))
case "parse": try ParseBenchmark.run(dataset("news-sample.jsonl"))
case "analyse":
    func option(_ name: String) -> String? {
        arguments.firstIndex(of: name).flatMap { $0 + 1 < arguments.count ? arguments[$0 + 1] : nil }
    }
    let file = arguments.count > 1 && !arguments[1].hasPrefix("--") ? URL(fileURLWithPath: arguments[1])
        : data.appending(path: "news-sample.jsonl")
    try AnalysisBenchmark.run(file, files: option("--files").flatMap(Int.init) ?? 300, runs: option("--runs").flatMap(Int.init) ?? 3)
case "digest":
    let package = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    let folder = arguments.firstIndex(of: "--write").flatMap { $0 + 1 < arguments.count ? URL(fileURLWithPath: arguments[$0 + 1]) : nil }
    try ExportDigest.run(package: package, data: data, record: arguments.contains("--record"), writing: folder)
case "gate":
    let package = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    try Gate.run(recorded: package.appending(path: "eval/figures.txt"), record: arguments.contains("--record"), data: data)
case "bench":
    func option(_ name: String) -> String? {
        arguments.firstIndex(of: name).flatMap { $0 + 1 < arguments.count ? arguments[$0 + 1] : nil }
    }
    let package = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    let options = Benchmark.Options(
        sizes: (option("--sizes") ?? "20000,200000").split(separator: ",").compactMap { Int($0) },
        sitrep: URL(fileURLWithPath: option("--sitrep") ?? package.appending(path: ".build/release/sitrep").path).path,
        work: URL(fileURLWithPath: option("--work") ?? package.appending(path: ".build/bench").path),
        sample: data.appending(path: "news-sample.jsonl"),
        fallback: package.appending(path: "Resources/corpus"))
    do {
        try Benchmark.run(options)
    } catch {
        FileHandle.standardError.write(Data("bench: \(error)\n".utf8))
        exit(1)
    }
case "reload":
    func option(_ name: String) -> String? {
        arguments.firstIndex(of: name).flatMap { $0 + 1 < arguments.count ? arguments[$0 + 1] : nil }
    }
    let package = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    var options = ReloadBenchmark.Options(
        sitrep: option("--sitrep") ?? package.appending(path: ".build/release/sitrep").path,
        work: package.appending(path: ".build/bench-reload"))
    options.feeds = option("--feeds").flatMap(Int.init) ?? options.feeds
    options.items = option("--items").flatMap(Int.init) ?? options.items
    if try !ReloadBenchmark.run(options) { exit(1) }
default:
    FileHandle.standardError.write(Data("usage: SitrepEval quotes|stories|figures|layout|speakers|canonical|kinds|parse [FILE.jsonl] | analyse [FILE.jsonl] [--files N] [--runs N] | digest [--record] [--write DIR] | gate [--record] | bench [--sizes N,N] [--sitrep BIN] [--work DIR] | reload [--sitrep BIN] [--feeds N] [--items N]\n".utf8))
    exit(2)
}
