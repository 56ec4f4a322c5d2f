import Foundation

/// The word lists the core reads text with, parsed from `Resources/lexicon/*.txt` (embedded at build time).
/// A class, so that passing it around the hot paths copies one reference, not every list.
///
/// Each list is data, not code: one entry per line, `#` starts a comment. Lookups are case-sensitive
/// unless the property says otherwise; most callers pass lower-cased words.
public final class Lexicon: Sendable {
    /// Every inflected form of a speech verb (said, says, saying, told, ...) mapped to its base form.
    public let speechVerbForms: [String: String]
    /// Speech verbs whose past tense is spelled like the base form ("read"): a bare form may be a past tense.
    public let speechVerbsWithBarePast: Set<String>
    /// Every inflected form of a speech verb with a particle ("pointed" of "point out"), with that verb.
    public let phrasalSpeechVerbForms: [String: PhrasalVerb]
    /// ``speechVerbForms``, ``phrasalSpeechVerbForms`` and ``pastForms`` probed by word key, for the passes over
    /// tokens.
    let speechVerbTable: WordTable<String>
    let phrasalSpeechVerbTable: WordTable<PhrasalVerb>
    let pastFormSet: WordSet
    /// ``numberWords`` probed by word key.
    let numberWordTable: WordTable<Double>
    /// ``pronouns``, ``honorifics`` and ``months`` probed by word key.
    let pronounTable: WordTable<PronounReference>
    let honorificTable: WordTable<Gender?>
    let monthTable: WordTable<Int>
    /// The first word of each title of two words or more ("prime" of "prime minister"): only after one of these may
    /// a word and the next be a title.
    let titleOpeners: WordSet

