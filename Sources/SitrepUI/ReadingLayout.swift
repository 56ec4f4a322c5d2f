/// A reading document laid out as far as it is read, a window of its text at a time: the lines of a segment of 50 MB
/// are made a screen at a time as one scrolls, so that opening it costs what its first screen does. Its end (`G`) is
/// laid out back from the end, numbered from an estimate of the lines between, until the two meet. Lines laid out
/// from the top come out the same as laying out the whole document at once.
final class ReadingLayout {
    typealias Line = ReadingView.Line
    private(set) var document: ReadingDocument?
    private let width: Int
    private let theme: Theme
    private let terms: SearchTerms?
    /// The lines laid out from the top so far.
    private(set) var lines: [Line] = []
    /// Whether every line is laid out (in ``lines``).
    private(set) var complete = false
    /// Where laying out from the top stopped: the paragraph, and the place in its text (nil: its start).
    private var paragraph = 0
    private var place: Place?
    /// UTF-8 bytes of each paragraph's text, in all, and of the paragraphs laid out from the top.
    private let sizes: [Int]
    private let totalBytes: Int
    private var bytesBefore = 0
    /// The lines laid out back from the end, when the end was asked for far from the top.
    private var rear: Rear?
    /// How many lines the same story elsewhere takes at the end of the lines, once laid out.
    private var linkLines: Int?

    /// A place in a paragraph's text: its UTF-8 offset and its character offset.
    struct Place: Equatable { var byte: Int; var character: Int }

    /// Lines from a place to the end of the document: the text of `paragraph` from `byte` on (the whole of its text
    /// laid out: the blank line after it; `paragraph` past the last: what follows the text), numbered from `base`.
    private struct Rear {
        var base: Int
        var lines: [Line]
        var paragraph: Int
        var byte: Int
        /// The character offset of `byte`, once counted.
        var character: Int?
        /// Where the first lines (those of `paragraph`'s text) start.
        var starts: [Place] = []
    }

    /// Lines laid out in one step of a paragraph.
    static let step = 200
    /// Bytes of text up to which a document is laid out whole at once (its percentage is then exact).
    static let whole = 1 << 18
    /// Bytes of text read at a time.
    static let window = 1 << 14
    /// Lines laid out back from a window's start that are dropped: the wrapping of a window that does not start at a
    /// line has found the lines' breaks by then.
    static let resync = 8
    /// Lines from the end that lines laid out back before them may meet.
    static let joinLines = 60
    /// Lines beyond those laid out from the top past which a scroll goes to its place from the end instead.
    static let jump = 2_000

    /// With `whole` false, nothing of the text is laid out until asked for (``ensure(_:)``), however short it is.
    init(_ document: ReadingDocument?, width: Int, theme: Theme, query: String?, whole: Bool = true) {
        self.document = document
        self.width = max(1, width - 2)
        self.theme = theme
        terms = query.map(SearchTerms.init)
        sizes = document.map { document in document.pages?.sizes ?? document.paragraphs.map(\.text.utf8.count) } ?? []
        totalBytes = sizes.reduce(0, +)
        guard let document else {
            lines = [[ReadingView.Run(text: "Nothing to read.", style: theme.dim)]]
            complete = true
            return
        }
        for line in TextWrap.wrap(document.articleTitle, width: self.width) { lines.append(marked(line.text, style: theme.dim)) }
        if let heading = document.heading {
            for line in TextWrap.wrap(heading, width: self.width) { lines.append(marked(line.text, style: theme.heading)) }
        }
        // Where and when it was published, when known, before the file and lines: "Salon · 2015-01-26 · notes.txt:5-9".
        let origin = Renderer.origin(outlet: document.outlet, date: document.date)
        let place = "\(document.source):\(document.lines.lowerBound)-\(document.lines.upperBound)"
        lines.append([.init(text: (origin.isEmpty ? "" : origin + " \u{00B7} ") + place, style: theme.dim)])
        lines.append([])
        if whole, totalBytes <= ReadingLayout.whole { ensure(.max) }
    }

