import CNcursesw
import Glibc
import SitrepUI

/// Why the terminal could not be used.
public enum TerminalError: Error, CustomStringConvertible {
    case notATerminal
    case unknownTerminal(String)

    public var description: String {
        switch self {
        case .notATerminal: "standard input and output must be a terminal to open the reader"
        case let .unknownTerminal(name): "cannot use terminal type '\(name)' (check TERM)"
        }
    }
}

/// The ncursesw screen: keys in, grids out. Only one may be open at a time; closing it (or any crash or
/// termination signal) restores the terminal.
public final class Terminal {
    private var previous: Grid?
    private var pairs: [Int32: Int16] = [:]
    private let colors: Bool
    private var open = true

    /// Starts curses on the process's terminal.
    public init() throws(TerminalError) {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { throw .notATerminal }
        if setlocale(LC_ALL, "") == nil || sitrep_locale_is_utf8() == 0 {
            setlocale(LC_ALL, "C.UTF-8")
        }
        guard sitrep_newterm() != nil else {
            throw .unknownTerminal(getenv("TERM").map { String(cString: $0) } ?? "")
        }
        Terminal.installSignalGuards()
        StandardErrorCapture.begin()
        set_escdelay(Terminal.escapeDelay)
        raw()
        noecho()
        nonl()
        keypad(sitrep_stdscr(), true)
        curs_set(0)
        colors = has_colors()
        if colors {
            start_color()
            use_default_colors()
        }
        mousemask(sitrep_mouse_mask(), nil)
        mouseinterval(0)
    }

    deinit { close() }

    /// Whether the terminal shows colour.
    public var hasColors: Bool { colors }

    /// The current size in columns and rows.
    public var size: (width: Int, height: Int) { (Int(sitrep_cols()), Int(sitrep_lines())) }

    /// Ctrl-Z: gives the terminal back to the shell and stops the process; when the shell continues it (`fg`), takes
    /// the terminal again and forgets what the screen showed, so that the next draw repaints everything.
    public func suspend() {
        guard open else { return }
        endwin()
        signal(SIGTSTP, SIG_DFL)
        raise(SIGTSTP)
        // Continued.
        refresh()
        invalidate()
    }

    /// Gives the terminal back while `body` runs (a pager, a command the article is piped to), with standard
    /// error back on the terminal, then takes it again and forgets what the screen showed.
    public func handOver<T>(_ body: (_ standardError: Int32) throws -> T) rethrows -> T {
        guard open else { return try body(StandardErrorCapture.real) }
        endwin()
        defer {
            refresh()
            invalidate()
        }
        return try body(StandardErrorCapture.real)
    }

    /// Restores the terminal. Safe to call more than once.
    public func close() {
        guard open else { return }
        open = false
        endwin()
        StandardErrorCapture.end()
    }

    /// Waits for the next key (or resize), nil on an error or an event the reader does not use.
    public func readKey() -> TerminalEvent? {
        var character: wint_t = 0
        let result = wget_wch(sitrep_stdscr(), &character)
        if result == KEY_CODE_YES {
            switch Int32(character) {
            case KEY_UP: return .key(.up)
            case KEY_DOWN: return .key(.down)
            case KEY_LEFT: return .key(.left)
            case KEY_RIGHT: return .key(.right)
            case KEY_NPAGE: return .key(.pageDown)
            case KEY_PPAGE: return .key(.pageUp)
            case KEY_HOME: return .key(.home)
            case KEY_END: return .key(.end)
            case KEY_ENTER: return .key(.enter)
            case KEY_BTAB: return .key(.backTab)
            case KEY_BACKSPACE: return .key(.backspace)
            case KEY_RESIZE:
                let size = self.size
                return .key(.resize(width: size.width, height: size.height))
            case KEY_MOUSE:
                var event = MEVENT()
                guard getmouse(&event) == OK else { return nil }
                if event.bstate & sitrep_wheel_up() != 0 { return .wheel(up: true, x: Int(event.x), y: Int(event.y)) }
                if event.bstate & sitrep_wheel_down() != 0 { return .wheel(up: false, x: Int(event.x), y: Int(event.y)) }
                if event.bstate & sitrep_button1() != 0 { return .click(x: Int(event.x), y: Int(event.y)) }
                return nil
            default: return nil
            }
        }
        guard result == OK, let scalar = Unicode.Scalar(UInt32(character)) else { return nil }
        switch scalar.value {
        case 10, 13: return .key(.enter)
        case 9: return .key(.tab)
        case 27: return .key(readEscape())
        case 8, 127: return .key(.backspace)
        case 1...26: return .key(.control(Character(Unicode.Scalar(scalar.value + 96)!)))
        default: return .key(.character(Character(scalar)))
        }
    }

    /// What an Esc begins (see ``EscapeSequence``): the characters after it are read, waiting at most ESCDELAY
    /// for each, until they make a key.
    private func readEscape() -> Key {
        let screen = sitrep_stdscr()
        wtimeout(screen, Terminal.escapeDelay)
        defer { wtimeout(screen, idleTimeout) }
        var after: [Unicode.Scalar] = []
        while true {
            if case let .key(key) = EscapeSequence.decode(after, ended: false) { return key }
            var character: wint_t = 0
            let result = wget_wch(screen, &character)
            if result == KEY_CODE_YES {
                // Esc before a key the terminal database knows (Alt-Up, say): no binding uses it.
                return .unknown("Esc + " + (keyname(Int32(character)).map { String(cString: $0) } ?? "a key"))
            }
            guard result == OK, let scalar = Unicode.Scalar(UInt32(character)) else {
                if case let .key(key) = EscapeSequence.decode(after, ended: true) { return key }
                return .escape
            }
            after.append(scalar)
        }
    }