    /// A speech verb that speaks only with its particle after it: "point out", "shoot back".
    public struct PhrasalVerb: Sendable, Equatable {
        /// The whole base form: "point out".
        public let base: String
        public let particle: String
    }
    /// Nouns for documents that speak for their issuer ("the statement said").
    public let speechNouns: WordList
    /// Courtesy titles (lower-cased, without a final period) with the gender they imply, if any.
    public let honorifics: [String: Gender?]
    /// Role words, lower-cased, single and multi-word ("president", "prime minister").
    public let titles: WordList
    /// Common nouns for people beyond the roles ("man", "voter", "source"), lower-cased.
    public let personNouns: WordList
    /// Nouns for people that tell their gender ("husband", "actress"), lower-cased.
    public let genderedNouns: [String: Gender]
    /// Head nouns of organisations, lower-cased.
    public let organisationNouns: WordList
    /// Plural heads of unnamed groups, lower-cased.
    public let groupNouns: WordList
    /// Heads that keep an "of" phrase ("one of the men"), lower-cased.
    public let ofHeads: WordList
    /// Pronouns (lower-cased) and what they may refer to.
    public let pronouns: [String: PronounReference]
    /// Words that may stand between a speaker and its verb, lower-cased.
    public let adverbials: WordList
    /// Irregular past forms of common verbs ("went", "took"), lower-cased: they end a subject's noun phrase.
    public let pastForms: Set<String>
    /// Nouns for something said ("claim", "remarks"), lower-cased: after a possessive they name the speaker.
    public let utteranceNouns: Set<String>
    /// Capitalised function words that open a sentence (case kept).
    public let sentenceStarters: WordList
    /// Words that open a paragraph continuing the one before ("But", "He", "This"), as written.
    public let continuations: Set<String>
    /// Words of a live page's headline ("live", "latest"), lower-cased: its sub-headlines are posts, not articles.
    public let liveMarkers: Set<String>
    /// Lower-case words inside a line of people's names ("and", "de", "van"), as written.
    public let nameJoiners: WordList
    /// Verbs that open a line of advice to the reader ("Wash your hands ..."), lower-cased: such a line is a tip
    /// inside a story, not another story's headline.
    public let adviceOpeners: Set<String>
    /// Words of a section label before a headline on its line ("OPINION: ..."), lower-cased.
    public let sectionLabels: Set<String>
    /// Words that open an update posted into a story ("UPDATE - ..."), lower-cased: no headline, no dateline.
    public let updateMarkers: Set<String>
    /// Words no English sentence ends with (articles, prepositions, conjunctions, auxiliaries), lower-cased: a
    /// paragraph that stops after one was cut off.
    public let clauseWords: Set<String>
    /// News agency names as written in datelines.
    public let wireAgencies: Set<String>
    /// Photo credit markers and line prefixes of page furniture, as byte patterns, for the parser's hot path (furniture without case).
    let creditPrefixPatterns: BytePatterns
    let creditSuffixPatterns: BytePatterns
    let creditInfixPatterns: BytePatterns
    let furniturePrefixPatterns: BytePatterns
    /// Phrases that make a paragraph furniture wherever they stand in it, compared without case.
    let furniturePhrasePatterns: BytePatterns
    /// Labels of a related-story teaser (`teaser-labels`) as lower-case ASCII bytes (checked when loaded: the labels
    /// are compared folding A-Z only); `opens` when the label has several words and may open a longer one.
    let teaserLabels: [(bytes: [UInt8], opens: Bool)]
    /// Endings that make a short line furniture (a related-story teaser's "Read more"), compared without case.
    let furnitureEndingPatterns: BytePatterns
    /// Page labels run onto the end of a paragraph after its last sentence ("Ad Policy", "Hide Caption"), as bytes.
    let gluedLabels: [[UInt8]]
    /// Lower-case words inside the name of a university, an outlet or a body written after a person's name
    /// ("Jane Roe – University of Riverton").
    let institutionJoiners: Set<String>
    /// Openings, endings and phrases of the short lines that close a story ("Contributing: ...", "Follow Jane on
    /// Twitter"), compared without case.
    let storyEndingPrefixPatterns: BytePatterns
    let storyEndingSuffixPatterns: BytePatterns
    let storyEndingInfixPatterns: BytePatterns
    /// First words of wire update notes, lower-cased.
    public let updateNoteWords: Set<String>
    /// Stop words, lower-cased.
    public let stopwords: WordList
    /// Words that open a two-word surname ("Al Hashish", "van Gogh"), lower-cased.
    public let nameParticles: Set<String>
    /// Stop words as term keys (see ``TermKey``), in a table cheaper to probe than a hashed set.
    let stopwordKeys: KeyTable
    /// Month names and abbreviations, lower-cased, to their month number.
    public let months: [String: Int]
    /// Number words to values.
    public let numberWords: [String: Double]
    /// Multiplier words ("million") to factors.
    public let multipliers: [String: Double]
    /// Cue words of figures to the kind of count they signal (several words allowed).
    public let figureCues: [String: String]
    /// Counted nouns that say a figure's kind on their own ("troops": deployed, "rockets": launched).
    public let figureNouns: [String: String]
    /// Hedges before a number (several words allowed) to their name: at-least, about, more-than, ...
    public let figureHedges: [String: String]
    /// ``figureNumerals``, ``figureHedges``, ``figureCues`` and ``figurePresence`` as phrase tables.
    let figurePhrases: FigurePhrases
    /// Words after a number that make it a time, distance, amount, score or other non-figure, lower-cased.
    public let figureUnits: Set<String>
    /// Words joining the two ends of a range ("to", "and") to the word that must open the range ("between"), or
    /// "any".
    public let figureRangeJoiners: [String: String]
    /// Words after a count of people that place them at the scene ("aboard") to the kind they give when nothing
    /// else does.
    public let figurePresence: [String: String]
    /// Words before two joined numbers that make them a change, not a range ("from 10 to 15").
    public let figureChangeOpeners: Set<String>
    /// Words before a number that make it an identifier or an age ("flight", "route", "aged"), lower-cased.
    public let figureIdentifiers: Set<String>
    /// Verbs that make what follows a claim of their subject ("fear", "believe", "estimate"), every form, lower-cased.
    public let claimVerbs: Set<String>
    /// Pronouns in object form ("him", "them"), lower-cased.
    public let objectPronouns: Set<String>
    /// Places whose population a number after "of" gives ("a town of 700"), lower-cased.
    public let figureSettlements: Set<String>
    /// Counted nouns that mean people in general ("people", "others", "victims"), lower-cased.
    public let figurePeople: Set<String>
    /// Numbers written as phrases ("a dozen", "tens of thousands") to their value and whether they are vague.
    public let figureNumerals: [String: (value: Double, vague: Bool)]
    /// Countries, capitals and regions, as written; as a speaker a place stands for its government.
    public let places: Set<String>
    /// States, provinces and regions written after a town ("Salem, New Hampshire"), as written.
    public let states: Set<String>
    /// Abbreviations that end with a period without ending a sentence, lower-cased, without the period.
    public let abbreviations: WordList
    /// Nouns for people who speak for an organisation ("official", "spokesman"), singular, lower-cased.
    public let voiceNouns: Set<String>
    /// Words after a person noun that make an anonymous source of it ("familiar", "close"), lower-cased.
    public let anonymityWords: Set<String>

