import Foundation

/// A speaker as known inside one article: every mention of it resolved to one entity.
struct LocalEntity: Sendable {
    /// The longest proper name seen, if any.
    var name: String?
    /// Every way the article writes it (names with honorifics, descriptions), as written.
    var aliases: [String]
    var descriptions: [String]
    /// Role head nouns ("lawmaker", "governor") from its descriptions and titles.
    var heads: Set<String>
    var kind: SpeakerKind
    var gender: Lexicon.Gender?
    /// Segments where it speaks.
    var segments: Set<Int>
    /// Number of quotations attributed to it.
    var count: Int
    /// Issued a statement ("said in a statement"): the referent of "the statement said".
    var issuedStatement: Bool
    /// For groups, what their members are, singular ("mp" for "MPs" and for "a group of MPs").
    var members: Set<String> = []
}

/// Resolves the speaker mentions of one article to entities: names and honorifics to full names, pronouns to
/// the most recent compatible speaker, definite descriptions to the speaker they describe, documents to issuers.
struct ArticleEntities {
    let lexicon: Lexicon
    private(set) var entities: [LocalEntity] = []
    /// Entities in order of their latest mention, most recent last.
    private var recent: [Int] = []

    /// The people the whole article names (see ``ArticleNames``), when known before its quotations are resolved.
    let names: ArticleNames?
    /// The keys and shapes of the article's names, made once a name.
    let memo: NameMemo

    init(lexicon: Lexicon, names: ArticleNames? = nil) {
        self.lexicon = lexicon
        self.names = names
        memo = NameMemo(lexicon: lexicon)
    }

