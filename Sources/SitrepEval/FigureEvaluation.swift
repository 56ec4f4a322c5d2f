import Foundation
import SitrepCore

/// Figure extraction against the hand-annotated figures of `figures-dev.jsonl`.
///
/// Each record goes in as its own source, written as `lines` joined by newlines. A figure found matches a gold
/// figure on the same line whose span overlaps its own, one to one. The guideline annotates the two ends of a range
/// ("between 100,000 and 240,000") as two figures: a range found is measured as its two ends, each with its value. Reports detection precision, recall and F1
/// over all gold figures and over those not borderline ("core": figures found on borderline gold are then left
/// out), and over matched pairs the accuracy of category, value, hedge and of who gives the figure. `VERBOSE=1`
/// lists the misses and the false positives.
enum FigureEvaluation {
    /// A hand-annotated figure.
    struct Gold {
        var source: String
        var line: Int
        /// Character offsets in the line, end exclusive.
        var start: Int, end: Int
        var text: String
        var value: Double?
        var category: String
        var hedge: String?
        var saidBy: String?
        var borderline: Bool
    }

    /// Category names the guideline spells differently.
    static let synonyms = ["wounded": "injured", "arrested": "detained", "missiles": "launched"]

    static func run(_ url: URL) throws {
        let records = try JSONLines.read(url)
        var sources: [SourceText] = []
        var gold: [Gold] = []
        var lines: [String: [String]] = [:]
        for record in records {
            guard let text = record["lines"] as? [String], let figures = record["figures"] as? [[String: Any]] else { continue }
            let name = "\(sources.count)"
            sources.append(SourceText(name: name, text: text.joined(separator: "\n") + "\n"))
            lines[name] = text
            for figure in figures {
                gold.append(Gold(source: name, line: figure["line"] as? Int ?? 0, start: figure["start"] as? Int ?? 0,
                                 end: figure["end"] as? Int ?? 0, text: figure["text"] as? String ?? "",
                                 value: (figure["value"] as? NSNumber)?.doubleValue, category: figure["category"] as? String ?? "",
                                 hedge: figure["hedge"] as? String, saidBy: figure["said_by"] as? String,
                                 borderline: figure["borderline"] as? Bool ?? false))
            }
        }
        let analysis = Analyzer().analyze(sources)
        let found = analysis.figures.flatMap(ends)
        let matches = match(found, gold)
        let matchedGold = Set(matches.values)
        let verbose = ProcessInfo.processInfo.environment["VERBOSE"] != nil

        var core = (found: 0, right: 0)
        for index in found.indices {
            if let goldIndex = matches[index] {
                if !gold[goldIndex].borderline { core.found += 1; core.right += 1 }
            } else {
                core.found += 1
            }
        }
        let coreGold = gold.filter { !$0.borderline }.count
        var category = (asked: 0, right: 0), value = (asked: 0, right: 0), hedge = (asked: 0, right: 0)
        var saidBy = (asked: 0, right: 0)
        for (index, goldIndex) in matches.sorted(by: { $0.key < $1.key }) {
            let item = found[index], figure = item.figure, truth = gold[goldIndex]
            let predicted = figure.category.map { synonyms[$0] ?? $0 } ?? "none"
            let wanted = synonyms[truth.category] ?? truth.category
            category.asked += 1
            if predicted == wanted { category.right += 1 }
            value.asked += 1
            let valueRight: Bool = switch (truth.value, item.value) {
            case let (wanted?, ours?): abs(wanted - ours) < 0.5
            case (nil, nil): true
            default: false
            }
            if valueRight { value.right += 1 }
            hedge.asked += 1
            if item.hedge == truth.hedge { hedge.right += 1 }
            var saidRight = true
            if let wantedSpeaker = truth.saidBy {
                saidBy.asked += 1
                saidRight = sameSource(figure.saidBy, wantedSpeaker)
                if saidRight { saidBy.right += 1 }
            }
            if verbose, predicted != wanted || !valueRight || item.hedge != truth.hedge || !saidRight {
                print("WRONG  \(truth.source):\(truth.line) \(truth.text) gold \(wanted) \(truth.value.map { "\($0)" } ?? "null") "
                      + "\(truth.hedge ?? "-") [\(truth.saidBy ?? "-")] | ours \(predicted) \(item.value.map { "\($0)" } ?? "null") "
                      + "\(item.hedge ?? "-") [\(figure.saidBy ?? "-")] counts \(figure.counts)")
            }
        }
        if verbose {
            for (index, truth) in gold.enumerated() where !matchedGold.contains(index) {
                print("MISS\(truth.borderline ? "b" : " ") \(truth.source):\(truth.line) \(truth.category) "
                      + "\(context(lines[truth.source]?[truth.line - 1] ?? "", truth.start, truth.end))")
            }
            for (index, end) in found.enumerated() where matches[index] == nil {
                let figure = end.figure
                let line = lines[figure.span.file]?[figure.span.start.line - 1] ?? ""
                let start = figure.span.start.column - 1
                print("FALSE  \(figure.span.file):\(figure.span.start.line) \(figure.category ?? "none") "
                      + "\(context(line, start, start + figure.number.unicodeScalars.count))")
            }
        }
        let precision = Double(matches.count) / Double(max(1, found.count))
        let recall = Double(matchedGold.count) / Double(max(1, gold.count))
        let corePrecision = Double(core.right) / Double(max(1, core.found))
        let coreRecall = Double(core.right) / Double(max(1, coreGold))
        print("figures-dev: \(gold.count) gold figures (\(coreGold) not borderline), \(found.count) found, \(matches.count) matched")
        Figure.report("figures.precision", precision)
        Figure.report("figures.recall", recall)
        Figure.report("figures.f1", f1(precision, recall))
        Figure.report("figures.core_precision", corePrecision)
        Figure.report("figures.core_recall", coreRecall)
        Figure.report("figures.core_f1", f1(corePrecision, coreRecall))
        Figure.report("figures.category_accuracy", Double(category.right) / Double(max(1, category.asked)))
        Figure.report("figures.value_accuracy", Double(value.right) / Double(max(1, value.asked)))
        Figure.report("figures.hedge_accuracy", Double(hedge.right) / Double(max(1, hedge.asked)))
        Figure.report("figures.said_by_accuracy", Double(saidBy.right) / Double(max(1, saidBy.asked)))
    }

