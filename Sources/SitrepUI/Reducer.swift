import Foundation

/// Applies keys and actions to the state, asking the source only for what it needs. Every change of view goes
/// through here, so every screen follows from a state and a sequence of actions.
public struct Reducer: Sendable {
    public let source: any ReaderSource
    public let keymap: Keymap
    /// The segment being read, laid out once (shared with the renderer).
    let layouts: ReadingLayouts?

    /// Hits a search lists at most.
    public static let searchLimit = 200
    /// Places remembered for Backspace.
    public static let historyLimit = 100
    /// Figures a story's figure list holds at most.
    public static let figureLimit = 1000

    public init(source: any ReaderSource, keymap: Keymap = .standard, layouts: ReadingLayouts? = nil) {
        self.source = source
        self.keymap = keymap
        self.layouts = layouts
    }

    // MARK: Selections

    /// How many articles the list shows (its order and limit are the state's).
    public func articleCount(_ state: AppState) -> Int { (try? source.articleCount(in: state.view)) ?? 0 }

    /// The article selected in the list, if any; `count` is the list's length, when known.
    public func selectedArticle(_ state: AppState, count: Int? = nil) -> ArticleRow? {
        let count = count ?? articleCount(state)
        guard count > 0 else { return nil }
        let index = min(state.articles.selected, count - 1)
        return source.articles(in: state.view, index..<(index + 1)).first
    }

    /// The article the reader is on: the one being read, of the selected hit or quotation, or selected in the list.
    public func currentArticle(_ state: AppState) -> Int? {
        if state.reading != nil || state.results != nil { return currentSegment(state)?.article }
        return selectedArticle(state)?.key
    }

    /// The segment selected in the segment list, if any.
    public func selectedSegment(_ state: AppState) -> SegmentRow? { selectedSegment(state, of: selectedArticle(state)) }

    /// The segment selected in the segment list of `article` (the one selected), if any.
    func selectedSegment(_ state: AppState, of article: ArticleRow?) -> SegmentRow? {
        guard let article, article.segmentCount > 0 else { return nil }
        let index = min(state.segments.selected, article.segmentCount - 1)
        return source.segments(ofArticle: article.key, index..<(index + 1)).first
    }

    /// The quotation selected in the quotations pane, if any.
    public func selectedQuote(_ state: AppState) -> QuoteRow? {
        guard let segment = selectedSegment(state), segment.quoteCount > 0 else { return nil }
        let index = min(state.quotes.selected, segment.quoteCount - 1)
        return source.quotes(of: segment.key, index..<(index + 1)).first
    }

    /// The rows of a result list at positions in `range`: search hits or a speaker's quotations.
    public func rows(_ results: ResultList, _ range: Range<Int>) -> ResultRows {
        switch results.kind {
        case let .search(query):
            let hits = (try? source.search(query, limit: Reducer.searchLimit)) ?? []
            let shown = range.clamped(to: 0..<hits.count)
            return ResultRows(hits: Array(hits[shown]), quotes: [], start: shown.lowerBound, count: hits.count)
        case let .speaker(key, _):
            return ResultRows(hits: [], quotes: source.quotes(ofSpeaker: key, range), start: range.lowerBound,
                              count: source.quoteCount(ofSpeaker: key))
        case let .figures(segment, _):
            return ResultRows(figures: source.storyFigures(of: segment, limit: Reducer.figureLimit), range)
        case let .counterparts(figure, _):
            return ResultRows(figures: source.figureWithCounterparts(figure), range)
        }
    }

    /// The segment the reader is on: the one being read, the selected hit or quotation of a result list, or the
    /// one selected in the panes.
    public func currentSegment(_ state: AppState) -> SegmentKey? {
        if let reading = state.reading { return reading.segment }
        if let results = state.results {
            let index = results.cursor.selected
            return rows(results, index..<(index + 1)).segment(at: index)
        }
        return selectedSegment(state)?.key
    }

    /// Speakers the speaker prompt offers for its text.
    public func speakerChoices(_ prompt: Prompt) -> [SpeakerRow] { source.speakers(matching: prompt.text, limit: 50) }

    // MARK: Keys

