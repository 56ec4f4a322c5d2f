import Foundation
import SitrepCore

/// Quotations and reported speech against GGT's quotes-canonical-dev, by kind.
///
/// Gold quotations in quotation marks are GGT's kinds `direct` and `mixed` (a clause partly quoted); ours are the
/// quotations of kind ``Quotation/Kind/direct`` and ``Quotation/Kind/partial`` (a ``Quotation/Kind/term`` is nobody's
/// words and no predicted quotation, and reported speech is measured apart). A gold quotation is found when one of ours
/// overlaps its span by a character; one of ours is right when it overlaps a gold direct or mixed span. (GGT gives the
/// two halves of a split quotation as two items, as we do; a mixed clause may hold several of our pieces, each right.)
///
/// Reported speech: a gold `indirect` quotation is found when our reported quotations (kind
/// ``Quotation/Kind/reported``) together cover at least ``coverage`` (30 %) of its characters. Reported precision, given
/// so that recall is not bought with clauses nobody reports: the share of our reported quotations that overlap a gold
/// quotation of any kind by at least ``coverage`` of their own characters.
enum QuoteKindEvaluation {
    /// The share of a span's characters that must be covered for a match of reported speech.
    static let coverage = 0.3

    static func run(_ url: URL) throws {
        let documents = try JSONLines.read(url)
        let sources = JSONLines.sources(documents)
        let analysis = Analyzer().analyze(sources)
        let limit = ProcessInfo.processInfo.environment["VERBOSE"].map { Int($0) ?? 60 } ?? 60
        var gold = 0, found = 0, ours = 0, oursRight = 0
        var goldReported = 0, foundReported = 0, oursReported = 0, oursReportedRight = 0
        var missed: [String] = [], extra: [String] = [], missedReported: [String] = [], extraReported: [String] = []
        for document in documents {
            guard let id = document["id"] as? String, let text = document["text"] as? String,
                  let items = document["quotes"] as? [[String: Any]] else { continue }
            let offsets = LineOffsets(text)
            let scalars = Array(text.unicodeScalars)
            func excerpt(_ range: Range<Int>) -> String {
                String(String.UnicodeScalarView(scalars[max(0, range.lowerBound)..<min(scalars.count, range.upperBound)]))
                    .replacingOccurrences(of: "\n", with: " ")
            }
            let mine = analysis.quotes.filter { $0.span.file == id }.map { quote in
                (quote: quote, range: offsets.offset(quote.span.start)..<offsets.offset(quote.span.end))
            }
            let quoted = mine.filter { Quotation.Kind.quoted.contains($0.quote.kind) }
            let reported = mine.filter { $0.quote.kind == .reported }
            let spans = items.compactMap { item -> (kind: String, range: Range<Int>)? in
                guard let start = item["start"] as? Int, let end = item["end"] as? Int, start < end,
                      let kind = item["kind"] as? String else { return nil }
                return (kind, start..<end)
            }
            let goldQuoted = spans.filter { $0.kind == "direct" || $0.kind == "mixed" }.map(\.range)
            for range in goldQuoted {
                gold += 1
                if quoted.contains(where: { QuoteEvaluation.overlap($0.range, range) > 0 }) { found += 1 }
                else if missed.count < limit { missed.append(excerpt(range)) }
            }
            for item in quoted {
                ours += 1
                if goldQuoted.contains(where: { QuoteEvaluation.overlap(item.range, $0) > 0 }) { oursRight += 1 }
                else if extra.count < limit {
                    // (With the words around it, which tell a label from somebody's words.)
                    extra.append("[\(item.quote.kind.rawValue), \(item.quote.sieve?.rawValue ?? "-")] \(item.quote.mention ?? "-"): "
                                 + excerpt(item.range.lowerBound - 90..<item.range.lowerBound) + " ‹" + excerpt(item.range).prefix(100)
                                 + "› " + excerpt(item.range.upperBound..<item.range.upperBound + 50))
                }
            }
            for range in spans.filter({ $0.kind == "indirect" }).map(\.range) {
                goldReported += 1
                if covered(range, by: reported.map(\.range)) >= coverage { foundReported += 1 }
                else if missedReported.count < limit {
                    // (With the words before it, where the cue usually stands.)
                    missedReported.append(excerpt(range.lowerBound - 70..<range.lowerBound) + " ‹" + excerpt(range).prefix(120) + "›")
                }
            }
            for item in reported {
                oursReported += 1
                if spans.contains(where: { covered(item.range, by: [$0.range]) >= coverage }) { oursReportedRight += 1 }
                else if extraReported.count < limit {
                    extraReported.append("\(item.quote.mention ?? "-") [\(item.quote.cue ?? "-")]: " + excerpt(item.range).prefix(120))
                }
            }
        }
        let precision = Double(oursRight) / Double(max(1, ours)), recall = Double(found) / Double(max(1, gold))
        let reportedRecall = Double(foundReported) / Double(max(1, goldReported))
        let reportedPrecision = Double(oursReportedRight) / Double(max(1, oursReported))
        print("quotes-canonical-dev: \(documents.count) articles, \(gold) gold direct and mixed quotations, \(goldReported) indirect")
        print("direct+partial precision \(format(precision)) (\(oursRight)/\(ours)), recall \(format(recall)) (\(found)/\(gold))")
        print("reported recall at \(Int(coverage * 100)) % coverage \(format(reportedRecall)) (\(foundReported)/\(goldReported)), "
              + "precision \(format(reportedPrecision)) (\(oursReportedRight)/\(oursReported))")
        Figure.report("quotes_canonical.direct_partial_precision", precision)
        Figure.report("quotes_canonical.direct_partial_recall", recall)
        Figure.report("quotes_canonical.reported_recall", reportedRecall)
        Figure.report("quotes_canonical.reported_precision", reportedPrecision)
        if ProcessInfo.processInfo.environment["VERBOSE"] != nil {
            print("\n-- direct or mixed missed"); missed.forEach { print("  " + $0) }
            print("\n-- direct or partial not in the gold"); extra.forEach { print("  " + $0) }
            print("\n-- indirect missed"); missedReported.forEach { print("  " + $0) }
            print("\n-- reported not in the gold"); extraReported.forEach { print("  " + $0) }
        }
    }

    /// The share of `range`'s characters that lie in one of `spans`.
    static func covered(_ range: Range<Int>, by spans: [Range<Int>]) -> Double {
        guard !range.isEmpty else { return 0 }
        var inside = 0
        var cursor = range.lowerBound
        for span in spans.sorted(by: { $0.lowerBound < $1.lowerBound }) {
            let from = max(cursor, span.lowerBound), to = min(range.upperBound, span.upperBound)
            if to > from { inside += to - from; cursor = to }
        }
        return Double(inside) / Double(range.count)
    }
}
