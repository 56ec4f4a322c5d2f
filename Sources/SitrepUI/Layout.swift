/// A rectangle of the screen.
public struct Rect: Sendable, Equatable {
    public var x: Int
    public var y: Int
    public var width: Int
    public var height: Int

    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = max(0, width)
        self.height = max(0, height)
    }
}

/// Where everything goes for a screen size: a title bar, the three list panes (side by side from 120
/// columns, stacked below that, only the focused one when even that does not fit), a preview of the selected
/// segment when there is room, and a status line.
public struct Layout: Sendable, Equatable {
    public let titleBar: Rect
    public let status: Rect
    /// The area the reading view takes.
    public let body: Rect
    public let panes: [Pane: Rect]
    public let preview: Rect?

    /// Screen lines one quotation takes in the quotations pane.
    public static let quoteRowHeight = 2
    /// Screen lines one search hit or quotation takes in a result list.
    public static let resultRowHeight = 2

    public init(width: Int, height: Int, focus: Pane) {
        titleBar = Rect(x: 0, y: 0, width: width, height: min(1, height))
        status = Rect(x: 0, y: max(0, height - 1), width: width, height: height > 1 ? 1 : 0)
        body = Rect(x: 0, y: 1, width: width, height: max(0, height - 2))
        var panes: [Pane: Rect] = [:]
        var preview: Rect?
        if width >= 120 {
            let listHeight = body.height >= 30 ? body.height * 11 / 20 : body.height
            let first = width * 3 / 10, second = width * 3 / 10
            panes[.articles] = Rect(x: 0, y: body.y, width: first, height: listHeight)
            panes[.segments] = Rect(x: first, y: body.y, width: second, height: listHeight)
            panes[.quotes] = Rect(x: first + second, y: body.y, width: width - first - second, height: listHeight)
            if listHeight < body.height {
                preview = Rect(x: 0, y: body.y + listHeight, width: width, height: body.height - listHeight)
            }
        } else if body.height >= 12 {
            let third = body.height / 3
            panes[.articles] = Rect(x: 0, y: body.y, width: width, height: third)
            panes[.segments] = Rect(x: 0, y: body.y + third, width: width, height: third)
            panes[.quotes] = Rect(x: 0, y: body.y + 2 * third, width: width, height: body.height - 2 * third)
        } else {
            panes[focus] = body
        }
        self.panes = panes
        self.preview = preview
    }

    /// How many list items a pane shows at once.
    public func visibleItems(_ pane: Pane) -> Int {
        guard let rect = panes[pane] else { return 1 }
        let inner = max(1, rect.height - 2)
        return pane == .quotes ? max(1, inner / Layout.quoteRowHeight) : inner
    }

    /// How many items a result list (search hits, a speaker's quotations) shows at once.
    public var visibleResults: Int { max(1, (body.height - 2) / Layout.resultRowHeight) }
}
