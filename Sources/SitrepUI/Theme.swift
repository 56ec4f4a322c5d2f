/// The reader's styles. Colours keep the terminal's own background; without colour (NO_COLOR, or a
/// monochrome terminal) emphasis comes from bold, reverse and underline alone.
public struct Theme: Sendable, Hashable {
    public var color: Bool

    public init(color: Bool) { self.color = color }

    public var title: Style { Style(bold: true, reverse: true) }
    public var status: Style { Style(reverse: true) }
    public var border: Style { color ? Style(foreground: .blue) : Style(dim: true) }
    public var focusedBorder: Style { color ? Style(foreground: .cyan, bold: true) : Style(bold: true) }
    public var selected: Style { Style(reverse: true) }
    public var dim: Style { Style(dim: true) }
    public var heading: Style { Style(bold: true) }
    /// Words matching the search, in the reading view.
    public var match: Style { color ? Style(foreground: .black, background: .yellow) : Style(reverse: true) }
    public var figure: Style { color ? Style(foreground: .yellow, bold: true) : Style(bold: true) }

    static let palette: [Color] = [.cyan, .green, .yellow, .magenta, .blue, .red]

    /// The same speaker gets the same colour everywhere.
    public func speaker(_ key: Int?) -> Style {
        guard color, let key else { return Style(bold: true) }
        return Style(foreground: Theme.palette[abs(key) % Theme.palette.count], bold: true)
    }

    /// Quoted words in running text.
    public func quote(_ key: Int?) -> Style {
        guard color, let key else { return Style(underline: true) }
        return Style(foreground: Theme.palette[abs(key) % Theme.palette.count])
    }
}