    /// A key press: typed into an open prompt, else looked up in the keymap.
    public func handle(_ state: inout AppState, key: Key) {
        if case let .resize(width, height) = key { return reduce(&state, .resize(width: width, height: height)) }
        if case let .unknown(sequence) = key {
            state.message = sequence == "mouse report" ? "Mouse report ignored" : "Unknown key \(sequence) ignored"
            return
        }
        if state.prompt != nil { return type(&state, key) }
        guard let action = keymap.action(for: key) else { return }
        reduce(&state, action)
    }

    private func type(_ state: inout AppState, _ key: Key) {
        guard var prompt = state.prompt else { return }
        switch key {
        case let .character(character):
            prompt.text.append(character)
            prompt.choices = ListCursor()
        case .backspace:
            if prompt.text.isEmpty { state.prompt = nil; return }
            prompt.text.removeLast()
            prompt.choices = ListCursor()
        case .control("u"):
            prompt.text = ""
            prompt.choices = ListCursor()
        case .down, .control("n"), .tab:
            prompt.choices.move(by: 1, count: prompt.kind == .speaker ? speakerChoices(prompt).count : 0, visible: 8)
        case .up, .control("p"), .backTab:
            prompt.choices.move(by: -1, count: prompt.kind == .speaker ? speakerChoices(prompt).count : 0, visible: 8)
        case .escape, .control("c"), .control("g"):
            state.prompt = nil
            return
        case .enter:
            state.prompt = prompt
            return submit(&state)
        default:
            break
        }
        state.prompt = prompt
    }

    // MARK: Actions

    public func reduce(_ state: inout AppState, _ action: Action) {
        state.message = nil
        switch action {
        case let .resize(width, height):
            state.width = width
            state.height = height
            keepVisible(&state)
            return
        case let .click(x, y):
            return click(&state, x: x, y: y)
        case .redraw:
            state.redraw = true
            return
        default:
            break
        }
        if state.provenance != nil {
            // Any key closes why a quotation has its speaker; `Q` quits.
            state.provenance = nil
            if action == .quit { state.quit = true }
            return
        }
        if state.showHelp {
            let help = HelpView(state: state, keymap: keymap)
            let page = max(1, help.rows(height: state.height))
            switch action {
            case .toggleHelp, .close, .cancel: state.showHelp = false
            case .quit: state.quit = true
            case .down: state.helpScroll = help.scroll(height: state.height) + 1
            case .up: state.helpScroll = help.scroll(height: state.height) - 1
            case .pageDown, .halfPageDown: state.helpScroll = help.scroll(height: state.height) + page
            case .pageUp, .halfPageUp: state.helpScroll = help.scroll(height: state.height) - page
            case .top: state.helpScroll = 0
            case .bottom: state.helpScroll = help.entries.count
            default: break
            }
            state.helpScroll = HelpView(state: state, keymap: keymap).scroll(height: state.height)
            return
        }
        if state.prompt != nil {
            switch action {
            case .close, .cancel: state.prompt = nil
            case .open: submit(&state)
            case .quit: state.quit = true
            default: break
            }
            return
        }
        switch action {
        case .quit: state.quit = true
        case .toggleHelp:
            state.showHelp = true
            state.helpScroll = 0
        case .back: goBack(&state)
        case .forward: goForward(&state)
        case .search: state.prompt = Prompt(kind: .search)
        case .speakers: state.prompt = Prompt(kind: .speaker)
        case .command: state.prompt = Prompt(kind: .command)
        case .save, .pipe:
            guard currentArticle(state) != nil else { state.message = "No article selected"; return }
            state.prompt = Prompt(kind: action == .save ? .save : .pipe)
        case .pager: page(&state)
        case .browse: browse(&state)
        case .reload: state.effect = .reload
        case .figures: showFigures(&state)
        case .counterparts: showCounterparts(&state)
        case .why:
            guard let quote = selectedQuotation(state) else {
                state.message = "No quotation selected: choose one in the quotations pane or a speaker's list"
                return
            }
            state.provenance = source.provenance(of: quote)
        case .toggleRead: toggleMark(&state, flag: false)
        case .toggleFlag: toggleMark(&state, flag: true)
        case .nextUnread: readNextUnread(&state)
        case .cycleSort:
            let orders = ArticleView.Order.allCases
            sort(&state, by: orders[(orders.firstIndex(of: state.view.order)! + 1) % orders.count])
        case .nextLinked: jumpLinked(&state, forward: true)
        case .previousLinked: jumpLinked(&state, forward: false)
        case .nextMatch: jumpMatch(&state, by: 1)
        case .previousMatch: jumpMatch(&state, by: -1)
        case .nextArticle: jumpArticle(&state, by: 1)
        case .previousArticle: jumpArticle(&state, by: -1)
        default:
            if state.reading != nil { reduceReading(&state, action) }
            else if state.results != nil { reduceResults(&state, action) }
            else { reduceBrowsing(&state, action) }
        }
    }

