/// The link inputs of many articles, gathered a batch at a time: the inputs without their term bags, and the
/// bags with each term key replaced by a small id (8 bytes a term instead of 12), so that a library of hundreds of
/// thousands of articles links in memory.
public struct LinkCorpus: Sendable {
    private(set) var articles: [LinkInput] = []
    /// Each segment's terms as ids and weights, sorted by id; segments in article order.
    private(set) var bags: [(ids: [UInt32], weights: [Float])] = []
    /// The article of each segment.
    private(set) var articleOf: [Int] = []
    /// The first segment of each article.
    private(set) var firstSegment: [Int] = []
    /// The key of each term id.
    private(set) var keys: [UInt64] = []
    /// The id of each term key (an id is the key's place in `keys`), probed without hashing through `Hasher`.
    private var ids = KeyTable()

    public init() {}

    /// Adds articles' link inputs, in order.
    public mutating func append(contentsOf inputs: [LinkInput]) {
        for var input in inputs {
            firstSegment.append(bags.count)
            for counts in input.terms {
                var pairs: [(UInt32, Float)] = []
                pairs.reserveCapacity(counts.keys.count)
                for (key, weight) in zip(counts.keys, counts.weights) {
                    let id = ids.id(key)
                    if id == keys.count { keys.append(key) }
                    pairs.append((UInt32(id), weight))
                }
                pairs.sort { $0.0 < $1.0 }
                bags.append((pairs.map(\.0), pairs.map(\.1)))
                articleOf.append(articles.count)
            }
            input.terms = []
            articles.append(input)
        }
    }
}
