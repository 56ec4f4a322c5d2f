import Foundation

/// The interchange format of `sitrep export --format json` (see `shared/notes/export-json.md`): a public
/// contract. Fields may be added; none may be renamed or removed.
public struct ExportDocument: Codable, Sendable, Equatable {
    public struct ArticleRecord: Codable, Sendable, Equatable {
        public var id: String
        public var source: String
        public var lines: [Int]
        public var title: String
        public var titleDerived: Bool
        public var standfirst: String?
        public var byline: String?
        public var dateline: String?
        public var captions: [String]
        public var truncated: Bool
        public var kind: String
        public var notes: [String]
        public var metadata: [String: String]
        public var segments: [SegmentRecord]

        /// A record with every field given.
        public init(id: String, source: String, lines: [Int], title: String, titleDerived: Bool,
                    standfirst: String?, byline: String?, dateline: String?, captions: [String], truncated: Bool,
                    kind: String, notes: [String], metadata: [String: String], segments: [SegmentRecord]) {
            self.id = id
            self.source = source
            self.lines = lines
            self.title = title
            self.titleDerived = titleDerived
            self.standfirst = standfirst
            self.byline = byline
            self.dateline = dateline
            self.captions = captions
            self.truncated = truncated
            self.kind = kind
            self.notes = notes
            self.metadata = metadata
            self.segments = segments
        }
    }

    public struct SegmentRecord: Codable, Sendable, Equatable {
        public var id: String
        public var heading: String?
        public var lines: [Int]
        public var story: String

        /// A record with every field given.
        public init(id: String, heading: String?, lines: [Int], story: String) {
            self.id = id
            self.heading = heading
            self.lines = lines
            self.story = story
        }
    }

    public struct QuoteRecord: Codable, Sendable, Equatable {
        public var id: String
        public var article: String
        public var segment: String
        public var source: String
        public var line: Int
        public var column: Int
        public var endLine: Int
        public var endColumn: Int
        public var text: String
        public var kind: String
        public var speaker: String?
        public var speakerName: String?
        public var mention: String?
        public var cue: String?
        public var unclosed: Bool
        /// Ids of the same quotation carried elsewhere ("also quoted by").
        public var copies: [String]
        /// The rule of attribution that decided the speaker (``AttributionSieve``'s raw value), if any did.
        public var sieve: String?

        /// A record with every field given.
        public init(id: String, article: String, segment: String, source: String, line: Int, column: Int,
                    endLine: Int, endColumn: Int, text: String, kind: String, speaker: String?,
                    speakerName: String?, mention: String?, cue: String?, unclosed: Bool, copies: [String],
                    sieve: String? = nil) {
            self.id = id
            self.article = article
            self.segment = segment
            self.source = source
            self.line = line
            self.column = column
            self.endLine = endLine
            self.endColumn = endColumn
            self.text = text
            self.kind = kind
            self.speaker = speaker
            self.speakerName = speakerName
            self.mention = mention
            self.cue = cue
            self.unclosed = unclosed
            self.copies = copies
            self.sieve = sieve
        }
    }

    public struct SpeakerRecord: Codable, Sendable, Equatable {
        public var id: String
        public var name: String
        public var aliases: [String]
        public var kind: String
        public var description: String?
        public var quotes: Int
        /// Whether an article gives the speaker a proper name; an unnamed speaker's `name` is its description
        /// (``Speaker/isNamed``).
        public var named: Bool

        /// A record with every field given.
        public init(id: String, name: String, aliases: [String], kind: String, description: String?, quotes: Int,
                    named: Bool) {
            self.id = id
            self.name = name
            self.aliases = aliases
            self.kind = kind
            self.description = description
            self.quotes = quotes
            self.named = named
        }
    }

    public struct StoryRecord: Codable, Sendable, Equatable {
        public var id: String
        public var title: String
        public var segments: [String]
        public var sharedTerms: [String]
        /// What links each of its segments that has a segment of another article beside it, in ``segments`` order.
        public var links: [LinkRecord]