    /// What a pronoun may refer to.
    public enum PronounReference: String, Sendable { case male, female, group, organisation, any }
    /// Gender implied by an honorific or pronoun.
    public enum Gender: String, Sendable { case male, female }

    /// The lexicon built from the project's bundled word lists.
    public static let standard = Lexicon(files: EmbeddedLexicon.files)

    /// The words of a bundled list (`Resources/lexicon/NAME.txt`), lower-cased: one or more words a line, `#` starts
    /// a comment. For the word lists of rules that keep to the bundled words whatever lexicon a caller gives.
    static func list(_ name: String) -> Set<String> {
        guard let text = EmbeddedLexicon.files[name] else { preconditionFailure("no word list \(name).txt in Resources/lexicon") }
        return Set(text.split(separator: "\n").flatMap { raw -> [String] in
            let line = raw.trimmingWhitespace()
            return line.isEmpty || line.hasPrefix("#") ? [] : line.lowercased().split(separator: " ").map(String.init)
        })
    }

    /// The phrases of a bundled list whose lines end in a whole number ("last night -1"), lower-cased, each with
    /// its number.
    static func counted(_ name: String) -> [String: Int] {
        var table: [String: Int] = [:]
        for line in phrases(name) {
            var words = line.split(separator: " ")
            guard words.count > 1, let number = Int(words.removeLast()) else { preconditionFailure("no number in \(name).txt: \(line)") }
            table[words.joined(separator: " ")] = number
        }
        return table
    }

    /// The phrases of a bundled list (`Resources/lexicon/NAME.txt`), lower-cased, one a line, `#` starts a comment.
    static func phrases(_ name: String) -> [String] {
        guard let text = EmbeddedLexicon.files[name] else { preconditionFailure("no word list \(name).txt in Resources/lexicon") }
        return text.split(separator: "\n").compactMap { raw in
            let line = raw.trimmingWhitespace().lowercased()
            return line.isEmpty || line.hasPrefix("#") ? nil : line
        }
    }

