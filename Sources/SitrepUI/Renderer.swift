import SitrepCore
/// Draws the state into a grid of cells: the whole screen, every time. The terminal backend repaints only the
/// rows that changed.
public struct Renderer: Sendable {
    public let source: any ReaderSource
    public let theme: Theme
    public let keymap: Keymap
    /// The segment being read, laid out once (shared with the reducer).
    let layouts: ReadingLayouts?

    public init(source: any ReaderSource, theme: Theme, keymap: Keymap = .standard, layouts: ReadingLayouts? = nil) {
        self.source = source
        self.theme = theme
        self.keymap = keymap
        self.layouts = layouts
    }

    /// The screen of a state, read from the source as one frame (``ReaderSource/frame(_:)``).
    public func render(_ state: AppState) -> Grid { source.frame { draw(state) } }

    private func draw(_ state: AppState) -> Grid {
        var grid = Grid(width: state.width, height: state.height)
        guard state.width > 0, state.height > 0 else { return grid }
        let layout = Layout(width: state.width, height: state.height, focus: state.focus)
        let reducer = Reducer(source: source)

        grid.fill(x: 0, y: 0, width: state.width, height: layout.titleBar.height, style: theme.title)
        let limit = state.view.limit.map { " \u{00B7} limit: \($0.label) (\(reducer.articleCount(state)))" } ?? ""
        let held = "\(source.summary) \u{00B7} \(source.unreadCount()) unread\(limit)"
        grid.put(TextWrap.truncate(" Sitrep \u{2014} \(held)", width: state.width), x: 0, y: 0, style: theme.title)

        if let reading = state.reading {
            let key = ReadingLayouts.Key(segment: reading.segment, width: layout.body.width, query: reading.query, theme: theme)
            let (linked, position, origin) = layouts.with(key, source: source) { laid in
                var top = laid.prepare(reading.scroll, rows: layout.body.height + 1)
                // A layout made afresh (another width) may end before a scroll kept from the one before.
                if let end = laid.end, top >= end { top = max(0, end - layout.body.height) }
                ReadingView.draw(scroll: top, into: &grid, rect: layout.body, laid.line)
                // Until the end is laid out, how far into the text the screen is.
                let position = laid.end.map { end in end == 0 ? 0 : min(100, (top + layout.body.height) * 100 / end) }
                    ?? Int(laid.progress * 100)
                return (laid.document?.linkedCount ?? 0, position,
                        laid.document.map { Renderer.origin(outlet: $0.outlet, date: $0.date) } ?? "")
            }
            // The article read: where and when it was published, ahead of what is open.
            if !origin.isEmpty {
                grid.fill(x: 0, y: 0, width: state.width, height: layout.titleBar.height, style: theme.title)
                grid.put(TextWrap.truncate(" Sitrep \u{2014} \(origin) \u{2014} \(held)", width: state.width), x: 0, y: 0,
                         style: theme.title)
            }
            let story = linked > 0 ? " \u{00B7} \(linked) linked (] [)" : ""
            drawStatus(&grid, layout, left: state.message ?? "Reading \u{00B7} \(position)%\(story)",
                       right: hints([(.down, "scroll"), (.back, "back"), (.close, "close"), (.toggleHelp, "help")]))
        } else if let results = state.results {
            let shown = max(0, (layout.body.height - 2) / Layout.resultRowHeight)
            let rows = Reducer(source: source, keymap: keymap).rows(results, results.cursor.top..<(results.cursor.top + shown))
            drawResults(&grid, layout.body, results, rows)
            let count = rows.count
            let keys: [(Action, String)] = rows.figures.isEmpty
                ? [(.down, "move"), (.open, "read"), (.close, "close"), (.toggleHelp, "help")]
                : [(.open, "read"), (.counterparts, "counterparts"), (.back, "back"), (.toggleHelp, "help")]
            drawStatus(&grid, layout, left: state.message ?? "\(min(results.cursor.selected + 1, count))/\(count)",
                       right: hints(keys))
        } else {
            let articleCount = reducer.articleCount(state)
            // The rows the panes show are read once, the selected ones taken from them (they are shown).
            let (articleTop, segmentTop) = (state.articles.top, state.segments.top)
            let articles = layout.panes[.articles].map { rect in
                source.articles(in: state.view, articleTop..<max(articleTop, min(articleCount, articleTop + max(0, rect.height - 2))))
            }
            let article = articles?.element(min(state.articles.selected, articleCount - 1) - articleTop)
                ?? reducer.selectedArticle(state, count: articleCount)
            let segments = layout.panes[.segments].map { rect in
                article.map { source.segments(ofArticle: $0.key, segmentTop..<(segmentTop + max(0, rect.height - 2))) } ?? []
            }
            let segmentCount = article?.segmentCount ?? 0
            let shownSegment = segmentCount > 0 ? segments?.element(min(state.segments.selected, segmentCount - 1) - segmentTop) : nil
            let segment = shownSegment ?? reducer.selectedSegment(state, of: article)
            if let rect = layout.panes[.articles] { drawArticles(&grid, rect, state, count: articleCount, items: articles ?? []) }
            if let rect = layout.panes[.segments] { drawSegments(&grid, rect, state, article: article, segments: segments ?? []) }
            if let rect = layout.panes[.quotes] { drawQuotes(&grid, rect, state, segment: segment) }
            if let rect = layout.preview, let segment {
                drawBox(&grid, rect, title: "Preview", focused: false)
                // Characters enough to fill the preview's rows.
                let characters = max(0, rect.height) * max(0, rect.width)
                let lines = ReadingView.lines(source.reading(segment.key, previewCharacters: characters), width: rect.width - 1,
                                              theme: theme, limit: rect.height)
                ReadingView.draw(lines, scroll: 0, into: &grid,
                                 rect: Rect(x: rect.x + 1, y: rect.y + 1, width: rect.width - 2, height: rect.height - 2))
            }
            let articlePosition = (articleCount == 0 ? "no articles" : "article \(state.articles.selected + 1)/\(articleCount)")
                + (state.view.order == .ingest ? "" : " \u{00B7} by \(state.view.order.label)")
            let segmentPosition = segmentCount == 0 ? "" : " \u{00B7} segment \(state.segments.selected + 1)/\(segmentCount)"
            let story = segment?.storyTitle.map { " \u{00B7} story: " + TextWrap.truncate($0, width: 40) } ?? ""
            drawStatus(&grid, layout, left: state.message ?? (articlePosition + segmentPosition + story),
                       right: hints([(.nextPane, "pane"), (.down, "move"), (.open, "read"), (.speakers, "speaker"),
                                    (.search, "search"), (.toggleHelp, "help"), (.close, "quit")]))
        }
        if let prompt = state.prompt { drawPrompt(&grid, layout, state, prompt) }
        if state.showHelp { drawHelp(&grid, state) }
        if let provenance = state.provenance { drawProvenance(&grid, state, provenance) }
        return grid
    }