    /// The entity a mention refers to, creating one when it introduces a new speaker.
    mutating func resolve(_ written: Mention, segment: Int, cue: String?, sentenceText: String) -> Int? {
        // ("However said", "Department of Justice", "Republicans": a name misread, see ``NameShape``.)
        var mention = NameShape.reread(written, lexicon: lexicon, memo: memo)
        let target: Int?
        switch mention.form {
        case .pronoun:
            target = recent.reversed().first { compatible(entities[$0], pronoun: mention) }
        case .document:
            // "a ministry statement", "a White House statement": the body the words before the noun name.
            let issuer = mention.text.lowercased().byteSplit(separator: " ").dropLast()
                .map { NounPhrases.isPossessive(String($0)) ? String($0.dropLast(2)) : String($0) }
                .filter { !lexicon.stopwords.contains($0) }
            target = (issuer.isEmpty ? nil : recent.reversed().first { entity in
                let names = ([entities[entity].name].compactMap { $0 } + entities[entity].aliases).map { $0.lowercased() }
                return issuer.allSatisfy { word in names.contains { $0.byteSplit(separator: " ").contains(Substring(word)) } }
            })
                ?? possessor(of: mention).flatMap { name in
                    // ("Monday's statement" is nobody's; "the Department of Justice's filing" a body's.)
                    let shape = NameShape.of(name, lexicon: lexicon)
                    guard shape == .person || shape == .organisation else { return nil }
                    let kind: SpeakerKind = shape == .organisation ? .organisation : .person
                    return match(name: name, kind: kind) ?? add(named: name, kind: kind)
                }
                ?? DocumentIssuer.owner(after: mention, in: sentenceText).map { owner in
                    // ("a report on the ministry’s website": the body whose site publishes it.)
                    match(name: owner, kind: .organisation) ?? add(named: owner, kind: .organisation)
                }
                ?? recent.reversed().first { entities[$0].issuedStatement }
                ?? recent.reversed().first { entities[$0].kind == .organisation && entities[$0].name != nil }
                ?? add(mention)
        case .name:
            if DocumentIssuer.isTitled(mention, lexicon: lexicon), let owner = DocumentIssuer.owner(after: mention, in: sentenceText) {
                // "says a document titled White Paper … on Canadian Pacific Railway's website": the body it speaks for;
                // its title is a way the article writes it ("the white paper said").
                let body = match(name: owner, kind: .organisation) ?? add(named: owner, kind: .organisation)
                if let title = mention.name, !entities[body].aliases.contains(title) { entities[body].aliases.append(title) }
                mention.name = owner
                mention.text = owner
                mention.kind = .organisation
                target = body
                break
            }
            if mention.kind == .person, let people = conjuncts(of: mention.name ?? mention.text) {
                // "Trump and Ryan said": the first speaks for both; the others are people of the article, not part
                // of a name (the quotation's mention still reads "Trump and Ryan").
                for other in people.dropFirst() { notice(person(other, like: mention), segment: segment) }
                return resolve(person(people[0], like: mention), segment: segment, cue: cue, sentenceText: sentenceText)
            }
            target = match(name: mention.name ?? mention.text, kind: mention.kind) ?? add(mention)
        case .description:
            let reduced = NameKey.description(mention.text)
            if let organisation = voiced(mention) {
                // "White House officials", "a Pentagon spokesman": the organisation they speak for.
                target = match(name: organisation, kind: .organisation) ?? add(named: organisation, kind: .organisation)
            } else if let body = namedBody(mention, reduced: reduced) {
                // "Google said … “…,” the company said.": the body the article last named.
                target = body
            } else if mention.definite, mention.kind == .person, lexicon.titles.contains(reduced),
                      let holder = names?.holder(of: reduced, lexicon: lexicon) {
                // "the vice president" of an article that writes "Vice President Mike Pence" and no other: him, though
                // a president spoke last.
                target = match(name: holder, kind: .person) ?? add(named: holder, kind: .person)
            } else if let same = recent.reversed().first(where: { entity in
                entities[entity].aliases.contains { NameKey.description($0) == reduced } }) {
                target = same
            } else if mention.definite, mention.kind != .group,
                      // ("only 4 percent of voters" is not the "7 percent" before it.)
                      !mention.text.contains(where: \.isNumber),
                      let described = recent.reversed().first(where: { entities[$0].heads.contains(mention.head) }) {
                target = described
            } else if mention.kind == .group, let members = ArticleEntities.members(of: mention.text),
                      let group = recent.reversed().first(where: { entities[$0].kind == .group
                          && entities[$0].segments.contains(segment) && entities[$0].members.contains(members) }) {
                // "MPs say" and "a cross-party group of MPs warned" in one segment: one group.
                target = group
            } else if let described = describedPerson(mention) {
                target = described
            } else {
                target = add(mention)
            }
        }
        guard let entity = target else { return nil }
        absorb(mention, into: entity, segment: segment)
        if sentenceText.containsASCII("statement") { entities[entity].issuedStatement = true }
        recent.removeAll { $0 == entity }
        recent.append(entity)
        return entity
    }

    /// The named person a definite description with words of its own refers back to ("Alma Ruiz runs the shop. …
    /// “…,” said the affable proprietor.", "McConnell … “…,” the Kentucky Republican said."): the person last named
    /// before it, as news writing varies the names of its subjects. Not a role a person holds (those go to the holder, above), nor one who speaks for a body
    /// ("the spokesperson"), nor a noun that is no person.
    private func describedPerson(_ mention: Mention) -> Int? {
        let words = mention.text.lowercased().byteSplit(separator: " ").map(String.init)
        // ("one person told her", "another person said": somebody else.)
        guard mention.definite, mention.kind == .person, words.count >= 2, lexicon.numberWords[words[0]] == nil,
              !NounPhrases.standAlone.contains(words[0]),
              !mention.text.contains(where: \.isNumber) || mention.text.contains("-"),
              // ("“…,” the Kentucky Republican said.": a party or nation word heads a description of a person too.)
              lexicon.personNouns.contains(mention.head) || lexicon.titles.contains(mention.head)
                || NameShape.demonyms.contains(mention.head),
              !lexicon.voiceNouns.contains(mention.head) else { return nil }
        return recent.last.flatMap { entities[$0].kind == .person && entities[$0].name != nil ? $0 : nil }
    }

    /// Nouns for a business (`business-nouns`): "the company" is the business last named.
    static let businessNouns = Lexicon.list("business-nouns")