    /// Builds a lexicon from list texts keyed by list name (the file name without `.txt`).
    public init(files: [String: String]) {
        func entries(_ name: String) -> [String] {
            (files[name] ?? "").split(separator: "\n").compactMap { raw in
                let line = raw.trimmingWhitespace()
                return line.isEmpty || line.hasPrefix("#") ? nil : line
            }
        }
        func fields(_ line: String) -> [String] { line.split(separator: " ").map(String.init) }

        var verbForms: [String: String] = [:]
        var phrasal: [String: PhrasalVerb] = [:], phrasalForms: [String: PhrasalVerb] = [:]
        for base in entries("speech-verbs").map({ $0.lowercased() }) {
            let words = fields(base)
            if words.count == 2 {
                let verb = PhrasalVerb(base: base, particle: words[1])
                phrasal[words[0]] = verb
                for form in Lexicon.regularInflections(of: words[0]) { phrasalForms[form] = verb }
            } else {
                for form in Lexicon.regularInflections(of: base) { verbForms[form] = base }
            }
        }
        var pastLikeBase = Set<String>()
        for line in entries("irregular-verbs") {
            let parts = fields(line.lowercased())
            guard let base = parts.first, verbForms[base] != nil || parts.count > 1 else { continue }
            if let verb = phrasal[base] {
                for form in parts { phrasalForms[form] = verb }
                continue
            }
            for form in parts { verbForms[form] = base }
            if parts.dropFirst().contains(base) { pastLikeBase.insert(base) }
        }
        // Ukrainian and Russian forms are listed whole: each is its own base.
        for form in entries("speech-verbs-uk-ru").flatMap({ fields($0.lowercased()) }) { verbForms[form] = form }
        speechVerbForms = verbForms
        speechVerbsWithBarePast = pastLikeBase
        phrasalSpeechVerbForms = phrasalForms
        speechNouns = WordList(Set(entries("speech-nouns").map { $0.lowercased() }))

        var honorifics: [String: Gender?] = [:]
        for line in entries("honorifics") {
            let parts = fields(line)
            guard let word = parts.first else { continue }
            let key = word.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "."))
            let gender: Gender? = parts.count > 1 ? (parts[1] == "m" ? .male : parts[1] == "f" ? .female : nil) : nil
            honorifics[key] = gender
        }
        self.honorifics = honorifics
        let titleWords = Set(entries("titles").map { $0.lowercased() })
        titles = WordList(titleWords)
        titleOpeners = WordSet(titleWords.compactMap { title in
            title.firstIndex(of: " ").map { String(title[..<$0]) }
        })
        personNouns = WordList(Set(entries("person-nouns")))
        var genderedNouns: [String: Gender] = [:]
        for line in entries("gendered-nouns") {
            let parts = fields(line)
            guard parts.count == 2 else { continue }
            genderedNouns[parts[0].lowercased()] = parts[1] == "m" ? .male : .female
        }
        self.genderedNouns = genderedNouns
        organisationNouns = WordList(Set(entries("organisation-nouns").map { $0.lowercased() }))
        groupNouns = WordList(Set(entries("group-nouns").map { $0.lowercased() }))
        ofHeads = WordList(Set(entries("of-heads").map { $0.lowercased() }))
        var pronouns: [String: PronounReference] = [:]
        for line in entries("pronouns") {
            let parts = fields(line)
            guard parts.count == 2 else { continue }
            let ref: PronounReference = switch parts[1] {
            case "m": .male
            case "f": .female
            case "group": .group
            case "org": .organisation
            default: .any
            }
            pronouns[parts[0].lowercased()] = ref
        }
        self.pronouns = pronouns
        adverbials = WordList(Set(entries("adverbials").map { $0.lowercased() }))
        pastForms = Set(entries("past-forms").map { $0.lowercased() })
        utteranceNouns = Set(entries("utterance-nouns").map { $0.lowercased() })
        sentenceStarters = WordList(Set(entries("sentence-starters")))
        continuations = Set(entries("continuations"))
        wireAgencies = Set(entries("wire-agencies"))
        clauseWords = Set(entries("clause-words").flatMap { fields($0.lowercased()) })
        liveMarkers = Set(entries("live-markers").map { $0.lowercased() })
        nameJoiners = WordList(Set(entries("name-joiners")))
        adviceOpeners = Set(entries("advice-openers").flatMap { fields($0.lowercased()) })
        sectionLabels = Set(entries("section-labels").flatMap { fields($0.lowercased()) })
        updateMarkers = Set(entries("update-markers").flatMap { fields($0.lowercased()) })
        var prefixes: [String] = [], suffixes: [String] = [], infixes: [String] = []
        for line in entries("photo-credits") {
            guard let space = line.firstIndex(of: " ") else { continue }
            let kind = line[..<space], value = String(line[line.index(after: space)...])
            switch kind {
            case "prefix": prefixes.append(value)
            case "suffix": suffixes.append(value)
            default: infixes.append(value)
            }
        }
        creditPrefixPatterns = BytePatterns(prefixes)
        creditSuffixPatterns = BytePatterns(suffixes)
        creditInfixPatterns = BytePatterns(infixes)
        furniturePrefixPatterns = BytePatterns(entries("furniture").map { $0.lowercased() }, foldingCase: true)
        furniturePhrasePatterns = BytePatterns(entries("furniture-phrases").map { $0.lowercased() }, foldingCase: true)
        teaserLabels = entries("teaser-labels").map { label in
            precondition(label.utf8.allSatisfy { $0 < 0x80 }, "teaser label \(label) is not ASCII")
            return (Array(label.lowercased().utf8), label.utf8.contains(0x20))
        }
        furnitureEndingPatterns = BytePatterns(entries("furniture-endings").map { $0.lowercased() }, foldingCase: true)
        gluedLabels = entries("glued-labels").map { Array($0.utf8) }
        institutionJoiners = Set(entries("institution-joiners"))
        var endingParts: [String: [String]] = [:]
        for line in entries("story-endings") {
            guard let space = line.firstIndex(of: " ") else { continue }
            endingParts[String(line[..<space]), default: []].append(String(line[line.index(after: space)...]).lowercased())
        }
        storyEndingPrefixPatterns = BytePatterns(endingParts["prefix"] ?? [], foldingCase: true)
        storyEndingSuffixPatterns = BytePatterns(endingParts["suffix"] ?? [], foldingCase: true)
        storyEndingInfixPatterns = BytePatterns(endingParts["infix"] ?? [], foldingCase: true)
        updateNoteWords = Set(entries("update-notes").map { $0.lowercased() })
        let stopwords = Set(entries("stopwords").flatMap { fields($0.lowercased()) })
        self.stopwords = WordList(stopwords)
        nameParticles = Set(entries("name-particles").map { $0.lowercased() })
        var stopwordKeys = KeyTable(capacity: stopwords.count)
        for word in stopwords { if let key = TermKey.key(Array(word.utf8), lexicon: nil) { _ = stopwordKeys.id(key) } }
        self.stopwordKeys = stopwordKeys
        var months: [String: Int] = [:]
        // The abbreviated forms after each full name ("Jul", "Sept"): a full name's period ends a sentence ("in July.").
        var monthAbbreviations = Set<String>()
        for (index, line) in entries("months").enumerated() {
            let names = fields(line.lowercased())
            for name in names { months[name] = index + 1 }
            monthAbbreviations.formUnion(names.dropFirst())
        }
        self.months = months
        func valued(_ name: String) -> [String: Double] {
            var table: [String: Double] = [:]
            for line in entries(name) {
                let parts = fields(line)
                if parts.count == 2, let value = Double(parts[1]) { table[parts[0].lowercased()] = value }
            }
            return table
        }
        numberWords = valued("number-words")
        multipliers = valued("multipliers")
        var cues: [String: String] = [:]
        for line in entries("figure-counts") {
            let parts = fields(line.lowercased())
            guard parts.count >= 2 else { continue }
            cues[parts.dropLast().joined(separator: " ")] = parts[parts.count - 1]
        }
        figureCues = cues
        func keyed(_ name: String) -> [String: String] {
            var table: [String: String] = [:]
            for line in entries(name) {
                let parts = fields(line.lowercased())
                if parts.count >= 2 { table[parts.dropLast().joined(separator: " ")] = parts[parts.count - 1] }
            }
            return table
        }
        figureNouns = keyed("figure-nouns")
        claimVerbs = Set(entries("claim-verbs").map { $0.lowercased() })
        objectPronouns = Set(entries("object-pronouns").map { $0.lowercased() })
        figureSettlements = Set(entries("figure-settlements").flatMap { fields($0.lowercased()) })
        figurePeople = Set(entries("figure-groups").map { $0.lowercased() })
        figureHedges = keyed("figure-hedges")
        figureRangeJoiners = keyed("figure-ranges")
        figurePresence = keyed("figure-presence")
        figureChangeOpeners = Set(entries("figure-changes").flatMap { fields($0.lowercased()) })
        figureUnits = Set(entries("figure-units").flatMap { fields($0.lowercased()) })
        figureIdentifiers = Set(entries("figure-identifiers").flatMap { fields($0.lowercased()) })
        var numerals: [String: (value: Double, vague: Bool)] = [:]
        for line in entries("figure-numerals") {
            var parts = fields(line.lowercased())
            let vague = parts.last == "vague"
            if vague { parts.removeLast() }
            if parts.count >= 2, let value = Double(parts[parts.count - 1]) {
                numerals[parts.dropLast().joined(separator: " ")] = (value, vague)
            }
        }
        figureNumerals = numerals
        places = Set(entries("places"))
        states = Set(entries("states"))
        voiceNouns = Set(entries("voice-nouns").map { $0.lowercased() })
        anonymityWords = Set(entries("anonymity-words").map { $0.lowercased() })
        var abbreviations = Set(honorifics.keys)
        abbreviations.formUnion(monthAbbreviations)
        abbreviations.formUnion(["st", "no", "vs", "etc", "inc", "corp", "co", "ltd", "jr", "sr", "mt", "ft", "u.s",
                                 "u.k", "u.n", "e.g", "i.e", "approx", "dept", "est", "gov", "sen", "rep", "gen"])
        self.abbreviations = WordList(abbreviations)
        speechVerbTable = WordTable(verbForms.map { ($0.key, $0.value) })
        phrasalSpeechVerbTable = WordTable(phrasalForms.map { ($0.key, $0.value) })
        pastFormSet = WordSet(pastForms)
        numberWordTable = WordTable(numberWords.map { ($0.key, $0.value) })
        pronounTable = WordTable(pronouns.map { ($0.key, $0.value) })
        honorificTable = WordTable(honorifics.map { ($0.key, $0.value) })
        monthTable = WordTable(months.map { ($0.key, $0.value) })
        figurePhrases = FigurePhrases(numerals: PhraseTable(numerals), hedges: PhraseTable(figureHedges),
                                      cues: PhraseTable(cues), presence: PhraseTable(figurePresence))
    }

    /// Regular inflections of an English verb: base, -s, -ed, -ing with the usual spelling changes.
    static func regularInflections(of base: String) -> [String] {
        var forms = [base]
        let last = base.last ?? " "
        let vowels: Set<Character> = ["a", "e", "i", "o", "u"]
        if base.hasSuffix("s") || base.hasSuffix("sh") || base.hasSuffix("ch") || base.hasSuffix("x") {
            forms.append(base + "es")
        } else if last == "y", let before = base.dropLast().last, !vowels.contains(before) {
            forms.append(base.dropLast() + "ies")
        } else {
            forms.append(base + "s")
        }
        if last == "e" {
            forms.append(base + "d")
            forms.append(base.dropLast() + "ing")
        } else if last == "y", let before = base.dropLast().last, !vowels.contains(before) {
            forms.append(base.dropLast() + "ied")
            forms.append(base + "ing")
        } else {
            forms.append(base + "ed")
            forms.append(base + "ing")
            // Doubled final consonant for short stressed verbs: vow -> vowed, but plan -> planned, quip -> quipped
            // ("qu" sounds as a consonant).
            let chars = Array(base)
            let consonantBefore = { (index: Int) in
                !vowels.contains(chars[index]) || chars[index] == "u" && index > 0 && chars[index - 1] == "q"
            }
            if chars.count >= 3, chars.count <= 4, !vowels.contains(last), last != "w", last != "x", last != "y",
               vowels.contains(chars[chars.count - 2]), consonantBefore(chars.count - 3) {
                forms.append(base + String(last) + "ed")
                forms.append(base + String(last) + "ing")
            }
        }
        return forms
    }
}
