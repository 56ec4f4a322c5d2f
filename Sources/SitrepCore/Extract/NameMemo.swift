/// What the passes over one article's speakers work out again and again for the same names, made once a name: the
/// ``NameKey/parts(_:lexicon:)`` and the ``NameShape``. An article writes the same few names many times, and
/// resolving each mention compares it with every entity known so far.
///
/// A reference, so that the lookups of a non-mutating method fill it too. One per article, used by one thread.
final class NameMemo {
    let lexicon: Lexicon
    private var keys: [String: (parts: [String], whole: String)] = [:]
    private var shapes: [String: NameShape] = [:]
    /// The key last made for each entity's name, by the entity's place, with the name it was made of.
    private var entityKeys: [(name: String, key: (parts: [String], whole: String))?] = []

    init(lexicon: Lexicon) {
        self.lexicon = lexicon
    }

    /// ``NameKey/parts(_:lexicon:)`` of `name`.
    func parts(_ name: String) -> [String] { key(name).parts }

    /// ``NameKey/parts(_:lexicon:)`` of `name` and those parts joined (`parts.joined()`), the key two names are the
    /// same name by: made once a name, not again at each comparison.
    func key(_ name: String) -> (parts: [String], whole: String) {
        NameMemo.value(of: name, in: &keys) {
            let parts = NameKey.parts(name, lexicon: lexicon)
            return (parts, parts.joined())
        }
    }

    /// ``key(_:)`` of `name`, the name of the entity at place `entity` of the article's entities: kept by that place
    /// too, so that asking again about an entity whose name is unchanged compares the name's bytes instead of hashing
    /// it (resolving a mention asks about every entity known so far).
    func key(_ name: String, entity: Int) -> (parts: [String], whole: String) {
        if entity < entityKeys.count, let kept = entityKeys[entity], kept.name.hasSameBytes(as: name) { return kept.key }
        let found = key(name)
        if entity >= entityKeys.count { entityKeys += repeatElement(nil, count: entity + 1 - entityKeys.count) }
        entityKeys[entity] = (name, found)
        return found
    }

    /// ``NameShape/of(_:lexicon:)`` of `name`.
    func shape(_ name: String) -> NameShape {
        NameMemo.value(of: name, in: &shapes) { NameShape.of(name, lexicon: lexicon) }
    }

    /// The value kept for `name`, made and kept the first time. A dictionary of strings takes canonically equivalent
    /// spellings for one key, which the functions kept may tell apart: a spelling other than the one kept is made
    /// anew each time.
    private static func value<Value>(of name: String, in known: inout [String: Value], make: () -> Value) -> Value {
        if let index = known.index(forKey: name) {
            return known[index].key.hasSameBytes(as: name) ? known[index].value : make()
        }
        let value = make()
        known[name] = value
        return value
    }
}
