import Foundation

/// Recognises page furniture: bylines, datelines, update notes, photo credits, kickers and captions.
struct Furniture {
    let lexicon: Lexicon

    /// "By Jane Doe and John Roe", "By Jane Doe, Reuters", "Reporting by ...; Editing by ...".
    func isByline(_ paragraph: Paragraph, tokens: [Token]) -> Bool {
        let text = paragraph.text
        if text.hasPrefix("(Reporting by") || text.hasPrefix("Reporting by") || text.hasPrefix("Writing by")
            || text.hasPrefix("Editing by") || text.hasPrefix("Additional reporting by") {
            return true
        }
        guard let first = tokens.first, paragraph.text(of: first) == "By", tokens.count >= 2,
              tokens.count <= 24 else { return false }
        var names = 0
        for token in tokens.dropFirst() {
            switch token.kind {
            case .word:
                let word = paragraph.text(of: token)
                if token.isCapitalized { names += 1 }
                else if !["and", "in", "of", "de", "van", "von", "al", "bin", "da", "del", "la", "le"].contains(word) {
                    return false
                }
            case .punctuation:
                if ![",", "&", "|", "-", "\u{2013}", "\u{2014}", "/", "."].contains(token.first) { return false }
            case .number:
                return false
            }
        }
        return names >= 1
    }

    /// "(Updates with casualty figures)".
    func isUpdateNote(_ paragraph: Paragraph, tokens: [Token]) -> Bool {
        guard tokens.count >= 3, tokens.first?.first == "(", tokens.last?.first == ")" else { return false }
        return lexicon.updateNoteWords.contains(paragraph.text(of: tokens[1]).lowercased())
    }

    /// Lines that belong to the web page, not to an article ("Advertisement", "Read more: ...").
    func isPageFurniture(_ paragraph: Paragraph, shape: ParagraphShape) -> Bool {
        guard shape.wordCount <= 20 else { return false }
        let lower = paragraph.text.lowercased()
        return lexicon.furniturePrefixes.contains { lower.hasPrefix($0) }
            || paragraph.text.allSatisfy { "-=*_#~ ".contains($0) }
    }

    /// A separator line between articles: `---`, `***`, `* * *`, `###`, `====`.
    func isSeparator(_ paragraph: Paragraph) -> Bool {
        let text = paragraph.text
        return text.count >= 3 && text.allSatisfy { "-=*_#~ ".contains($0) }
    }

    /// A photo credit or caption line: "Photo: AFP / ...", "... REUTERS/Name", "(AP Photo/...)".
    func isCredit(_ paragraph: Paragraph, shape: ParagraphShape) -> Bool {
        let text = paragraph.text
        if lexicon.creditPrefixes.contains(where: { text.hasPrefix($0) }) { return shape.wordCount <= 40 }
        guard shape.wordCount <= 60 else { return false }
        if lexicon.creditInfixes.contains(where: { text.contains($0) }) { return true }
        let trimmed = text.trimmingSpaces.trimmingCharacters(in: [".", ")", " "])
        return lexicon.creditSuffixes.contains { trimmed.hasSuffix($0) } && !shape.endsSentence
    }

    /// The UTF-8 length of a dateline at the start of a paragraph ("SEOUL (Reuters) - ", "KYIV, Ukraine (AP) — ",
    /// "CAIRO/ISTANBUL, Jan 14 (Reuters) - "), or nil when the paragraph does not open with one.
    func datelineLength(_ paragraph: Paragraph, tokens: [Token]) -> Int? {
        guard let first = tokens.first, first.kind == .word, first.isAllCaps || first.isCapitalized else { return nil }
        var sawAgency = false
        var wordsBefore = 0
        for (index, token) in tokens.prefix(16).enumerated() {
            if token.kind == .punctuation {
                let mark = token.first
                if mark == "-" || mark == "\u{2013}" || mark == "\u{2014}" {
                    // A dash ends the dateline: it needs an agency in brackets or an upper-case place first.
                    guard index > 0, token.spaceBefore || mark != "-" else { return nil }
                    guard sawAgency || first.isAllCaps else { return nil }
                    var end = token.end
                    if index + 1 < tokens.count, tokens[index + 1].first == mark { end = tokens[index + 1].end }
                    while end < paragraph.bytes.count, paragraph.bytes[end] == 0x20 { end += 1 }
                    return end < paragraph.bytes.count ? end : nil
                }
                if mark == "(" || mark == ")" || mark == "," || mark == "/" || mark == "." { continue }
                return nil
            }
            let word = paragraph.text(of: token)
            if index > 0, tokens[index - 1].first == "(", lexicon.wireAgencies.contains(word) { sawAgency = true }
            if token.kind == .word && !token.isCapitalized && !lexicon.months.keys.contains(word) { return nil }
            wordsBefore += 1
            if wordsBefore > 10 { return nil }
        }
        return nil
    }

    /// The UTF-8 end of a kicker caption at the start of a paragraph: an upper-case label and a colon, then the
    /// caption up to its sentence end, or up to where it runs into the body without punctuation (a lower-case
    /// word followed by a capitalised sentence opener). Nil when the paragraph has no kicker.
    func kickerEnd(_ paragraph: Paragraph, tokens: [Token]) -> Int? {
        var index = 0
        while index < tokens.count, index < 6, tokens[index].kind == .word, tokens[index].isAllCaps { index += 1 }
        guard index >= 1, index < tokens.count, tokens[index].first == ":" else { return nil }
        var previousLower = false
        var position = index + 1
        while position < tokens.count {
            let token = tokens[position]
            if token.kind == .punctuation, ParagraphShape.terminators.contains(token.first), token.first != ":" {
                return token.end
            }
            if token.kind == .word, previousLower, token.isCapitalized,
               lexicon.sentenceStarters.contains(paragraph.text(of: token)) {
                return tokens[position - 1].end
            }
            previousLower = token.kind == .word && !token.isCapitalized
            position += 1
        }
        return paragraph.bytes.count
    }
}