    private func reduceBrowsing(_ state: inout AppState, _ action: Action) {
        let layout = Layout(width: state.width, height: state.height, focus: state.focus)
        let pane = state.focus
        let visible = layout.visibleItems(pane)
        let count = itemCount(pane, state)
        switch action {
        case .down: move(&state, pane, by: 1, count: count, visible: visible)
        case .up: move(&state, pane, by: -1, count: count, visible: visible)
        case .pageDown: move(&state, pane, by: visible, count: count, visible: visible)
        case .pageUp: move(&state, pane, by: -visible, count: count, visible: visible)
        case .halfPageDown: move(&state, pane, by: max(1, visible / 2), count: count, visible: visible)
        case .halfPageUp: move(&state, pane, by: -max(1, visible / 2), count: count, visible: visible)
        case .top: move(&state, pane, by: -count, count: count, visible: visible)
        case .bottom: move(&state, pane, by: count, count: count, visible: visible)
        case .nextPane: state.focus = Pane(rawValue: (pane.rawValue + 1) % Pane.allCases.count)!
        case .previousPane: state.focus = Pane(rawValue: (pane.rawValue + Pane.allCases.count - 1) % Pane.allCases.count)!
        case .open:
            if let segment = selectedSegment(state) {
                visit(&state) { $0.reading = ReadingState(segment: segment.key) }
                markRead(&state, article: segment.key.article)
            } else {
                state.message = "Nothing to open"
            }
        case .close: state.quit = true
        case .cancel: state.message = "\(keymap.hintKey(for: .close) ?? "q") quits"
        default: break
        }
    }

    private func reduceResults(_ state: inout AppState, _ action: Action) {
        guard var results = state.results else { return }
        let count = rows(results, 0..<0).count
        let visible = Layout(width: state.width, height: state.height, focus: state.focus).visibleResults
        switch action {
        case .down: results.cursor.move(by: 1, count: count, visible: visible)
        case .up: results.cursor.move(by: -1, count: count, visible: visible)
        case .pageDown: results.cursor.move(by: visible, count: count, visible: visible)
        case .pageUp: results.cursor.move(by: -visible, count: count, visible: visible)
        case .halfPageDown: results.cursor.move(by: max(1, visible / 2), count: count, visible: visible)
        case .halfPageUp: results.cursor.move(by: -max(1, visible / 2), count: count, visible: visible)
        case .top: results.cursor.move(by: -count, count: count, visible: visible)
        case .bottom: results.cursor.move(by: count, count: count, visible: visible)
        case .open:
            state.results = results
            guard let segment = currentSegment(state) else { state.message = "Nothing to open"; return }
            var query: String?
            if case let .search(searched) = results.kind {
                // n and N go on from the hit opened.
                query = searched
                if searched == state.lastSearch { state.matchIndex = results.cursor.selected }
            }
            go(&state, to: segment, read: true, query: query)
            return
        case .close, .cancel:
            state.results = nil
            return
        default: break
        }
        state.results = results
    }

