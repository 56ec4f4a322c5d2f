/// Everything a user can ask the reader to do. Each bindable action has a name for the config file.
public enum Action: Sendable, Hashable {
    case down, up, pageDown, pageUp, top, bottom
    /// Ctrl-D / Ctrl-U: half a page down / up.
    case halfPageDown, halfPageUp
    case nextPane, previousPane
    /// Enter: open the reading view of the selected segment, search hit or quotation.
    case open
    /// `q`: close the current view, prompt or overlay; at the top level, quit.
    case close
    /// Esc: close the current view, prompt or overlay; never quits.
    case cancel
    /// `Q`, Ctrl-C: quit at once.
    case quit
    /// Ctrl-L: repaint the whole screen.
    case redraw
    /// `J` / `K`: the next / previous article (its first segment, in the reading view).
    case nextArticle, previousArticle
    case toggleHelp
    /// `]` / `[`: the next / previous segment of the same story in another article.
    case nextLinked, previousLinked
    /// Backspace / `L`: back and forward through the places visited.
    case back, forward
    /// `/`: full-text search; `n` / `N`: the next / previous hit.
    case search, nextMatch, previousMatch
    /// `s`: quotations by speaker.
    case speakers
    /// `m` / `F`: mark the current article read or unread / flag or unflag it.
    case toggleRead, toggleFlag
    /// `u`: read the next unread article of the list.
    case nextUnread
    /// `S`: the next order of the article list.
    case cycleSort
    /// `:`: the command line.
    case command
    /// `w` / `|`: save the current article to a file / pipe it to a command (both ask for it).
    case save, pipe
    /// `p`: the current article's source in `$PAGER`, at its line.
    case pager
    /// `o`: the current article's web address in `$BROWSER`.
    case browse
    /// `r`: fetch the subscriptions (`sitrep reload`); new articles show at the next look at the library.
    case reload
    /// `f`: the figures of the current segment's story, side by side with their sources.
    case figures
    /// `c`: the selected figure's counterparts in other sources.
    case counterparts
    /// `y`: why the selected quotation has its speaker (the rule, the cue, the sentence marked).
    case why
    /// A mouse click at a screen cell.
    case click(x: Int, y: Int)
    case resize(width: Int, height: Int)

    /// The actions a key can be bound to, with their names in the config file and their help text.
    public static let bindable: [(action: Action, name: String, help: String)] = [
        (.down, "down", "next item / scroll down"), (.up, "up", "previous item / scroll up"),
        (.pageDown, "page-down", "page down; next segment at the end"), (.pageUp, "page-up", "page up"),
        (.halfPageDown, "half-page-down", "half a page down"), (.halfPageUp, "half-page-up", "half a page up"),
        (.top, "top", "first item / top"), (.bottom, "bottom", "last item / bottom"),
        (.nextPane, "next-pane", "next pane"), (.previousPane, "previous-pane", "previous pane"),
        (.open, "open", "open the selection"), (.close, "close", "close the view; quit at the top"),
        (.cancel, "cancel", "close the view; never quits"),
        (.quit, "quit", "quit at once"), (.toggleHelp, "help", "this help"), (.redraw, "redraw", "redraw the screen"),
        (.nextArticle, "next-article", "next article"), (.previousArticle, "previous-article", "previous article"),
        (.nextLinked, "next-linked", "same story, next other article"),
        (.previousLinked, "previous-linked", "same story, previous other article"),
        (.back, "back", "back to the previous place"), (.forward, "forward", "forward again"),
        (.search, "search", "full-text search"), (.nextMatch, "next-match", "next search hit"),
        (.previousMatch, "previous-match", "previous search hit"), (.speakers, "speaker", "quotations by speaker"),
        (.toggleRead, "toggle-read", "mark the article read / unread"), (.toggleFlag, "toggle-flag", "flag / unflag the article"),
        (.nextUnread, "next-unread", "read the next unread article"), (.cycleSort, "sort", "next order of the articles"),
        (.command, "command", "command line (:limit, :sort, :save...)"), (.save, "save", "save the article to a file"),
        (.pipe, "pipe", "pipe the article to a command"), (.pager, "pager", "the source in $PAGER at its line"),
        (.browse, "browse", "the article's web address in $BROWSER"), (.reload, "reload", "fetch the subscriptions"),
        (.figures, "figures", "the story's figures side by side"),
        (.counterparts, "counterparts", "the figure's counterparts in other sources"),
        (.why, "why", "why the quotation has its speaker"),
    ]

    /// The config-file name of a bindable action.
    public var name: String? { Action.bindable.first { $0.action == self }?.name }
}

/// A key as the terminal reports it.
public enum Key: Sendable, Hashable {
    case character(Character)
    case up, down, left, right, pageUp, pageDown, home, end
    case enter, tab, backTab, backspace, escape
    case resize(width: Int, height: Int)
    case control(Character)
    /// Alt (Meta) with a key: Esc followed at once by the key.
    case alt(Character)
    /// An escape sequence the reader does not know (the terminal database did not name it), or a mouse report
    /// it does not use, described in printable characters; it does nothing but say so.
    case unknown(String)
}
