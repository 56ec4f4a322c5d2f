/// Triage of the article list: read and flagged marks, the next unread article, sort and limit.
extension Reducer {
    /// Marks an article read when it is opened in the reading view (once: a read article is not written again).
    func markRead(_ state: inout AppState, article key: Int) {
        guard let article = source.article(key), !article.read else { return }
        do {
            try source.setMarks(read: true, flagged: article.flagged, ofArticle: key)
        } catch {
            state.message = error.message
        }
    }

    /// `m` / `F`: toggles the current article's read mark, or its flag.
    func toggleMark(_ state: inout AppState, flag: Bool) {
        guard let key = currentArticle(state), let article = source.article(key) else {
            state.message = "No article selected"
            return
        }
        let read = flag ? article.read : !article.read, flagged = flag ? !article.flagged : article.flagged
        do {
            try source.setMarks(read: read, flagged: flagged, ofArticle: key)
        } catch {
            state.message = error.message
            return
        }
        state.message = flag ? (flagged ? "Flagged: " : "Unflagged: ") + article.title
            : (read ? "Marked read: " : "Marked unread: ") + article.title
        keepSelection(&state, on: key)
    }

    /// `u`: reads the first segment of the next unread article in list order after the current one (from the
    /// selected one in the panes), wrapping to the top of the list.
    func readNextUnread(_ state: inout AppState) {
        let count = articleCount(state)
        let start: Int
        if state.reading != nil || state.results != nil, let current = currentArticle(state) {
            start = source.position(ofArticle: current, in: state.view).map { $0 + 1 } ?? state.articles.selected
        } else {
            start = state.articles.selected
        }
        let page = 500
        for offset in stride(from: 0, to: count, by: page) {
            // From the start position to the end of the list, then from the top.
            let positions = ((start + offset)..<min(start + offset + page, start + count))
            let rows = source.articles(in: state.view, positions.clamped(to: start..<count))
                + source.articles(in: state.view, ((positions.lowerBound - count)..<(positions.upperBound - count)).clamped(to: 0..<start))
            guard let next = rows.first(where: { !$0.read }) else { continue }
            go(&state, to: SegmentKey(article: next.key, segment: 0), read: true)
            state.message = "\(Plural.count(source.unreadCount(), "unread article")) left \u{00B7} \(next.title)"
            return
        }
        state.message = "No unread article"
    }

    /// Orders the article list, the selection staying on the same article.
    func sort(_ state: inout AppState, by order: ArticleView.Order) {
        var view = state.view
        view.order = order
        change(&state, to: view)
        state.message = "Sorted by \(order.label)"
    }

    /// `:limit`: limits the article list, or shows all of it again (nil).
    func limit(_ state: inout AppState, to limit: ArticleView.Limit?) {
        var view = state.view
        view.limit = limit
        do {
            let count = try source.articleCount(in: view)
            change(&state, to: view)
            state.message = limit.map { "Limited to \($0.label): " } ?? "Limit cleared: "
            state.message! += Plural.count(count, "article")
        } catch {
            state.message = error.message
        }
    }

    private func change(_ state: inout AppState, to view: ArticleView) {
        let selected = selectedArticle(state)?.key
        state.view = view
        if let selected { keepSelection(&state, on: selected) }
        else { state.articles = ListCursor() }
        keepVisible(&state)
    }

    /// Keeps the article list's selection on an article after the list changed; when the list no longer holds it,
    /// the selection stays where it was (on the article that took its place) and its lists start from the top.
    private func keepSelection(_ state: inout AppState, on key: Int) {
        if let position = source.position(ofArticle: key, in: state.view) {
            state.articles.selected = position
        } else {
            state.articles.selected = min(state.articles.selected, max(0, articleCount(state) - 1))
            state.segments = ListCursor()
            state.quotes = ListCursor()
        }
        keepVisible(&state)
    }
}
