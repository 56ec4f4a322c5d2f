import Foundation
import SitrepCore

/// Canonical speakers across a library.
///
/// `speakers` on the news sample analysed as one library: the share of named person speakers whose canonical name no
/// other person speaker has too (an unnamed speaker, known by a description in one story, has no canonical name), the share that is not a bare surname of another speaker's full name, and the share of all
/// speakers named by more than a lone lower-case word ("officials", "president"). `canonical` on GGT's
/// quotes-canonical-dev with all its articles in one library: for each gold direct quotation we find, whether our
/// canonical speaker is the person (or organisation or group) GGT's annotators name; for an unnamed source, which has
/// no speaker record, the quotation's mention is what we name.
enum SpeakerEvaluation {
    static func library(_ url: URL) throws {
        let sources = try JSONLines.read(url).compactMap { record -> SourceText? in
            guard let id = record["id"] as? String, let text = record["text"] as? String else { return nil }
            var front = "---\n"
            if let source = record["source"] as? String { front += "source: \(source)\n" }
            if let date = record["date"] as? String { front += "date: \(date)\n" }
            return SourceText(name: id, text: front + "---\n" + ((record["title"] as? String) ?? "") + "\n\n" + text + "\n")
        }
        let analysis = Analyzer().analyze(sources)
        let speakers = analysis.speakers
        let persons = speakers.filter { $0.kind == .person }
        // A canonical name is a name an article gives: an unnamed speaker ("a federal judge") is known by its
        // description inside its story and has none, so two so described in two stories are two people, not one name
        // given twice.
        let named = persons.filter(\.isNamed)
        var byName: [String: Int] = [:]
        for person in named { byName[person.name, default: 0] += 1 }
        let shared = named.filter { byName[$0.name]! > 1 }
        var described: [String: Int] = [:]
        for person in persons where !person.isNamed { described[person.name, default: 0] += 1 }
        let fullNameWords = Set(persons.filter { $0.name.split(separator: " ").count >= 2 }
            .flatMap { $0.name.split(separator: " ").map { NameKey.key(String($0)) } })
        // Speaker rows the reader cannot tell apart: everything a listing shows (name, description, kind, number of
        // quotations, dates, the one article's outlet and title) the same as another row's.
        let listings = analysis.speakerListings()
        var shown: [[String]: Int] = [:]
        for listing in listings { shown[listing.shownParts, default: 0] += 1 }
        let alike = listings.filter { shown[$0.shownParts]! > 1 }
        // The same without the one article's outlet and title: what the dates and counts alone leave alike.
        var withoutArticle: [[String]: Int] = [:]
        for listing in listings { withoutArticle[Array(listing.shownParts.dropLast()), default: 0] += 1 }
        let alikeWithoutArticle = withoutArticle.values.filter { $0 > 1 }.reduce(0, +)
        let bare = persons.filter { $0.name.split(separator: " ").count == 1 && fullNameWords.contains(NameKey.key($0.name)) }
        let common = speakers.filter { speaker in
            !speaker.name.contains(" ") && speaker.name.first.map { $0.isLowercase } == true
        }
        print("speakers: \(sources.count) articles of the news sample as one library; \(speakers.count) speakers, \(persons.count) persons")
        print("named person speakers sharing their name with another: \(shared.count) (\(Set(shared.map(\.name)).count) names)")
        print("unnamed person speakers (a description, one story each): \(persons.count - named.count), descriptions used in several stories: \(described.values.filter { $0 > 1 }.count)")
        print("speaker rows that read the same as another (name, description, kind, quotations, dates, article): \(alike.count) of \(listings.count); "
              + "without the article: \(alikeWithoutArticle)")
        print("bare surnames of another speaker's full name: \(bare.count); lone lower-case words: \(common.count)")
        if ProcessInfo.processInfo.environment["VERBOSE"] != nil {
            // Every offender, most frequent first, so that a rule can be chosen from the whole list.
            let names = byName.filter { $0.value > 1 }.sorted { ($0.value, $1.key) > ($1.value, $0.key) }
            print("-- shared names: " + names.map { "\($0.key) \($0.value)" }.joined(separator: ", "))
            print("-- descriptions of unnamed speakers in several stories: " + described.filter { $0.value > 1 }
                .sorted { ($0.value, $1.key) > ($1.value, $0.key) }.map { "\($0.key) \($0.value)" }.joined(separator: ", "))
            var bareCounts: [String: Int] = [:]
            for person in bare { bareCounts[person.name, default: 0] += 1 }
            print("-- bare: " + bareCounts.sorted { ($0.value, $1.key) > ($1.value, $0.key) }
                .map { "\($0.key) \($0.value)" }.joined(separator: ", "))
            print("-- common: " + common.prefix(40).map(\.name).joined(separator: ", "))
            print("-- unnamed persons: " + persons.filter { !$0.isNamed }.map(\.name).sorted().joined(separator: " | "))
            print("-- rows alike: " + alike.prefix(40).map { $0.shownParts.filter { !$0.isEmpty }.joined(separator: " \u{00B7} ") }
                .joined(separator: " | "))
        }
        Figure.report("speakers.distinct_person_names", 1 - Double(shared.count) / Double(max(1, named.count)))
        Figure.report("speakers.not_bare_surnames", 1 - Double(bare.count) / Double(max(1, persons.count)))
        Figure.report("speakers.rows_told_apart", 1 - Double(alike.count) / Double(max(1, listings.count)))
        Figure.report("speakers.not_common_nouns", 1 - Double(common.count) / Double(max(1, speakers.count)))
    }

