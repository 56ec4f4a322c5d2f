import Foundation
import SitrepCore

/// Quotation extraction and attribution against PolNeAR's gold attributions.
///
/// A gold quotation is found when one of ours (direct or partial) overlaps its span; the speaker is right
/// when our speaker as written overlaps the gold speaker mention (same head word, or one inside the other). Further
/// figures: the same over the gold quotations whose speaker PolNeAR names (some have none), and a lenient one that
/// also counts a mention whose resolved speaker's name matches the gold mention, or that names what a gold relative
/// pronoun ("who", "which") stands for. Where PolNeAR's data swaps source and cue ("said Holan"), the cue is taken as
/// the source. A quotation PolNeAR gives no source is right when we name nobody either. The strict figure is also given
/// per PolNeAR split (train, dev).
/// Terms (``Quotation/Kind/term``: labels and titles nobody says) are found quotations with nobody as their speaker:
/// where the gold names a speaker, the term is found and its speaker wrong; a term finding no gold quotation is left
/// out of precision.
/// Precision counts our attributed quotations (scare quotes without a speaker are allowed by the contract); one of them
/// is right when it overlaps a gold attribution's content, since one gold content may hold several quoted pieces
/// ("“A,” he said. “B.”" is one PolNeAR attribution and two quotations). A second precision leaves out the documents
/// without any gold quotation: 183 of the 924, 120 of them quoting with doubled apostrophes (''…''), which the
/// corpus's quotation subset does not count as quotation marks, so everything found there counts against precision.
/// PolNeAR does not annotate headlines (one of its 5,817 gold quotations lies in a document's first line, while 322
/// annotated documents have quotation marks there): our quotations in the headline count for precision only when gold.
enum QuoteEvaluation {
    static func run(_ url: URL) throws {
        let documents = try JSONLines.read(url)
        var gold = 0, found = 0, ours = 0, oursCorrect = 0, unattributed = 0, speakerRight = 0, speakerAsked = 0
        var speakerMissing = 0, resolvedRight = 0, goldUnnamed = 0, unnamedRight = 0
        // Documents without any gold quotation (most quote with doubled apostrophes, ''…'', which PolNeAR's quotations
        // leave out) are left out of the second precision figure.
        var annotated = 0, oursAnnotated = 0, correctAnnotated = 0, inHeadlines = 0, terms = 0
        var misses: [String] = []
        var wrongSpeakers: [String] = []
        var extras: [String] = []
        let analyzer = Analyzer()
        // VERBOSE=N lists up to N examples of each kind of error (40 when N is not a number).
        let limit = ProcessInfo.processInfo.environment["VERBOSE"].map { Int($0) ?? 40 } ?? 40
        // Speaker accuracy per PolNeAR split (its train and dev documents): asked and right.
        var bySplit: [String: (asked: Int, right: Int)] = [:]
        // Per sieve of attribution: gold quotations it decided, how many of their speakers are right, and its attributed
        // quotations not in the gold (what it costs precision).
        var bySieve: [String: (decided: Int, right: Int, extra: Int)] = [:]
        for document in documents {
            let split = document["split"] as? String ?? "-"
            guard let text = document["text"] as? String, let quotes = document["quotes"] as? [[String: Any]] else { continue }
            let source = SourceText(name: "doc", text: text)
            let analysis = analyzer.analyze([source])
            let offsets = LineOffsets(text)
            let scalars = Array(text.unicodeScalars)
            let headlineEnd = scalars.firstIndex(of: "\n") ?? 0
            let predicted = analysis.quotes.filter { $0.kind != .reported }.map { quote in
                (quote: quote, range: offsets.offset(quote.span.start)..<offsets.offset(quote.span.end))
            }
            var used = Set<Int>()
            let goldRanges = quotes.compactMap { item -> Range<Int>? in
                guard let start = item["start"] as? Int, let end = item["end"] as? Int, start < end else { return nil }
                return start..<end
            }
            for item in quotes {
                guard let start = item["start"] as? Int, let end = item["end"] as? Int else { continue }
                gold += 1
                let match = predicted.indices.filter { !used.contains($0) }.max { a, b in
                    overlap(predicted[a].range, start..<end) < overlap(predicted[b].range, start..<end)
                }
                guard let index = match, overlap(predicted[index].range, start..<end) > 0 else {
                    if misses.count < limit { misses.append(String(String.UnicodeScalarView(scalars[start..<min(end, start + 90)]))) }
                    continue
                }
                used.insert(index)
                found += 1
                speakerAsked += 1
                let goldSpeaker = goldSource(item)
                if goldSpeaker.trimmingCharacters(in: .whitespaces).isEmpty { goldUnnamed += 1 }
                let mention = predicted[index].quote.mention ?? ""
                var resolved = false
                // Words PolNeAR gives no source ("was said to be “furious”", "the so-called “…”") are right with none.
                let bothUnnamed = mention.isEmpty && goldSpeaker.trimmingCharacters(in: .whitespaces).isEmpty
                if bothUnnamed { unnamedRight += 1 }
                bySplit[split, default: (0, 0)].asked += 1
                let sieve = predicted[index].quote.sieve?.rawValue ?? "none"
                bySieve[sieve, default: (0, 0, 0)].decided += 1
                if sameSpeaker(mention, goldSpeaker) || bothUnnamed {
                    speakerRight += 1
                    bySplit[split, default: (0, 0)].right += 1
                    bySieve[sieve, default: (0, 0, 0)].right += 1
                }
                else if mention.isEmpty { speakerMissing += 1 }
                else if let speaker = predicted[index].quote.speaker, sameSpeaker(analysis.speakers[speaker].name, goldSpeaker) {
                    // Our mention ("he", "the senator") names, once resolved, the person the gold mention names.
                    resolved = true
                } else if ["who", "which"].contains(goldSpeaker.lowercased()), let speakerStart = item["speaker_start"] as? Int,
                          antecedent(of: speakerStart, in: scalars).map({ sameSpeaker(mention, $0) }) == true {
                    // PolNeAR names the relative pronoun ("Obama, who called …"); we name what it stands for.
                    resolved = true
                }
                if resolved { resolvedRight += 1 }
                if !sameSpeaker(mention, goldSpeaker), !bothUnnamed, wrongSpeakers.count < limit {
                    let from = min(start, (item["speaker_start"] as? Int) ?? start), to = max(end, (item["speaker_end"] as? Int) ?? end)
                    let context = String(String.UnicodeScalarView(scalars[max(0, from - 40)..<min(scalars.count, to + 40)]))
                        .replacingOccurrences(of: "\n", with: " ")
                    // ("≈" marks a mention that the lenient figure counts as right.)
                    // (The sieve that decided it in parentheses.)
                    wrongSpeakers.append("\(mention.isEmpty ? "-" : mention) \(resolved ? "≈" : "≠") \(goldSpeaker) [\(item["cue"] as? String ?? "")] (\(sieve))  | \(context.prefix(300))")
                }
            }
            if !quotes.isEmpty { annotated += 1 }
            for (index, item) in predicted.enumerated() {
                // A term is no claimed quotation: it counts for precision only when it found a gold one.
                if item.quote.kind == .term, !used.contains(index) { terms += 1; continue }
                let inGold = used.contains(index) || goldRanges.contains { overlap(item.range, $0) > 0 }
                if item.quote.speaker == nil { unattributed += 1; if !inGold { continue } }
                if !inGold, item.range.lowerBound < headlineEnd { inHeadlines += 1; continue }
                ours += 1
                if !quotes.isEmpty {
                    oursAnnotated += 1
                    if inGold { correctAnnotated += 1 }
                }
                if inGold { oursCorrect += 1 }
                else if !quotes.isEmpty { bySieve[item.quote.sieve?.rawValue ?? "none", default: (0, 0, 0)].extra += 1 }
                if !inGold, extras.count < limit {
                    // ("*" marks a document PolNeAR annotates: these count against both precision figures.)
                    extras.append("\(quotes.isEmpty ? "" : "* ")\(item.quote.mention ?? "-"): \(item.quote.text.prefix(80))")
                }
            }
        }
        let precision = Double(oursCorrect) / Double(max(1, ours))
        let recall = Double(found) / Double(max(1, gold))
        print("quotes-dev: \(documents.count) documents, \(gold) gold quotations")
        print("quotation precision \(format(precision)) (\(oursCorrect)/\(ours) attributed), recall \(format(recall)) (\(found)/\(gold))")
        print("quotation precision over the \(annotated) documents with a gold quotation: "
              + "\(format(Double(correctAnnotated) / Double(max(1, oursAnnotated)))) (\(correctAnnotated)/\(oursAnnotated))")
        print("speaker accuracy \(format(Double(speakerRight) / Double(max(1, speakerAsked)))) (\(speakerRight)/\(speakerAsked), "
              + "\(unnamedRight) of them without a source in PolNeAR or ours); of the misses, \(speakerMissing) have no speaker")
        print("speaker accuracy over the \(speakerAsked - goldUnnamed) found gold quotations whose speaker PolNeAR names: "
              + "\(format(Double(speakerRight - unnamedRight) / Double(max(1, speakerAsked - goldUnnamed))))")
        print("speaker accuracy counting a mention resolved to the gold mention's person (\"he\" for \"Trump\") or naming what a "
              + "gold \"who\" stands for as right: "
              + "\(format(Double(speakerRight + resolvedRight) / Double(max(1, speakerAsked)))) (\(speakerRight + resolvedRight)/\(speakerAsked))")
        print("speaker accuracy by PolNeAR split: " + bySplit.keys.sorted().map { split in
            let (asked, right) = bySplit[split]!
            return "\(split) \(format(Double(right) / Double(max(1, asked)))) (\(right)/\(asked))"
        }.joined(separator: ", "))
        print("terms left out of precision: \(terms); other unattributed quotations left out of precision: \(unattributed); "
              + "attributed ones in headlines, not gold: \(inHeadlines)")
        Figure.report("quotes.recall", recall)
        Figure.report("quotes.precision_annotated", Double(correctAnnotated) / Double(max(1, oursAnnotated)))
        Figure.report("quotes.speaker_accuracy", Double(speakerRight) / Double(max(1, speakerAsked)))
        if ProcessInfo.processInfo.environment["VERBOSE"] != nil {
            print("\n-- by sieve: gold quotations decided, speaker accuracy, precision (decided / decided + attributed not in the gold "
                  + "of a document with a gold quotation)")
            for (sieve, counts) in bySieve.sorted(by: { ($0.value.decided, $0.key) > ($1.value.decided, $1.key) }) {
                let accuracy = format(Double(counts.right) / Double(max(1, counts.decided)))
                let precision = format(Double(counts.decided) / Double(max(1, counts.decided + counts.extra)))
                print("  \(sieve.padding(toLength: 26, withPad: " ", startingAt: 0)) \(counts.decided) decided, "
                      + "accuracy \(accuracy) (\(counts.right)), precision \(precision) (\(counts.extra) not in gold)")
            }
            print("\n-- missed"); misses.forEach { print("  " + $0) }
            print("\n-- wrong speaker"); wrongSpeakers.forEach { print("  " + $0) }
            print("\n-- not in gold"); extras.forEach { print("  " + $0) }
        }
    }

