/// Splits a source into articles, recognises their furniture, and splits each body into story segments.
///
/// Works from the text alone: separators, datelines and bylines open articles; a paragraph cut off
/// mid-sentence closes one; a long paragraph that shares almost nothing with the article so far is a new brief.
public struct ArticleParser: Sendable {
    public let lexicon: Lexicon
    public let tuning: Tuning

    /// Thresholds of the text-alone decisions, measured on `../shared/data` (see README).
    public struct Tuning: Sendable {
        /// Below this share of shared terms, a long paragraph that is itself cut off starts a new brief.
        public var briefCohesion: Double = 0.12
        /// ... or below this share when the paragraph stops in the middle of a clause ("... after the").
        public var truncatedBriefCohesion: Double = 0.3
        /// Below this share of shared terms, a lead after a cut-off paragraph starts a new article.
        public var leadCohesion: Double = 0.12
        /// ... or below this share when the lead is itself a long paragraph cut off: two in a row are a run of briefs.
        public var briefRunCohesion: Double = 0.3
        /// Below this share of shared terms, a headline and the paragraph under it start a new article.
        public var headlineCohesion: Double = 0.1
        /// ... or below this share when the headline follows a paragraph that ended its sentence and the paragraph
        /// under it is a lead that restates it.
        public var restatedHeadlineCohesion: Double = 0.3
        /// ... or below this share when the headline follows a paragraph that ended its sentence, is long and in
        /// title case, and the paragraph under it is a lead (see `ArticleBuilder.ownStoryCohesion`).
        public var titleCaseHeadlineCohesion: Double = 0.2
        /// ... or below this cosine when the headline is short and the story has set sub-headings already (see
        /// `ArticleBuilder.subheadingLimit`): it is another sub-heading of that story.
        public var subheadingCohesion: Double = 0.05
        /// Below this share of shared terms, a dateline after body text (no headline) starts a new article.
        public var datelineCohesion: Double = 0.12
        /// Below this cosine between the paragraphs before and after a gap, the gap may be a turn of story.
        public var turnSimilarity: Double = 0.2
        /// ... and the gap's cosine must be at most this share of the median gap's.
        public var turnContrast: Double = 0.75
        public init() {}
    }

    /// Where articles start and end in a source.
    public enum Boundaries: Sendable {
        /// Found from the text: headlines that change the subject, datelines, bylines, cut-off briefs.
        case detected
        /// Each source is exactly one article (for files known to hold one story each).
        case wholeSource
    }

    public let boundaries: Boundaries

    public init(lexicon: Lexicon = .standard, tuning: Tuning = Tuning(), boundaries: Boundaries = .detected) {
        self.lexicon = lexicon
        self.tuning = tuning
        self.boundaries = boundaries
    }

    /// The paragraph after `index` opens a story: it has a dateline or is a byline.
    private static func headsStory(_ paragraphs: [Paragraph], after index: Int, furniture: Furniture) -> Bool {
        guard index + 1 < paragraphs.count else { return false }
        let next = paragraphs[index + 1]
        return furniture.datelineLength(next, tokens: next.tokens) != nil || furniture.isByline(next, tokens: next.tokens)
    }

    /// The articles of a source, in order; exactly one when ``boundaries`` is ``Boundaries/wholeSource``.
    public func parse(_ source: SourceText) -> [Article] {
        let furniture = Furniture(lexicon: lexicon)
        var builder = ArticleBuilder(source: source, lexicon: lexicon, tuning: tuning, oneArticle: boundaries == .wholeSource)
        let paragraphs = Paragraph.split(source)
        // The index of the last link under a link list's label ("READ MORE:"), while the links are being read.
        var lastLink = -1
        for (index, paragraph) in paragraphs.enumerated() {
            let tokens = paragraph.tokens
            guard !tokens.isEmpty else { continue }
            let shape = ParagraphShape(paragraph, tokens: tokens, lexicon: lexicon)
            if index <= lastLink {
                // The links under a link list's label are headlines of other stories, not of this one.
                builder.touch(paragraph)
                continue
            }
            if furniture.isLinkListLabel(paragraph, tokens: tokens) {
                builder.touch(paragraph)
                lastLink = ArticleParser.lastLink(after: index, in: paragraphs, lexicon: lexicon, furniture: furniture)
            } else if furniture.isSeparator(paragraph) {
                builder.separator()
            } else if furniture.isStoryEnding(paragraph, tokens: tokens, shape: shape) {
                builder.storyEnding(paragraph)
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
            } else if builder.underHeadline, furniture.closesWithPictureCredit(paragraph, tokens: tokens, shape: shape) {
                // Under a headline, before its story, a line closed by a picture's credit is the picture's caption (in
                // the story, such a line keeps its words in the story's text).
                builder.caption(paragraph)
            } else if shape.wordCount <= ParagraphShape.headingWords,
                      furniture.isTeaser(paragraph, tokens: tokens)
                        || (shape.isHeadingLike && furniture.isBareTeaser(paragraph, tokens: tokens)),
                      !ArticleParser.headsStory(paragraphs, after: index, furniture: furniture) {
                // A related-story teaser is page furniture; with a dateline or a byline under it ("PHOTOS: Scenes
                // from Odesa ..." over "ODESA, Ukraine (AP) — ...") it is the headline of that story.
                builder.touch(paragraph)
            } else if let end = furniture.kickerEnd(paragraph, tokens: tokens),
                      end < paragraph.bytes.count || !(shape.isHeadingLike || shape.isShortQuestion) {
                // A kicker label over a headline on the same line ("OPINION: Why the walls fail") is that headline.
                if end == paragraph.bytes.count, shape.endsWithColon, shape.wordCount <= Furniture.kickerTokens {
                    builder.label(paragraph)
                    continue
                }
                builder.caption(paragraph, end: end)
                if end < paragraph.bytes.count {
                    let rest = paragraph.suffix(from: end)
                    builder.body(rest, tokens: rest.tokens,
                                 shape: ParagraphShape(rest, tokens: rest.tokens, lexicon: lexicon), continuesLine: true)
                }
            } else if let end = furniture.datelineLength(paragraph, tokens: tokens) {
                let rest = paragraph.suffix(from: end)
                builder.dateline(paragraph, end: end, lead: rest, tokens: rest.tokens)
                builder.body(rest, tokens: rest.tokens,
                             shape: ParagraphShape(rest, tokens: rest.tokens, lexicon: lexicon), continuesLine: true)
            } else if shape.isHeadingLike || (builder.atSourceStart && shape.isTitleLike)
                        || (shape.isShortQuestion && (builder.atStoryEnd || shape.isTitleCase
                                                      || furniture.opensWithSectionLabel(paragraph, tokens: tokens))) {
                // A question in title case on a line of its own is a headline ("Can the Harbour Be Saved?"), and so is
                // one under a kicker label ("OPINION: Can the harbour be saved?"), and a headline of two sentences
                // at the top of a source ("Impeach him? Lessons from 1998"). Whether it opens an article is decided
                // as for any headline, by the text under it.
                builder.heading(paragraph)
            } else {
                let following = builder.awaitsHeadline
                    ? ArticleParser.window(after: index, in: paragraphs, lexicon: lexicon) : []
                builder.body(paragraph, tokens: tokens, shape: shape, continuesLine: false, following: following)
            }
        }
        builder.close()
        return builder.articles
    }

