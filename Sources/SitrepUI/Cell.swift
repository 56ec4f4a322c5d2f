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
    public let character: Character
    public var style: Style
    /// Display columns the character takes: 1 or 2, and 0 for the cell after a double-width character.
    public let width: Int
    /// The character's byte when it is printable ASCII (a terminal draws it as it is), else 0.
    public let ascii: UInt8

    public init(_ character: Character, style: Style = .plain, width: Int = 1) {
        self.character = character
        self.style = style
        self.width = width
        ascii = character.asciiValue.map { $0 >= 0x20 && $0 < 0x7F ? $0 : 0 } ?? 0
    }

    /// A cell of one column holding printable ASCII (0x20 to 0x7E), made without looking at the character.
    init(printable byte: UInt8, style: Style) {
        character = Cell.printable[Int(byte) - 0x20]
        self.style = style
        width = 1
        ascii = byte
    }

    /// Two cells are the same when their characters, styles and widths are; printable ASCII is compared by its byte.
    public static func == (left: Cell, right: Cell) -> Bool {
        guard left.ascii == right.ascii, left.width == right.width, left.style == right.style else { return false }
        return left.ascii != 0 || left.character == right.character
    }

    /// The printable ASCII characters, from the space on.
    private static let printable: [Character] = (0x20..<0x7F).map { Character(Unicode.Scalar(UInt8($0))) }

    public static let blank = Cell(" ")
    static let continuation = Cell(" ", width: 0)
}