    // MARK: Panes

    /// The article list, `items` from its top; each row begins with newsboat's marks: `!` flagged, `N` unread.
    private func drawArticles(_ grid: inout Grid, _ rect: Rect, _ state: AppState, count: Int, items: [ArticleRow]) {
        drawBox(&grid, rect, title: "Articles (\(count))", focused: state.focus == .articles)
        let top = state.articles.top
        for (offset, item) in items.enumerated() {
            let selected = top + offset == state.articles.selected
            let marks = (item.flagged ? "!" : " ") + (item.read ? " " : "N") + " "
            let label = marks + (item.truncated ? "\u{2702} " : "") + item.title
            let origin = Renderer.origin(outlet: item.outlet, date: item.date)
            drawItem(&grid, rect, row: offset, text: label, suffix: origin.isEmpty ? "" : " " + origin, selected: selected,
                     focused: state.focus == .articles)
        }
    }

    /// Where and when an article was published, when the source knows: "Kyiv Independent · 2026-12-05" (the day
    /// of a date and time); empty when it knows neither.
    static func origin(outlet: String?, date: String?) -> String {
        [outlet, date.map { String($0.prefix(10)) }].compactMap { $0 }.joined(separator: " \u{00B7} ")
    }

    /// The segment list of the selected article, `segments` from its top.
    private func drawSegments(_ grid: inout Grid, _ rect: Rect, _ state: AppState, article: ArticleRow?, segments: [SegmentRow]) {
        let count = article?.segmentCount ?? 0
        drawBox(&grid, rect, title: "Segments (\(count))", focused: state.focus == .segments)
        let top = state.segments.top
        for (offset, segment) in segments.enumerated() {
            let index = top + offset
            var label = segment.label
            if segment.linkedCount > 0 { label = "\u{2194} " + label }
            let suffix = segment.quoteCount > 0 ? " \(segment.quoteCount)q" : ""
            drawItem(&grid, rect, row: offset, text: label, suffix: suffix, selected: index == state.segments.selected,
                     focused: state.focus == .segments, style: segment.headed ? .plain : theme.dim)
        }
    }