        /// A record with every field given.
        public init(id: String, title: String, segments: [String], sharedTerms: [String], links: [LinkRecord] = []) {
            self.id = id
            self.title = title
            self.segments = segments
            self.sharedTerms = sharedTerms
            self.links = links
        }
    }

    /// What links one segment to the segments of other articles in its story (``LinkEvidence``).
    public struct LinkRecord: Codable, Sendable, Equatable {
        /// The segment's id.
        public var segment: String
        public var names: [String]
        public var daysApart: Int?
        /// The day of the segment's event when ``daysApart`` compares events' days (``LinkEvidence/eventDate``).
        public var eventDay: String?
        public var figures: [String]
        public var sharedQuotation: Bool
        /// The evidence in one line (``LinkEvidence/summary(terms:)``, given the story's shared terms).
        public var reason: String

        /// The record of a segment's evidence, in a story whose segments share `terms` most.
        public init(segment: String, evidence: LinkEvidence, terms: [String]) {
            self.segment = segment
            names = evidence.names
            daysApart = evidence.daysApart
            eventDay = evidence.eventDate
            figures = evidence.figures
            sharedQuotation = evidence.sharedQuotation
            reason = evidence.summary(terms: terms)
        }
    }

    public struct FigureRecord: Codable, Sendable, Equatable {
        /// "f1", "f2", ... in reading order.
        public var id: String
        public var source: String
        public var line: Int
        public var column: Int
        /// Where the number ends (exclusive), on the same line as a rule.
        public var endLine: Int
        public var endColumn: Int
        public var number: String
        /// The value; null for a vague quantity ("dozens", "hundreds").
        public var value: Double?
        /// The upper end of a range ("between 10 and 15": 15, ``value`` 10); null for a single number.
        public var upperValue: Double?
        /// The least a vague quantity means ("dozens": 24); the value itself for an exact number.
        public var least: Double
        public var vague: Bool
        public var counts: String
        /// killed, injured, casualties, missing, detained, displaced, evacuated, without-power, damaged, destroyed,
        /// deployed, exchanged, launched or other.
        public var category: String?
        /// at-least, about, more-than, less-than, up-to or nearly.
        public var hedge: String?
        /// Who gives the figure, as the text names them.
        public var saidBy: String?
        /// The day and place the figure's sentence names.
        public var date: String?
        public var place: String?
        public var article: String
        public var segment: String
        public var story: String
        /// Figures of the same story, category and counted group from other sources: "agree", "differ", "update"
        /// (the articles are of different days) or "subset" (a part of a group another source counts).
        public var comparison: String?
        /// Ids of those figures.
        public var counterparts: [String]

        /// A record with every field given.
        public init(id: String, source: String, line: Int, column: Int, endLine: Int, endColumn: Int,
                    number: String, value: Double?, upperValue: Double?, least: Double, vague: Bool, counts: String,
                    category: String?, hedge: String?, saidBy: String?, date: String?, place: String?,
                    article: String, segment: String, story: String, comparison: String?, counterparts: [String]) {
            self.id = id
            self.source = source
            self.line = line
            self.column = column
            self.endLine = endLine
            self.endColumn = endColumn
            self.number = number
            self.value = value
            self.upperValue = upperValue
            self.least = least
            self.vague = vague
            self.counts = counts
            self.category = category
            self.hedge = hedge
            self.saidBy = saidBy
            self.date = date
            self.place = place
            self.article = article
            self.segment = segment
            self.story = story
            self.comparison = comparison
            self.counterparts = counterparts
        }
    }

    public var articles: [ArticleRecord]
    public var quotes: [QuoteRecord]
    public var speakers: [SpeakerRecord]
    public var stories: [StoryRecord]
    public var figures: [FigureRecord]