    /// The named body a definite description of a body's noun alone means ("the company", "the board"): the one the
    /// article last named as speaking, when its name holds the noun ("the board" and "Transportation Safety Board")
    /// or the noun is one for a business and the body is named by a word that is no person's name the article gives
    /// ("the company" and "Google").
    private func namedBody(_ mention: Mention, reduced: String) -> Int? {
        let noun = reduced.lowercased()
        guard mention.definite, !noun.contains(" "), lexicon.organisationNouns.contains(noun)
                || ArticleEntities.businessNouns.contains(noun) else { return nil }
        for entity in recent.reversed() {
            guard let name = entities[entity].name else { continue }
            if entities[entity].kind != .person, name.lowercased().split(separator: " ").contains(Substring(noun)) { return entity }
            if ArticleEntities.businessNouns.contains(noun), !name.contains(" "), entities[entity].gender == nil,
               entities[entity].heads.isEmpty, entities[entity].kind == .organisation
                || entities[entity].kind == .person && names?.fullName(of: name, lexicon: lexicon) == nil {
                return entity
            }
        }
        return nil
    }

    /// Makes a named person the text is about, though not speaking, the most recent candidate for a pronoun.
    mutating func notice(_ written: Mention, segment: Int) {
        let mention = NameShape.reread(written, lexicon: lexicon, memo: memo)
        guard mention.form == .name else { return }
        if mention.kind == .person, let people = conjuncts(of: mention.name ?? mention.text) {
            for other in people { notice(person(other, like: mention), segment: segment) }
            return
        }
        let entity = match(name: mention.name ?? mention.text, kind: mention.kind) ?? add(mention)
        let count = entities[entity].count
        absorb(mention, into: entity, segment: segment)
        entities[entity].count = count
        recent.removeAll { $0 == entity }
        recent.append(entity)
    }

    /// Makes the people written in a quotation's sentence (`written`) candidates for what refers back after it, once
    /// the quotation's speaker (`speaker`, when it has one) is resolved; that speaker stays the most recent: "Vale
    /// went after Lind, when he called it “a fraud.” “…,” he said." is Vale again.
    mutating func noticeAfter(_ speaker: Int?, _ written: [Mention], segment: Int) {
        guard !written.isEmpty else { return }
        for mention in written { notice(mention, segment: segment) }
        if let speaker, recent.last != speaker {
            recent.removeAll { $0 == speaker }
            recent.append(speaker)
        }
    }

    /// Whether `name` is a name of the entity: its surname (the last word's key) is the last word of the entity's
    /// name or of one of its aliases.
    func isNamed(_ entity: Int, _ name: String) -> Bool {
        guard let last = NameKey.parts(name, lexicon: lexicon).last else { return false }
        return ([entities[entity].name].compactMap { $0 } + entities[entity].aliases)
            .contains { NameKey.parts($0, lexicon: lexicon).last == last }
    }

    /// Merges each unnamed description into the one named speaker with that role, when there is exactly one
    /// ("a South Korean lawmaker" and "Lee Seong-kweun, a lawmaker on ..."). Returns the old-to-new entity map.
    mutating func mergeDescriptions() -> [Int: Int] {
        var map: [Int: Int] = [:]
        for index in entities.indices where entities[index].name == nil && entities[index].kind == .person {
            let heads = entities[index].heads
            let named = entities.indices.filter { other in
                other != index && entities[other].name != nil && entities[other].kind == .person
                    && !entities[other].heads.isDisjoint(with: heads)
            }
            guard named.count == 1, let into = named.first else { continue }
            map[index] = into
            defer { entities[index].count = 0 }
            entities[into].aliases += entities[index].aliases.filter { !entities[into].aliases.contains($0) }
            entities[into].segments.formUnion(entities[index].segments)
            entities[into].count += entities[index].count
        }
        return map
    }