    private func drawQuotes(_ grid: inout Grid, _ rect: Rect, _ state: AppState, segment: SegmentRow?) {
        drawBox(&grid, rect, title: "Quotations (\(segment?.quoteCount ?? 0))", focused: state.focus == .quotes)
        let items = max(0, (rect.height - 2) / Layout.quoteRowHeight)
        let width = rect.width - 2
        guard width > 0 else { return }
        let top = state.quotes.top
        let quotes = segment.map { source.quotes(of: $0.key, top..<(top + items)) } ?? []
        for (offset, quote) in quotes.enumerated() {
            let index = top + offset
            let y = rect.y + 1 + offset * Layout.quoteRowHeight
            let selected = index == state.quotes.selected
            let marker = selected && state.focus == .quotes ? "\u{25B8}" : " "
            var x = grid.put(marker, x: rect.x + 1, y: y, limit: width)
            x = grid.put(quote.speaker ?? "unattributed", x: x, y: y,
                         style: quote.speaker == nil ? theme.dim : theme.speaker(quote.speakerKey), limit: rect.x + 1 + width - x)
            grid.put(" (\(quote.kind))", x: x, y: y, style: theme.dim, limit: rect.x + 1 + width - x)
            let text = TextWrap.truncate(quote.displayText, width: width - 2)
            grid.put(text, x: rect.x + 3, y: y + 1, limit: width - 2)
            if selected {
                grid.restyle(x: rect.x + 1, y: y, width: width, height: Layout.quoteRowHeight) { style in
                    style.reverse = state.focus == .quotes
                    if state.focus != .quotes { style.bold = true }
                }
            }
        }
    }

    // MARK: Result lists and prompts

    private func drawResults(_ grid: inout Grid, _ rect: Rect, _ results: ResultList, _ rows: ResultRows) {
        let (hits, quotes) = (rows.hits, rows.quotes)
        let title: String = switch results.kind {
        case let .search(query): "Search: \(query) (\(rows.count))"
        case let .speaker(_, name): "Quotations of \(name) (\(rows.count))"
        case let .figures(_, title): "Figures: \(title) (\(rows.count))"
        case let .counterparts(_, label): "\(label) and its counterparts (\(max(0, rows.count - 1)))"
        }
        drawBox(&grid, rect, title: title, focused: true)
        let width = rect.width - 2
        guard width > 0 else { return }
        for offset in 0..<max(0, (rect.height - 2) / Layout.resultRowHeight) {
            let index = results.cursor.top + offset
            let y = rect.y + 1 + offset * Layout.resultRowHeight
            let selected = index == results.cursor.selected
            if hits.indices.contains(index - rows.start) {
                let hit = hits[index - rows.start]
                var x = grid.put("\(Renderer.fileName(hit.source)):\(hit.line) ", x: rect.x + 1, y: y, style: theme.dim, limit: width)
                x = grid.put(hit.title, x: x, y: y, style: theme.heading, limit: rect.x + 1 + width - x)
                drawMarked(&grid, hit.snippet, x: rect.x + 3, y: y + 1, width: width - 2)
            } else if quotes.indices.contains(index - rows.start) {
                let quote = quotes[index - rows.start]
                var x = grid.put(quote.speaker ?? "unattributed", x: rect.x + 1, y: y,
                                 style: theme.speaker(quote.speakerKey), limit: width)
                x = grid.put(" (\(quote.kind)) \(Renderer.fileName(quote.source)):\(quote.line)", x: x, y: y,
                             style: theme.dim, limit: rect.x + 1 + width - x)
                grid.put(TextWrap.truncate(quote.displayText, width: width - 2), x: rect.x + 3, y: y + 1, limit: width - 2)
            } else if rows.figures.indices.contains(index - rows.start) {
                drawFigure(&grid, rows.figures[index - rows.start], x: rect.x + 1, y: y, width: width)
            } else {
                break
            }
            if selected {
                grid.restyle(x: rect.x + 1, y: y, width: width, height: Layout.resultRowHeight) { $0.reverse = true }
            }
        }
    }

