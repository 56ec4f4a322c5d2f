/// Splits a source into articles, recognises their furniture, and splits each body into story segments.
///
/// Works from the text alone: separators, datelines and bylines open articles; a paragraph cut off
/// mid-sentence closes one; a long paragraph that shares almost nothing with the article so far is a new brief.
public struct ArticleParser: Sendable {
    public let lexicon: Lexicon
    public let tuning: Tuning

    /// Thresholds of the text-alone decisions, measured on `../shared/data` (see README).
    public struct Tuning: Sendable {
        /// Below this share of shared terms, a brief-shaped paragraph starts a new article.
        public var briefCohesion: Double = 0.12
        /// ... or below this share when the paragraph is not itself cut off (briefs usually are).
        public var wholeBriefCohesion: Double = 0.05
        /// Below this cosine between the paragraphs before and after a gap, the gap may be a turn of story.
        public var turnSimilarity: Double = 0.2
        /// ... and the gap's cosine must be at most this share of the median gap's.
        public var turnContrast: Double = 0.75
        public init() {}
    }

    public init(lexicon: Lexicon = .standard, tuning: Tuning = Tuning()) {
        self.lexicon = lexicon
        self.tuning = tuning
    }

    /// The articles of a source, in order.
    public func parse(_ source: SourceText) -> [Article] {
        let furniture = Furniture(lexicon: lexicon)
        var builder = ArticleBuilder(source: source, lexicon: lexicon, tuning: tuning)
        var tokens: [Token] = []
        var restTokens: [Token] = []
        for paragraph in Paragraph.split(source) {
            Tokenizer.tokenize(paragraph.bytes, into: &tokens)
            guard !tokens.isEmpty else { continue }
            let shape = ParagraphShape(paragraph, tokens: tokens)
            if furniture.isSeparator(paragraph) {
                builder.close()
            } else if furniture.isPageFurniture(paragraph, tokens: tokens, shape: shape) {
                builder.touch(paragraph)
            } else if furniture.isUpdateNote(paragraph, tokens: tokens) {
                builder.updateNote(paragraph)
            } else if furniture.isByline(paragraph, tokens: tokens) {
                builder.byline(paragraph)
            } else if furniture.isSignOff(paragraph, tokens: tokens) {
                builder.signOff(paragraph)
            } else if furniture.isEmbeddedPost(paragraph, tokens: tokens) {
                builder.caption(paragraph)
            } else if furniture.isCredit(paragraph, tokens: tokens, shape: shape) {
                builder.caption(paragraph)
            } else if let end = furniture.kickerEnd(paragraph, tokens: tokens) {
                builder.caption(paragraph, end: end)
                if end < paragraph.bytes.count {
                    let rest = paragraph.suffix(from: end)
                    Tokenizer.tokenize(rest.bytes, into: &restTokens)
                    builder.body(rest, tokens: restTokens, shape: ParagraphShape(rest, tokens: restTokens),
                                 continuesLine: true)
                }
            } else if let end = furniture.datelineLength(paragraph, tokens: tokens) {
                builder.dateline(paragraph, end: end)
                let rest = paragraph.suffix(from: end)
                Tokenizer.tokenize(rest.bytes, into: &restTokens)
                builder.body(rest, tokens: restTokens, shape: ParagraphShape(rest, tokens: restTokens),
                             continuesLine: true)
            } else if shape.isHeadingLike {
                builder.heading(paragraph)
            } else {
                builder.body(paragraph, tokens: tokens, shape: shape, continuesLine: false)
            }
        }
        builder.close()
        return builder.articles
    }
}

/// Accumulates the paragraphs of the article being read and closes it into an ``Article``.
struct ArticleBuilder {
    let source: SourceText
    let lexicon: Lexicon
    let tuning: ArticleParser.Tuning
    private(set) var articles: [Article] = []

    private struct Body {
        var paragraph: Paragraph
        var shape: ParagraphShape
        var terms: TermList
        /// Sub-headline that precedes this paragraph.
        var heading: Paragraph?
    }

    private var firstLine: Int?
    private var lastLine = 0
    private var headings: [Paragraph] = []
    private var title: Paragraph?
    private var standfirst: Paragraph?
    private var bylineText: String?
    private var datelineText: String?
    private var notes: [String] = []
    private var captions: [Caption] = []
    private var bodies: [Body] = []
    /// UTF-8 end of the first body paragraph's first sentence (a title derived from the lead ends there).
    private var leadEnd = 0
    /// The article's terms: every body paragraph's keys, interned.
    private var table = KeyTable(capacity: KeyTable.keptSlots / 2)
    /// A caption or dateline opened this article in the middle of a line that also carries body text.
    private var pendingHeadingStart: Int?