    /// The gold source mention. PolNeAR swaps source and cue in some inverted attributions ("…,” said Holan": source
    /// "said", cue "Holan"; "According to Woodward": source "According to"); when the source opens with a speech verb
    /// or "according" and the cue does not, the cue is the source.
    static func goldSource(_ item: [String: Any]) -> String {
        let source = (item["speaker"] as? String) ?? "", cue = (item["cue"] as? String) ?? ""
        func opensWithSpeechVerb(_ text: String) -> Bool {
            text.split(separator: " ").first.map { Lexicon.standard.speechVerbForms[$0.lowercased()] != nil || $0.lowercased() == "according" }
                ?? false
        }
        return opensWithSpeechVerb(source) && !cue.isEmpty && !opensWithSpeechVerb(cue) ? cue : source
    }

    static func overlap(_ a: Range<Int>, _ b: Range<Int>) -> Int {
        max(0, min(a.upperBound, b.upperBound) - max(a.lowerBound, b.lowerBound))
    }

    /// The phrase before ", who" that ends at `pronoun` (the words back to the previous comma or clause start).
    static func antecedent(of pronoun: Int, in scalars: [Unicode.Scalar]) -> String? {
        var end = pronoun
        while end > 0, scalars[end - 1] == " " || scalars[end - 1] == "," { end -= 1 }
        guard end < pronoun, end > 0 else { return nil }
        var start = end
        while start > 0, start > end - 80, !",.;:\n\"“”(".unicodeScalars.contains(scalars[start - 1]) { start -= 1 }
        return String(String.UnicodeScalarView(scalars[start..<end]))
    }

