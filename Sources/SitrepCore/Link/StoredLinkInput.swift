/// What a library keeps of an article's link input to link it again later without reading its text again
/// (`sitrep relink`): the terms of each segment as stored bytes, and the few fields stories are made of.
extension TermCounts {
    /// The bag as bytes: the count, then each key, then each weight as a 32-bit float, little-endian (the layout of
    /// a stored ``TermVector``).
    public var bytes: [UInt8] {
        SparseTerms(terms: keys, values: weights.map(Double.init)).bytes
    }

    /// The bag written as ``bytes``; nil when the bytes are not one.
    public init?(bytes: [UInt8]) {
        guard let vector = TermVector(bytes: bytes) else { return nil }
        self.init(keys: vector.terms, weights: vector.values.map(Float.init))
    }
}

extension LinkInput {
    /// The link input of a stored article, as far as linking its segments into stories needs it: its title, its
    /// segments' headings, events' days and terms, whether it is a live blog, its day and its outlet. Speakers,
    /// quotations and figures are linked from what the library stores of them.
    public init(storedSource source: String, title: String, headings: [String?], isLiveBlog: Bool, day: Double?,
                eventDays: [Double?], outlet: String?, terms: [TermCounts]) {
        self.init(source: source, title: title, headings: headings, isLiveBlog: isLiveBlog, day: day,
                  eventDays: eventDays, outlet: outlet,
                  segmentCount: headings.count, terms: terms, entities: [], quoteEntities: [], quoteKeys: [],
                  quoteAnchors: [], figures: [])
    }
}
