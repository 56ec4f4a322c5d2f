import Foundation

/// The segment being read, fetched once and laid out as far as it has been read, kept between keys: laying out a
/// segment of 50 MB takes seconds, scrolling through it must not. A reader's reducer and renderer share one;
/// without one, each key fetches and lays out the segment again (what tests do).
public final class ReadingLayouts: @unchecked Sendable {
    /// What a layout depends on.
    struct Key: Equatable {
        var segment: SegmentKey
        var width: Int
        var query: String?
        var theme: Theme
    }

    private let lock = NSLock()
    private var kept: (key: Key, layout: ReadingLayout)?

    public init() {}

    /// Does the work the source put off (``ReaderSource/doPutOffWork()``); true when the screen is to be drawn
    /// again: while browsing (`reading` nil: the preview may show the selected segment's links), or when the links of
    /// the segment being read changed. The layout kept stays as laid out but for the lines of those links.
    public func doPutOffWork(of source: any ReaderSource, reading: SegmentKey?) -> Bool {
        guard source.doPutOffWork() else { return false }
        return refresh(from: source, reading: reading) || reading == nil
    }

    /// Shows in the layout of the segment being read the same story elsewhere as the source gives it now (it made the
    /// evidence of the links it put off, ``ReaderSource/doPutOffWork()``, or the library changed): only the lines of
    /// the links are laid out again, the rest stays as laid out. True when they changed (the screen is to be drawn
    /// again). A layout kept from a segment read before, while browsing or reading another, is left alone: asking
    /// for it again would put its story's links off again, for a screen that does not show them.
    public func refresh(from source: any ReaderSource, reading: SegmentKey?) -> Bool {
        lock.withLock {
            guard let kept, kept.key.segment == reading, let document = kept.layout.document,
                  let now = source.reading(kept.key.segment) else { return false }
            guard now.linked != document.linked || now.linkedCount != document.linkedCount else { return false }
            kept.layout.relink(now.linked, count: now.linkedCount)
            return true
        }
    }

    /// Runs `body` with the layout of a segment: the one kept, else a new one (from the document kept when only the
    /// width, query or theme changed). With `anyTheme`, a layout kept for another theme will do (for counting lines).
    func with<T>(_ key: Key, anyTheme: Bool = false, source: any ReaderSource, _ body: (ReadingLayout) -> T) -> T {
        lock.lock()
        defer { lock.unlock() }
        if let kept, kept.key == key || (anyTheme && kept.key.segment == key.segment && kept.key.width == key.width
                                         && kept.key.query == key.query) {
            return body(kept.layout)
        }
        let document = kept?.key.segment == key.segment ? kept?.layout.document : source.reading(key.segment)
        let layout = ReadingLayout(document, width: key.width, theme: key.theme, query: key.query)
        kept = (key, layout)
        return body(layout)
    }
}

extension ReadingLayouts? {
    /// Runs `body` with the layout of a segment: from the layouts kept, or a new one when there are none.
    func with<T>(_ key: ReadingLayouts.Key, anyTheme: Bool = false, source: any ReaderSource,
                 _ body: (ReadingLayout) -> T) -> T {
        if let self { return self.with(key, anyTheme: anyTheme, source: source, body) }
        return body(ReadingLayout(source.reading(key.segment), width: key.width, theme: key.theme, query: key.query))
    }
}
