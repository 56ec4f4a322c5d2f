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

    /// Drops the layout kept, so that the next one reads its document from the source again (which gives more
    /// of it now, ``ReaderSource/doPutOffWork()``).
    public func forget() {
        lock.withLock { kept = nil }
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
