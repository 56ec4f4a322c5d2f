import SitrepCore

/// Why a quotation has its speaker: the rule of attribution (sieve) that decided it, the cue, the speaker as written,
/// the alias of the canonical speaker that this matched, and the sentence with the quotation and the speaker phrase
/// marked. The reader shows it on a quotation (`y`, "why").
public struct QuoteProvenance: Sendable, Hashable {
    public var speaker: String?
    public var sieve: AttributionSieve?
    public var cue: String?
    /// The speaker as written where the quotation is attributed ("Mr Zelensky", "he").
    public var mention: String?
    /// The alias of the canonical speaker the mention matched, when one did.
    public var alias: String?
    /// The words around the quotation: the quotation between ``quoteMarks``, the speaker phrase between
    /// ``speakerMarks`` when it stands near.
    public var sentence: String

    /// Marks around the quotation and around the speaker phrase in ``sentence``.
    public static let quoteMarks = ("\u{2039}", "\u{203A}")
    public static let speakerMarks = ("[", "]")
    /// Characters read on either side for the sentence's ends, at most.
    static let sentenceReach = 300

    public init(speaker: String?, sieve: AttributionSieve?, cue: String?, mention: String?, alias: String?, sentence: String) {
        self.speaker = speaker
        self.sieve = sieve
        self.cue = cue
        self.mention = mention
        self.alias = alias
        self.sentence = sentence
    }

    /// The provenance of a quotation standing at `quote` (characters) in a paragraph's `text`: the sentence around it
    /// and the nearest place the speaker phrase is written in it.
    public init(text: String, quote: Range<Int>, speaker: String?, aliases: [String], sieve: AttributionSieve?,
                cue: String?, mention: String?) {
        let characters = Array(text)
        let quote = quote.clamped(to: 0..<characters.count)
        let phrase = mention.flatMap { QuoteProvenance.nearest($0, to: quote, in: characters) }
        var start = min(quote.lowerBound, phrase?.lowerBound ?? quote.lowerBound)
        var end = max(quote.upperBound, phrase?.upperBound ?? quote.upperBound)
        let floor = max(0, start - QuoteProvenance.sentenceReach), ceiling = min(characters.count, end + QuoteProvenance.sentenceReach)
        while start > floor, !QuoteProvenance.endsSentence(characters, before: start) { start -= 1 }
        while end < ceiling, !QuoteProvenance.endsSentence(characters, before: end) { end += 1 }
        var marked = ""
        for index in start..<end {
            if index == quote.lowerBound { marked += QuoteProvenance.quoteMarks.0 }
            if index == phrase?.lowerBound { marked += QuoteProvenance.speakerMarks.0 }
            marked.append(characters[index])
            if index + 1 == phrase?.upperBound { marked += QuoteProvenance.speakerMarks.1 }
            if index + 1 == quote.upperBound { marked += QuoteProvenance.quoteMarks.1 }
        }
        self.init(speaker: speaker, sieve: sieve, cue: cue, mention: mention,
                  alias: QuoteProvenance.alias(matching: mention, among: aliases),
                  sentence: marked.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// Whether a sentence ends just before `index`: after a full stop, question or exclamation mark (and any closing
    /// quotation mark) and a space.
    static func endsSentence(_ characters: [Character], before index: Int) -> Bool {
        guard index > 1, index < characters.count, characters[index - 1] == " " else { return index <= 0 || index >= characters.count }
        var last = index - 2
        if last > 0, ["\u{201D}", "\"", "\u{2019}", "'", "\u{00BB}"].contains(characters[last]) { last -= 1 }
        return [".", "?", "!"].contains(characters[last])
    }

    /// The place of `phrase` in the characters nearest the quotation, outside it.
    static func nearest(_ phrase: String, to quote: Range<Int>, in characters: [Character]) -> Range<Int>? {
        let needle = Array(phrase)
        guard !needle.isEmpty, needle.count <= characters.count else { return nil }
        var best: (distance: Int, range: Range<Int>)?
        for start in 0...(characters.count - needle.count) where characters[start] == needle[0] {
            let range = start..<(start + needle.count)
            guard !range.overlaps(quote), characters[range].elementsEqual(needle) else { continue }
            let distance = range.upperBound <= quote.lowerBound ? quote.lowerBound - range.upperBound : range.lowerBound - quote.upperBound
            if best.map({ distance < $0.distance }) ?? true { best = (distance, range) }
        }
        return best?.range
    }

    /// The alias a mention matched: the one written the same (case aside), else the one whose words end the mention
    /// ("Mr Zelensky" and "Zelensky"), else the one the mention's last word ends ("Volodymyr Zelensky" for "Zelensky").
    static func alias(matching mention: String?, among aliases: [String]) -> String? {
        guard let mention, let last = mention.split(separator: " ").last?.lowercased() else { return nil }
        let lower = mention.lowercased()
        return aliases.first { $0.lowercased() == lower }
            ?? aliases.filter { lower.hasSuffix(" " + $0.lowercased()) }.max { $0.count < $1.count }
            ?? aliases.first { $0.split(separator: " ").last?.lowercased() == last }
    }

    /// The lines the reader shows.
    public var lines: [String] {
        var lines = ["Speaker: \(speaker ?? "none")"]
        if let sieve {
            lines.append("Sieve: \(sieve.rawValue) \u{2014} \(sieve.summary)")
        } else {
            lines.append("Sieve: none \u{2014} no rule of attribution named a speaker")
        }
        lines.append("Cue: \(cue ?? "none")")
        lines.append("Speaker phrase: \(mention ?? "none")")
        if let alias { lines.append("Alias matched: \(alias)") }
        lines.append("")
        lines.append(sentence)
        return lines
    }
}
