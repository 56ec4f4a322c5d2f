/// A word list asked about one token of a paragraph, answered from the paragraph's bytes and the key the tokenizer
/// made of the token, without making the token's text (nor lower-casing it): what `contains` of the token's text
/// answers.
extension WordSet {
    /// Whether the set holds the text of `token`, a token of `paragraph`; lower-cased first when `lowered`.
    @inline(__always)
    func contains(_ token: Token, of paragraph: Paragraph, lowered: Bool) -> Bool {
        // The tokenizer keys only words and numbers whose bytes are all ASCII; others are asked as text.
        guard token.termHash != 0 else {
            let text = paragraph.text(of: token)
            return contains(lowered ? text.lowercased() : text)
        }
        return paragraph.bytes.withUnsafeBufferPointer {
            contains(ascii: $0, token.start, token.end, key: token.termHash, lowered: lowered)
        }
    }
}