    /// A line of the title or heading in its style, the words matching the search marked (the search finds them too).
    private func marked(_ text: String, style: Style) -> Line {
        var runs: Line = []
        var matched = Set<Int>()
        for range in terms?.ranges(in: text) ?? [] { matched.formUnion(range) }
        for (offset, character) in text.enumerated() {
            let characterStyle = matched.contains(offset) ? theme.match : style
            if let last = runs.last, last.style == characterStyle { runs[runs.count - 1].text.append(character) }
            else { runs.append(.init(text: String(character), style: characterStyle)) }
        }
        return runs.isEmpty ? [.init(text: "", style: style)] : runs
    }

    /// How many lines there are, once known: all laid out, or the end laid out (the number then an estimate).
    var end: Int? { complete ? lines.count : rear.map { $0.base + $0.lines.count } }

    /// Line `index`, when it is laid out.
    func line(_ index: Int) -> Line? {
        if index >= 0, index < lines.count { return lines[index] }
        guard let rear, index >= rear.base, index - rear.base < rear.lines.count else { return nil }
        return rear.lines[index - rear.base]
    }

    /// Lays out from the top until there are `count` lines or all of them.
    func ensure(_ count: Int) {
        guard let document else { return }
        while lines.count < count, !complete {
            guard paragraph < document.paragraphs.count else {
                lines += tail(document)
                complete = true
                return
            }
            let stop = rear?.paragraph == paragraph ? rear!.byte : sizes[paragraph]
            let from = place ?? Place(byte: 0, character: 0)
            if rear?.paragraph == paragraph, from.byte >= stop { return merge() }
            let laid = layOut(paragraph, from: from, text: text(paragraph, from.byte, stop), stop: stop, limit: ReadingLayout.step)
            lines += laid.lines
            // Lines from the end are numbered after those from the top.
            if let base = rear?.base, lines.count >= base { rear?.base = lines.count + 1 }
            if let next = laid.next {
                place = next
                continue
            }
            place = Place(byte: stop, character: 0)
            if rear?.paragraph == paragraph { return merge() }
            lines.append([])
            bytesBefore += sizes[paragraph]
            paragraph += 1
            place = nil
            if let rear, rear.paragraph == paragraph, rear.byte == 0 { return merge() }
        }
    }

    /// What follows the paragraphs: the quotations, then the same story elsewhere (noting how many lines that takes).
    private func tail(_ document: ReadingDocument) -> [Line] {
        let links = ReadingView.links(document, width: width, theme: theme)
        linkLines = links.count
        return ReadingView.quotations(document, width: width, theme: theme) + links
    }

    /// Shows the same story elsewhere as `linked` and `count` have it (its links' evidence was made, the story grew):
    /// only the lines of the links change, where they are laid out; the rest stays as laid out.
    func relink(_ linked: [LinkRow], count: Int) {
        guard var document else { return }
        document.linked = linked
        document.linkedCount = count
        self.document = document
        guard let old = linkLines else { return }
        let links = ReadingView.links(document, width: width, theme: theme)
        linkLines = links.count
        if var rear {
            rear.lines.replaceSubrange((rear.lines.count - old)..., with: links)
            self.rear = rear
        } else if complete {
            lines.replaceSubrange((lines.count - old)..., with: links)
        }
    }

    /// The lines from the top and from the end are one: the document is laid out.
    private func merge() {
        guard let rear else { return }
        renumbered = lines.count - rear.base
        lines += rear.lines
        self.rear = nil
        complete = true
    }

    /// What merging the lines from the end into those from the top added to their numbers.
    private var renumbered = 0

    /// The number of the last line, laying out the end first when the top is far from it.
    func bottom() -> Int {
        guard !complete, let document else { return lines.count }
        if rear == nil {
            let laid = bytesBefore + (place?.byte ?? 0)
            guard totalBytes - laid > 4 * ReadingLayout.window else {
                ensure(.max)
                return lines.count
            }
            // Laying out back from the end starts from the character count of the last paragraph.
            if let last = document.paragraphs.indices.last { document.pages?.countInBackground(last) }
            // Lines so far tell how many bytes a line holds.
            let perLine = max(1, laid / max(1, lines.count), width / 2)
            rear = Rear(base: lines.count + (totalBytes - laid) / perLine, lines: tail(document),
                        paragraph: document.paragraphs.count, byte: 0)
        }
        return end ?? lines.count
    }

