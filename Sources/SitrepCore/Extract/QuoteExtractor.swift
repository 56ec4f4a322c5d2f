/// The quotations and local speakers of one article.
struct ArticleQuotes: Sendable {
    var quotes: [LocalQuote]
    var entities: [LocalEntity]
}

/// Runs attribution over an article in reading order (headline, standfirst, then each segment) and resolves
/// every speaker mention to an entity of the article.
struct QuoteExtractor: Sendable {
    let lexicon: Lexicon
    /// Bytes either side of a quotation read for what frames it ("in a statement").
    static let context = 300
    /// The most words of a term: quoted words without a speaker, more than these, are somebody's quotation.
    static let termWords = 3

    /// Quotations of a paragraph that English attribution left without a speaker, given to a speaker named after a
    /// dash ("«…», — заявив Зеленський"); such a quotation opening its sentence is direct.
    private func attributeAfterDashes(_ quotes: inout ArraySlice<LocalQuote>, paragraph: Paragraph) {
        guard quotes.contains(where: { $0.mention == nil && $0.continues == nil && $0.kind != .reported }) else { return }
        let tokens = paragraph.tokens
        let dashes = DashAttribution(lexicon: lexicon)
        for index in quotes.indices where quotes[index].mention == nil && quotes[index].continues == nil
            && quotes[index].kind != .reported {
            guard let (mention, cue) = dashes.attribution(after: quotes[index].end, in: paragraph, tokens: tokens) else { continue }
            quotes[index].mention = mention
            quotes[index].cue = cue
            quotes[index].sieve = .dashAttribution
            let opening = paragraph.bytes[..<quotes[index].start].lastIndex { $0 == 0x2E || $0 == 0x21 || $0 == 0x3F }
            let words = paragraph.slice(opening.map { $0 + 1 } ?? 0, quotes[index].start)
            if !words.contains(where: { $0.isLetter || $0.isNumber }) { quotes[index].kind = .direct }
        }
    }

    /// The quotations of each paragraph in the order of the text: a reported clause, found after the partial
    /// quotations it holds, goes before them.
    static func readingOrder(_ quotes: [LocalQuote]) -> [LocalQuote] {
        guard quotes.count > 1 else { return quotes }
        var ordered = quotes
        var run = 0
        func same(_ a: LocalQuote, _ b: LocalQuote) -> Bool {
            a.segment == b.segment && a.paragraph.firstLine == b.paragraph.firstLine
                && a.paragraph.pieces.first?.column == b.paragraph.pieces.first?.column && a.paragraph.bytes.count == b.paragraph.bytes.count
        }
        for index in 1...quotes.count where index == quotes.count || !same(quotes[index], quotes[run]) {
            if !(run..<index).dropFirst().allSatisfy({ quotes[$0 - 1].start <= quotes[$0].start }) {
                let sorted = (run..<index).sorted { (quotes[$0].start, $0) < (quotes[$1].start, $1) }
                for (offset, original) in sorted.enumerated() { ordered[run + offset] = quotes[original] }
            }
            run = index
        }
        return ordered
    }