    /// Columns the kind of a figure takes in a figure list, so that figures line up beside each other.
    static let figureKindWidth = 14

    /// A figure in two lines: its kind, the figure and who gives it, its comparison on the right; then where it
    /// comes from and the day and place it refers to.
    private func drawFigure(_ grid: inout Grid, _ figure: FigureRow, x: Int, y: Int, width: Int) {
        let compared = figure.comparison.map { " \($0) \u{2194}\(figure.counterpartCount)" } ?? ""
        let comparedWidth = width > DisplayWidth.width(of: compared) + 10 ? DisplayWidth.width(of: compared) : 0
        let room = width - comparedWidth
        let kind = TextWrap.truncate(figure.category ?? "\u{2014}", width: Renderer.figureKindWidth - 1)
        grid.put(kind, x: x, y: y, style: theme.heading, limit: min(room, Renderer.figureKindWidth - 1))
        var cursor = x + min(room, Renderer.figureKindWidth)
        cursor = grid.put(figure.label, x: cursor, y: y, style: theme.figure, limit: x + room - cursor)
        if let who = figure.saidBy {
            cursor = grid.put(" \u{2014} ", x: cursor, y: y, style: theme.dim, limit: x + room - cursor)
            grid.put(who, x: cursor, y: y, limit: x + room - cursor)
        }
        if comparedWidth > 0 { grid.put(compared, x: x + room, y: y, style: theme.dim, limit: comparedWidth) }
        let refers = [figure.date, figure.place].compactMap { $0 }
        let second = ([figure.origin] + refers).joined(separator: " \u{00B7} ")
        grid.put(TextWrap.truncate(second, width: max(0, width - 2)), x: x + 2, y: y + 1, style: theme.dim,
                 limit: max(0, width - 2))
    }

    /// Text whose marked words (between ``SearchRow/marks``) are emphasised, cut to `width` columns.
    private func drawMarked(_ grid: inout Grid, _ text: String, x: Int, y: Int, width: Int) {
        var cursor = x
        var emphasised = false
        var run = ""
        func flush() {
            guard !run.isEmpty else { return }
            cursor = grid.put(run, x: cursor, y: y, style: emphasised ? theme.figure : .plain, limit: x + width - cursor)
            run = ""
        }
        for character in text {
            if character == SearchRow.marks.start { flush(); emphasised = true }
            else if character == SearchRow.marks.end { flush(); emphasised = false }
            else if character == "\n" { run.append(" ") }
            else { run.append(character) }
        }
        flush()
    }