    init(source: SourceText, lexicon: Lexicon, tuning: ArticleParser.Tuning) {
        self.source = source
        self.lexicon = lexicon
        self.tuning = tuning
    }

    private var hasBody: Bool { !bodies.isEmpty }

    mutating func touch(_ paragraph: Paragraph) {
        if firstLine == nil { firstLine = paragraph.firstLine }
        lastLine = max(lastLine, paragraph.lastLine)
    }

    mutating func updateNote(_ paragraph: Paragraph) {
        if hasBody { close() }
        touch(paragraph)
        notes.append(paragraph.text)
    }

    mutating func byline(_ paragraph: Paragraph) {
        let text = paragraph.text
        let closing = text.hasPrefix("(") || text.hasPrefix("Reporting") || text.hasPrefix("Writing")
            || text.hasPrefix("Editing") || text.hasPrefix("Additional")
        if closing {
            touch(paragraph)
            notes.append(text)
            return
        }
        if hasBody { closeKeepingHeadings() }
        touch(paragraph)
        bylineText = text.hasPrefix("By ") ? String(text.dropFirst(3)) : text
    }

    /// A line that closes the article in progress without opening another ("jm/dm (AFP, dpa)").
    mutating func signOff(_ paragraph: Paragraph) {
        touch(paragraph)
        notes.append(paragraph.text)
    }

    mutating func caption(_ paragraph: Paragraph, end: Int? = nil) {
        let cut = end ?? paragraph.bytes.count
        if end != nil, bodies.last?.shape.isCutOff == true { close() }
        touch(paragraph)
        let span = SourceSpan(file: source.name, start: paragraph.position(at: 0), end: paragraph.position(at: cut))
        captions.append(Caption(text: paragraph.slice(0, cut).trimmingSpaces, span: span))
    }

    mutating func dateline(_ paragraph: Paragraph, end: Int) {
        if bodies.count == 1, !bodies[0].shape.isCutOff, title != nil, datelineText == nil {
            // One whole paragraph between a headline and the dateline that opens its story: the lead photo's
            // caption ("FILE - In this photo, ..."), not an article of its own.
            let lead = bodies.removeFirst().paragraph
            table.removeAll()
            let span = SourceSpan(file: source.name, start: lead.position(at: 0), end: lead.position(at: lead.bytes.count))
            captions.append(Caption(text: lead.text, span: span))
        } else if hasBody || bodies.last?.shape.isCutOff == true {
            closeKeepingHeadings()
        }
        touch(paragraph)
        var text = paragraph.slice(0, end).trimmingSpaces
        while let last = text.last, "-\u{2013}\u{2014} ".contains(last) { text.removeLast() }
        datelineText = text
    }

    mutating func heading(_ paragraph: Paragraph) {
        if bodies.last?.shape.isCutOff == true { close() }
        touch(paragraph)
        headings.append(paragraph)
    }

    mutating func body(_ paragraph: Paragraph, tokens: [Token], shape: ParagraphShape, continuesLine: Bool) {
        var terms: TermList?
        if let last = bodies.last {
            if last.shape.isCutOff {
                close()
            } else if headings.isEmpty, !continuesLine, mayStartBrief(paragraph, tokens: tokens, shape: shape) {
                let known = table.count
                let list = TermList(paragraph, tokens: tokens, lexicon: lexicon, table: &table)
                let share = list.share(below: known)
                if share < (shape.isCutOff ? tuning.briefCohesion : tuning.wholeBriefCohesion) { close() } else { terms = list }
            }
        }
        touch(paragraph)
        var heading: Paragraph?
        if !headings.isEmpty {
            var pending = headings
            headings = []
            if !hasBody && title == nil {
                title = pending.removeFirst()
                if let next = pending.first, standfirst == nil {
                    standfirst = next
                    pending.removeFirst()
                }
            }
            heading = pending.last
        }
        if bodies.isEmpty { leadEnd = ArticleBuilder.leadEnd(paragraph, tokens: tokens) }
        bodies.append(Body(paragraph: paragraph, shape: shape,
                           terms: terms ?? TermList(paragraph, tokens: tokens, lexicon: lexicon, table: &table),
                           heading: heading))
    }

