/// Applies actions to the state, asking the source only for the list sizes it needs.
public struct Reducer: Sendable {
    public let source: any ReaderSource

    public init(source: any ReaderSource) { self.source = source }

    /// The article selected in the list, if any.
    public func selectedArticle(_ state: AppState) -> ArticleRow? {
        guard source.articleCount > 0 else { return nil }
        let index = min(state.articles.selected, source.articleCount - 1)
        return source.articles(index..<(index + 1)).first
    }

    /// The segment selected in the segment list, if any.
    public func selectedSegment(_ state: AppState) -> SegmentRow? {
        guard let article = selectedArticle(state) else { return nil }
        let segments = source.segments(ofArticle: article.key)
        guard !segments.isEmpty else { return nil }
        return segments[min(state.segments.selected, segments.count - 1)]
    }

    public func reduce(_ state: inout AppState, _ action: Action) {
        state.message = nil
        if case let .resize(width, height) = action {
            state.width = width
            state.height = height
            keepVisible(&state)
            return
        }
        if state.showHelp {
            if action == .toggleHelp || action == .close { state.showHelp = false }
            else if action == .quit { state.quit = true }
            return
        }
        if state.reading != nil {
            reduceReading(&state, action)
            return
        }
        let layout = Layout(width: state.width, height: state.height, focus: state.focus)
        let pane = state.focus
        let visible = layout.visibleItems(pane)
        let count = itemCount(pane, state)
        switch action {
        case .down: move(&state, pane, by: 1, count: count, visible: visible)
        case .up: move(&state, pane, by: -1, count: count, visible: visible)
        case .pageDown: move(&state, pane, by: visible, count: count, visible: visible)
        case .pageUp: move(&state, pane, by: -visible, count: count, visible: visible)
        case .top: move(&state, pane, by: -count, count: count, visible: visible)
        case .bottom: move(&state, pane, by: count, count: count, visible: visible)
        case .nextPane: state.focus = Pane(rawValue: (pane.rawValue + 1) % Pane.allCases.count)!
        case .previousPane: state.focus = Pane(rawValue: (pane.rawValue + Pane.allCases.count - 1) % Pane.allCases.count)!
        case .open:
            if let segment = selectedSegment(state) { state.reading = ReadingState(segment: segment.key) }
            else { state.message = "Nothing to open" }
        case .close, .quit: state.quit = true
        case .toggleHelp: state.showHelp = true
        case .resize: break
        }
    }

    private func reduceReading(_ state: inout AppState, _ action: Action) {
        guard var reading = state.reading else { return }
        let page = max(1, state.height - 3)
        switch action {
        case .down: reading.scroll += 1
        case .up: reading.scroll -= 1
        case .pageDown: reading.scroll += page
        case .pageUp: reading.scroll -= page
        case .top: reading.scroll = 0
        case .bottom: reading.scroll = Int.max / 2
        case .close: state.reading = nil; return
        case .quit: state.quit = true
        case .toggleHelp: state.showHelp = true
        case .open, .nextPane, .previousPane, .resize: break
        }
        let lines = ReadingView.lineCount(source.reading(reading.segment), width: state.width)
        reading.scroll = min(max(0, reading.scroll), max(0, lines - page))
        state.reading = reading
    }

    private func itemCount(_ pane: Pane, _ state: AppState) -> Int {
        switch pane {
        case .articles: return source.articleCount
        case .segments: return selectedArticle(state).map { source.segments(ofArticle: $0.key).count } ?? 0
        case .quotes: return selectedSegment(state).map { source.quotes(of: $0.key).count } ?? 0
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

    private func keepVisible(_ state: inout AppState) {
        let layout = Layout(width: state.width, height: state.height, focus: state.focus)
        for pane in Pane.allCases { state[pane].keepVisible(visible: layout.visibleItems(pane)) }
    }
}