    private func reduceReading(_ state: inout AppState, _ action: Action) {
        guard var reading = state.reading else { return }
        let page = max(1, state.height - 3)
        let key = ReadingLayouts.Key(segment: reading.segment, width: state.width, query: reading.query, theme: Theme(color: false))
        layouts.with(key, anyTheme: true, source: source) { layout in
            switch action {
            case .down: reading.scroll += 1
            case .up: reading.scroll -= 1
            case .pageDown:
                // At the end of a segment, reading goes on with the next one.
                let top = layout.prepare(max(0, reading.scroll), rows: page + 1)
                if let end = layout.end, top >= max(0, end - page) { return readNext(&state, after: reading.segment) }
                reading.scroll = top + page
            case .pageUp: reading.scroll -= page
            case .halfPageDown: reading.scroll += max(1, page / 2)
            case .halfPageUp: reading.scroll -= max(1, page / 2)
            case .top: reading.scroll = 0
            case .bottom: reading.scroll = layout.bottom()
            case .close, .cancel: state.reading = nil; return
            default: break
            }
            // Laid out as far as the scroll needs, no limit while the end is not.
            reading.scroll = layout.prepare(max(0, reading.scroll), rows: page + 1)
            if let end = layout.end { reading.scroll = min(reading.scroll, max(0, end - page)) }
            state.reading = reading
        }
    }

    /// Reads the segment after `segment`: the next one of its article, else the first of the next article.
    private func readNext(_ state: inout AppState, after segment: SegmentKey) {
        let query = state.reading?.query
        if segment.segment + 1 < segmentCount(ofArticle: segment.article) {
            return go(&state, to: SegmentKey(article: segment.article, segment: segment.segment + 1), read: true, query: query)
        }
        let target = neighbour(state, of: segment.article, by: 1), count = articleCount(state)
        guard target < count, let next = source.articles(in: state.view, target..<(target + 1)).first else {
            state.message = "End of the last article"
            return
        }
        go(&state, to: SegmentKey(article: next.key, segment: 0), read: true, query: query)
        state.message = "Article \(target + 1)/\(count): \(next.title)"
    }

    /// `J` / `K`: the next or previous article; in the reading view, its first segment is read.
    private func jumpArticle(_ state: inout AppState, by delta: Int) {
        guard state.reading != nil else {
            guard state.results == nil else { return }
            let visible = Layout(width: state.width, height: state.height, focus: state.focus).visibleItems(.articles)
            return move(&state, .articles, by: delta, count: articleCount(state), visible: visible)
        }
        guard let article = currentSegment(state)?.article else { return }
        let target = neighbour(state, of: article, by: delta), count = articleCount(state)
        guard target >= 0, target < count, let next = source.articles(in: state.view, target..<(target + 1)).first else {
            state.message = delta > 0 ? "This is the last article" : "This is the first article"
            return
        }
        go(&state, to: SegmentKey(article: next.key, segment: 0), read: true, query: state.reading?.query)
        state.message = "Article \(target + 1)/\(count): \(next.title)"
    }

    /// The list position `delta` away from an article. An article the list no longer holds (read, under
    /// `:limit unread`) left its place to the next one, which the selection is on.
    private func neighbour(_ state: AppState, of article: Int, by delta: Int) -> Int {
        if let position = source.position(ofArticle: article, in: state.view) { return position + delta }
        return delta > 0 ? state.articles.selected + delta - 1 : state.articles.selected + delta
    }

    // MARK: Prompts

    private func submit(_ state: inout AppState) {
        guard let prompt = state.prompt else { return }
        state.prompt = nil
        let text = prompt.text.trimmingCharacters(in: .whitespaces)
        switch prompt.kind {
        case .search:
            guard !text.isEmpty else { return }
            runSearch(&state, text)
        case .command:
            guard !text.isEmpty else { return }
            run(&state, command: text)
        case .save:
            guard !text.isEmpty else { return }
            save(&state, to: text)
        case .pipe:
            guard !text.isEmpty else { return }
            pipe(&state, to: text)
        case .speaker:
            let speaker: (key: Int, name: String)?
            if text.isEmpty, let quote = selectedQuotation(state), let key = quote.speakerKey, let name = quote.speaker {
                speaker = (key, name)
            } else {
                let choices = speakerChoices(prompt)
                let chosen = choices.isEmpty ? nil : choices[min(prompt.choices.selected, choices.count - 1)]
                speaker = chosen.map { (key: $0.key, name: $0.listing.shownName) }
            }
            guard let speaker else { state.message = "No speaker matches \(text)"; return }
            visit(&state) { $0.reading = nil; $0.results = ResultList(kind: .speaker(key: speaker.key, name: speaker.name)) }
        }
    }