    /// Gives each person the article names by a surname only (one word, or two with a particle: "Al Hashish") the
    /// full name the article writes elsewhere, when exactly one of its full names carries it; and each person it
    /// knows only by a role ("the mayor") the one full name it writes after that role ("Mayor Doug McCallum").
    /// A body the article names by its initials ("IRCC") takes the full name they abbreviate, when the article writes
    /// it ("Immigration, Refugees and Citizenship Canada"; see ``Initialisms``).
    mutating func completeNames(from names: ArticleNames) {
        for index in entities.indices {
            // (Initials stand for a body, never for a person: "UN" is not the "Uma Nair" written before it.)
            guard let name = entities[index].name, let full = names.initialisms.fullName(of: name),
                  !Initialisms.isPersonName(full, lexicon: lexicon) else { continue }
            entities[index].name = full
            if !entities[index].aliases.contains(full) { entities[index].aliases.insert(full, at: 0) }
        }
        for index in entities.indices where entities[index].kind == .person {
            let full: String
            if let name = entities[index].name {
                guard let completed = names.fullName(of: name, lexicon: lexicon),
                      isSurname(name) || isCompoundSurname(name, of: completed, names: names) else { continue }
                full = completed
            } else {
                guard let held = ArticleEntities.role(of: entities[index], lexicon: lexicon)
                    .flatMap({ names.holder(of: $0, lexicon: lexicon) }) else { continue }
                full = held
            }
            entities[index].name = full
            if !entities[index].aliases.contains(full) { entities[index].aliases.insert(full, at: 0) }
        }
    }

    /// The role an unnamed person is known by, when every way the article writes them is that role alone ("the
    /// mayor", "The Mayor"): lower-cased.
    static func role(of entity: LocalEntity, lexicon: Lexicon) -> String? {
        let reduced = Set(entity.aliases.map(NameKey.description))
        guard reduced.count == 1, let role = reduced.first, lexicon.titles.contains(role) else { return nil }
        return role
    }

    /// Unnamed speakers known by a lone common noun ("officials", "the company", "Analysts", a statement nobody
    /// issued) or as anonymous sources ("a senior administration official", "a person familiar with the talks"): no
    /// speaker of their own, nor is somebody picked out of many ("one protester"). Their quotations keep the mention
    /// as written; the entities stay for what refers back to them inside the article, and are returned so that their quotations lose the speaker. So are descriptions that
    /// speak for nobody ("no one", "56 percent", "Media playback"; see ``NameShape/speaksForNobody(_:)``) and a number alone ("2018 said"). A word of a script
    /// without capitals (이성권) may be a name, and stays.
    mutating func withdrawLoneNouns() -> Set<Int> {
        var withdrawn = Set<Int>()
        for index in entities.indices where entities[index].name == nil
            && entities[index].aliases.allSatisfy({ alias in
                !NameKey.description(alias).contains(" ") && alias.contains(where: \.isCased) || isAnonymous(alias)
                    || isOneOfMany(alias) || NameShape.speaksForNobody(alias) || !alias.contains(where: \.isLetter)
            }) {
            entities[index].count = 0
            withdrawn.insert(index)
        }
        return withdrawn
    }

    /// Words that pick somebody out of many (`one-of-many`: "one", "another").
    static let oneOfMany = Lexicon.list("one-of-many")

    /// Whether a description is somebody picked out of many and not named ("one protester", "One man", "another
    /// voter"): nobody a reader could tell from the next one so described. One of a group the article tells of
    /// ("one of the prisoners") is that group's member, whom a pronoun may mean.
    func isOneOfMany(_ description: String) -> Bool {
        let words = description.lowercased().byteSplit(separator: " ")
        guard words.count >= 2, let first = words.first, words[1] != "of" else { return false }
        return ArticleEntities.oneOfMany.contains(String(first))
    }

    /// Whether a description is an anonymous source: a noun of those who speak for others ("senior administration
    /// official", "law enforcement source", "senior GOP aide"), or a person noun qualified as knowing ("person familiar",
    /// "people close").
    func isAnonymous(_ description: String) -> Bool {
        let words = description.lowercased().byteSplit(separator: " ").map(String.init)
        guard let last = words.last else { return false }
        let singular = last.hasSuffix("people") ? String(last.dropLast(6)) + "person"
            : last.hasSuffix("s") && last.count > 3 ? String(last.dropLast()) : last
        if lexicon.voiceNouns.contains(singular) { return true }
        guard words.count >= 2, lexicon.anonymityWords.contains(last) else { return false }
        let noun = words[words.count - 2]
        let one = noun.hasSuffix("people") ? "person" : noun.hasSuffix("s") ? String(noun.dropLast()) : noun
        return lexicon.personNouns.contains(one) || lexicon.voiceNouns.contains(one)
    }