    /// A figure found as the guideline counts it: a number, or an end of a range, with its characters in its line.
    struct End {
        var figure: SitrepCore.Figure
        /// Character offsets in the line, end exclusive.
        var start: Int, end: Int
        /// The value; nil for a vague quantity.
        var value: Double?
        /// The hedge, read before the first number only.
        var hedge: String?
    }

    /// A figure as its number, or a range as its two ends: the lower written before the upper's characters.
    static func ends(_ figure: SitrepCore.Figure) -> [End] {
        let start = figure.span.start.column - 1
        let end = figure.span.end.line == figure.span.start.line
            ? figure.span.end.column - 1 : start + figure.number.unicodeScalars.count
        guard let upper = figure.upperValue, let written = figure.upperNumber else {
            return [End(figure: figure, start: start, end: end, value: figure.exactValue, hedge: figure.hedge)]
        }
        let split = end - written.unicodeScalars.count
        return [End(figure: figure, start: start, end: split, value: figure.value, hedge: figure.hedge),
                End(figure: figure, start: split, end: end, value: upper, hedge: nil)]
    }

    /// Each figure found to the gold figure on its line whose span overlaps it most, one to one, in reading order.
    static func match(_ found: [End], _ gold: [Gold]) -> [Int: Int] {
        struct Line: Hashable { var source: String; var line: Int }
        var byLine: [Line: [Int]] = [:]
        for (index, figure) in gold.enumerated() { byLine[Line(source: figure.source, line: figure.line), default: []].append(index) }
        var taken = Set<Int>()
        var matches: [Int: Int] = [:]
        for (index, found) in found.enumerated() {
            let figure = found.figure
            var best: (overlap: Int, gold: Int)?
            for candidate in byLine[Line(source: figure.span.file, line: figure.span.start.line)] ?? [] where !taken.contains(candidate) {
                let overlap = min(found.end, gold[candidate].end) - max(found.start, gold[candidate].start)
                if overlap > 0, best == nil || overlap > best!.overlap { best = (overlap, candidate) }
            }
            if let best {
                taken.insert(best.gold)
                matches[index] = best.gold
            }
        }
        return matches
    }

    /// Whether the source found names the gold source: the same words, or one's words within the other's, without
    /// case, articles and possessives ("officials" and "Hollywood officials", "Bajwa" and "Asim Bajwa"), or the same
    /// last name ("Lt Whitney" and "Carl Whitney").
    static func sameSource(_ found: String?, _ wanted: String) -> Bool {
        guard let found else { return false }
        func words(_ text: String) -> [String] {
            text.lowercased().replacingOccurrences(of: "’s", with: "").replacingOccurrences(of: "'s", with: "")
                .split { !$0.isLetter && !$0.isNumber }.map(String.init).filter { $0 != "the" && $0 != "a" && $0 != "an" }
        }
        let a = words(found), b = words(wanted)
        guard !a.isEmpty, !b.isEmpty else { return false }
        let contained = { (small: [String], large: [String]) in Set(small).isSubset(of: Set(large)) }
        let surname = { (text: String) in text.split(separator: " ").last.map { $0.first?.isUppercase ?? false } ?? false }
        return contained(a, b) || contained(b, a) || surname(found) && surname(wanted) && a.last == b.last
    }

    static func f1(_ precision: Double, _ recall: Double) -> Double {
        precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0
    }

    /// A line's characters around a span, the span in brackets.
    static func context(_ line: String, _ start: Int, _ end: Int) -> String {
        let scalars = Array(line.unicodeScalars)
        let clamp = { (value: Int) in min(max(0, value), scalars.count) }
        let piece = { (from: Int, to: Int) in String(String.UnicodeScalarView(scalars[clamp(from)..<clamp(to)])) }
        return piece(start - 50, start) + "[" + piece(start, end) + "]" + piece(end, end + 40)
    }
}
