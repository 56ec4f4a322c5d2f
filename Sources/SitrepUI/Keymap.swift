/// Key bindings: the defaults, changed by `bind KEY ACTION` and `unbind KEY` lines of the config file
/// (`~/.config/sitrep/config`).
public struct Keymap: Sendable, Equatable {
    public private(set) var bindings: [Key: Action]

    /// The default bindings.
    public static let standard = Keymap(bindings: [
        .character("j"): .down, .down: .down, .character("k"): .up, .up: .up,
        .pageDown: .pageDown, .character(" "): .pageDown, .control("f"): .pageDown,
        .pageUp: .pageUp, .control("b"): .pageUp, .control("d"): .halfPageDown, .control("u"): .halfPageUp,
        .character("g"): .top, .home: .top, .character("G"): .bottom, .end: .bottom,
        .tab: .nextPane, .character("l"): .nextPane, .right: .nextPane,
        .backTab: .previousPane, .character("h"): .previousPane, .left: .previousPane,
        .enter: .open, .escape: .cancel, .character("q"): .close, .character("Q"): .quit, .control("c"): .quit,
        .control("l"): .redraw, .character("J"): .nextArticle, .character("K"): .previousArticle,
        .character("?"): .toggleHelp,
        .character("]"): .nextLinked, .character("["): .previousLinked,
        .backspace: .back, .character("L"): .forward,
        .character("/"): .search, .character("n"): .nextMatch, .character("N"): .previousMatch,
        .character("s"): .speakers,
        .character("m"): .toggleRead, .character("F"): .toggleFlag, .character("u"): .nextUnread,
        .character("S"): .cycleSort, .character(":"): .command, .character("w"): .save, .character("|"): .pipe,
        .character("p"): .pager, .character("o"): .browse, .character("r"): .reload,
        .character("f"): .figures, .character("c"): .counterparts, .character("y"): .why,
    ])

    public init(bindings: [Key: Action]) { self.bindings = bindings }

    /// The action of a key; a resize is always a resize.
    public func action(for key: Key) -> Action? {
        if case let .resize(width, height) = key { return .resize(width: width, height: height) }
        return bindings[key]
    }

    /// The keys bound to an action, as the help shows them: letters first, then named keys, then Control keys.
    public func keys(for action: Action) -> [String] {
        func rank(_ key: Key) -> Int {
            switch key {
            case .character: 0
            case .control: 2
            case .alt: 3
            default: 1
            }
        }
        return bindings.filter { $0.value == action }.map(\.key)
            .sorted { (rank($0), Keymap.name(of: $0)) < (rank($1), Keymap.name(of: $1)) }.map(Keymap.name)
    }

    /// The key a status-line hint shows for an action: its usual default while still bound to it, else the first
    /// key bound to it.
    public func hintKey(for action: Action) -> String? {
        let usual: [Action: Key] = [.nextPane: .tab, .open: .enter, .back: .backspace, .close: .character("q")]
        if let key = usual[action], bindings[key] == action { return Keymap.name(of: key) }
        return keys(for: action).first
    }

    /// A config-file problem: the line and what is wrong.
    public struct ConfigError: Error, Equatable, CustomStringConvertible {
        public var line: Int
        public var message: String
        public var description: String { "line \(line): \(message)" }
    }

    /// The defaults changed by a config file: `bind KEY ACTION`, `unbind KEY`, `#` comments, blank lines.
    public static func parse(config: String) throws(ConfigError) -> Keymap {
        var keymap = Keymap.standard
        for (number, raw) in config.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let words = raw.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first?
                .split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" }).map(String.init) ?? []
            guard let verb = words.first else { continue }
            switch (verb, words.count) {
            case ("bind", 3):
                guard let key = key(named: words[1]) else { throw ConfigError(line: number + 1, message: "unknown key '\(words[1])'") }
                guard let action = Action.bindable.first(where: { $0.name == words[2] })?.action else {
                    throw ConfigError(line: number + 1, message: "unknown action '\(words[2])' (actions: "
                        + Action.bindable.map(\.name).joined(separator: ", ") + ")")
                }
                keymap.bindings[key] = action
            case ("unbind", 2):
                guard let key = key(named: words[1]) else { throw ConfigError(line: number + 1, message: "unknown key '\(words[1])'") }
                keymap.bindings[key] = nil
            default:
                throw ConfigError(line: number + 1, message: "expected 'bind KEY ACTION' or 'unbind KEY'")
            }
        }
        return keymap
    }

    static let named: [(String, Key)] = [
        ("Enter", .enter), ("Tab", .tab), ("S-Tab", .backTab), ("Backspace", .backspace), ("Escape", .escape),
        ("Up", .up), ("Down", .down), ("Left", .left), ("Right", .right), ("PageUp", .pageUp),
        ("PageDown", .pageDown), ("Home", .home), ("End", .end), ("Space", .character(" ")),
    ]

    /// A key from its config-file name: a single character, `C-x` for Control-x, `M-x` for Alt-x (case kept), or a
    /// name such as `Enter`.
    public static func key(named name: String) -> Key? {
        if let found = named.first(where: { $0.0.lowercased() == name.lowercased() }) { return found.1 }
        if name.count == 3, name.hasPrefix("C-"), let last = name.last, last.isLetter {
            return .control(Character(last.lowercased()))
        }
        if name.count == 3, name.hasPrefix("M-"), let last = name.last, !last.isWhitespace { return .alt(last) }
        return name.count == 1 ? .character(name.first!) : nil
    }

    /// The name of a key as the config file and the help write it.
    public static func name(of key: Key) -> String {
        if let found = named.first(where: { $0.1 == key }) { return found.0 }
        switch key {
        case let .character(character): return String(character)
        case let .control(character): return "C-\(character)"
        case let .alt(character): return "M-\(character)"
        default: return "?"
        }
    }
}