    /// The people a name joins with "and" ("Trump and Ryan", "Donald Trump and Paul Ryan"), in order; nil when it
    /// is one name ("Procter and Gamble", "Bosnia and Herzegovina"). Each part must read as a person: a full name
    /// that is no place or body, or a surname the article gives in full or already knows as a person.
    func conjuncts(of name: String) -> [String]? {
        // (Most names hold no " and ": told from their bytes before Foundation splits them.)
        guard name.containsBytes(" and ") else { return nil }
        let parts = name.components(separatedBy: " and ")
        guard parts.count >= 2 else { return nil }
        let people = parts.allSatisfy { part in
            let words = part.byteSplit(separator: " ")
            guard let first = words.first, first.first?.isUppercase == true, !lexicon.places.contains(part),
                  !lexicon.states.contains(part), !words.contains(where: { lexicon.organisationNouns.contains($0.lowercased()) })
            else { return false }
            if words.count >= 2 { return true }
            return names?.fullName(of: part, lexicon: lexicon) != nil
                || match(name: part, kind: .person).map { entities[$0].kind == .person && entities[$0].name != nil } == true
        }
        return people ? parts : nil
    }

    /// A mention of one person of a coordinated subject ("Mayor Linda Hepner" of "Doug McCallum and Mayor Linda
    /// Hepner"): the name without its role or honorific, the words as written.
    private func person(_ words: String, like mention: Mention) -> Mention {
        var single = mention
        let name = ArticleNames.name(in: words.byteSplit(separator: " ").map(String.init), lexicon: lexicon)
        single.name = name.isEmpty ? words : name.joined(separator: " ")
        single.text = words
        single.kind = .person
        return single
    }

    /// The organisation an unnamed source speaks for, when the phrase names it: before the noun ("White House
    /// officials", "a Pentagon spokesman", "Trump administration officials") or after "for" or "at" ("a spokeswoman
    /// for the State Department"). Only for nouns of people who speak for a body (`voice-nouns`); an analyst at a bank
    /// speaks for themselves.
    func voiced(_ mention: Mention) -> String? {
        let head = mention.head.lowercased()
        let singular = head.hasSuffix("people") ? String(head.dropLast(6)) + "person"
            : head.hasSuffix("s") ? String(head.dropLast()) : head
        guard lexicon.voiceNouns.contains(head) || lexicon.voiceNouns.contains(singular) else { return nil }
        let words = mention.text.byteSplit(separator: " ").map(String.init)
        guard let at = words.lastIndex(where: { $0.lowercased() == head }) else { return nil }
        // After the noun: "for the State Department", "at the Kremlin".
        if at + 1 < words.count, ["for", "at"].contains(words[at + 1]) {
            let rest = words[(at + 2)...].drop { ["the", "a", "an"].contains($0) }
            if let name = organisation(Array(rest)) { return name }
        }
        // Before it: a name and a body's common noun ("Trump administration"), or the capitalised words that end
        // right before the noun.
        if at >= 2, words[at - 1].first?.isLowercase == true, lexicon.organisationNouns.contains(words[at - 1]),
           words[at - 2].first?.isUppercase == true {
            return words[at - 2] + " " + words[at - 1]
        }
        var start = at
        while start > 0, words[start - 1].first?.isUppercase == true { start -= 1 }
        return organisation(Array(words[start..<at]))
    }

