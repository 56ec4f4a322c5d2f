/// Makes speakers canonical across articles: one speaker for spelling and transliteration variants and
/// honorifics of one name, separate speakers for one surname worn by two people.
///
/// Full names merge on their ``NameKey``: one full name is one person across the library, as a reader searching it
/// means it (two people of one name are told apart by their descriptions and dates, not split). A bare surname joins
/// the bearer of that surname who speaks in its story or is prominent in its period; unnamed descriptions ("a South
/// Korean lawmaker") join a speaker only inside one linked story, and have no canonical name.
public struct SpeakerDirectory {
    let lexicon: Lexicon

    struct Node {
        var article: Int
        var entity: LocalEntity
    }

    /// The canonical speakers, and for each article the map from its local entity to a speaker index. `days` holds
    /// each article's day number, when it is dated.
    func unify(_ articles: [[LocalEntity]], days: [Double?], storyOf: (Int, Int) -> Int?) -> ([Speaker], [[Int: Int]]) {
        var nodes: [Node] = []
        var nodeIndex: [[Int: Int]] = Array(repeating: [:], count: articles.count)
        for (article, entities) in articles.enumerated() {
            for (local, entity) in entities.enumerated() where entity.count > 0 {
                nodeIndex[article][local] = nodes.count
                nodes.append(Node(article: article, entity: entity))
            }
        }
        var sets = UnionFind(count: nodes.count)
        // Full names, and names of organisations.
        var byKey: [String: Int] = [:]
        var surnames: [String: Set<String>] = [:]
        for (index, node) in nodes.enumerated() {
            guard let name = node.entity.name else { continue }
            let parts = NameKey.parts(name, lexicon: lexicon)
            guard parts.count >= 2 || node.entity.kind != .person else { continue }
            let key = parts.joined()
            if let first = byKey[key] { sets.union(first, index) } else { byKey[key] = index }
            if node.entity.kind == .person, let first = parts.first, let last = parts.last {
                surnames[first, default: []].insert(key)
                surnames[last, default: []].insert(key)
            }
        }
        // Where and when each full name speaks: its stories, and each of its articles' day and count of quotations
        // under each part of the name, for the bearer of a surname in a bare mention's story or period.
        var storiesOf: [String: Set<Int>] = [:]
        var spoken: [String: [Spoken]] = [:]
        for node in nodes {
            guard let name = node.entity.name, node.entity.kind == .person else { continue }
            let parts = NameKey.parts(name, lexicon: lexicon)
            guard parts.count >= 2, let first = parts.first, let last = parts.last else { continue }
            let key = parts.joined()
            storiesOf[key, default: []].formUnion(node.entity.segments.compactMap { storyOf(node.article, $0) })
            for part in Set([first, last]) {
                spoken[part, default: []].append(Spoken(key: key, day: days[node.article], count: node.entity.count))
            }
        }
        // Bare names: to the one bearer of the surname who speaks in the same story, or in the same period (see
        // ``bearer(inStory:inPeriod:)``); otherwise all bare mentions of the surname are one speaker of that name,
        // apart from every full name.
        var bareKeys: [String: Int] = [:]
        for (index, node) in nodes.enumerated() {
            guard let name = node.entity.name, node.entity.kind == .person else { continue }
            let parts = NameKey.parts(name, lexicon: lexicon)
            guard parts.count == 1 else { continue }
            if let keys = surnames[parts[0]] {
                let stories = Set(node.entity.segments.compactMap { storyOf(node.article, $0) })
                let carriers = spoken[parts[0]] ?? []
                let period = SpeakerDirectory.period(around: days[node.article], days: carriers.compactMap(\.day))
                var weight: [String: Int] = [:]
                for carrier in carriers where carrier.day.map({ period.contains($0) }) ?? true {
                    weight[carrier.key, default: 0] += carrier.count
                }
                let inStory = keys.filter { !(storiesOf[$0] ?? []).isDisjoint(with: stories) }
                if let key = SpeakerDirectory.bearer(inStory: inStory, inPeriod: weight), let full = byKey[key] {
                    sets.union(full, index)
                    continue
                }
            }
            if surnames[parts[0]] == nil {
                // No full name carries it anywhere: bare mentions of it are one speaker.
                if let same = byKey[parts[0]] { sets.union(same, index) } else { byKey[parts[0]] = index }
            } else if let same = bareKeys[parts[0]] {
                sets.union(same, index)
            } else {
                bareKeys[parts[0]] = index
            }
        }
        // Unnamed descriptions: within one story, to a speaker known by that description. Grouped by description
        // and story, so that a description used thousands of times ("officials") is still one pass.
        struct Place: Hashable { var description: String; var story: Int }
        var byPlace: [Place: [Int]] = [:]
        for (index, node) in nodes.enumerated() {
            let stories = Set(node.entity.segments.compactMap { storyOf(node.article, $0) })
            guard !stories.isEmpty else { continue }
            for reduced in Set(node.entity.aliases.map(NameKey.description)) {
                for story in stories { byPlace[Place(description: reduced, story: story), default: []].append(index) }
            }
        }
        // Places are taken in order of their first member, so the result never depends on hashing.
        for members in byPlace.values.sorted(by: { $0.lexicographicallyPrecedes($1) }) where members.contains(where: { nodes[$0].entity.name == nil }) {
            // An unnamed member joins the members of the other articles. When the named ones among them are more
            // than one speaker ("the president" beside two presidents), it joins the unnamed ones only.
            guard Set(members.map { nodes[$0].article }).count > 1 else { continue }
            let unnamed = members.filter { nodes[$0].entity.name == nil }
            let named = members.filter { nodes[$0].entity.name != nil }
            let speakers = Set(named.map { sets.find($0) })
            let joining = speakers.count <= 1 ? members : unnamed
            guard Set(joining.map { nodes[$0].article }).count > 1 else { continue }
            for member in joining where member != unnamed[0] {
                if nodes[member].entity.name == nil || nodes[member].article != nodes[unnamed[0]].article
                    || unnamed.contains(where: { nodes[$0].article != nodes[member].article }) {
                    sets.union(unnamed[0], member)
                }
            }
        }
        // One speaker per set.
        let (members, speakerOf) = sets.groups()
        let speakers = members.map { SpeakerDirectory.canonical($0.map { nodes[$0].entity.evidence }) }
        var maps: [[Int: Int]] = Array(repeating: [:], count: articles.count)
        for (article, locals) in nodeIndex.enumerated() {
            for (local, node) in locals { maps[article][local] = speakerOf[node] }
        }
        return (speakers, maps)
    }

