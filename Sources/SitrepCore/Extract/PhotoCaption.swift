/// A picture's caption left among an article's paragraphs, as web pages run a photo's credit and caption into
/// the text: "Tijana Martin / The Canadian Press Anne Marie Cerato and Patrick Bardos in their Toronto home.",
/// "Benjamin Layne, a retired porter, looks at a display of photos. ( THE CANADIAN PRESS FILE PHOTO )", "The
/// Canadian Press A train derailment is shown near Field, B.C.". The people it names are in the picture, not
/// those the narration is about: a pronoun or a quotation after it does not mean them, and the narration goes on
/// across it.
enum PhotoCaption {
    /// Most words of a caption.
    static let longestCaption = 60
    /// Most capitalised words of the photographer's name before the slash of an opening credit.
    static let creditNameWords = 4
    /// Words that make a bracketed line closing a paragraph a picture's credit (`caption-credits`).
    static let creditWords = WordSet(Lexicon.list("caption-credits"))

    /// Whether a paragraph is a caption: short, without quotation marks, and opening with a credit ("Name /
    /// Outlet"), closing with one in brackets ("( Name / Outlet )", "(Photo: …)"), or opening with a news agency's
    /// name run into the caption ("The Canadian Press A train …"; not "BBC reporter Ana Ruiz says", which speaks).
    static func isCaption(_ paragraph: Paragraph, lexicon: Lexicon) -> Bool {
        // (Cheap refusals first: most paragraphs are longer than a caption.)
        guard paragraph.bytes.count <= longestCaption * 12 else { return false }
        let tokens = paragraph.tokens
        let words = tokens.reduce(0) { $1.kind != .punctuation ? $0 + 1 : $0 }
        guard words > 0, words <= longestCaption, !quotes(tokens) else { return false }
        return opensWithCredit(tokens) || closesWithCredit(tokens, paragraph: paragraph)
            || opensWithAgency(tokens, paragraph: paragraph, lexicon: lexicon)
    }

    /// The text holds a quotation mark other than an apostrophe: a caption quotes no one.
    static func quotes(_ tokens: [Token]) -> Bool {
        tokens.contains { $0.isQuoteMark && !["'", "\u{2019}", "\u{2018}"].contains($0.first) }
    }

    /// "Tijana Martin / The Canadian Press …": a capitalised name, a slash, a capitalised outlet.
    static func opensWithCredit(_ tokens: [Token]) -> Bool {
        guard let slash = tokens.prefix(creditNameWords * 2 + 1).firstIndex(where: { $0.kind == .punctuation && $0.first == "/" }),
              slash > 0, slash + 1 < tokens.count, tokens[slash + 1].isCapitalized else { return false }
        let name = tokens[..<slash]
        return name.filter { $0.kind == .word }.count <= creditNameWords
            && name.allSatisfy { $0.kind == .word && ($0.isCapitalized || $0.isAllCaps) || $0.first == "." }
    }

    /// "… ( Peter Lee / Waterloo Region Record )", "… (THE CANADIAN PRESS FILE PHOTO)": a bracket closing the
    /// paragraph that holds a slash or a word of pictures.
    static func closesWithCredit(_ tokens: [Token], paragraph: Paragraph) -> Bool {
        var end = tokens.count
        while end > 0, tokens[end - 1].kind == .punctuation, tokens[end - 1].first == "." { end -= 1 }
        guard end > 1, tokens[end - 1].first == ")",
              let open = tokens[..<(end - 1)].lastIndex(where: { $0.kind == .punctuation && $0.first == "(" }) else { return false }
        return tokens[(open + 1)..<(end - 1)].contains { token in
            token.kind == .punctuation ? token.first == "/"
                : token.kind == .word && creditWords.contains(paragraph.text(of: token).lowercased())
        }
    }

    /// "The Canadian Press Syrian refugee family …": a news agency's name, then a capitalised word, in a line that
    /// has no speech verb.
    static func opensWithAgency(_ tokens: [Token], paragraph: Paragraph, lexicon: Lexicon) -> Bool {
        guard tokens.count > 1, tokens[0].kind == .word else { return false }
        var name = ""
        for length in 1...min(3, tokens.count - 1) {
            let word = tokens[length - 1]
            guard word.kind == .word else { return false }
            name += (name.isEmpty ? "" : " ") + paragraph.text(of: word)
            guard lexicon.wireAgencies.contains(name) else { continue }
            let next = tokens[length]
            return next.kind == .word && next.isCapitalized && next.spaceBefore
                && !tokens[length...].contains { $0.kind == .word && lexicon.speechVerbForms[paragraph.text(of: $0).lowercased()] != nil }
        }
        return false
    }
}