    /// A document of the given records (a library's, read from its rows).
    public init(articles: [ArticleRecord], quotes: [QuoteRecord], speakers: [SpeakerRecord], stories: [StoryRecord],
                figures: [FigureRecord]) {
        self.articles = articles
        self.quotes = quotes
        self.speakers = speakers
        self.stories = stories
        self.figures = figures
    }

    /// Builds the export of an analysis. Ids are stable for the same input: a1.., s1.., q1.., p1.., st1...
    public init(_ analysis: Analysis) {
        var segmentIDs: [SegmentRef: String] = [:]
        var counter = 0
        for (articleIndex, article) in analysis.articles.enumerated() {
            for segmentIndex in article.segments.indices {
                counter += 1
                segmentIDs[SegmentRef(article: articleIndex, segment: segmentIndex)] = "s\(counter)"
            }
        }
        let storyID = { (ref: SegmentRef) in "st\((analysis.storyOfSegment[ref] ?? 0) + 1)" }
        articles = analysis.articles.enumerated().map { index, article in
            ArticleRecord(
                id: "a\(index + 1)", source: article.source, lines: [article.lines.lowerBound, article.lines.upperBound],
                title: article.title, titleDerived: article.titleDerived, standfirst: article.standfirst,
                byline: article.byline, dateline: article.dateline, captions: article.captions.map(\.text),
                truncated: article.truncated, kind: article.kind.rawValue, notes: article.notes,
                metadata: article.metadata,
                segments: article.segments.enumerated().map { segmentIndex, segment in
                    let ref = SegmentRef(article: index, segment: segmentIndex)
                    return SegmentRecord(id: segmentIDs[ref]!, heading: segment.heading,
                                         lines: [segment.lines.lowerBound, segment.lines.upperBound], story: storyID(ref))
                })
        }
        let copies = analysis.quoteCopies
        quotes = analysis.quotes.enumerated().map { index, quote in
            let ref = SegmentRef(article: quote.article, segment: quote.segment)
            return QuoteRecord(
                id: "q\(index + 1)", article: "a\(quote.article + 1)", segment: segmentIDs[ref]!,
                source: quote.span.file, line: quote.span.start.line, column: quote.span.start.column,
                endLine: quote.span.end.line, endColumn: quote.span.end.column, text: quote.text,
                kind: quote.kind.rawValue, speaker: quote.speaker.map { "p\($0 + 1)" },
                speakerName: quote.speaker.map { analysis.speakers[$0].name }, mention: quote.mention,
                cue: quote.cue, unclosed: quote.unclosed, copies: (copies[index] ?? []).map { "q\($0 + 1)" },
                sieve: quote.sieve?.rawValue)
        }
        var counts: [Int: Int] = [:]
        for quote in analysis.quotes { if let speaker = quote.speaker { counts[speaker, default: 0] += 1 } }
        speakers = analysis.speakers.enumerated().map { index, speaker in
            SpeakerRecord(id: "p\(index + 1)", name: speaker.name, aliases: speaker.aliases, kind: speaker.kind.rawValue,
                          description: speaker.description, quotes: counts[index] ?? 0, named: speaker.isNamed)
        }
        stories = analysis.stories.enumerated().map { index, story in
            StoryRecord(id: "st\(index + 1)", title: story.title, segments: story.segments.map { segmentIDs[$0]! },
                        sharedTerms: story.sharedTerms,
                        links: zip(story.segments, story.evidence).compactMap { ref, evidence in
                            evidence.map { LinkRecord(segment: segmentIDs[ref]!, evidence: $0, terms: story.sharedTerms) }
                        })
        }
        let comparisons = analysis.figureComparisons
        figures = analysis.figures.enumerated().map { index, figure in
            let ref = SegmentRef(article: figure.article, segment: figure.segment)
            return FigureRecord(id: "f\(index + 1)", source: figure.span.file, line: figure.span.start.line,
                                column: figure.span.start.column, endLine: figure.span.end.line,
                                endColumn: figure.span.end.column, number: figure.number, value: figure.exactValue, upperValue: figure.upperValue,
                                least: figure.value, vague: figure.isVague, counts: figure.counts,
                                category: figure.category, hedge: figure.hedge, saidBy: figure.saidBy, date: figure.date,
                                place: figure.place, article: "a\(figure.article + 1)", segment: segmentIDs[ref]!,
                                story: storyID(ref), comparison: comparisons[index],
                                counterparts: (analysis.figureCounterparts[index] ?? []).map { "f\($0 + 1)" })
        }
    }