    /// The body a run of capitalised words names: its longest ending that is a known place or agency ("Senior White
    /// House" gives "White House"), a single word that is a body's noun ("Pentagon"), or two words or more; a lone
    /// adjective ("Ukrainian", "Senior") names none.
    private func organisation(_ run: [String]) -> String? {
        guard !run.isEmpty, run.allSatisfy({ $0.first?.isUppercase == true }) else { return nil }
        for start in run.indices {
            let name = run[start...].joined(separator: " ")
            if lexicon.places.contains(name) || lexicon.wireAgencies.contains(name) { return name }
        }
        if run.count == 1 { return lexicon.organisationNouns.contains(run[0].lowercased()) ? run[0] : nil }
        return run.joined(separator: " ")
    }

    /// A name of one word, or of two whose first opens surnames ("Al Hashish").
    private func isSurname(_ name: String) -> Bool {
        let words = name.byteSplit(separator: " ")
        return words.count == 1 || (words.count == 2 && lexicon.nameParticles.contains(words[0].lowercased()))
    }

    /// A name of two words that the article's full name of three ends with: a surname of two words ("Paz Akin" of
    /// "Lorena Paz Akin", "Roybal Allard" of "Lucille Roybal Allard"), not a first name and surname. The full name
    /// must be written after a role, an honorific or a noun for a person ("architect Lorena Paz Akin", "Rep. Lucille
    /// Roybal Allard"), so that its first word is a given name, not an office or an opening word run into the name
    /// ("Secretary of State Ana Ruiz", "Here’s Ana Ruiz").
    private func isCompoundSurname(_ name: String, of full: String, names: ArticleNames) -> Bool {
        let parts = NameKey.parts(name, lexicon: lexicon), fullParts = NameKey.parts(full, lexicon: lexicon)
        return name.byteSplit(separator: " ").count == 2 && parts.count == 2 && fullParts.count == 3
            && fullParts.suffix(2).elementsEqual(parts)
            && names.occurrences.contains { $0.introduced && $0.name == full }
    }

    /// The singular noun for the members of a group phrase: its "of" complement, or its own head.
    static func members(of text: String) -> String? {
        let words = text.lowercased().byteSplit(separator: " ")
        let noun = words.lastIndex(of: "of").map { words.index(after: $0) }.flatMap { $0 < words.count ? words[$0...].last : nil }
            ?? words.last
        guard var singular = noun.map(String.init) else { return nil }
        if singular.count > 2, singular.hasSuffix("s") { singular.removeLast() }
        return singular
    }

    /// The ways a mention writes its speaker: the name, and the name with its honorific ("Mr Lee"), or the
    /// description; a role before a name ("Ukrainian President ...") is a description, not an alias.
    private func aliases(of mention: Mention) -> [String] {
        guard let name = mention.name else { return [mention.text] }
        guard mention.text != name, mention.text.hasSuffix(name) else { return [name] }
        let before = mention.text.dropLast(name.count).byteSplit(separator: " ")
        let honorificOnly = before.allSatisfy { lexicon.honorifics[$0.lowercased().trimmingPeriods()] != nil }
        return honorificOnly ? [name, mention.text] : [name]
    }

    private func compatible(_ entity: LocalEntity, pronoun: Mention) -> Bool {
        switch lexicon.pronouns[pronoun.head] ?? .any {
        case .male: isPerson(entity) && entity.gender != .female
        case .female: isPerson(entity) && entity.gender != .male
        case .group: entity.kind == .group || entity.kind == .organisation
        // (A named speaker that nothing marks as a person, "BC Hydro said in a statement", may be "it".)
        case .organisation: entity.kind == .organisation
            || entity.kind == .person && entity.name != nil && entity.gender == nil && entity.heads.isEmpty
                && entity.issuedStatement
        case .any: isPerson(entity)
        }
    }

    /// A named person, or a description headed by a role or a noun for people ("the spokesman", "a voter"; not "the
    /// tally").
    private func isPerson(_ entity: LocalEntity) -> Bool {
        entity.kind == .person
            && (entity.name != nil || entity.heads.contains { head in
                // ("one of the prisoners": the head may be the plural after "of".)
                let singular = head.hasSuffix("s") ? String(head.dropLast()) : head
                return [head, singular].contains { lexicon.titles.contains($0) || lexicon.personNouns.contains($0) }
            })
    }