    static func canonical(_ url: URL) throws {
        let documents = try JSONLines.read(url)
        let sources = JSONLines.sources(documents)
        var analyzer = Analyzer()
        analyzer.parser = ArticleParser(tuning: .fromEnvironment())
        let analysis = analyzer.analyze(sources)
        var asked = 0, found = 0, right = 0
        var wrong: [String] = []
        for document in documents {
            guard let id = document["id"] as? String, let text = document["text"] as? String,
                  let quotes = document["quotes"] as? [[String: Any]] else { continue }
            let offsets = LineOffsets(text)
            let ours = analysis.quotes.filter { $0.span.file == id && Quotation.Kind.quoted.contains($0.kind) }.map { quote in
                (quote, offsets.offset(quote.span.start)..<offsets.offset(quote.span.end))
            }
            for item in quotes where item["kind"] as? String == "direct" {
                guard let start = item["start"] as? Int, let end = item["end"] as? Int,
                      let reference = item["speaker_ref"] as? String else { continue }
                asked += 1
                let gold = "\(reference) [\((item["speaker"] as? String) ?? "-")]"
                guard let match = ours.max(by: { QuoteEvaluation.overlap($0.1, start..<end) < QuoteEvaluation.overlap($1.1, start..<end) }),
                      QuoteEvaluation.overlap(match.1, start..<end) > 0 else {
                    wrong.append("\(id) @\(start) \(gold) <- not found")
                    continue
                }
                found += 1
                // An unnamed source ("the commission said", "a spokesperson said") has no speaker record: what the
                // reader shows for it is the quotation's mention.
                let name = match.0.speaker.map { analysis.speakers[$0].name } ?? match.0.mention ?? ""
                if sameCanonical(name, reference) { right += 1 }
                else {
                    // Gold name [gold mention] <- our name [our mention] (the sieve that decided).
                    wrong.append("\(id) @\(start) \(gold) <- \(name.isEmpty ? "-" : name) [\(match.0.mention ?? "-")] (\(match.0.sieve?.rawValue ?? "-"))")
                }
            }
        }
        // DOC=<id> lists every quotation found in that article: where, its kind, mention, canonical speaker and sieve.
        if let doc = ProcessInfo.processInfo.environment["DOC"] {
            let offsets = LineOffsets((documents.first { ($0["id"] as? String) == doc }?["text"] as? String) ?? "")
            for quote in analysis.quotes where quote.span.file == doc {
                let name = quote.speaker.map { analysis.speakers[$0].name } ?? "-"
                print("  @\(offsets.offset(quote.span.start)) \(quote.kind) [\(quote.mention ?? "-")] -> \(name) (\(quote.sieve?.rawValue ?? "-")) \(quote.text.prefix(60))")
            }
        }
        print("quotes-canonical-dev: \(documents.count) articles in one library, \(asked) gold direct quotations with a canonical speaker, \(found) found")
        print("canonical speaker accuracy \(format(Double(right) / Double(max(1, asked)))) (\(right)/\(asked)); over those found \(format(Double(right) / Double(max(1, found))))")
        if ProcessInfo.processInfo.environment["VERBOSE"] != nil { wrong.forEach { print("  " + $0) } }
        Figure.report("canonical.speaker_accuracy", Double(right) / Double(max(1, asked)))
    }

    /// Whether our canonical name is GGT's: the same words once case, diacritics, honorifics and determiners are
    /// set aside, or (for a person) the same first and last name key, or our full name for GGT's bare surname.
    static func sameCanonical(_ ours: String, _ gold: String) -> Bool {
        func words(_ text: String) -> [String] {
            text.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map { NameKey.key(String($0)) }
                .filter { !["the", "a", "an", "mr", "mrs", "ms", "dr"].contains($0) && !$0.isEmpty }
        }
        let a = words(ours), b = words(gold)
        guard !a.isEmpty, !b.isEmpty else { return false }
        if a == b { return true }
        // GGT sometimes names a person by surname alone; our full name with that surname is the same person.
        if b.count == 1, a.count >= 2, a.last == b[0] { return true }
        return a.count >= 2 && b.count >= 2 && a.first == b.first && a.last == b.last
    }
}
