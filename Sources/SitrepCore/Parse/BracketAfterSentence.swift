extension ParagraphShape {
    /// Most tokens between the brackets of a remark closing a paragraph after its last sentence.
    static let closingRemarkTokens = 24

    /// The paragraph ends with a bracketed remark after a sentence's end: its source ("... a press release stated.
    /// (The Hill)", "... he said.” [PBS NewsHour, 2/17/14]"), a picture's credit ("... in Grand Rapids, Mich. (AP
    /// Photo/Jane Roe, File)") or an aside ("(Updated at 5 p.m.)"). The remark closes the paragraph as the sentence
    /// before it does: the paragraph is no cut-off brief. The bracket holds at most ``closingRemarkTokens`` tokens.
    static func endsWithRemarkAfterSentence(_ tokens: [Token]) -> Bool {
        var last = tokens.count - 1
        while last >= 0, tokens[last].kind == .punctuation, tokens[last].first == "." { last -= 1 }
        guard last > 1, tokens[last].kind == .punctuation else { return false }
        let close = tokens[last].first
        guard close == ")" || close == "]" else { return false }
        let open: Unicode.Scalar = close == ")" ? "(" : "["
        var index = last - 1
        while index >= 0, last - index <= closingRemarkTokens + 1 {
            let token = tokens[index]
            if token.kind == .punctuation, token.first == open { break }
            if token.kind == .punctuation, token.first == close { return false }
            index -= 1
        }
        guard index > 0, index < last - 1, tokens[index].first == open else { return false }
        // Before the bracket: a sentence's end, maybe followed by the quotation marks it closes.
        var before = index - 1
        while before > 0, tokens[before].kind == .punctuation, tokens[before].isQuoteMark || isCloser(tokens[before].first) {
            before -= 1
        }
        return tokens[before].kind == .punctuation && isSentenceEnd(tokens[before].first)
    }
}
