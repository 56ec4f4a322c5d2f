/// The body a document speaks for when the text says where it is published: "a document titled White Paper:
/// Railroading in the Canadian Winter on Canadian Pacific Railway's website" is Canadian Pacific Railway's, as "a
/// report on the ministry's website" is the ministry's. A work's title ("White Paper") is no speaker's name.
enum DocumentIssuer {
    /// Nouns of the places a body publishes on (`publishing-places`: "website", "blog").
    static let places = Lexicon.list("publishing-places")
    /// Most words from the end of the mention to the owner's place ("… on Canadian Pacific Railway's website").
    static let reach = 16

    /// Whether a name's mention is a work named by its title: a noun of a document or written work, then a participle
    /// that gives a name ("document titled White Paper", "a report called Cold Rails").
    static func isTitled(_ mention: Mention, lexicon: Lexicon) -> Bool {
        guard mention.form == .name else { return false }
        let words = mention.text.lowercased().split(separator: " ").map(String.init)
        return words.indices.dropFirst().contains { index in
            Attributor.nameGivingParticiples.contains(words[index])
                && (lexicon.speechNouns.contains(words[index - 1]) || Attributor.writtenWorks.contains(words[index - 1]))
        }
    }

    /// The capitalised name whose place the words after a mention say the document is on ("on Canadian Pacific
    /// Railway's website"), within ``reach`` words and before the sentence or the clause ends (at a comma or a relative
    /// pronoun); nil when they name none.
    static func owner(after mention: Mention, in text: String) -> String? {
        guard let found = text.range(of: mention.text) else { return nil }
        var words: [Substring] = []
        for word in text[found.upperBound...].split(separator: " ").prefix(reach) {
            // (", which drew on figures on Statistics Canada's website": another clause's place is not the document's.)
            if Attributor.relativePronouns.contains(word.lowercased()) { break }
            words.append(word)
            if word.last == "." || word.last == "!" || word.last == "?" || word.last == "," { break }
        }
        for index in words.indices.dropFirst(2) {
            let place = words[index].lowercased().filter(\.isLetter)
            guard places.contains(place), NounPhrases.isPossessive(String(words[index - 1])),
                  words[index - 1].first?.isUppercase == true else { continue }
            var start = index - 1
            while start > 0, words[start - 1].first?.isUppercase == true { start -= 1 }
            // (After a word in lower case, "on": not a sentence opener run into the name.)
            guard start > 0, words[start - 1].first?.isLowercase == true else { return nil }
            return String(words[start..<index].joined(separator: " ").dropLast(2))
        }
        return nil
    }
}