    /// Milliseconds to wait for the rest of an escape sequence (ncurses's ESCDELAY).
    static let escapeDelay: Int32 = 25

    /// Milliseconds ``readKey()`` waits for a key before it returns nil, so that the reader can look for changes
    /// while idle; -1 waits for ever.
    public var idleTimeout: Int32 = -1 {
        didSet { wtimeout(sitrep_stdscr(), idleTimeout) }
    }

    /// Copies a grid to the screen, rewriting only the rows that changed since the last call; in those, a cell of
    /// printable ASCII that the screen already shows is left as it is (ncurses keeps it), any other cell is written
    /// again (a cluster written over ncurses's blanks, below, is written again with its row).
    public func draw(_ grid: Grid) {
        let rows = grid.changedRows(since: previous)
        let screen = sitrep_stdscr()
        // What the screen shows, when it is of this size.
        let shown = previous.flatMap { $0.width == grid.width && $0.height == grid.height ? $0 : nil }
        if shown == nil { werase(screen) }
        let (comparing, old) = (shown != nil, shown ?? grid)
        var overlays: [(x: Int, y: Int, cell: Cell)] = []
        var text: [wchar_t] = []
        var style: (style: Style, attributes: attr_t, pair: Int16)?
        for y in rows {
            for x in 0..<grid.width {
                let cell = grid[x, y]
                guard cell.width > 0 else { continue }
                if comparing, cell.ascii != 0, old[x, y] == cell { continue }
                if style?.style != cell.style { style = (cell.style, attributes(cell.style), pair(cell.style)) }
                let (attributes, pair) = (style!.attributes, style!.pair)
                text.removeAll(keepingCapacity: true)
                if cell.ascii != 0 {
                    text.append(wchar_t(cell.ascii))
                    _ = sitrep_put(screen, Int32(y), Int32(x), text, 1, attributes, pair)
                    continue
                }
                for scalar in cell.character.unicodeScalars { text.append(wchar_t(bitPattern: scalar.value)) }
                if sitrep_cluster_fits(text, Int32(text.count), Int32(cell.width)) == 1 {
                    _ = sitrep_put(screen, Int32(y), Int32(x), text, Int32(text.count), attributes, pair)
                } else {
                    // Blanks of the cluster's width, the cluster itself written over them once ncurses is done.
                    let blank: [wchar_t] = [32]
                    for column in x..<min(grid.width, x + cell.width) {
                        _ = sitrep_put(screen, Int32(y), Int32(column), blank, 1, attributes, pair)
                    }
                    overlays.append((x, y, cell))
                }
            }
        }
        wnoutrefresh(screen)
        doupdate()
        for overlay in overlays {
            // Clusters never hold control characters (they break clusters); dropped here all the same.
            let text = String(String.UnicodeScalarView(overlay.cell.character.unicodeScalars.filter {
                $0.value >= 0x20 && !(0x7F..<0xA0).contains($0.value)
            }))
            _ = sitrep_overlay(Int32(overlay.y), Int32(overlay.x), text, attributes(overlay.cell.style), pair(overlay.cell.style))
        }
        previous = grid
    }

    /// Forgets what is on screen so that the next draw repaints everything (after a suspend, say).
    public func invalidate() {
        previous = nil
        clearok(sitrep_stdscr(), true)
    }

    private func attributes(_ style: Style) -> attr_t {
        var value: attr_t = 0
        if style.bold { value |= sitrep_a_bold() }
        if style.reverse { value |= sitrep_a_reverse() }
        if style.dim { value |= sitrep_a_dim() }
        if style.underline { value |= sitrep_a_underline() }
        return value
    }

    private func pair(_ style: Style) -> Int16 {
        guard colors, style.foreground != .default || style.background != .default else { return 0 }
        let key = Int32(style.foreground.rawValue + 1) << 8 | Int32(style.background.rawValue + 1)
        if let known = pairs[key] { return known }
        let number = Int16(pairs.count + 1)
        guard Int32(number) < sitrep_color_pairs() else { return 0 }
        init_pair(number, Int16(style.foreground.rawValue), Int16(style.background.rawValue))
        pairs[key] = number
        return number
    }

    /// Restores the terminal before the process dies of a crash or a termination signal, and makes sure the
    /// signals the reader relies on (resize, interrupt, termination) are not blocked by whoever started it.
    private static func installSignalGuards() {
        var wanted = sigset_t()
        sigemptyset(&wanted)
        for number in [SIGWINCH, SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGTSTP, SIGCONT] { sigaddset(&wanted, number) }
        pthread_sigmask(SIG_UNBLOCK, &wanted, nil)
        for crash in [SIGSEGV, SIGILL, SIGTRAP, SIGABRT, SIGBUS, SIGFPE] {
            signal(crash) { number in
                endwin()
                // What the crash printed (Swift's reason, the backtrace) is shown on the restored terminal.
                StandardErrorCapture.end()
                signal(number, SIG_DFL)
                raise(number)
            }
        }
        for termination in [SIGINT, SIGTERM, SIGHUP, SIGQUIT] {
            signal(termination) { number in
                endwin()
                StandardErrorCapture.end()
                _exit(128 + number)
            }
        }
    }
}

/// What the terminal reports.
public enum TerminalEvent: Sendable, Equatable {
    case key(Key)
    case click(x: Int, y: Int)
    case wheel(up: Bool, x: Int, y: Int)
}