    private func drawPrompt(_ grid: inout Grid, _ layout: Layout, _ state: AppState, _ prompt: Prompt) {
        let rect = layout.status
        guard rect.height > 0 else { return }
        let label = prompt.kind.label
        grid.fill(x: 0, y: rect.y, width: rect.width, height: 1)
        let shown = TextWrap.truncate(label + prompt.text, width: max(1, rect.width - 1))
        let x = grid.put(shown, x: 0, y: rect.y, style: Style(bold: true))
        grid.put("\u{2581}", x: x, y: rect.y, limit: rect.width - x)
        guard prompt.kind == .speaker else { return }
        let choices = Reducer(source: source, keymap: keymap).speakerChoices(prompt)
        let height = min(choices.count + 2, 10, max(0, rect.y - 1))
        guard height >= 3 else { return }
        // (The box takes the screen's width: a row's description, dates and article are what tell two speakers of
        // one name apart, and a wider terminal shows more of them.)
        let box = Rect(x: 0, y: rect.y - height, width: rect.width, height: height)
        grid.fill(x: box.x, y: box.y, width: box.width, height: box.height)
        drawBox(&grid, box, title: "Speakers (\(choices.count))", focused: true)
        let visible = height - 2
        let top = max(0, prompt.choices.selected - visible + 1)
        for row in 0..<visible where top + row < choices.count {
            let choice = choices[top + row]
            let text = choice.label
            drawItem(&grid, box, row: row, text: text, selected: top + row == prompt.choices.selected, focused: true,
                     style: theme.speaker(choice.key))
        }
    }

    /// Key hints for the status line, from the keymap (so rebound keys show as bound).
    private func hints(_ entries: [(Action, String)]) -> String {
        entries.compactMap { action, label -> String? in
            guard let key = keymap.hintKey(for: action) else { return nil }
            return "\(key) \(label)"
        }.joined(separator: " \u{00B7} ")
    }

    static func fileName(_ path: String) -> String { path.split(separator: "/").last.map(String.init) ?? path }

    // MARK: Drawing helpers

    private func drawItem(_ grid: inout Grid, _ rect: Rect, row: Int, text: String, suffix: String = "",
                          selected: Bool, focused: Bool, style: Style = .plain) {
        let width = rect.width - 2
        guard width > 0 else { return }
        let y = rect.y + 1 + row
        let suffixWidth = DisplayWidth.width(of: suffix)
        let label = TextWrap.truncate(text, width: max(1, width - suffixWidth))
        var itemStyle = style
        if selected { itemStyle = focused ? theme.selected : Style(bold: true) }
        if selected { grid.fill(x: rect.x + 1, y: y, width: width, height: 1, style: itemStyle) }
        grid.put(label, x: rect.x + 1, y: y, style: itemStyle, limit: width)
        if !suffix.isEmpty, width > suffixWidth {
            grid.put(suffix, x: rect.x + 1 + width - suffixWidth, y: y, style: selected ? itemStyle : theme.dim, limit: suffixWidth)
        }
    }

    /// A box drawn with line characters, its title in the top border.
    private func drawBox(_ grid: inout Grid, _ rect: Rect, title: String, focused: Bool) {
        guard rect.width >= 2, rect.height >= 2 else { return }
        let style = focused ? theme.focusedBorder : theme.border
        let right = rect.x + rect.width - 1, bottom = rect.y + rect.height - 1
        grid.put("\u{250C}", x: rect.x, y: rect.y, style: style)
        grid.put("\u{2510}", x: right, y: rect.y, style: style)
        grid.put("\u{2514}", x: rect.x, y: bottom, style: style)
        grid.put("\u{2518}", x: right, y: bottom, style: style)
        for y in [rect.y, bottom] { grid.fill(x: rect.x + 1, y: y, width: right - rect.x - 1, height: 1, with: "\u{2500}", style: style) }
        for x in [rect.x, right] { grid.fill(x: x, y: rect.y + 1, width: 1, height: bottom - rect.y - 1, with: "\u{2502}", style: style) }
        let label = TextWrap.truncate(" \(title) ", width: rect.width - 4)
        grid.put(label, x: rect.x + 2, y: rect.y, style: focused ? Style(bold: true) : .plain)
    }