    /// Runs a full-text search and lists its hits, or says why it cannot run.
    func runSearch(_ state: inout AppState, _ text: String) {
        do {
            let hits = try source.search(text, limit: Reducer.searchLimit)
            state.lastSearch = text
            state.matchIndex = -1
            visit(&state) { $0.reading = nil; $0.results = ResultList(kind: .search(query: text)) }
            state.message = hits.isEmpty ? "No match for \(text)" : "\(Plural.count(hits.count, "hit")) for \(text)"
        } catch {
            state.message = error.message
        }
    }

    /// The quotation under the cursor: in a speaker's list, or in the quotations pane when it has the focus.
    private func selectedQuotation(_ state: AppState) -> QuoteRow? {
        if state.reading == nil, let results = state.results {
            let index = results.cursor.selected
            return rows(results, index..<(index + 1)).quotes.first
        }
        return state.reading == nil && state.focus == .quotes ? selectedQuote(state) : nil
    }

    // MARK: Figures

    /// `f`: the figures of the current segment's story, side by side with their sources.
    private func showFigures(_ state: inout AppState) {
        guard let segment = currentSegment(state) else { state.message = "No segment selected"; return }
        let count = source.storyFigures(of: segment, limit: Reducer.figureLimit).count
        guard count > 0 else { state.message = "No figures in this story"; return }
        let row = source.segments(ofArticle: segment.article, segment.segment..<(segment.segment + 1)).first
        let title = row?.storyTitle ?? source.article(segment.article)?.title ?? ""
        visit(&state) { $0.reading = nil; $0.results = ResultList(kind: .figures(segment: segment, title: title)) }
        state.message = "\(Plural.count(count, "figure")) \u{00B7} \(keymap.hintKey(for: .counterparts) ?? "c") counterparts"
    }

    /// `c`: the figure selected in a figure list and then its counterparts in other sources.
    private func showCounterparts(_ state: inout AppState) {
        guard state.reading == nil, let results = state.results,
              let figure = rows(results, results.cursor.selected..<(results.cursor.selected + 1)).figures.first else {
            state.message = "No figure selected: \(keymap.hintKey(for: .figures) ?? "f") lists the story's figures"
            return
        }
        guard figure.counterpartCount > 0 else { state.message = "No other source gives this figure"; return }
        visit(&state) { $0.results = ResultList(kind: .counterparts(figure: figure.key, label: figure.label)) }
        state.message = "\(figure.label): \(figure.comparison ?? "compared") \u{00B7} "
            + Plural.count(figure.counterpartCount, "counterpart")
    }

    // MARK: Moving between places

    /// Remembers where the reader is, then changes place.
    func visit(_ state: inout AppState, _ change: (inout AppState) -> Void) {
        let before = state.place
        change(&state)
        guard state.place != before else { return }
        state.backward.append(before)
        if state.backward.count > Reducer.historyLimit { state.backward.removeFirst() }
        state.forward = []
    }

    private func goBack(_ state: inout AppState) {
        guard let previous = state.backward.popLast() else { state.message = "Nothing to go back to"; return }
        state.forward.append(state.place)
        state.place = previous
        keepVisible(&state)
    }

    private func goForward(_ state: inout AppState) {
        guard let next = state.forward.popLast() else { state.message = "Nothing to go forward to"; return }
        state.backward.append(state.place)
        state.place = next
        keepVisible(&state)
    }

    /// Shows a segment: selects its article and the segment in the panes (clearing a limit the article is not in),
    /// and reads it when `read` is true (with the words of `query` highlighted), which marks the article read.
    func go(_ state: inout AppState, to segment: SegmentKey, read: Bool, query: String? = nil) {
        if state.view.limit != nil, source.position(ofArticle: segment.article, in: state.view) == nil {
            // The list must show the article to select it.
            state.view.limit = nil
        }
        guard let position = source.position(ofArticle: segment.article, in: state.view) else { return }
        visit(&state) { state in
            state.articles.selected = position
            state.segments = ListCursor(selected: segment.segment)
            state.quotes = ListCursor()
            state.reading = read ? ReadingState(segment: segment, query: query) : nil
            if !read { state.results = nil }
        }
        keepVisible(&state)
        if read { markRead(&state, article: segment.article) }
    }