    /// Fewest links of a link list: a lone headline-like line under a list's label (the links were not kept) is the
    /// headline of what follows it.
    static let linkListLinks = 2

    /// The index of the last link of the list whose label is at `index`: the headline-like lines after it, with no
    /// dateline, up to a line of page furniture, one that closes a story ("Read or share this story: ...", "Follow
    /// Jane on Twitter") or a byline, `index` itself when they are fewer than ``linkListLinks``; or up to the headline
    /// of the next story (a dateline or a byline follows it), however few.
    static func lastLink(after index: Int, in paragraphs: [Paragraph], lexicon: Lexicon, furniture: Furniture) -> Int {
        var last = index, links = 0
        for next in (index + 1)..<paragraphs.count {
            let tokens = paragraphs[next].tokens
            if tokens.isEmpty { continue }
            let shape = ParagraphShape(paragraphs[next], tokens: tokens, lexicon: lexicon)
            guard shape.isHeadingLike, furniture.datelineLength(paragraphs[next], tokens: tokens) == nil,
                  !furniture.isStoryEnding(paragraphs[next], tokens: tokens, shape: shape),
                  !furniture.isPageFurniture(paragraphs[next], tokens: tokens, shape: shape),
                  !furniture.isByline(paragraphs[next], tokens: tokens) else { break }
            // The next story's headline ends the list: the lines before it are links however few they are.
            if headsStory(paragraphs, after: next, furniture: furniture) { return last }
            last = next
            links += 1
        }
        return links >= linkListLinks ? last : index
    }

    /// Paragraphs read with the first one under a headline to judge whether the headline changes the subject.
    static let headlineWindow = 4

    /// The body paragraphs after `index`, with their tokens: up to ``headlineWindow`` - 1, ending before the next
    /// heading-like line.
    static func window(after index: Int, in paragraphs: [Paragraph], lexicon: Lexicon) -> [(Paragraph, [Token])] {
        var window: [(Paragraph, [Token])] = []
        var next = index + 1
        while next < paragraphs.count, window.count + 1 < headlineWindow {
            let tokens = paragraphs[next].tokens
            if ParagraphShape(paragraphs[next], tokens: tokens, lexicon: lexicon).isHeadingLike { break }
            window.append((paragraphs[next], tokens))
            next += 1
        }
        return window
    }
}

/// Accumulates the paragraphs of the article being read and closes it into an ``Article``.
struct ArticleBuilder {
    let source: SourceText
    let lexicon: Lexicon
    let tuning: ArticleParser.Tuning
    /// The whole source is one article: no boundary ends it before the end.
    let oneArticle: Bool
    private(set) var articles: [Article] = []

    private struct Body {
        var paragraph: Paragraph
        var shape: ParagraphShape
        var terms: TermList
        /// The paragraph stops after a word no sentence ends with ("the", "of", "and") or a comma.
        var endsMidClause: Bool
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
    /// The article's term weights by id, and their squared norm (for a headline's change of subject).
    private var weights: [Float] = []
    private var weightNorm = 0.0
    /// The title marks a live page ("... live: ..."): its sub-headlines are posts, not articles.
    private var livePage = false
    /// A separator line came after body text, and no paragraph since.
    private var afterSeparator = false
    /// A line that closes a story (a contributor credit, a sign-off, a follow prompt) came after body text, and no
    /// body paragraph since: a headline now opens a new article whatever its subject.
    private var storyClosed = false
    /// A line other than body text or a heading (a caption, a credit, a note) came after the last body paragraph.
    private var asideAfterBody = false
    /// A byline read after body text with no headline over it, whose article is decided by the text under it.
    private var sectionByline: Paragraph?
    /// A caption or dateline opened this article in the middle of a line that also carries body text.
    private var pendingHeadingStart: Int?

    init(source: SourceText, lexicon: Lexicon, tuning: ArticleParser.Tuning, oneArticle: Bool = false) {
        self.source = source
        self.lexicon = lexicon
        self.tuning = tuning
        self.oneArticle = oneArticle
    }

    private var hasBody: Bool { !bodies.isEmpty }

    /// Takes in a line that is neither body text nor a heading (furniture, a caption, a byline, a note). Only a line
    /// between the last body paragraph and the headings read since is an aside after the body: a caption under a
    /// headline is its story's.
    mutating func touch(_ paragraph: Paragraph) {
        extend(to: paragraph)
        if headings.isEmpty { asideAfterBody = hasBody }
    }

    /// Widens the article's line range to take in `paragraph`.
    private mutating func extend(to paragraph: Paragraph) {
        if firstLine == nil { firstLine = paragraph.firstLine }
        lastLine = max(lastLine, paragraph.lastLine)
    }

