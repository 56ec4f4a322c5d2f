/// What the passes over one article's speakers work out again and again for the same names, made once a name: the
/// ``NameKey/parts(_:lexicon:)`` and the ``NameShape``. An article writes the same few names many times, and
/// resolving each mention compares it with every entity known so far.
///
/// A reference, so that the lookups of a non-mutating method fill it too. One per article, used by one thread.
final class NameMemo {
    let lexicon: Lexicon
    private var parts: [String: [String]] = [:]
    private var shapes: [String: NameShape] = [:]

    init(lexicon: Lexicon) {
        self.lexicon = lexicon
    }

    /// ``NameKey/parts(_:lexicon:)`` of `name`.
    func parts(_ name: String) -> [String] {
        if let known = NameMemo.find(name, in: parts) { return known }
        let found = NameKey.parts(name, lexicon: lexicon)
        parts[name] = found
        return found
    }

    /// ``NameShape/of(_:lexicon:)`` of `name`.
    func shape(_ name: String) -> NameShape {
        if let known = NameMemo.find(name, in: shapes) { return known }
        let found = NameShape.of(name, lexicon: lexicon)
        shapes[name] = found
        return found
    }

    /// The value kept for `name` when the name kept has the same bytes: a dictionary of strings finds canonically
    /// equivalent spellings too, which the functions kept may tell apart.
    private static func find<Value>(_ name: String, in known: [String: Value]) -> Value? {
        guard let index = known.index(forKey: name), known[index].key.utf8.elementsEqual(name.utf8) else { return nil }
        return known[index].value
    }
}