    /// `]` / `[`: the next or previous segment of the current segment's story in another article, wrapping.
    private func jumpLinked(_ state: inout AppState, forward: Bool) {
        guard let current = currentSegment(state) else { state.message = "No segment selected"; return }
        guard let target = source.adjacentLinked(to: current, forward: forward) else {
            state.message = "This story is not covered elsewhere"
            return
        }
        go(&state, to: target.key, read: state.reading != nil)
        state.message = "\(target.source): \(target.label)"
    }

    /// `n` / `N`: the next or previous hit of the last search.
    private func jumpMatch(_ state: inout AppState, by delta: Int) {
        guard let query = state.lastSearch else { state.message = "No search yet: press / to search"; return }
        let hits = (try? source.search(query, limit: Reducer.searchLimit)) ?? []
        guard !hits.isEmpty else { state.message = "No match for \(query)"; return }
        let index = ((state.matchIndex + delta) % hits.count + hits.count) % hits.count
        state.matchIndex = index
        if var results = state.results, results.kind == .search(query: query), state.reading == nil {
            results.cursor.selected = index
            results.cursor.keepVisible(visible: Layout(width: state.width, height: state.height, focus: state.focus).visibleResults)
            state.results = results
        } else {
            go(&state, to: hits[index].segment, read: state.reading != nil, query: query)
        }
        state.message = "hit \(index + 1)/\(hits.count): \(hits[index].source):\(hits[index].line)"
    }

    // MARK: Mouse

    private func click(_ state: inout AppState, x: Int, y: Int) {
        guard !state.showHelp, state.prompt == nil, state.reading == nil else { return }
        let layout = Layout(width: state.width, height: state.height, focus: state.focus)
        if var results = state.results {
            let row = y - layout.body.y - 1
            let count = rows(results, 0..<0).count
            let index = results.cursor.top + row / Layout.resultRowHeight
            guard row >= 0, index < count else { return }
            results.cursor.selected = index
            state.results = results
            return
        }
        guard let (pane, rect) = layout.panes.first(where: { _, rect in
            x >= rect.x && x < rect.x + rect.width && y >= rect.y && y < rect.y + rect.height
        }) else { return }
        state.focus = pane
        let row = y - rect.y - 1
        guard row >= 0, row < rect.height - 2 else { return }
        let index = state[pane].top + row / (pane == .quotes ? Layout.quoteRowHeight : 1)
        guard index < itemCount(pane, state) else { return }
        move(&state, pane, by: index - state[pane].selected, count: itemCount(pane, state), visible: layout.visibleItems(pane))
    }

    // MARK: Lists

    private func segmentCount(ofArticle key: Int) -> Int { source.article(key)?.segmentCount ?? 0 }

    private func itemCount(_ pane: Pane, _ state: AppState) -> Int {
        switch pane {
        case .articles: return articleCount(state)
        case .segments: return selectedArticle(state)?.segmentCount ?? 0
        case .quotes: return selectedSegment(state)?.quoteCount ?? 0
        }
    }

    private func move(_ state: inout AppState, _ pane: Pane, by delta: Int, count: Int, visible: Int) {
        let before = state[pane].selected
        state[pane].move(by: delta, count: count, visible: visible)
        guard state[pane].selected != before else { return }
        // A new article or segment starts its dependent lists from the top.
        if pane == .articles { state.segments = ListCursor(); state.quotes = ListCursor() }
        if pane == .segments { state.quotes = ListCursor() }
    }

    /// Scrolls every list so that its selection is on screen.
    func keepVisible(_ state: inout AppState) {
        let layout = Layout(width: state.width, height: state.height, focus: state.focus)
        for pane in Pane.allCases { state[pane].keepVisible(visible: layout.visibleItems(pane)) }
        state.results?.cursor.keepVisible(visible: layout.visibleResults)
    }
}