    mutating func updateNote(_ paragraph: Paragraph) {
        if hasBody { endArticle() }
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
            storyClosed = hasBody
            return
        }
        if hasBody, !oneArticle, !storyClosed, !headings.contains(where: isHeadline) {
            // A byline inside a story with no headline over it and not closed (a correspondent's analysis under a
            // sub-heading): the text under it decides whether it opens a story of its own (see ``settleSectionByline(opensArticle:)``).
            sectionByline = paragraph
            return
        }
        if hasBody { closeKeepingHeadings() }
        touch(paragraph)
        bylineText = ArticleBuilder.bylineName(text)
    }

    /// A byline's names without the "By " that opens it.
    private static func bylineName(_ text: String) -> String {
        text.hasPrefix("By ") ? String(text.dropFirst(3)) : text
    }

    /// Takes in the byline read inside the story (``sectionByline``): it opens a new article with the headings read
    /// since, or it signs a section of the article so far (its byline when it has none, else a note).
    private mutating func settleSectionByline(opensArticle: Bool) {
        guard let paragraph = sectionByline else { return }
        sectionByline = nil
        if opensArticle {
            closeKeepingHeadings(opening: paragraph.firstLine)
            if firstLine.map({ paragraph.firstLine < $0 }) ?? true { firstLine = paragraph.firstLine }
        }
        touch(paragraph)
        if bylineText == nil { bylineText = ArticleBuilder.bylineName(paragraph.text) } else { notes.append(paragraph.text) }
    }

    /// A line that closes the article in progress without opening another ("jm/dm (AFP, dpa)").
    mutating func signOff(_ paragraph: Paragraph) {
        touch(paragraph)
        notes.append(paragraph.text)
        storyClosed = hasBody
    }

    /// A headline was read and no body paragraph since (or only the source's title): a caption here is the lead
    /// picture's, over the story to come.
    var underHeadline: Bool { !headings.isEmpty || (title != nil && !hasBody) }

    /// Nothing of the source has been read yet: the next line is the source's first.
    var atSourceStart: Bool { articles.isEmpty && firstLine == nil }

    /// A line that closes the story in progress ("Contributing: Jane Doe", "Follow Jane on Twitter"): kept as a note.
    mutating func storyEnding(_ paragraph: Paragraph) {
        touch(paragraph)
        notes.append(paragraph.text)
        storyClosed = hasBody
    }

    mutating func caption(_ paragraph: Paragraph, end: Int? = nil) {
        let cut = end ?? paragraph.bytes.count
        if end != nil, bodies.last?.shape.isCutOff == true { endArticle() }
        touch(paragraph)
        let span = SourceSpan(file: source.name, start: paragraph.position(at: 0), end: paragraph.position(at: cut))
        captions.append(Caption(text: paragraph.slice(0, cut).trimmingSpaces, span: span))
    }

    /// A dateline opens a new article after a headline, after a cut-off paragraph, or when the lead it opens
    /// shares little with a story of at least ``storyParagraphs`` paragraphs (a story's own dateline after its photo
    /// captions does not); on a live page, it opens a post of the page, as a sub-headline does.
    mutating func dateline(_ paragraph: Paragraph, end: Int, lead: Paragraph, tokens: [Token]) {
        // A byline and then a dateline open a story of their own, whatever its subject (on a live page, a post).
        settleSectionByline(opensArticle: !livePage)
        if let only = bodies.first, bodies.count == 1, datelineText == nil, headings.isEmpty,
           opensStory(after: only) {
            let first = bodies.removeFirst()
            weights.removeAll(keepingCapacity: true)
            weightNorm = 0
            table.removeAll()
            if title == nil {
                title = first.paragraph
                livePage = isLivePage(first.paragraph)
            } else {
                let lead = first.paragraph
                let span = SourceSpan(file: source.name, start: lead.position(at: 0), end: lead.position(at: lead.bytes.count))
                captions.append(Caption(text: lead.text, span: span))
            }
        } else if headings.isEmpty, let question = bodies.last, askedAsHeadline(question) {
            reopen(at: question)
        } else if hasBody, !livePage, headings.contains(where: isHeadline) || (bodies.last!.shape.isCutOff && !underCaptions)
                    || (bodies.count >= ArticleBuilder.storyParagraphs
                        && (sharedShare([(lead, tokens)]) ?? 0) < tuning.datelineCohesion) {
            closeKeepingHeadings()
        }
        touch(paragraph)
        var text = paragraph.slice(0, end).trimmingSpaces
        while let last = text.last, "-\u{2013}\u{2014} ".contains(last) { text.removeLast() }
        datelineText = text
    }

    /// The last paragraph read, right over a dateline, is a question asked as a headline ("Is the harbour safe
    /// now?"): one short question of at least ``headlineWords`` words, opening like a headline, after a paragraph
    /// that ended its sentence.
    private func askedAsHeadline(_ question: Body) -> Bool {
        guard bodies.count >= 2, question.heading == nil, bodies[bodies.count - 2].shape.endsSentence,
              question.shape.isShortQuestion, question.shape.wordCount >= ArticleBuilder.headlineWords else { return false }
        return ArticleBuilder.opensLikeHeadline(question.paragraph.bytes)
    }

    /// Closes the article before `question`, its last body paragraph, which becomes the title of the next one.
    private mutating func reopen(at question: Body) {
        guard !oneArticle, let opened = firstLine else { return }
        bodies.removeLast()
        let line = question.paragraph.firstLine
        lastLine = max(opened, line - 1)
        close()
        title = question.paragraph
        livePage = isLivePage(question.paragraph)
        firstLine = line
        lastLine = question.paragraph.lastLine
    }

