/// Everything a user can ask the reader to do.
public enum Action: Sendable, Equatable {
    case down, up, pageDown, pageUp, top, bottom
    case nextPane, previousPane
    /// Enter: open the reading view of the selected segment (or the segment of the selected quotation).
    case open
    /// Close the reading view or overlay; at the top level, quit.
    case close
    case quit
    case toggleHelp
    case resize(width: Int, height: Int)
}

/// A key as the terminal reports it.
public enum Key: Sendable, Hashable {
    case character(Character)
    case up, down, left, right, pageUp, pageDown, home, end
    case enter, tab, backTab, backspace, escape
    case resize(width: Int, height: Int)
    case control(Character)
}

/// The default key bindings.
public enum Keymap {
    public static func action(for key: Key) -> Action? {
        switch key {
        case .character("j"), .down: .down
        case .character("k"), .up: .up
        case .pageDown, .character(" "), .control("f"): .pageDown
        case .pageUp, .control("b"): .pageUp
        case .character("g"), .home: .top
        case .character("G"), .end: .bottom
        case .tab, .character("l"), .right: .nextPane
        case .backTab, .character("h"), .left: .previousPane
        case .enter: .open
        case .escape: .close
        case .character("q"): .close
        case .control("c"): .quit
        case .character("?"): .toggleHelp
        case let .resize(width, height): .resize(width: width, height: height)
        default: nil
        }
    }
}
