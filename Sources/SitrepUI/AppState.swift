/// The panes of the browsing screen, in Tab order.
public enum Pane: Int, Sendable, CaseIterable {
    case articles, segments, quotes

    public var title: String {
        switch self {
        case .articles: "Articles"
        case .segments: "Segments"
        case .quotes: "Quotations"
        }
    }
}

/// A selection in a list and the first visible row.
public struct ListCursor: Sendable, Equatable {
    public var selected = 0
    public var top = 0

    public init(selected: Int = 0, top: Int = 0) {
        self.selected = selected
        self.top = top
    }

    /// Moves the selection by `delta`, clamped to `count`, scrolling so it stays within `visible` rows.
    public mutating func move(by delta: Int, count: Int, visible: Int) {
        guard count > 0 else { self = ListCursor(); return }
        selected = min(max(0, selected + delta), count - 1)
        keepVisible(visible: visible)
    }

    /// Scrolls so the selection is within `visible` rows.
    public mutating func keepVisible(visible: Int) {
        let rows = max(1, visible)
        if selected < top { top = selected }
        if selected >= top + rows { top = selected - rows + 1 }
        top = max(0, top)
    }
}

/// The reading view of one segment.
public struct ReadingState: Sendable, Equatable {
    public var segment: SegmentKey
    public var scroll = 0
    /// The full-text query whose matched words are highlighted (the segment was opened from its hits, or by n/N).
    public var query: String?

    public init(segment: SegmentKey, scroll: Int = 0, query: String? = nil) {
        self.segment = segment
        self.scroll = scroll
        self.query = query
    }
}

/// A line of text being typed at the bottom of the screen.
public struct Prompt: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// `/`: a full-text query.
        case search
        /// `s`: a speaker's name; the matching speakers are listed as one types.
        case speaker
        /// `:`: a command (an action's name, or `search Q`, `sort NAME`, `limit ...`, `save PATH`, `pipe CMD`).
        case command
        /// `w`: the file to save the current article to.
        case save
        /// `|`: the shell command to pipe the current article to.
        case pipe

        /// What the prompt line shows before the text.
        public var label: String {
            switch self {
            case .search: "/"
            case .speaker: "Speaker: "
            case .command: ":"
            case .save: "Save to: "
            case .pipe: "Pipe to: "
            }
        }
    }

    public var kind: Kind
    public var text = ""
    /// The selected speaker among the matches (speaker prompt).
    public var choices = ListCursor()

    public init(kind: Kind, text: String = "") {
        self.kind = kind
        self.text = text
    }
}

/// A list view that takes the place of the panes: search hits, a speaker's quotations across sources, a story's
/// figures side by side, or a figure with its counterparts in other sources.
public struct ResultList: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        case search(query: String)
        case speaker(key: Int, name: String)
        /// The figures of the story of a segment.
        case figures(segment: SegmentKey, title: String)
        /// A figure (its key and label) and its counterparts.
        case counterparts(figure: Int, label: String)
    }

    public var kind: Kind
    public var cursor = ListCursor()

    public init(kind: Kind, cursor: ListCursor = ListCursor()) {
        self.kind = kind
        self.cursor = cursor
    }
}

/// What a result list shows: search hits, quotations or figures (one of them only), the rows of a range of the list.
public struct ResultRows: Sendable {
    public var hits: [SearchRow]
    public var quotes: [QuoteRow]
    public var figures: [FigureRow] = []
    /// The position in the list of the first row.
    public var start: Int
    /// How long the whole list is.
    public var count: Int

    /// The hit, quotation or figure at a position of the whole list, when this range holds it.
    public func segment(at index: Int) -> SegmentKey? {
        if hits.indices.contains(index - start) { return hits[index - start].segment }
        if quotes.indices.contains(index - start) { return quotes[index - start].segment }
        if figures.indices.contains(index - start) { return figures[index - start].segment }
        return nil
    }
}

extension ResultRows {
    /// The figures of a whole list at positions in `range`.
    init(figures all: [FigureRow], _ range: Range<Int>) {
        let shown = range.clamped(to: 0..<all.count)
        self.init(hits: [], quotes: [], figures: Array(all[shown]), start: shown.lowerBound, count: all.count)
    }
}

/// A place in the reader, for going back and forward: what was selected and which view was open.
public struct Place: Sendable, Equatable {
    public var focus: Pane
    public var articles: ListCursor
    public var segments: ListCursor
    public var quotes: ListCursor
    public var reading: ReadingState?
    public var results: ResultList?
}

/// Something the reader asks the terminal loop to do outside the screen; the loop does it, clears it and reports
/// one line in ``AppState/message``.
public enum Effect: Sendable, Equatable {
    /// Write the text to a file.
    case save(text: String, path: String)
    /// Run a shell command with the text on its standard input, the terminal given back meanwhile.
    case pipe(text: String, command: String)
    /// Show a file in `$PAGER` at a line; `text` is written to a temporary file first when the file is not on disk.
    case pager(path: String, line: Int, text: String)
    /// Open a web address in the browser.
    case browse(url: String)
    /// Fetch the subscriptions.
    case reload
}

/// Everything the reader shows, as plain values: the reducer changes it, the renderer draws it.
public struct AppState: Sendable, Equatable {
    public var width: Int
    public var height: Int
    public var focus: Pane = .articles
    public var articles = ListCursor()
    public var segments = ListCursor()
    public var quotes = ListCursor()
    public var reading: ReadingState?
    /// Search hits or a speaker's quotations, shown instead of the panes.
    public var results: ResultList?
    public var prompt: Prompt?
    public var showHelp = false
    /// Why the selected quotation has its speaker (`y`), shown over the panes until a key closes it.
    public var provenance: QuoteProvenance?
    /// Lines the help overlay is scrolled by, when it is taller than the screen.
    public var helpScroll = 0
    public var message: String?
    public var quit = false
    /// The article list's order and limit.
    public var view = ArticleView()
    /// What the terminal loop is to do next (saving, piping, paging).
    public var effect: Effect?
    /// Set by Ctrl-L: the terminal repaints everything on the next draw, then clears it.
    public var redraw = false
    /// Places to go back to (most recent last) and forward to again.
    public var backward: [Place] = []
    public var forward: [Place] = []
    /// The last full-text query, for n and N.
    public var lastSearch: String?
    /// The hit n/N last went to.
    public var matchIndex = -1

    /// Where the reader is now.
    public var place: Place {
        get { Place(focus: focus, articles: articles, segments: segments, quotes: quotes, reading: reading, results: results) }
        set {
            focus = newValue.focus
            articles = newValue.articles
            segments = newValue.segments
            quotes = newValue.quotes
            reading = newValue.reading
            results = newValue.results
        }
    }

    public init(width: Int, height: Int) {
        self.width = width
        self.height = height
    }

    /// The cursor of a pane.
    public subscript(pane: Pane) -> ListCursor {
        get {
            switch pane {
            case .articles: articles
            case .segments: segments
            case .quotes: quotes
            }
        }
        set {
            switch pane {
            case .articles: articles = newValue
            case .segments: segments = newValue
            case .quotes: quotes = newValue
            }
        }
    }
}