    /// Lenient comparison of two speaker mentions: same text, one inside the other, or the same last word. A
    /// bracketed party tag is not part of a name ("John Cornyn (R-Texas)").
    static func sameSpeaker(_ ours: String, _ gold: String) -> Bool {
        func words(_ text: String) -> [String] {
            text.replacing(/\([^)]*\)/, with: "").lowercased().split(whereSeparator: { !$0.isLetter && $0 != "-" }).map(String.init)
                .filter { !["the", "a", "an", "mr", "mrs", "ms", "dr"].contains($0) }
        }
        let a = words(ours), b = words(gold)
        guard !a.isEmpty, !b.isEmpty else { return false }
        if a == b || Set(a).isSubset(of: Set(b)) || Set(b).isSubset(of: Set(a)) { return true }
        return a.last == b.last
    }
}

/// Maps line and column back to a Unicode scalar offset in the original text.
struct LineOffsets {
    private var starts: [Int] = [0]

    init(_ text: String) {
        var offset = 0
        for scalar in text.unicodeScalars {
            offset += 1
            if scalar == "\n" { starts.append(offset) }
        }
    }

    func offset(_ position: SourcePosition) -> Int {
        let line = min(max(1, position.line), starts.count)
        return starts[line - 1] + position.column - 1
    }
}
