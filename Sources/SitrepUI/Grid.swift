import SitrepCore

/// An in-memory screen: a rectangle of cells that views draw into and a terminal backend copies out.
public struct Grid: Sendable, Equatable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: .blank, count: self.width * self.height)
    }

    public subscript(x: Int, y: Int) -> Cell {
        cells[y * width + x]
    }

    /// Writes text from (x, y), clipped at `x + limit` (and the grid's edge). A double-width character that
    /// does not fit is replaced by a space. Returns the column after the last character written.
    @discardableResult
    public mutating func put(_ text: some StringProtocol, x: Int, y: Int, style: Style = .plain, limit: Int? = nil) -> Int {
        guard y >= 0, y < height else { return x }
        let end = min(width, limit.map { x + $0 } ?? width)
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return put(ascii: text.utf8, x: x, y: y, style: style, end: end) }
        var column = x
        for drawn in text {
            // A tab or a line break is drawn as a space: what is put is one line (the reading view spaces tabs to tab
            // stops and breaks lines before drawing; a title or a name from a feed may hold either).
            let character: Character = VisibleText.isBreak(drawn) ? " " : drawn
            let columns = DisplayWidth.width(of: character)
            if columns == 0 { continue }
            if column + columns > end {
                if column < end { set(Cell(" ", style: style), x: column, y: y); column += 1 }
                break
            }
            if column >= 0 {
                set(Cell(character, style: style, width: columns), x: column, y: y)
                if columns == 2, column + 1 < width { set(Cell(" ", style: style, width: 0), x: column + 1, y: y) }
            }
            column += columns
        }
        return column
    }

    /// ``put(_:x:y:style:limit:)`` of ASCII text, from its bytes: what it draws of each character, without making
    /// one. A line break or a tab is a space (CR LF one), another control character takes no column.
    private mutating func put(ascii bytes: some Sequence<UInt8>, x: Int, y: Int, style: Style, end: Int) -> Int {
        var column = x
        var previous: UInt8 = 0
        for byte in bytes {
            defer { previous = byte }
            if byte == 0x0A, previous == 0x0D { continue }
            guard let drawn = DisplayWidth.drawn(ascii: byte) else { continue }
            guard column < end else { break }
            if column >= 0 { set(Cell(printable: drawn, style: style), x: column, y: y) }
            column += 1
        }
        return column
    }

    /// Fills a rectangle with a character; the part outside the grid (or all of it, for an empty or negative size)
    /// is ignored.
    public mutating func fill(x: Int, y: Int, width: Int, height: Int, with character: Character = " ", style: Style = .plain) {
        let cell = Cell(character, style: style)
        for row in clipped(y, height, to: self.height) {
            for column in clipped(x, width, to: self.width) { set(cell, x: column, y: row) }
        }
    }

    /// Restyles a rectangle, keeping its characters; the part outside the grid (or all of it, for an empty or
    /// negative size) is ignored.
    public mutating func restyle(x: Int, y: Int, width: Int, height: Int, _ change: (inout Style) -> Void) {
        for row in clipped(y, height, to: self.height) {
            for column in clipped(x, width, to: self.width) { change(&cells[row * self.width + column].style) }
        }
    }

    /// The part of `start..<start + length` within `0..<bound`: empty rather than a crash when `length` is negative
    /// (a pane narrower than its border on a terminal one column wide).
    private func clipped(_ start: Int, _ length: Int, to bound: Int) -> Range<Int> {
        let lower = max(0, start), upper = min(bound, start + max(0, length))
        return lower < upper ? lower..<upper : 0..<0
    }

    private mutating func set(_ cell: Cell, x: Int, y: Int) {
        guard x >= 0, x < width, y >= 0, y < height else { return }
        // Overwriting half of a double-width character blanks its other half.
        let index = y * width + x
        if cells[index].width == 0, x > 0, cells[index - 1].width == 2 { cells[index - 1] = Cell(" ", style: cells[index - 1].style) }
        if cells[index].width == 2, x + 1 < width { cells[index + 1] = Cell(" ", style: cells[index + 1].style) }
        cells[index] = cell
    }

    /// The screen as text, one line per row, trailing spaces removed: what golden files hold.
    public var text: String {
        (0..<height).map { row in
            var line = ""
            for column in 0..<width {
                let cell = cells[row * width + column]
                if cell.width > 0 { line.append(cell.character) }
            }
            while line.last == " " { line.removeLast() }
            return line
        }.joined(separator: "\n")
    }

    /// Rows that differ from another grid of the same size (all rows when the size differs).
    public func changedRows(since previous: Grid?) -> [Int] {
        guard let previous, previous.width == width, previous.height == height else { return Array(0..<height) }
        return (0..<height).filter { row in
            cells[(row * width)..<((row + 1) * width)] != previous.cells[(row * width)..<((row + 1) * width)]
        }
    }
}
