/// What the help overlay lists for the current view: every action of the view with the keys bound to it.
public struct HelpView: Sendable {
    /// The view's name in the help's title.
    public let view: String
    /// A line per bound action: its keys (at most three) and what it does.
    public let entries: [(keys: String, help: String)]
    /// Lines the help has scrolled by (`AppState/helpScroll`).
    let requestedScroll: Int

    public init(state: AppState, keymap: Keymap) {
        let actions: [Action]
        if state.reading != nil {
            view = "reading"
            actions = [.down, .up, .pageDown, .pageUp, .halfPageDown, .halfPageUp, .top, .bottom, .nextArticle,
                       .previousArticle, .nextLinked, .previousLinked, .back, .forward, .search, .nextMatch,
                       .previousMatch, .speakers, .figures, .toggleRead, .toggleFlag, .nextUnread, .save, .pipe, .pager, .browse, .reload,
                       .command, .close, .cancel, .quit, .redraw, .toggleHelp]
        } else if state.results != nil {
            view = "results"
            actions = [.down, .up, .pageDown, .pageUp, .halfPageDown, .halfPageUp, .top, .bottom, .open, .nextLinked,
                       .previousLinked, .back, .forward, .search, .nextMatch, .previousMatch, .speakers, .why, .figures, .counterparts, .toggleRead,
                       .toggleFlag, .nextUnread, .save, .pipe, .pager, .browse, .reload, .command, .close, .cancel, .quit, .redraw, .toggleHelp]
        } else {
            view = state.focus.title
            actions = [.down, .up, .pageDown, .pageUp, .halfPageDown, .halfPageUp, .top, .bottom, .nextArticle,
                       .previousArticle, .nextPane, .previousPane, .open, .nextLinked, .previousLinked, .back, .forward,
                       .search, .nextMatch, .previousMatch, .speakers, .why, .figures, .toggleRead, .toggleFlag, .nextUnread,
                       .cycleSort,
                       .save, .pipe, .pager, .browse, .reload, .command, .close, .cancel, .quit, .redraw, .toggleHelp]
        }
        entries = actions.compactMap { action in
            let keys = keymap.keys(for: action)
            guard !keys.isEmpty, let entry = Action.bindable.first(where: { $0.action == action }) else { return nil }
            return (keys.prefix(3).joined(separator: " "), "\(entry.help) (:\(entry.name))")
        } + Reducer.commands.map { (":" + $0.usage, $0.help) }
        requestedScroll = state.helpScroll
    }

    /// Entries shown at once on a screen `height` rows high (the box takes two more).
    func rows(height: Int) -> Int { max(0, min(entries.count, height - 2)) }

    /// The scroll, clamped so the last entry is at the bottom at most.
    func scroll(height: Int) -> Int { min(max(0, requestedScroll), max(0, entries.count - rows(height: height))) }
}