    /// The dateline opens the story that `only`, the one paragraph read so far, belongs to: `only` is the headline
    /// (a short question or sentence, when there is no headline yet), the lead photo's caption under a headline
    /// ("FILE - In this photo, ..."), or a caption without a final period, too short to be a cut-off brief.
    private func opensStory(after only: Body) -> Bool {
        if only.shape.isCutOff { return only.shape.wordCount <= ArticleBuilder.captionWords }
        if title != nil { return true }
        return only.shape.sentenceCount == 1 && only.shape.wordCount <= ParagraphShape.headingWords
    }

    /// The article has a headline, no dateline yet, and fewer than ``storyParagraphs`` paragraphs under it: they are
    /// the photo captions over its story, and a dateline now opens that story ("LITTLE ROCK — ..." under "... (Photo:
    /// Jane Roe, AP)"), even when a caption has no final period.
    private var underCaptions: Bool {
        title != nil && datelineText == nil && bodies.count < ArticleBuilder.storyParagraphs
    }

    /// Most words of a caption without a final period (a cut-off brief is longer).
    static let captionWords = 40

    /// Fewest body paragraphs of a story that a dateline on another subject ends without a headline between them
    /// (fewer are the captions and the standfirst over the dateline's own story).
    static let storyParagraphs = 3

    /// A separator line (`* * *`) ends an article only when a headline follows it; before body text it is a
    /// section break inside the article.
    mutating func separator() {
        afterSeparator = hasBody
    }

    mutating func heading(_ paragraph: Paragraph) {
        if afterSeparator, isHeadline(paragraph) { endArticle() }
        if let last = headings.last, ArticleBuilder.repeats(last, paragraph) { openStoryAtLastHeading() }
        extend(to: paragraph)
        headings.append(paragraph)
    }

    /// A lone section label ("ANALYSIS/OPINION:") right under a headline: the page's label over a new story, which
    /// the headline opens (see ``openStoryAtLastHeading()``); the label is kept as a caption of that story.
    mutating func label(_ paragraph: Paragraph) {
        openStoryAtLastHeading()
        caption(paragraph)
    }

    /// The page marks the last heading, on the line just read, as the start of a story of its own, whatever its
    /// subject: the headline printed twice (the page's title, then the same words over the story), or the headline
    /// over a lone section label ("OPINION: ..." then "ANALYSIS/OPINION:"). It opens an article after a story of
    /// ``storyParagraphs`` paragraphs or more (a video's caption printed twice under a standfirst is no headline),
    /// not on a live page.
    private mutating func openStoryAtLastHeading() {
        guard bodies.count >= ArticleBuilder.storyParagraphs, !livePage, let last = headings.last,
              last.lastLine == lastLine else { return }
        closeKeepingHeadings(from: headings.count - 1)
    }

    /// Fewest words of a headline that the page prints twice.
    static let repeatedHeadlineWords = 3