    /// Lays out lines `top` to `top + rows` (those there are), from the top or back from the end, whichever is
    /// nearer; returns the number of line `top` then (the lines from the end are numbered anew when they meet
    /// those from the top).
    func prepare(_ top: Int, rows: Int) -> Int {
        guard !complete else { return top }
        if rear == nil, top > lines.count + ReadingLayout.jump { _ = bottom() }
        guard let rear else {
            ensure(top + rows)
            return top
        }
        if top + rows <= lines.count || top >= rear.base { return top }
        if top - lines.count <= min(ReadingLayout.jump, rear.base - top) {
            ensure(top + rows)
            return top
        }
        while let rear = self.rear, rear.base > top { extendRear() }
        return complete ? max(0, top + renumbered) : top
    }

    /// How far into the text the top of the lines laid out from the top is, from 0 to 1.
    var progress: Double {
        guard totalBytes > 0, !complete else { return 1 }
        return Double(bytesBefore + (place?.byte ?? 0)) / Double(totalBytes)
    }

    /// Lays out a window more of the lines from the end, back towards the top.
    private func extendRear() {
        guard var rear else { return }
        let atHead = rear.paragraph == paragraph
        let floor = atHead ? place?.byte ?? 0 : 0
        if rear.byte <= floor {
            if atHead { return merge() }
            // The blank line after the paragraph before.
            rear.paragraph -= 1
            rear.byte = sizes[rear.paragraph]
            rear.character = nil
            rear.starts = []
            rear.lines.insert([], at: 0)
            rear.base -= 1
            self.rear = rear
            return
        }
        let paragraphIndex = rear.paragraph
        // Not known only at a paragraph's end: its whole count (counted on another thread from G on).
        let endCharacter = rear.character ?? characters(paragraphIndex, 0..<rear.byte)
        var start = max(floor, rear.byte - ReadingLayout.window)
        var raw = text(paragraphIndex, start, rear.byte)
        let exact = start == floor
        if !exact {
            // From a word's start: after the first space.
            let cut = raw.firstIndex(of: 0x20).map { $0 + 1 } ?? raw.firstIndex { $0 & 0xC0 != 0x80 } ?? raw.count
            raw.removeSubrange(..<cut)
            start += cut
        }
        let from = Place(byte: start, character: endCharacter - String(decoding: raw, as: UTF8.self).count)
        // Laid out on into the first lines from the end, to meet one of their breaks: the lines then go on as
        // those do, without a short line where the two meet.
        let joinable = rear.starts.prefix(ReadingLayout.joinLines)
        if let last = joinable.last {
            let more = text(paragraphIndex, rear.byte, last.byte)
            let laid = layOut(paragraphIndex, from: from, text: raw + more, stop: last.byte, limit: .max)
            let dropped = exact ? 0 : min(ReadingLayout.resync, max(0, laid.lines.count - 1))
            let known = Dictionary(joinable.enumerated().map { ($1.byte, $0) }, uniquingKeysWith: { first, _ in first })
            if let meeting = laid.starts.indices.dropFirst(dropped).first(where: { known[laid.starts[$0].byte] != nil }) {
                let replaced = known[laid.starts[meeting].byte]!
                rear.lines.replaceSubrange(0..<replaced, with: laid.lines[dropped..<meeting])
                rear.starts.replaceSubrange(0..<replaced, with: laid.starts[dropped..<meeting])
                rear.base -= (meeting - dropped) - replaced
                return settle(rear, first: dropped < meeting ? laid.starts[dropped] : Place(byte: rear.byte, character: endCharacter),
                              exact: exact, atHead: atHead)
            }
        }
        let laid = layOut(paragraphIndex, from: from, text: raw, stop: rear.byte, limit: .max)
        let dropped = exact ? 0 : min(ReadingLayout.resync, max(0, laid.lines.count - 1))
        rear.lines.insert(contentsOf: laid.lines.dropFirst(dropped), at: 0)
        rear.starts.insert(contentsOf: laid.starts.dropFirst(dropped), at: 0)
        rear.base -= laid.lines.count - dropped
        settle(rear, first: dropped < laid.starts.count ? laid.starts[dropped] : Place(byte: rear.byte, character: endCharacter),
               exact: exact, atHead: atHead)
    }