    /// An article in which a full name speaks: its day, and how many quotations it gives the name.
    struct Spoken {
        var key: String
        var day: Double?
        var count: Int
    }

    /// How many times more a bearer of a surname must speak in a bare mention's period than every other bearer
    /// for the mention to be theirs.
    static let prominence = 3

    /// How many of the articles nearest in time that give a surname in a full name, on either side of a bare
    /// mention, make its period: the period reaches as far as the surname's bearers are written, a few days in a
    /// library that follows them daily, months in a sparse one, and its cost never grows with the library.
    public static let periodArticles = 10

    /// The days of a bare mention's period, given the days of the articles that give its surname in a full name: from
    /// the ``periodArticles``-th of them on or before its day to the ``periodArticles``-th after it (open where there
    /// are fewer). An undated mention may be of any time: its period is every day. (Undated full names are of every
    /// period.)
    public static func period(around day: Double?, days: [Double]) -> ClosedRange<Double> {
        guard let day else { return -Double.infinity...Double.infinity }
        let before = days.filter { $0 <= day }.sorted(by: >)
        let after = days.filter { $0 > day }.sorted()
        let from = before.count >= periodArticles ? before[periodArticles - 1] : -Double.infinity
        let to = after.count >= periodArticles ? after[periodArticles - 1] : Double.infinity
        return from...to
    }

    /// The full name a bare surname stands for, given the full names carrying it that speak in a story of the bare
    /// mention (`inStory`) and how often each bearer speaks in its period (`inPeriod`): the only one in the story;
    /// none when several are (they compete); else the only one of the period, or one that speaks there
    /// ``prominence`` times more than any other. Nil when no bearer speaks in its story or period.
    public static func bearer(inStory: Set<String>, inPeriod weight: [String: Int]) -> String? {
        if inStory.count == 1 { return inStory.first }
        if inStory.count > 1 { return nil }
        let ranked = weight.keys.sorted { (weight[$0]!, $1) > (weight[$1]!, $0) }
        guard let top = ranked.first else { return nil }
        guard ranked.count > 1 else { return top }
        return weight[top]! >= prominence * weight[ranked[1]]! ? top : nil
    }

    /// The canonical record of a set of entities, given in the order of their places (``SpeakerTally/speaker``'s
    /// rules: the most used full name; all aliases; a description): the record their running totals make, so that a
    /// library adding evidence to a stored tally makes the same record.
    static func canonical(_ nodes: [SpeakerEvidence]) -> Speaker {
        var tally = SpeakerTally()
        for (index, node) in nodes.enumerated() { tally.add(node, at: SpeakerTally.Place(source: "", line: 0, row: Int64(index))) }
        return tally.speaker
    }
}

/// Disjoint sets with path halving and union by size.
struct UnionFind {
    private var parent: [Int]
    private var size: [Int]

    init(count: Int) {
        parent = Array(0..<count)
        size = Array(repeating: 1, count: count)
    }

    mutating func find(_ element: Int) -> Int {
        var node = element
        while parent[node] != node {
            parent[node] = parent[parent[node]]
            node = parent[node]
        }
        return node
    }

    /// The sets as groups of elements (in order of their first element), and each element's group index.
    mutating func groups() -> (members: [[Int]], groupOf: [Int]) {
        var groupOfRoot: [Int: Int] = [:]
        var members: [[Int]] = []
        var groupOf: [Int] = []
        groupOf.reserveCapacity(parent.count)
        for element in parent.indices {
            let root = find(element)
            let group = groupOfRoot[root] ?? members.count
            if group == members.count { groupOfRoot[root] = group; members.append([]) }
            members[group].append(element)
            groupOf.append(group)
        }
        return (members, groupOf)
    }

    mutating func union(_ left: Int, _ right: Int) {
        var a = find(left), b = find(right)
        guard a != b else { return }
        if size[a] < size[b] { swap(&a, &b) }
        parent[b] = a
        size[a] += size[b]
    }
}
