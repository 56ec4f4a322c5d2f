/// A terminal colour. `.default` keeps the terminal's own colour.
public enum Color: Int, Sendable, Hashable, CaseIterable {
    case `default` = -1, black = 0, red, green, yellow, blue, magenta, cyan, white
}

/// How a cell is drawn.
public struct Style: Sendable, Hashable {
    public var foreground: Color = .default
    public var background: Color = .default
    public var bold = false
    public var reverse = false
    public var dim = false
    public var underline = false

    public init(foreground: Color = .default, background: Color = .default, bold: Bool = false,
                reverse: Bool = false, dim: Bool = false, underline: Bool = false) {
        self.foreground = foreground
        self.background = background
        self.bold = bold
        self.reverse = reverse
        self.dim = dim
        self.underline = underline
    }

    public static let plain = Style()
}

/// One terminal cell: a character and its style. A double-width character occupies its cell and the next,
/// which holds a ``Cell/continuation``.
public struct Cell: Sendable, Hashable {
    public var character: Character
    public var style: Style
    /// Display columns the character takes: 1 or 2, and 0 for the cell after a double-width character.
    public var width: Int

    public init(_ character: Character, style: Style = .plain, width: Int = 1) {
        self.character = character
        self.style = style
        self.width = width
    }

    public static let blank = Cell(" ")
    static let continuation = Cell(" ", width: 0)
}
