import Foundation

/// The segment being read, fetched and laid out once and kept between keys: laying out a segment of 50 MB takes
/// seconds, scrolling through it must not. A reader's reducer and renderer share one; without one, each key fetches
/// and lays out the segment again (what tests do).
public final class ReadingLayouts: @unchecked Sendable {
    /// What a layout depends on.
    struct Key: Equatable {
        var segment: SegmentKey
        var width: Int
        var query: String?
        var theme: Theme
    }

    /// A segment's reading document and its lines.
    struct Layout {
        var document: ReadingDocument?
        var lines: [ReadingView.Line]
    }

    private let lock = NSLock()
    private var kept: (key: Key, layout: Layout)?

    public init() {}

    /// The layout of a segment, laid out now unless it is the one kept; with `anyTheme`, a layout kept for another
    /// theme will do (for counting lines).
    func layout(_ key: Key, anyTheme: Bool = false, source: any ReaderSource) -> Layout {
        lock.lock()
        defer { lock.unlock() }
        if let kept, kept.key == key || (anyTheme && kept.key.segment == key.segment && kept.key.width == key.width
                                         && kept.key.query == key.query) {
            return kept.layout
        }
        let document = kept?.key.segment == key.segment ? kept?.layout.document : source.reading(key.segment)
        let layout = Layout(document: document, lines: ReadingView.lines(document, width: key.width, theme: key.theme,
                                                                        query: key.query))
        kept = (key, layout)
        return layout
    }
}

extension ReadingLayouts? {
    /// The layout of a segment: from the layouts kept, or laid out now when there are none.
    func layout(_ key: ReadingLayouts.Key, anyTheme: Bool = false, source: any ReaderSource) -> ReadingLayouts.Layout {
        if let self { return self.layout(key, anyTheme: anyTheme, source: source) }
        let document = source.reading(key.segment)
        return .init(document: document, lines: ReadingView.lines(document, width: key.width, theme: key.theme, query: key.query))
    }
}