    /// `second` says again what the heading `first` said, as a web page prints its title and then its headline:
    /// the shorter line, of at least ``repeatedHeadlineWords`` words, opens the longer one (letter case aside).
    static func repeats(_ first: Paragraph, _ second: Paragraph) -> Bool {
        let (short, long) = first.bytes.count <= second.bytes.count ? (first.bytes, second.bytes) : (second.bytes, first.bytes)
        var words = 1
        for (index, byte) in short.enumerated() {
            let other = long[index]
            guard byte == other || (byte | 0x20 == other | 0x20 && (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A) else {
                return false
            }
            if byte == 0x20, index > 0, short[index - 1] != 0x20 { words += 1 }
        }
        return words >= ArticleBuilder.repeatedHeadlineWords
            && (short.count == long.count || long[short.count] == 0x20 || !isWordByte(long[short.count]))
    }

    /// A letter or a digit of ASCII, or a byte of a longer UTF-8 character.
    private static func isWordByte(_ byte: UInt8) -> Bool {
        byte >= 0x80 || (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A)
    }

    /// A line closed the story in progress ("Contributing: ..."): a short question here is a headline ("Can the
    /// harbour be saved?"), not a line of the story.
    var atStoryEnd: Bool { storyClosed }

    /// A headline came after body text: the next body paragraph decides whether it opens a new article.
    var awaitsHeadline: Bool { hasBody && !livePage && (sectionByline != nil || headings.contains { isHeadline($0) }) }

    /// Adds a body paragraph; `following` holds the paragraphs after it when a headline is pending (``awaitsHeadline``).
    mutating func body(_ paragraph: Paragraph, tokens: [Token], shape: ParagraphShape, continuesLine: Bool,
                       following: [(Paragraph, [Token])] = []) {
        // Only a cut-off paragraph is asked whether it stopped mid-clause.
        let midClause = shape.isCutOff && (shape.endsWithComma || tokens.last.map {
            $0.kind == .word && !$0.isCapitalized && lexicon.clauseWords.contains(paragraph.text(of: $0))
        } ?? false)
        var terms: TermList?
        afterSeparator = false
        defer { storyClosed = false }
        if sectionByline != nil {
            // A byline in the middle of a story opens a new one only when the text under it changes the subject.
            settleSectionByline(opensArticle: !continuesLine && !livePage
                && opensNewSubject(headings[...], [(paragraph, tokens)] + following, below: tuning.headlineCohesion))
        }
        if let last = bodies.last, !continuesLine {
            if !headings.isEmpty {
                // Short lines before the headline (a name, a label, a "Follow us" line) stay with the article above.
                // A headline over a passage quoted from elsewhere ("... ” — Jane Roe, The Harbour Times") labels one
                // view on a page that collects them, not a story of its own.
                if !livePage, let headline = headings.firstIndex(where: isHeadline),
                   storyClosed || (last.shape.endsSentence && !last.shape.endsWithColon
                                   && holdsDateline(under: shape, following))
                    || (!last.shape.endsWithColon && !shape.endsWithCredit && !continuesSeries(headings[headline])
                                   && opensNewSubject(headings[headline...], [(paragraph, tokens)] + following,
                                                      below: min(last.shape.endsSentence && !asideAfterBody && headline == 0
                                                        ? ownStoryCohesion(headings[headline], paragraph, tokens: tokens, shape: shape)
                                                        : tuning.headlineCohesion, subheadingLimit(headings[headline])))) {
                    closeKeepingHeadings(from: headline)
                }
            } else if last.shape.isCutOff {
                // A caption without its final period is not a cut-off brief: a brief is longer.
                if last.shape.wordCount > ArticleBuilder.captionWords {
                    // A long paragraph cut off after another is a run of briefs, not a story's paragraphs.
                    let run = shape.isCutOff && shape.wordCount > ArticleBuilder.captionWords
                    if last.endsMidClause {
                        // Cut in the middle of a clause ("... after the"): a new sentence here means text is missing,
                        // even one that opens with "But" or "He".
                        if opensSentence(paragraph, tokens: tokens, shape: shape) {
                            if run { splitOffFirstBrief() }
                            endArticle()
                        }
                    } else if opensLead(paragraph, tokens: tokens, shape: shape) {
                        terms = cohesiveTerms(paragraph, tokens: tokens,
                                              below: run ? tuning.briefRunCohesion : tuning.leadCohesion, briefRun: run)
                    }
                }
            } else if shape.isCutOff, !last.shape.endsWithColon, !last.shape.endsWithComma,
                      mayStartBrief(paragraph, tokens: tokens, shape: shape, midClause: midClause) {
                // A paragraph that introduces the next one ("He writes," or "... in 2020:") is followed by what it
                // introduces (a letter, a list, a quoted passage), not by a new brief.
                terms = cohesiveTerms(paragraph, tokens: tokens, below: midClause ? tuning.truncatedBriefCohesion : tuning.briefCohesion)
            }
        }
        extend(to: paragraph)
        asideAfterBody = false
        var heading: Paragraph?
        if !headings.isEmpty {
            var pending = headings
            headings = []
            if !hasBody && title == nil {
                title = pending.removeFirst()
                livePage = isLivePage(title!)
                if let next = pending.first, standfirst == nil {
                    standfirst = next
                    pending.removeFirst()
                }
            }
            heading = pending.last
        }
        if bodies.isEmpty { leadEnd = ArticleBuilder.leadEnd(paragraph, tokens: tokens) }
        let list = terms ?? TermList(paragraph, tokens: tokens, lexicon: lexicon, table: &table)
        if weights.count < table.count { weights += [Float](repeating: 0, count: table.count - weights.count) }
        for term in list.terms {
            let old = Double(weights[Int(term.id)]), new = old + Double(term.weight)
            weights[Int(term.id)] = Float(new)
            weightNorm += new * new - old * old
        }
        bodies.append(Body(paragraph: paragraph, shape: shape, terms: list, endsMidClause: midClause, heading: heading))
    }

    /// A paragraph of the window under a headline opens with a dateline, after short lines only ("Health care
    /// battle heats up again", "6 years ago", "(CNN) - As the ..."): the headline opens that dateline's story,
    /// whatever its subject, when the story above ended its last sentence. The lines between are its captions: at
    /// most ``captionWords`` words each, none introducing a quotation with a colon ("The story begins this way:").
    /// `shape` is the shape of the paragraph right under the headline.
    private func holdsDateline(under shape: ParagraphShape, _ window: [(Paragraph, [Token])]) -> Bool {
        guard shape.wordCount <= ArticleBuilder.captionWords, !shape.endsWithColon else { return false }
        let furniture = Furniture(lexicon: lexicon)
        for (paragraph, tokens) in window {
            if furniture.datelineLength(paragraph, tokens: tokens) != nil { return true }
            let between = ParagraphShape(paragraph, tokens: tokens, lexicon: lexicon)
            guard between.wordCount <= ArticleBuilder.captionWords, !between.endsWithColon else { return false }
        }
        return false
    }

    /// The paragraph's terms when it shares at least `threshold` of them with the article so far; otherwise the
    /// article is closed (the paragraph opens the next one) and nil is returned. When the paragraph continues a run
    /// of briefs (`briefRun`), the article's last paragraph may be the run's first brief (``splitOffFirstBrief()``).
    private mutating func cohesiveTerms(_ paragraph: Paragraph, tokens: [Token], below threshold: Double,
                                        briefRun: Bool = false) -> TermList? {
        let known = table.count
        let list = TermList(paragraph, tokens: tokens, lexicon: lexicon, table: &table)
        guard list.share(below: known) < threshold else { return list }
        if briefRun { splitOffFirstBrief() }
        endArticle()
        return nil
    }

    /// The article's last paragraph, long and cut off right after a paragraph that ended its sentence, opens the run
    /// of briefs that the paragraph being read continues (a story followed by a page's briefs): the article ends
    /// before it, and it is read again as the first paragraph of an article of its own.
    private mutating func splitOffFirstBrief() {
        guard !oneArticle, bodies.count >= 2, let brief = bodies.last, brief.heading == nil,
              bodies[bodies.count - 2].shape.endsSentence, let opened = firstLine else { return }
        let tokens = brief.paragraph.tokens
        guard opensLead(brief.paragraph, tokens: tokens, shape: brief.shape) else { return }
        bodies.removeLast()
        lastLine = max(opened, brief.paragraph.firstLine - 1)
        close()
        body(brief.paragraph, tokens: tokens, shape: brief.shape, continuesLine: false)
    }

    /// Pending headlines with the text under them change the subject of the article so far: the cosine between
    /// their terms and the article's is below `threshold`. No terms on either side is no change.
    private func opensNewSubject(_ headlines: ArraySlice<Paragraph>, _ texts: [(Paragraph, [Token])],
                                 below threshold: Double) -> Bool {
        // The window's terms as (key, weight) pairs, sorted so that repeats of a term are summed in one sweep.
        var window: [(key: UInt64, weight: Double)] = []
        for heading in headlines {
            TermKey.forEachTerm(heading, tokens: heading.tokens, lexicon: lexicon) { key, weight in window.append((key, weight)) }
        }
        for (paragraph, tokens) in texts {
            TermKey.forEachTerm(paragraph, tokens: tokens, lexicon: lexicon) { key, weight in window.append((key, weight)) }
        }
        window.sort { $0.key < $1.key }
        var dot = 0.0, norm = 0.0
        var index = 0
        while index < window.count {
            let key = window[index].key
            var weight = 0.0
            while index < window.count, window[index].key == key { weight += window[index].weight; index += 1 }
            norm += weight * weight
            if let id = table.find(key) { dot += weight * Double(weights[id]) }
        }
        guard norm > 0, weightNorm > 0 else { return false }
        return dot / (norm * weightNorm).squareRoot() < threshold
    }

    /// Most words of a heading read as a sub-heading in a story that has set sub-headings already.
    static let subheadingWords = 6

    /// The cohesion below which a short heading opens an article when the story in progress has set a sub-heading
    /// already: ``Tuning/subheadingCohesion`` for a heading of at most ``subheadingWords`` words (an explainer's next
    /// question, an analysis's next section: a story that sets sub-headings sets several, and each turns to another
    /// part of the story, sharing few of its words, so only one that shares almost none opens an article);
    /// `.infinity` otherwise. A line that closes the story above or a dateline under the heading still opens an
    /// article (see ``body(_:tokens:shape:continuesLine:following:)``).
    private func subheadingLimit(_ heading: Paragraph) -> Double {
        guard ArticleBuilder.wordCount(heading) <= ArticleBuilder.subheadingWords,
              bodies.contains(where: { $0.heading != nil }) else { return .infinity }
        return tuning.subheadingCohesion
    }

    /// Fewest words of a lead that restates its headline.
    static let restatingLeadWords = 15

    /// Fewest distinct terms of the headline that its lead repeats.
    static let restatedTerms = 3

    /// Fewest words of a headline that its lead restates (a sub-headline is shorter: "Sides remain dug in").
    static let restatedHeadlineWords = 8

    /// Fewest body paragraphs since the article's last sub-headline (or its start) before a restated headline: a
    /// story's sections under sub-headlines are short.
    static let restatedAfterParagraphs = 6

    /// The cohesion below which a headline right after a story that ended its sentence opens an article of its own,
    /// with `lead` under it: ``Tuning/restatedHeadlineCohesion`` when the lead says again what the headline said
    /// (``restates(_:tokens:lead:tokens:)``), ``Tuning/titleCaseHeadlineCohesion`` when the headline is a long one
    /// in title case ("Ferry Operators Warn Winter Timetable Could Be Cut Back") and so is the title of the article
    /// above (outlets set all their headlines so; title case alone is no cue, as a story's sub-heading may use it),
    /// and ``Tuning/headlineCohesion`` otherwise.
    /// Either needs a headline that reads as a story's own over a lead that reads as one: the lead opens a sentence
    /// with no word tying it to the text above ("But", "He"), closes its last sentence, has at least
    /// ``restatingLeadWords`` words and is no turn of an interview ("Jane Roe: ..."); the headline has at least
    /// ``restatedHeadlineWords`` words, gives no advice to the reader (``isAdvice(_:tokens:)``) and does not open
    /// with a word that points back ("This proposal is ..."); the story above ran ``restatedAfterParagraphs``
    /// paragraphs since its last sub-headline (a story's sections under sub-headlines are short).
    private func ownStoryCohesion(_ headline: Paragraph, _ lead: Paragraph, tokens: [Token], shape: ParagraphShape) -> Double {
        guard shape.endsSentence, shape.wordCount >= ArticleBuilder.restatingLeadWords,
              opensLead(lead, tokens: tokens, shape: shape), !ArticleBuilder.opensWithSpeakerLabel(lead, tokens: tokens)
        else { return tuning.headlineCohesion }
        var section = 0
        for body in bodies.reversed() {
            section += 1
            if body.heading != nil || section >= ArticleBuilder.restatedAfterParagraphs { break }
        }
        guard section >= ArticleBuilder.restatedAfterParagraphs else { return tuning.headlineCohesion }
        let headlineTokens = headline.tokens
        guard headlineTokens.count(where: { $0.kind != .punctuation }) >= ArticleBuilder.restatedHeadlineWords,
              !isAdvice(headline, tokens: headlineTokens),
              !lexicon.continuations.contains(headline.text(of: headlineTokens[0])) else {
            return tuning.headlineCohesion
        }
        if restates(headline, tokens: headlineTokens, lead: lead, tokens: tokens) { return tuning.restatedHeadlineCohesion }
        if ParagraphShape(headline, tokens: headlineTokens, lexicon: lexicon).isTitleCase, let title {
            // A page that sets its own title in title case sets its other stories' headlines so; on a page whose
            // title is a sentence, a title-case line is a sub-heading of the story ("What The Extension Means ...").
            if ParagraphShape(title, tokens: title.tokens, lexicon: lexicon).isTitleCase { return tuning.titleCaseHeadlineCohesion }
        }
        return tuning.headlineCohesion
    }

    /// The lead repeats at least ``restatedTerms`` of the headline's distinct terms ("Harbour reopens after storm"
    /// over "The harbour reopened on Friday after the storm ...").
    private func restates(_ headline: Paragraph, tokens headlineTokens: [Token], lead: Paragraph, tokens: [Token]) -> Bool {
        var keys: [UInt64] = []
        TermKey.forEachTerm(headline, tokens: headlineTokens, lexicon: lexicon) { key, _ in
            if !keys.contains(key) { keys.append(key) }
        }
        guard keys.count >= ArticleBuilder.restatedTerms else { return false }
        var repeated: [UInt64] = []
        TermKey.forEachTerm(lead, tokens: tokens, lexicon: lexicon) { key, _ in
            if keys.contains(key), !repeated.contains(key) { repeated.append(key) }
        }
        return repeated.count >= ArticleBuilder.restatedTerms
    }

    /// Most words of a speaker's name before the colon that opens a turn of an interview.
    static let speakerLabelWords = 3

    /// The paragraph is a turn of an interview or a transcript: it opens with a speaker's name, capitalised, and a
    /// colon ("Jane Roe: It was never what I wanted."), so it is no story's lead.
    static func opensWithSpeakerLabel(_ paragraph: Paragraph, tokens: [Token]) -> Bool {
        for (index, token) in tokens.prefix(speakerLabelWords + 1).enumerated() {
            if token.kind == .punctuation { return index > 0 && token.first == ":" }
            guard token.kind == .word, token.isCapitalized else { return false }
        }
        return false
    }

    /// The line opens with a verb of advice to the reader ("Wash your hands before you eat", "Don't touch your
    /// face"): a tip in a story's series of tips, whose paragraph says it again at length, not another story.
    private func isAdvice(_ line: Paragraph, tokens: [Token]) -> Bool {
        guard let first = tokens.first, first.kind == .word else { return false }
        return lexicon.adviceOpeners.contains(line.text(of: first).lowercased())
    }

    /// The headline opens with the same word as a sub-headline of the article so far ("Winner: ...", "Week 3: ...",
    /// "Update at ..."): it is the next section of a series, not a new article. Stop words do not count.
    private func continuesSeries(_ headline: Paragraph) -> Bool {
        guard let key = ArticleBuilder.firstWordKey(headline, lexicon: lexicon) else { return false }
        return bodies.contains { body in
            body.heading.map { ArticleBuilder.firstWordKey($0, lexicon: lexicon) == key } ?? false
        }
    }

    /// The term key of a paragraph's first word; nil for a stop word or a paragraph opening otherwise.
    private static func firstWordKey(_ paragraph: Paragraph, lexicon: Lexicon) -> UInt64? {
        let tokens = paragraph.tokens
        guard let first = tokens.first, first.kind == .word else { return nil }
        return TermKey.key(paragraph.bytes, first.start, first.end, lexicon: lexicon)
    }

    /// The share of the terms of some text that the article so far has too; nil when the text has no terms.
    private func sharedShare(_ texts: [(Paragraph, [Token])]) -> Double? {
        var shared = 0.0, total = 0.0
        for (paragraph, tokens) in texts {
            TermKey.forEachTerm(paragraph, tokens: tokens, lexicon: lexicon) { key, weight in
                total += weight
                if table.find(key) != nil { shared += weight }
            }
        }
        return total > 0 ? shared / total : nil
    }

    /// A line long enough to be a headline over a story of its own, not a name or a label over a part of one, nor an
    /// update to the story above, and opening with a word, a number or a quotation mark (a line opening with a
    /// bullet, a bracket or a dash is a list item or an aside).
    private func isHeadline(_ paragraph: Paragraph) -> Bool {
        guard ArticleBuilder.opensLikeHeadline(paragraph.bytes),
              ArticleBuilder.wordCount(paragraph) >= ArticleBuilder.headlineWords else { return false }
        let tokens = paragraph.tokens
        return !ArticleBuilder.isInCapitals(tokens) && !isNameLine(paragraph, tokens: tokens)
            && !isUpdate(paragraph, tokens: tokens)
    }

    /// The line opens an update posted into the story above ("UPDATE 12:09 AM EST, Sunday", "Updated: ...") or a
    /// post stamped with the time it went up ("10:40 p.m. Another death recorded", "14:05 Rescuers reach the
    /// village"), as a page that follows a story through the day heads its posts: it adds to that story whatever it
    /// is about.
    private func isUpdate(_ paragraph: Paragraph, tokens: [Token]) -> Bool {
        if ArticleBuilder.opensWithClockTime(paragraph, tokens: tokens) { return true }
        guard let first = tokens.first, first.kind == .word else { return false }
        return lexicon.updateMarkers.contains(paragraph.text(of: first).lowercased())
    }

    /// The line opens with a time of day written as hours, a colon and two digits of minutes ("10:40", "9:05"),
    /// hours up to 23.
    static func opensWithClockTime(_ paragraph: Paragraph, tokens: [Token]) -> Bool {
        guard tokens.count >= 4, tokens[0].kind == .number, tokens[1].kind == .punctuation, tokens[1].first == ":",
              !tokens[1].spaceBefore, tokens[2].kind == .number, !tokens[2].spaceBefore,
              tokens[2].end - tokens[2].start == 2, let hours = Int(paragraph.text(of: tokens[0])) else { return false }
        return hours <= 23
    }

    /// Fewest words of a headline that opens an article after body text.
    static let headlineWords = 4

    /// Words of a line: runs of bytes between spaces.
    static func wordCount(_ paragraph: Paragraph) -> Int {
        var words = 0
        var inWord = false
        for byte in paragraph.bytes {
            let letter = byte != 0x20
            if letter, !inWord { words += 1 }
            inWord = letter
        }
        return words
    }

    /// A line in capitals ("THE NUMBERS", "CHRISTIE FACES GUN CONTROL TEST") is a section heading inside a story or
    /// a newsletter: every word of two letters or more is upper-case, and there are at least two.
    static func isInCapitals(_ tokens: [Token]) -> Bool {
        var capitals = 0
        for token in tokens where token.kind == .word && token.end - token.start >= 2 {
            guard token.isAllCaps else { return false }
            capitals += 1
        }
        return capitals >= 2
    }

    /// Most words of a line that only names people and their outlets.
    static let nameLineWords = 10

    /// A line that only names people and where they wrote or work ("Jane Roe, The Harbour Times", "Jon Kamp, Scott
    /// Calvert", "Jane Roe – University of Riverton" over an author's note): a credit under a quoted passage or a
    /// list of contributors, not a headline. Every word is capitalised or a name particle ("and", "van"; after the
    /// name, also a word inside a body's name: "of"), a comma or a spaced dash follows a name of two words or more,
    /// and the line has at most ``nameLineWords`` words. After a dash the line must name a body (a word inside a
    /// body's name, an organisation's noun or a wire agency): a title-case headline has dashes too ("Storm Ciara –
    /// What We Know").
    private func isNameLine(_ paragraph: Paragraph, tokens: [Token]) -> Bool {
        var words = 0, wordsBeforeComma = 0
        var comma = false, dash = false, body = false
        for token in tokens {
            switch token.kind {
            case .punctuation:
                let isDash = token.spaceBefore && (token.first == "\u{2013}" || token.first == "\u{2014}")
                if token.first == "," || isDash {
                    if !comma { wordsBeforeComma = words; dash = isDash }
                    comma = true
                } else if token.first != "." && token.first != "&" {
                    return false
                }
            case .number:
                return false
            case .word:
                words += 1
                let word = paragraph.text(of: token)
                if !token.isCapitalized {
                    guard lexicon.nameJoiners.contains(word) || (comma && lexicon.institutionJoiners.contains(word)) else {
                        return false
                    }
                }
                if dash, !body {
                    body = lexicon.institutionJoiners.contains(word) || lexicon.organisationNouns.contains(word.lowercased())
                        || lexicon.wireAgencies.contains(word)
                }
            }
        }
        return comma && wordsBeforeComma >= 2 && words <= ArticleBuilder.nameLineWords && (!dash || body)
    }

    /// The first character is a letter, a digit or a quotation mark.
    static func opensLikeHeadline(_ bytes: [UInt8]) -> Bool {
        guard let first = bytes.first else { return false }
        if first < 0x80 {
            return (first >= 0x41 && first <= 0x5A) || (first >= 0x61 && first <= 0x7A) || (first >= 0x30 && first <= 0x39)
                || first == 0x22 || first == 0x27
        }
        guard let scalar = String(decoding: bytes.prefix(4), as: UTF8.self).unicodeScalars.first else { return false }
        return scalar.properties.isAlphabetic || "\u{201C}\u{2018}\u{00AB}\u{201E}".unicodeScalars.contains(scalar)
    }

    /// A live page ("Storm live: ...", "The Latest: ...", "... - live updates") runs many stories under
    /// sub-headlines: they are its posts. The title's live markers (`live-markers`) stand as a label: their run is
    /// followed by a colon, or opens the title before a spaced dash, or ends the title after a spaced dash, a colon or
    /// a bar. A marker inside the sentence of a headline marks no live page ("Macy's is the latest to cut ties", "Why
    /// live video won't save the news", "MSNBC will not air the parade live", "Russia launches its latest – and
    /// largest – drone attack").
    private func isLivePage(_ title: Paragraph) -> Bool {
        let tokens = title.tokens
        func isMarker(_ index: Int) -> Bool {
            tokens[index].kind == .word && lexicon.liveMarkers.contains(title.text(of: tokens[index]).lowercased())
        }
        func isDash(_ token: Token) -> Bool {
            token.kind == .punctuation && token.spaceBefore && (token.first == "-" || token.first == "\u{2013}" || token.first == "\u{2014}")
        }
        var index = 0
        while index < tokens.count {
            guard isMarker(index) else { index += 1; continue }
            let start = index
            while index < tokens.count, isMarker(index) { index += 1 }
            if index < tokens.count {
                if tokens[index].first == ":" || isDash(tokens[index]) && start == 0 { return true }
            } else if start > 0 {
                let before = tokens[start - 1]
                if isDash(before) || before.first == ":" || before.first == "|" { return true }
            }
        }
        return false
    }

    /// A paragraph that may open a new article after a cut-off one: it starts like a sentence (a capital, a number,
    /// a quotation mark or an opening bracket, not a lower-case word or a comma), and its first word does not tie it
    /// to what came before ("But", "He").
    private func opensLead(_ paragraph: Paragraph, tokens: [Token], shape: ParagraphShape) -> Bool {
        guard opensSentence(paragraph, tokens: tokens, shape: shape) else { return false }
        guard let word = tokens.first(where: { $0.kind == .word }) else { return true }
        return !lexicon.continuations.contains(paragraph.text(of: word))
    }

    /// The paragraph starts like a sentence: a capital, a number, a quotation mark or an opening bracket first.
    private func opensSentence(_ paragraph: Paragraph, tokens: [Token], shape: ParagraphShape) -> Bool {
        guard shape.startsCapitalized, let first = tokens.first else { return false }
        return first.kind != .punctuation || first.isQuoteMark || first.first == "("
    }

    /// A long paragraph of two sentences or more (an abbreviation's period ends none), or one longer than a caption
    /// cut in the middle of a clause, may start a new brief (when it shares little of the article's terms),
    /// unless its first word ties it to what came before ("But", "He", "This").
    private func mayStartBrief(_ paragraph: Paragraph, tokens: [Token], shape: ParagraphShape, midClause: Bool) -> Bool {
        if midClause {
            guard shape.wordCount > ArticleBuilder.captionWords else { return false }
        } else {
            guard shape.sentenceCount >= 2, shape.wordCount >= 50 else { return false }
        }
        if let first = tokens.first, first.kind == .word, lexicon.continuations.contains(paragraph.text(of: first)) {
            return false
        }
        return true
    }

    /// Closes the current article but carries pending headings over as the next article's title.
    /// Ends the article at a boundary the text shows (not in one-article mode).
    private mutating func endArticle() {
        if !oneArticle { close() }
    }

    /// `line`, when given, is the first line of the next article if no heading handed over comes before it.
    private mutating func closeKeepingHeadings(from start: Int = 0, opening line: Int? = nil) {
        guard !oneArticle else { return }
        let carried = Array(headings[start...])
        headings = []
        // The article above ends before the headline it hands over: article line ranges never overlap.
        if let opening = [carried.first?.firstLine, line].compactMap({ $0 }).min(), let opened = firstLine {
            lastLine = max(opened, opening - 1)
        }
        close()
        headings = carried
        if let first = carried.first { firstLine = first.firstLine; lastLine = carried.last!.lastLine }
    }

    mutating func close() {
        settleSectionByline(opensArticle: false)
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
        afterSeparator = false
        storyClosed = false
        asideAfterBody = false
        livePage = false
        sectionByline = nil
        weights.removeAll(keepingCapacity: true)
        weightNorm = 0
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