    /// Keeps the lines from the end, which now start at `first`; merges them into those from the top when they
    /// were laid out from where those stopped.
    private func settle(_ extended: Rear, first: Place, exact: Bool, atHead: Bool) {
        var rear = extended
        rear.byte = first.byte
        rear.character = first.character
        self.rear = rear
        if exact, atHead { merge() }
    }

    /// The bytes of a paragraph's text from `start` to `stop`, at most a window of them, cut after the last
    /// space (or whole UTF-8 sequence) when they do not reach `stop`.
    private func text(_ index: Int, _ start: Int, _ stop: Int) -> [UInt8] {
        guard let document else { return [] }
        let range = start..<max(start, min(stop, start + ReadingLayout.window))
        var raw: [UInt8]
        if let pages = document.pages {
            raw = pages.text(index, range)
        } else {
            let utf8 = document.paragraphs[index].text.utf8
            raw = Array(utf8[utf8.index(utf8.startIndex, offsetBy: range.lowerBound)..<utf8.index(utf8.startIndex, offsetBy: range.upperBound)])
        }
        guard start + raw.count < stop else { return raw }
        if let space = raw.lastIndex(where: { $0 == 0x20 }), space > 0 {
            raw.removeSubrange(space...)
        } else {
            while let last = raw.last, last & 0xC0 == 0x80 { raw.removeLast() }
            if let last = raw.last, last >= 0xC0 { raw.removeLast() }
        }
        return raw
    }

    /// Characters in a stretch of a paragraph's text that starts and ends at spaces or its ends.
    private func characters(_ index: Int, _ bytes: Range<Int>) -> Int {
        guard let document else { return 0 }
        if let pages = document.pages { return pages.characters(index, bytes) }
        let utf8 = document.paragraphs[index].text.utf8
        return String(decoding: utf8[utf8.index(utf8.startIndex, offsetBy: bytes.lowerBound)..<utf8.index(utf8.startIndex, offsetBy: bytes.upperBound)],
                      as: UTF8.self).count
    }

    /// The highlights of a paragraph that reach into a stretch of its characters, in its list's order.
    private func highlights(_ index: Int, _ characters: Range<Int>) -> [Highlight] {
        guard let document else { return [] }
        if let pages = document.pages { return pages.highlights(index, characters) }
        return document.paragraphs[index].highlights.filter {
            $0.range.lowerBound < characters.upperBound && ($0.range.upperBound > characters.lowerBound || $0.range.isEmpty)
        }
    }

