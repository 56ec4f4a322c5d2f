import Foundation

/// What a name the attribution read for a speaker is, by rules of news English: most are people, but a body named
/// "X of Y" with a body's noun as X ("Department of Justice", "Ministry of Defence") is an organisation, as is a
/// state standing for its government ("California"), as is "Justice Department"; a plural of people ("Republicans", "Proponents") is a group;
/// and a day, a discourse word, a number or page furniture ("However", "Monday", "2018", "Media playback") is no
/// name at all.
enum NameShape: Equatable {
    case person
    case organisation
    case group
    /// No name: the mention describes nobody who can be told apart.
    case notAName

    /// Words never a person's name on their own (`not-names`).
    static let notNames = WordSet(Lexicon.list("not-names"))
    /// Nation, faith and party words, singular (`demonyms`).
    static let demonyms = Lexicon.list("demonyms")
    /// Phrases of descriptions and names that speak for nobody (`not-speakers`), as word lists.
    static let notSpeakers = Lexicon.phrases("not-speakers").map { $0.split(separator: " ").map(String.init) }
    /// ``notSpeakers`` as the bytes of their words, for names of ASCII.
    static let notSpeakerBytes = notSpeakers.map { $0.map { Array($0.utf8) } }

    /// `name.contains(where: \.isLetter)`, answered from the bytes when they are all ASCII.
    static func hasLetter(_ name: String) -> Bool {
        if let answer = NameBytes.hasLetter(name) { return answer }
        return name.contains(where: \.isLetter)
    }

    /// The shape of a name a mention gives a person.
    static func of(_ name: String, lexicon: Lexicon) -> NameShape {
        let words = name.byteSplit(separator: " ").map(String.init)
        guard !words.isEmpty, NameShape.hasLetter(name) else { return .notAName }
        if speaksForNobody(name) { return .notAName }
        if isBody(words, lexicon: lexicon) { return .organisation }
        if lexicon.states.contains(name) || lexicon.places.contains(name) { return .organisation }
        if isInitials(name) { return .organisation }
        guard words.count == 1 else { return .person }
        let lower = words[0].lowercased()
        if notNames.contains(lower) || demonyms.contains(lower) { return .notAName }
        if let singular = singular(of: lower),
           demonyms.contains(singular) || lexicon.personNouns.contains(singular) || lexicon.titles.contains(singular)
            || lexicon.voiceNouns.contains(singular) || lexicon.organisationNouns.contains(singular)
            || lexicon.speechNouns.contains(singular) || lexicon.groupNouns.contains(lower) {
            return .group
        }
        return .person
    }

    /// Whether a name is initials alone, two or more capitals each closed by a period ("N.S.", "U.N.", "B.C."): a
    /// place or body abbreviated ("Antigonish, N.S."), never a person's whole name.
    static func isInitials(_ name: String) -> Bool {
        // (Without a period byte no character is a period: not initials.)
        guard name.utf8.contains(0x2E) else { return false }
        let letters = name.filter { $0 != "." }
        return letters.count >= 2 && letters.allSatisfy(\.isUppercase) && name.filter({ $0 == "." }).count == letters.count
            && name.first != "." && !name.contains("..")
    }

    /// Whether capitalised words name a body by its noun: before "of" ("Department of Justice", "Bank of England")
    /// or last ("Justice Department").
    static func isBody(_ words: [String], lexicon: Lexicon) -> Bool {
        guard words.count >= 2, words.allSatisfy({ bodyJoiners.contains($0) || NameBytes.opensUppercase($0) })
        else { return false }
        if let of = words.firstIndex(of: "of"), of > 0, lexicon.organisationNouns.contains(lowering: words[of - 1]) {
            return true
        }
        return lexicon.organisationNouns.contains(lowering: words[words.count - 1])
    }

    /// Lower-case words that may stand between the capitalised words of a body's name ("Department of Justice").
    private static let bodyJoiners = ["of", "the", "and", "for"]