    /// The people an article writes about outside its quotations, in reading order, each as a mention of the full
    /// name the article gives them: every place it writes the name (or the surname alone) of a person, known as one
    /// because they speak, because a role, honorific or noun for a person stands before the name ("barber Robert
    /// McMillen"), or because the article names them by surname alone too ("Alma Ruiz … Ruiz"); and "the mayor" of
    /// an article that names one mayor. A pronoun or a description means the last of them before it ("It was a
    /// comment Scheer found troubling. “…,” he said."), as a reader takes it. Names written in a picture's caption
    /// (paragraphs opening on the lines `captions`) are not among them.
    func peopleWritten(_ names: ArticleNames, quotes: [LocalQuote], captions: Set<Int>,
                        memo: NameMemo? = nil)
        -> [(line: Int, offset: Int, mention: Mention)] {
        // (Each name's full name and key made once: an article writes the same names again and again.)
        var fullNames: [String: String] = [:], keys: [String: String] = [:]
        func full(_ name: String) -> String {
            if name.containsASCII(" ") { return name }
            if let known = fullNames[name] { return known }
            let found = names.fullName(of: name, lexicon: lexicon) ?? name
            fullNames[name] = found
            return found
        }
        func key(_ name: String) -> String {
            if let known = keys[name] { return known }
            let found = NameKey.parts(name, lexicon: lexicon).joined(separator: " ")
            keys[name] = found
            return found
        }
        var people = Set<String>()
        for quote in quotes {
            guard let written = quote.mention else { continue }
            let mention = NameShape.reread(written, lexicon: lexicon, memo: memo)
            // ("a document titled White Paper": a work's title is nobody.)
            guard mention.form == .name, mention.kind == .person, let name = mention.name,
                  !DocumentIssuer.isTitled(mention, lexicon: lexicon) else { continue }
            people.insert(key(full(name)))
        }
        var shapes: [String: NameShape] = [:]
        func shape(_ name: String) -> NameShape {
            if let known = shapes[name] { return known }
            let found = memo?.shape(name) ?? NameShape.of(name, lexicon: lexicon)
            shapes[name] = found
            return found
        }
        var bodies: [String: Bool] = [:]
        func namesBody(_ name: String) -> Bool {
            if let known = bodies[name] { return known }
            let found = name.byteSplit(separator: " ").contains(where: { lexicon.organisationNouns.contains(lowering: $0) })
            bodies[name] = found
            return found
        }
        for occurrence in names.occurrences where occurrence.role == nil {
            let name = full(occurrence.name)
            // (Not a body's name: "Senate" of "Senate Appropriations".)
            guard shape(name) == .person, shape(occurrence.name) == .person, !namesBody(name) else { continue }
            if occurrence.introduced || !occurrence.name.containsASCII(" ") && name.containsASCII(" ") { people.insert(key(name)) }
        }
        var spans: [Int: [Range<Int>]] = [:]
        for quote in quotes { spans[quote.paragraph.firstLine, default: []].append(quote.start..<quote.end) }
        return names.occurrences.compactMap { occurrence in
            // ("… on speed dial on Child’s phone. “…,” she says.": a name owning a noun is not who speaks next.)
            guard !occurrence.possessive, !captions.contains(occurrence.line), let name = occurrence.role.map({ names.holder(of: $0, lexicon: lexicon) }) ?? full(occurrence.name),
                  occurrence.role != nil || people.contains(key(name)),
                  !(spans[occurrence.line] ?? []).contains(where: { $0.contains(occurrence.offset) }) else { return nil }
            let mention = Mention(form: .name, text: name, name: name, description: nil,
                                  head: name.byteSplit(separator: " ").last.map { $0.lowercased() } ?? "", kind: .person,
                                  gender: occurrence.gender, definite: false, start: occurrence.offset,
                                  end: occurrence.offset + occurrence.name.utf8.count)
            return (occurrence.line, occurrence.offset, mention)
        }
    }