    /// Lays out the lines of `raw`, the text of a paragraph from `from` (at most `limit` of them); `stop` is where
    /// the text to lay out ends. Returns the lines, where each starts, and where the next line starts (nil once the
    /// text up to `stop` is laid out). When `raw` does not reach `stop`, its last line may go on after it: it is
    /// left to be laid out from the next window.
    private func layOut(_ index: Int, from: Place, text raw: [UInt8], stop: Int, limit: Int)
        -> (lines: [Line], starts: [Place], next: Place?) {
        let text = String(decoding: raw, as: UTF8.self)
        let partial = from.byte + raw.count < stop
        let highlights = Highlights(self.highlights(index, from.character..<(from.character + text.count + 1)), theme: theme)
        let wrapped = TextWrap.wrap(text, width: width, limit: limit)
        var lines: [Line] = [], starts: [Place] = []
        var position = text.startIndex, offset = 0
        func place(_ at: String.Index, _ atOffset: Int) -> Place {
            Place(byte: from.byte + text.utf8.distance(from: text.startIndex, to: at), character: from.character + atOffset)
        }
        for line in wrapped {
            // Wrapping drops the spaces it breaks at: the line's characters are found in the text going forward.
            var offsets: [Int] = []
            var start: String.Index?
            for character in line.text {
                while position < text.endIndex, text[position] != character { text.formIndex(after: &position); offset += 1 }
                if start == nil { start = position }
                offsets.append(offset)
                if position < text.endIndex { text.formIndex(after: &position); offset += 1 }
            }
            starts.append(place(start ?? position, offsets.first ?? offset))
            let span = (from.character + (offsets.first ?? offset))..<(from.character + (offsets.last.map { $0 + 1 } ?? offset))
            let styles = highlights.styles(span, text: start.map { text[$0..<position] } ?? "", terms: terms)
            var runs: Line = []
            var column = 0
            for (character, characterOffset) in zip(line.text, offsets) {
                let style = styles[from.character + characterOffset - span.lowerBound]
                if runs.last?.style != style { runs.append(.init(text: "", style: style)) }
                // A tab is spaced to the next tab stop.
                if character == "\t" {
                    let spaces = TextWrap.tabColumns(at: column)
                    runs[runs.count - 1].text += String(repeating: " ", count: spaces)
                    column += spaces
                } else {
                    runs[runs.count - 1].text.append(character)
                    column += DisplayWidth.width(of: character)
                }
            }
            lines.append(runs)
        }
        let done = wrapped.count < limit || !text[position...].contains { $0 != " " && $0 != "\n" }
        if partial, done, lines.count > 1 {
            lines.removeLast()
            return (lines, starts, starts.removeLast())
        }
        return (lines, starts, done && !partial ? nil : place(position, offset))
    }
}

/// The quotations and figures of a paragraph, by where they start, to style a line's characters: the later in the
/// paragraph's list over the earlier, figures over quotations, matched words over both.
private struct Highlights {
    private let spans: [(range: Range<Int>, rank: Int, kind: Highlight.Kind)]
    private let longest: Int
    private let theme: Theme

    init(_ highlights: [Highlight], theme: Theme) {
        self.theme = theme
        var spans = highlights.enumerated().map { rank, highlight in (highlight.range, rank, highlight.kind) }
        // Sources give them in reading order, quotations then figures: sorted only when out of order.
        if zip(spans, spans.dropFirst()).contains(where: { $0.0.lowerBound > $1.0.lowerBound }) {
            spans.sort { $0.0.lowerBound < $1.0.lowerBound }
        }
        self.spans = spans
        longest = spans.reduce(0) { max($0, $1.0.count) }
    }

    /// The style of each character of `span` (character offsets in the paragraph), whose text is `text`.
    func styles(_ span: Range<Int>, text: Substring, terms: SearchTerms?) -> [Style] {
        var styles = [Style](repeating: .plain, count: span.count)
        var ranks = [Int](repeating: -1, count: span.count)
        // The first highlight that could reach the span: none starting before span - longest can.
        var low = 0, high = spans.count
        let from = span.lowerBound - longest
        while low < high {
            let middle = (low + high) / 2
            if spans[middle].range.lowerBound < from { low = middle + 1 } else { high = middle }
        }
        var index = low
        while index < spans.count, spans[index].range.lowerBound < span.upperBound {
            let highlight = spans[index]
            let style: Style = switch highlight.kind {
            case let .quote(key): theme.quote(key)
            case .figure: theme.figure
            }
            for offset in highlight.range.clamped(to: span) where highlight.rank > ranks[offset - span.lowerBound] {
                ranks[offset - span.lowerBound] = highlight.rank
                styles[offset - span.lowerBound] = style
            }
            index += 1
        }
        for range in terms?.ranges(in: String(text)) ?? [] {
            for offset in range where offset < styles.count { styles[offset] = theme.match }
        }
        return styles
    }
}