    /// The document as pretty-printed JSON with sorted keys.
    public func json() -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(self)) ?? Data("{}".utf8)
    }
}

// The contract writes absent values as `null`; synthesized Codable would leave the keys out.
extension ExportDocument.ArticleRecord {
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(source, forKey: .source)
        try c.encode(lines, forKey: .lines)
        try c.encode(title, forKey: .title)
        try c.encode(titleDerived, forKey: .titleDerived)
        try c.encode(standfirst, forKey: .standfirst)
        try c.encode(byline, forKey: .byline)
        try c.encode(dateline, forKey: .dateline)
        try c.encode(captions, forKey: .captions)
        try c.encode(truncated, forKey: .truncated)
        try c.encode(kind, forKey: .kind)
        try c.encode(notes, forKey: .notes)
        try c.encode(metadata, forKey: .metadata)
        try c.encode(segments, forKey: .segments)
    }
}

extension ExportDocument.SegmentRecord {
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(heading, forKey: .heading)
        try c.encode(lines, forKey: .lines)
        try c.encode(story, forKey: .story)
    }
}

extension ExportDocument.QuoteRecord {
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(article, forKey: .article)
        try c.encode(segment, forKey: .segment)
        try c.encode(source, forKey: .source)
        try c.encode(line, forKey: .line)
        try c.encode(column, forKey: .column)
        try c.encode(endLine, forKey: .endLine)
        try c.encode(endColumn, forKey: .endColumn)
        try c.encode(text, forKey: .text)
        try c.encode(kind, forKey: .kind)
        try c.encode(speaker, forKey: .speaker)
        try c.encode(speakerName, forKey: .speakerName)
        try c.encode(mention, forKey: .mention)
        try c.encode(cue, forKey: .cue)
        try c.encode(unclosed, forKey: .unclosed)
        try c.encode(copies, forKey: .copies)
        try c.encode(sieve, forKey: .sieve)
    }
}

extension ExportDocument.SpeakerRecord {
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(name, forKey: .name)
        try c.encode(aliases, forKey: .aliases)
        try c.encode(kind, forKey: .kind)
        try c.encode(description, forKey: .description)
        try c.encode(quotes, forKey: .quotes)
        try c.encode(named, forKey: .named)
    }
}

extension ExportDocument.FigureRecord {
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(source, forKey: .source)
        try c.encode(line, forKey: .line)
        try c.encode(column, forKey: .column)
        try c.encode(endLine, forKey: .endLine)
        try c.encode(endColumn, forKey: .endColumn)
        try c.encode(number, forKey: .number)
        try c.encode(value, forKey: .value)
        try c.encode(upperValue, forKey: .upperValue)
        try c.encode(least, forKey: .least)
        try c.encode(vague, forKey: .vague)
        try c.encode(counts, forKey: .counts)
        try c.encode(category, forKey: .category)
        try c.encode(hedge, forKey: .hedge)
        try c.encode(saidBy, forKey: .saidBy)
        try c.encode(date, forKey: .date)
        try c.encode(place, forKey: .place)
        try c.encode(article, forKey: .article)
        try c.encode(segment, forKey: .segment)
        try c.encode(story, forKey: .story)
        try c.encode(comparison, forKey: .comparison)
        try c.encode(counterparts, forKey: .counterparts)
    }
}