    /// `cache`, when given, holds the words of the article's paragraphs for the other passes over it.
    func extract(_ article: Article, tokens cache: TokenCache? = nil) -> ArticleQuotes {
        let attributor = Attributor(lexicon: lexicon)
        var quotes: [LocalQuote] = []
        var carry = Attributor.Carry()
        // The article's body paragraphs in reading order (headings among them), and the index there of each
        // quotation's paragraph (-1 for the headline and standfirst).
        var body: [Paragraph] = []
        var ordinals: [Int] = []
        // The first lines of paragraphs that are pictures' captions (see ``PhotoCaption``).
        var captions = Set<Int>()
        func number(_ ordinal: Int) { ordinals += Array(repeating: ordinal, count: quotes.count - ordinals.count) }
        for paragraph in [article.titleParagraph, article.standfirstParagraph].compactMap({ $0 }) {
            var headCarry = Attributor.Carry()
            attributor.extract(paragraph, segment: 0, quotes: &quotes, carry: &headCarry, tokens: cache)
            number(-1)
        }
        for (index, segment) in article.segments.enumerated() {
            if let heading = segment.headingParagraph {
                var headCarry = Attributor.Carry()
                attributor.extract(heading, segment: index, quotes: &quotes, carry: &headCarry, tokens: cache)
                number(body.count)
                body.append(heading)
            }
            for paragraph in segment.paragraphs {
                let before = quotes.count
                if PhotoCaption.isCaption(paragraph, lexicon: lexicon) {
                    // A picture's caption run into the text: the narration goes on across it, and the people it names
                    // are in the picture.
                    captions.insert(paragraph.firstLine)
                    var across = carry
                    attributor.extract(paragraph, segment: index, quotes: &quotes, carry: &across, tokens: cache)
                } else {
                    attributor.extract(paragraph, segment: index, quotes: &quotes, carry: &carry, tokens: cache)
                }
                attributeAfterDashes(&quotes[before...], paragraph: paragraph)
                number(body.count)
                body.append(paragraph)
            }
        }
        // A few words in quotation marks that no rule gives a speaker are a term, not a quotation ("to “yeet”",
        // "the “optics,”"): a label nobody in the text is said to say.
        for index in quotes.indices where quotes[index].kind == .partial && quotes[index].mention == nil
            && quotes[index].continues == nil {
            let words = quotes[index].paragraph.slice(quotes[index].start, quotes[index].end).split(whereSeparator: \.isWhitespace)
            if words.count <= QuoteExtractor.termWords { quotes[index].kind = .term }
        }
        let names = ArticleNames(article, lexicon: lexicon, tokens: cache)
        var entities = ArticleEntities(lexicon: lexicon, names: names)
        var passing = carry.passing[...]
        let people = peopleWritten(names, quotes: quotes, captions: captions, memo: entities.memo)
        var written = people[...]
        for index in quotes.indices {
            let quote = quotes[index]
            let anchor = min(quote.start, quote.mention.map { $0.start < quote.start ? $0.start : quote.start } ?? quote.start)
            // The sentence of the quotation or its mention: a name written in it is not who its pronoun means ("Vale
            // went after Lind, when he called it …": the subject is, see `passing`).
            let sentenceStart = quote.paragraph.bytes[..<min(anchor, quote.paragraph.bytes.count)]
                .lastIndex { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "?") || $0 == UInt8(ascii: "!") } ?? 0
            // People the text is about before this quotation, though they do not speak, are who a pronoun may mean:
            // the subjects of sentences between quotations and the people written outside quotations, in text order.
            var before: [(line: Int, offset: Int, mention: Mention)] = []
            while let next = passing.first, next.position <= index {
                before.append((next.line, next.mention.start, next.mention))
                passing.removeFirst()
            }
            // Names of the quotation's own sentence are noticed once it is resolved: a pronoun after it may mean them
            // ("At the party, Demi went after the “older girls.” “…,” she said."), its own does not.
            var inSentence: [Mention] = []
            while let next = written.first, (next.line, next.offset) < (quote.paragraph.firstLine, anchor) {
                if (next.line, next.offset) < (quote.paragraph.firstLine, sentenceStart) { before.append(next) }
                else { inSentence.append(next.mention) }
                written.removeFirst()
            }
            defer { entities.noticeAfter(quotes[index].entity, inSentence, segment: quote.segment) }
            for next in before.sorted(by: { ($0.line, $0.offset) < ($1.line, $1.offset) }) {
                entities.notice(next.mention, segment: quote.segment)
            }
            if let mention = quotes[index].mention {
                // The words around the quotation (not the whole paragraph, which may be the whole file).
                let sentence = quote.paragraph.slice(max(0, quote.start - QuoteExtractor.context),
                                                     min(quote.paragraph.bytes.count, quote.end + QuoteExtractor.context))
                quotes[index].entity = entities.resolve(mention, segment: quotes[index].segment,
                                                        cue: quotes[index].cue, sentenceText: sentence)
            } else if let earlier = quotes[index].continues, earlier < index {
                quotes[index].entity = quotes[earlier].entity
                quotes[index].mention = quotes[earlier].mention
            } else if let earlier = FloatingQuotation.speaker(of: index, in: quotes, ordinals: ordinals, body: body,
                                                              lexicon: lexicon, written: people,
                                                              isSpeaker: { entities.isNamed($0, $1) }) {
                quotes[index].entity = quotes[earlier].entity
                quotes[index].mention = quotes[earlier].mention
                quotes[index].continues = earlier
                quotes[index].sieve = .floating
            }
        }
        entities.completeNames(from: names)
        let merged = entities.mergeDescriptions()
        for index in quotes.indices {
            if let entity = quotes[index].entity, let into = merged[entity] { quotes[index].entity = into }
        }
        let withdrawn = entities.withdrawLoneNouns()
        for index in quotes.indices {
            if let entity = quotes[index].entity, withdrawn.contains(entity) { quotes[index].entity = nil }
        }
        return ArticleQuotes(quotes: QuoteExtractor.readingOrder(quotes), entities: entities.entities)
    }
}