    /// A long, several-sentence paragraph may start a new brief (when it shares almost none of the article's terms),
    /// unless its first word ties it to what came before ("But", "He", "This").
    private func mayStartBrief(_ paragraph: Paragraph, tokens: [Token], shape: ParagraphShape) -> Bool {
        guard shape.sentenceCount >= 3, shape.wordCount >= 50 else { return false }
        if let first = tokens.first, first.kind == .word, lexicon.continuations.contains(paragraph.text(of: first)) {
            return false
        }
        return true
    }

    /// Closes the current article but carries pending headings over as the next article's title.
    private mutating func closeKeepingHeadings() {
        let carried = headings
        headings = []
        close()
        headings = carried
        if let first = carried.first { firstLine = first.firstLine; lastLine = carried.last!.lastLine }
    }

    mutating func close() {
        defer { reset() }
        guard let start = firstLine else { return }
        if !hasBody {
            // Headings with no body under them: a title-only article is kept when it has a title.
            guard let first = headings.first ?? title else { return }
            let span = SourceSpan(file: source.name, start: first.position(at: 0), end: first.position(at: first.bytes.count))
            let segment = Segment(heading: nil, headingParagraph: nil, lines: start...lastLine, paragraphs: [])
            articles.append(Article(source: source.name, lines: start...lastLine, kind: .story, title: first.text,
                                    titleDerived: false, titleSpan: span, titleParagraph: first, standfirst: nil,
                                    standfirstParagraph: nil, byline: bylineText,
                                    dateline: datelineText, notes: notes, captions: captions, truncated: false,
                                    segments: [segment], metadata: source.metadata))
            return
        }
        let segments = Segmenter(lexicon: lexicon, tuning: tuning, termCount: table.count).segments(
            bodies: bodies.map { Segmenter.Body(paragraph: $0.paragraph, terms: $0.terms, heading: $0.heading) },
            articleLines: start...lastLine)
        let truncated = bodies.last?.shape.isCutOff ?? false
        let headed = segments.contains { $0.heading != nil }
        let kind: Article.Kind = headed ? .liveBlog
            : (datelineText != nil || bylineText != nil) ? .wire
            : (bodies.count == 1 && truncated) ? .brief : .story
        let titleText: String
        let derived: Bool
        let titleSpan: SourceSpan
        if let title {
            titleText = title.text
            derived = false
            titleSpan = SourceSpan(file: source.name, start: title.position(at: 0), end: title.position(at: title.bytes.count))
        } else {
            let lead = bodies[0].paragraph
            titleText = ArticleBuilder.shorten(lead.bytes[..<leadEnd])
            derived = true
            titleSpan = SourceSpan(file: source.name, start: lead.position(at: 0), end: lead.position(at: leadEnd))
        }
        articles.append(Article(source: source.name, lines: start...lastLine, kind: kind, title: titleText,
                                titleDerived: derived, titleSpan: titleSpan, titleParagraph: title,
                                standfirst: standfirst?.text, standfirstParagraph: standfirst,
                                byline: bylineText, dateline: datelineText, notes: notes, captions: captions,
                                truncated: truncated, segments: segments, metadata: source.metadata))
    }

    private mutating func reset() {
        firstLine = nil
        lastLine = 0
        headings = []
        title = nil
        standfirst = nil
        bylineText = nil
        datelineText = nil
        notes = []
        captions = []
        bodies = []
        table.removeAll()
    }

    /// UTF-8 end of the lead's first sentence.
    static func leadEnd(_ paragraph: Paragraph, tokens: [Token]) -> Int {
        for (index, token) in tokens.enumerated() where token.kind == .punctuation
            && (token.first == "." || token.first == "?" || token.first == "!") {
            let next = index + 1 < tokens.count ? tokens[index + 1] : nil
            if next == nil || next!.spaceBefore { return token.start }
        }
        return paragraph.bytes.count
    }

    /// The words of `bytes` joined by single spaces: at most 14, with an ellipsis when words were cut.
    static func shorten(_ bytes: ArraySlice<UInt8>) -> String {
        var words = 0
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var previous: UInt8 = 0x20
        for byte in bytes {
            if byte != 0x20, previous == 0x20 {
                words += 1
                if words > 14 { return String(decoding: result, as: UTF8.self) + "\u{2026}" }
                if words > 1 { result.append(0x20) }
            }
            if byte != 0x20 { result.append(byte) }
            previous = byte
        }
        return String(decoding: result, as: UTF8.self)
    }
}
