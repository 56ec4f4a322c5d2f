/// A ``SpeakerTally`` as a library stores it: compact bytes, written and read without a text format. Numbers are
/// unsigned LEB128 (a negative one as its 64-bit pattern); a text is its byte count then its UTF-8 bytes; each file
/// path is written once and places name it by its number.
extension SpeakerTally {
    /// The layout of the bytes, written first: a reader of another layout gets nil, and the library makes the tally
    /// again from all the speaker's articles. A change of the totals (a rule of ``speaker`` needing data the tally
    /// does not keep) or of how they are written bumps it, so that no tally stored before is read as the new one.
    static let layout: UInt64 = 1
    /// The kinds in their stored order (by their number in this list): append-only, a new kind goes last, and a stored
    /// kind is never removed or moved (that would bump ``layout``).
    static let storedKinds: [SpeakerKind] = [.person, .organisation, .group]

    /// The totals as stored bytes (the same totals give the same bytes).
    public var bytes: [UInt8] {
        var paths: [String] = []
        var pathNumber: [String: Int] = [:]
        var writer = ByteWriter()
        let entries: [[(key: String, value: Entry)]] = [names, aliases].map { list in
            list.sorted { left, right in left.key.utf8.lexicographicallyPrecedes(right.key.utf8) }
        }
        let described: [Described?] = [description, namedDescription]
        var places: [Place] = entries.flatMap { list in list.map(\.value.first) }
        places += described.compactMap { item in item?.place }
        for place in places where pathNumber[place.source] == nil {
            pathNumber[place.source] = paths.count
            paths.append(place.source)
        }
        func write(_ place: Place) {
            writer.number(UInt64(pathNumber[place.source]!))
            writer.number(UInt64(place.line))
            writer.number(UInt64(bitPattern: place.row))
            writer.number(UInt64(place.ordinal))
        }
        writer.number(SpeakerTally.layout)
        writer.number(UInt64(articles))
        writer.number(UInt64(paths.count))
        for path in paths { writer.text(path) }
        for list in entries {
            writer.number(UInt64(list.count))
            for (key, entry) in list {
                writer.text(key)
                writer.number(UInt64(bitPattern: Int64(entry.weight)))
                write(entry.first)
            }
        }
        for counts in [kinds, namedKinds] {
            let present = SpeakerTally.storedKinds.enumerated().filter { counts[$0.element] != nil }
            writer.number(UInt64(present.count))
            for (ordinal, kind) in present {
                writer.number(UInt64(ordinal))
                writer.number(UInt64(bitPattern: Int64(counts[kind]!)))
            }
        }
        for item in described {
            writer.number(item == nil ? 0 : 1)
            if let item {
                writer.text(item.text)
                write(item.place)
            }
        }
        return writer.bytes
    }

    /// The totals written as ``bytes``; nil when the bytes are not such totals.
    public init?(bytes: [UInt8]) {
        var reader = ByteReader(bytes)
        guard reader.number() == SpeakerTally.layout, let articles = reader.count(), let pathCount = reader.count() else { return nil }
        var paths: [String] = []
        for _ in 0..<pathCount {
            guard let path = reader.text() else { return nil }
            paths.append(path)
        }
        func place() -> Place? {
            guard let path = reader.count(), path < paths.count, let line = reader.count(), let row = reader.number(),
                  let ordinal = reader.count() else { return nil }
            return Place(source: paths[path], line: line, row: Int64(bitPattern: row), ordinal: ordinal)
        }
        self.init()
        self.articles = articles
        var lists: [[String: Entry]] = []
        for _ in 0..<2 {
            guard let count = reader.count() else { return nil }
            var list: [String: Entry] = [:]
            for _ in 0..<count {
                guard let key = reader.text(), let weight = reader.number(), let first = place() else { return nil }
                list[key] = Entry(weight: Int(Int64(bitPattern: weight)), first: first)
            }
            lists.append(list)
        }
        (names, aliases) = (lists[0], lists[1])
        var counted: [[SpeakerKind: Int]] = []
        for _ in 0..<2 {
            guard let count = reader.count() else { return nil }
            var counts: [SpeakerKind: Int] = [:]
            for _ in 0..<count {
                guard let ordinal = reader.count(), ordinal < SpeakerTally.storedKinds.count, let weight = reader.number() else { return nil }
                counts[SpeakerTally.storedKinds[ordinal]] = Int(Int64(bitPattern: weight))
            }
            counted.append(counts)
        }
        (kinds, namedKinds) = (counted[0], counted[1])
        var described: [Described?] = []
        for _ in 0..<2 {
            guard let flag = reader.number() else { return nil }
            if flag == 0 {
                described.append(nil)
                continue
            }
            guard let text = reader.text(), let at = place() else { return nil }
            described.append(Described(text: text, place: at))
        }
        (description, namedDescription) = (described[0], described[1])
        guard reader.atEnd else { return nil }
    }
}
