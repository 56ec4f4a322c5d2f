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

    func extract(_ article: Article) -> ArticleQuotes {
        let attributor = Attributor(lexicon: lexicon)
        var quotes: [LocalQuote] = []
        var carry = Attributor.Carry()
        for paragraph in [article.titleParagraph, article.standfirstParagraph].compactMap({ $0 }) {
            var headCarry = Attributor.Carry()
            attributor.extract(paragraph, segment: 0, quotes: &quotes, carry: &headCarry)
        }
        for (index, segment) in article.segments.enumerated() {
            if let heading = segment.headingParagraph {
                var headCarry = Attributor.Carry()
                attributor.extract(heading, segment: index, quotes: &quotes, carry: &headCarry)
            }
            for paragraph in segment.paragraphs {
                attributor.extract(paragraph, segment: index, quotes: &quotes, carry: &carry)
            }
        }
        var entities = ArticleEntities(lexicon: lexicon)
        var passing = carry.passing[...]
        for index in quotes.indices {
            // People the text is about before this quotation, though they do not speak, are who a pronoun may mean.
            while let next = passing.first, next.position <= index {
                entities.notice(next.mention, segment: quotes[index].segment)
                passing.removeFirst()
            }
            if let mention = quotes[index].mention {
                // The words around the quotation (not the whole paragraph, which may be the whole file).
                let quote = quotes[index]
                let sentence = quote.paragraph.slice(max(0, quote.start - QuoteExtractor.context),
                                                     min(quote.paragraph.bytes.count, quote.end + QuoteExtractor.context))
                quotes[index].entity = entities.resolve(mention, segment: quotes[index].segment,
                                                        cue: quotes[index].cue, sentenceText: sentence)
            } else if let earlier = quotes[index].continues, earlier < index {
                quotes[index].entity = quotes[earlier].entity
                quotes[index].mention = quotes[earlier].mention
            }
        }
        entities.completeNames(from: ArticleNames(article, lexicon: lexicon))
        let merged = entities.mergeDescriptions()
        for index in quotes.indices {
            if let entity = quotes[index].entity, let into = merged[entity] { quotes[index].entity = into }
        }
        return ArticleQuotes(quotes: quotes, entities: entities.entities)
    }
}
