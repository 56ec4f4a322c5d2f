/// A quotation that is a paragraph of its own, which no sieve gave a speaker, goes on in the voice of the last
/// speaker of its segment: news writing lets a speaker's words run on after a sentence of narration ("“…,” Garland
/// said. / The fallout was worst after a stroke. / “And if you looked at the earnings …”"). It does so only when
/// that speaker's words are at most ``reach`` paragraphs before it and the paragraphs between are narration that
/// writes no other person: neither a heading ("12 Farmers Share Their Hopes") nor a line ending in a colon, which
/// introduces what follows ("Read the latest updates below:").
struct FloatingQuotation {
    /// Paragraphs from the last speaker's words to the floating quotation: 1 is the paragraph right after them, 2
    /// leaves one paragraph of narration between.
    static let reach = 2

    /// Whether the quotation is the whole of its paragraph: it opens with a quotation mark at the paragraph's start,
    /// and nothing but marks and spaces stand before or after its words.
    static func standsAlone(_ quote: LocalQuote) -> Bool {
        let bytes = quote.paragraph.bytes
        guard quote.start <= bytes.count, quote.end <= bytes.count else { return false }
        let before = String(decoding: bytes[..<quote.start], as: UTF8.self)
        let after = String(decoding: bytes[quote.end...], as: UTF8.self)
        return before.contains { "\"“«„".contains($0) } && !(before + after).contains { $0.isLetter || $0.isNumber }
    }

    /// The quotation whose speaker the floating quotation at `index` goes on with: the last quotation before it (not
    /// a term), when it has a speaker, stands in the same segment at most ``reach`` paragraphs back, the paragraphs
    /// between are narration, and no person `written` between them is anyone but that speaker (`isSpeaker` tells the
    /// name of the speaker). `ordinals` gives each quotation's paragraph as an index in `body`, the article's
    /// paragraphs in reading order. Nil when the quotation does not float.
    static func speaker(of index: Int, in quotes: [LocalQuote], ordinals: [Int], body: [Paragraph], lexicon: Lexicon,
                        written: [(line: Int, offset: Int, mention: Mention)], isSpeaker: (Int, String) -> Bool) -> Int? {
        let quote = quotes[index]
        guard quote.kind == .direct, quote.mention == nil, quote.continues == nil, standsAlone(quote),
              let earlier = quotes[..<index].lastIndex(where: { $0.kind != .term }),
              let entity = quotes[earlier].entity, quotes[earlier].segment == quote.segment,
              ordinals[earlier] >= 0, ordinals[index] > ordinals[earlier], ordinals[index] - ordinals[earlier] <= reach
        else { return nil }
        let narration = body[(ordinals[earlier] + 1)..<ordinals[index]].allSatisfy { paragraph in
            let shape = ParagraphShape(paragraph, tokens: paragraph.tokens, lexicon: lexicon)
            return !shape.isHeadingLike && !shape.isTitleCase && !shape.endsWithColon
        }
        guard narration else { return nil }
        let from = (quotes[earlier].paragraph.firstLine, quotes[earlier].end)
        let to = (quote.paragraph.firstLine, quote.start)
        let other = written.contains { person in
            (person.line, person.offset) > from && (person.line, person.offset) < to
                && !isSpeaker(entity, person.mention.name ?? person.mention.text)
        }
        return other ? nil : earlier
    }
}