    /// The status line: `left`, and the key hints on the right; when they do not all fit, the help key's hint
    /// alone, for which `left` is cut short if need be.
    private func drawStatus(_ grid: inout Grid, _ layout: Layout, left: String, right: String) {
        let rect = layout.status
        // A failure to read what the screen shows is said over anything else.
        let left = source.problem().map { VisibleText.visible($0) } ?? left
        guard rect.height > 0 else { return }
        grid.fill(x: 0, y: rect.y, width: rect.width, height: 1, style: theme.status)
        let leftWidth = DisplayWidth.width(of: " " + left)
        var hint = right
        if leftWidth + DisplayWidth.width(of: right) + 3 > rect.width { hint = hints([(.toggleHelp, "help")]) }
        let hintWidth = DisplayWidth.width(of: hint)
        // The help hint is kept when the line is wide enough for some of `left` beside it.
        let room = rect.width - hintWidth - 3 >= 10 ? rect.width - hintWidth - 3 : rect.width
        let leftText = TextWrap.truncate(" " + left, width: room)
        grid.put(leftText, x: 0, y: rect.y, style: theme.status)
        if rect.width - DisplayWidth.width(of: leftText) >= hintWidth + 3 {
            grid.put(hint, x: rect.width - hintWidth - 1, y: rect.y, style: theme.status)
        }
    }

    /// Every key of the current view, from the keymap, scrolled by j/k when it is taller than the screen.
    private func drawHelp(_ grid: inout Grid, _ state: AppState) {
        let help = HelpView(state: state, keymap: keymap)
        let entries = help.entries
        let keyWidth = min(20, entries.map { DisplayWidth.width(of: $0.keys) }.max() ?? 0)
        let width = min(state.width, keyWidth + 56), height = min(state.height, entries.count + 2)
        let rect = Rect(x: (state.width - width) / 2, y: (state.height - height) / 2, width: width, height: height)
        grid.fill(x: rect.x, y: rect.y, width: rect.width, height: rect.height)
        drawBox(&grid, rect, title: "Help: \(help.view)", focused: true)
        let scroll = help.scroll(height: state.height)
        for (row, entry) in entries.dropFirst(scroll).prefix(max(0, height - 2)).enumerated() {
            grid.put(entry.keys, x: rect.x + 2, y: rect.y + 1 + row, style: Style(bold: true), limit: min(keyWidth, width - 3))
            let x = rect.x + 3 + keyWidth
            grid.put(entry.help, x: x, y: rect.y + 1 + row, limit: rect.x + width - 1 - x)
        }
        if help.rows(height: state.height) < entries.count, rect.width >= 20 {
            let more = scroll + help.rows(height: state.height) < entries.count ? "\u{2193} j more" : "\u{2191} k back"
            grid.put(" \(more) ", x: rect.x + 2, y: rect.y + rect.height - 1, style: theme.focusedBorder, limit: rect.width - 4)
        }
    }

    /// Why a quotation has its speaker, in a box over the panes: the speaker, the sieve, the cue, the speaker phrase,
    /// the alias it matched, and the sentence with the quotation and the speaker phrase marked.
    private func drawProvenance(_ grid: inout Grid, _ state: AppState, _ provenance: QuoteProvenance) {
        let width = min(state.width, 76)
        let lines = provenance.lines.flatMap { line in
            line.isEmpty ? [""] : TextWrap.wrap(line, width: max(1, width - 4)).map(\.text)
        }
        let height = min(state.height, lines.count + 2)
        let rect = Rect(x: (state.width - width) / 2, y: (state.height - height) / 2, width: width, height: height)
        grid.fill(x: rect.x, y: rect.y, width: rect.width, height: rect.height)
        drawBox(&grid, rect, title: "Why this speaker", focused: true)
        for (row, line) in lines.prefix(max(0, height - 2)).enumerated() {
            grid.put(line, x: rect.x + 2, y: rect.y + 1 + row, limit: rect.width - 4)
        }
    }
}

extension Array {
    /// The element at `index`, nil outside the array.
    fileprivate func element(_ index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