    private func match(name: String, kind: SpeakerKind) -> Int? {
        let (parts, whole) = memo.key(name)
        guard !parts.isEmpty else { return nil }
        // A surname is first one the article has called by it before ("Greenspan said … says Michael … says
        // Greenspan"), then one who has spoken, then one the text only mentions ("Dora Lind said … her son Niklas
        // Lind … “…,” Lind said" is her).
        if parts.count == 1, kind == .person, let known = recent.reversed().first(where: { entity in
            entities[entity].kind == .person && entities[entity].name != nil
                && entities[entity].aliases.contains { memo.parts($0) == parts }
        }) {
            return known
        }
        for speaking in [true, false] {
            for entity in recent.reversed() where !speaking || entities[entity].count > 0 {
                guard let known = entities[entity].name else { continue }
                let (knownParts, knownWhole) = memo.key(known, entity: entity)
                if knownWhole == whole { return entity }
                if parts.count == 1, kind == .person, entities[entity].kind == .person,
                   knownParts.first == parts[0] || knownParts.last == parts[0] { return entity }
                if knownParts.count == 1, parts.count > 1, entities[entity].kind == .person,
                   parts.first == knownParts[0] || parts.last == knownParts[0] { return entity }
            }
        }
        return nil
    }

    /// The name a document belongs to when the text says whose it is: "Trump’s tweet", "Ruiz's statement".
    private func possessor(of mention: Mention) -> String? {
        let words = mention.text.byteSplit(separator: " ")
        guard words.count >= 2 else { return nil }
        let owner = words.prefix { NounPhrases.isPossessive(String($0)) || $0.first?.isUppercase == true }
        guard let last = owner.last, NounPhrases.isPossessive(String(last)),
              owner.allSatisfy({ $0.first?.isUppercase == true }) else { return nil }
        return owner.map(String.init).joined(separator: " ").dropLast(2).description
    }

    /// A new entity for a person known only by name.
    private mutating func add(named name: String, kind: SpeakerKind) -> Int {
        entities.append(LocalEntity(name: name, aliases: [name], descriptions: [], heads: [], kind: kind,
                                    gender: nil, segments: [], count: 0, issuedStatement: false))
        return entities.count - 1
    }

    private mutating func add(_ mention: Mention) -> Int {
        entities.append(LocalEntity(name: nil, aliases: [], descriptions: [], heads: [], kind: mention.kind,
                                    gender: nil, segments: [], count: 0, issuedStatement: false))
        return entities.count - 1
    }

    private mutating func absorb(_ mention: Mention, into index: Int, segment: Int) {
        var entity = entities[index]
        entity.segments.insert(segment)
        entity.count += 1
        if mention.form == .pronoun {
            // ("Mara Vale spoke. … she said": the pronoun that means her tells her gender.)
            if entity.gender == nil, entity.kind == .person { entity.gender = mention.gender }
            entities[index] = entity
            return
        }
        if let name = mention.name {
            if entity.name == nil || name.byteSplit(separator: " ").count > entity.name!.byteSplit(separator: " ").count {
                entity.name = name
            }
            if entity.kind == .person, mention.kind != .person, entity.aliases.isEmpty { entity.kind = mention.kind }
        }
        if mention.form != .document {
            for alias in aliases(of: mention) where !entity.aliases.contains(alias) { entity.aliases.append(alias) }
        }
        if let description = mention.description, !entity.descriptions.contains(description) {
            entity.descriptions.append(description)
        }
        if mention.form == .description { entity.heads.insert(mention.head) }
        if mention.kind == .group, let members = ArticleEntities.members(of: mention.text) { entity.members.insert(members) }
        for text in [mention.description, mention.form == .name ? mention.text : nil].compactMap({ $0 }) {
            for word in text.lowercased().byteSplit(separator: " ") {
                let bare = word.trimmingPunctuation()
                if lexicon.titles.contains(bare) { entity.heads.insert(bare) }
            }
        }
        if entity.gender == nil { entity.gender = mention.gender }
        entities[index] = entity
    }
}