    /// Whether a description or name holds a phrase of `not-speakers` as whole words ("56 percent", "no one",
    /// "Media playback").
    static func speaksForNobody(_ text: String) -> Bool {
        if let answer = NameBytes.speaksForNobody(text, phrases: notSpeakerBytes) { return answer }
        let words = text.lowercased().split(whereSeparator: { $0 == " " || $0 == "-" }).map(String.init)
        return notSpeakers.contains { phrase in
            words.count >= phrase.count && (0...(words.count - phrase.count)).contains { start in
                words[start..<(start + phrase.count)].elementsEqual(phrase)
            }
        }
    }

    /// The name of a link card glued to the text after it, as some pages write a name and then, on hover, the full
    /// name run into the titles of related stories ("President Trump Donald John TrumpGOP senators balk at …"): a
    /// word that opens with a word written earlier in the name and goes on with a capital ("TrumpGOP") closes the
    /// name, and the name is what follows that earlier word ("Donald John Trump"). Nil for any other name
    /// ("Kevin MacLeod", "WikiLeaks founder Julian Assange").
    static func unglued(_ name: String) -> String? {
        // (An ASCII name with no lower-case letter run into a capital has no glue: most names, told from bytes.)
        if NameBytes.hasNoGlue(name) { return nil }
        let words = name.byteSplit(separator: " ").map(String.init)
        for (index, word) in words.enumerated() where index > 0 {
            let letters = Array(word)
            guard let glue = (2..<max(2, letters.count)).first(where: { letters[$0 - 1].isLowercase && letters[$0].isUppercase }),
                  let earlier = words[..<index].lastIndex(of: String(letters[..<glue])) else { continue }
            return (words[(earlier + 1)..<index] + [String(letters[..<glue])]).joined(separator: " ")
        }
        return nil
    }

    /// The singular of an English plural ("agencies", "lawyers"); nil for a word that does not end in "s".
    static func singular(of word: String) -> String? {
        if word.hasSuffix("people") { return String(word.dropLast(6)) + "person" }
        if word == "women" || word == "men" || word == "children" { return word == "children" ? "child" : String(word.dropLast(2)) + "an" }
        guard word.count > 3, word.hasSuffix("s"), !word.hasSuffix("ss") else { return nil }
        if word.hasSuffix("ies") { return String(word.dropLast(3)) + "y" }
        return String(word.dropLast())
    }

    /// A mention of a person by name as its shape says to read it: the name without a possessive ending ("Trump's"
    /// is Trump, "David Rowland’s" David Rowland); a link card's name glued to the text after it as its full name (see
    /// ``unglued(_:)``); an organisation's name as an organisation; a group's or a non-name's words as a description, so
    /// that nobody is named by them.
    /// `memo`, when given, keeps the shapes of the names of one article.
    static func reread(_ written: Mention, lexicon: Lexicon, memo: NameMemo? = nil) -> Mention {
        var mention = written
        if mention.form == .name || mention.form == .description, let card = unglued(mention.name ?? mention.text) {
            // ("President Trump Donald John TrumpGOP senators balk": the full name of a link card.)
            mention.form = .name
            mention.name = card
            mention.kind = .person
        }
        if mention.form == .description, isBody(mention.text.byteSplit(separator: " ").map(String.init), lexicon: lexicon) {
            // "the Department of Justice": a role word closing it ("Justice") made it read as a description.
            var body = mention
            body.form = .name
            body.name = mention.text
            body.kind = .organisation
            return body
        }
        guard mention.form == .name, mention.kind == .person else { return mention }
        var name = mention.name ?? mention.text
        var reread = mention
        // ("David Rowland’s": the ending closes the last word of a full name too, not "One of Shenkman’s".)
        let words = name.byteSplit(separator: " ")
        let fullName = words.count == 1 || words.allSatisfy { $0.first?.isUppercase == true }
        for ending in ["'s", "\u{2019}s"] where name.hasSuffixBytes(ending) && fullName && (words.last?.count ?? 0) > ending.count + 1 {
            name.removeLast(ending.count)
            reread.name = name
        }
        let shape = memo?.shape(name) ?? of(name, lexicon: lexicon)
        switch shape {
        case .person:
            break
        case .organisation:
            reread.kind = .organisation
        case .group, .notAName:
            reread.form = .description
            reread.name = nil
            reread.kind = shape == .group ? .group : .person
            reread.head = name.lowercased()
        }
        return reread
    }
}
