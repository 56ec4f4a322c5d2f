/// A sparse vector as parallel arrays sorted by term: a dot product or a sum is one merge, with no hashing. Terms
/// are small ids in a corpus linked at once (``SparseVector``) and term keys in a library linked online
/// (``TermVector``).
public struct SparseTerms<Term: FixedWidthInteger & Sendable>: Sendable {
    private(set) var terms: [Term] = []
    private(set) var values: [Double] = []

    /// The vector of (term, value) pairs, terms distinct.
    init(_ pairs: [(Term, Double)]) {
        let sorted = pairs.sorted { $0.0 < $1.0 }
        terms = sorted.map(\.0)
        values = sorted.map(\.1)
    }

    /// The vector of terms sorted and distinct, with their values.
    init(terms: [Term], values: [Double]) {
        self.terms = terms
        self.values = values
    }

    /// The `count` strongest terms (ties to the smaller key), strongest first.
    func strongestTerms(_ count: Int) -> [Term] {
        strongestIndices(count).map { terms[$0] }
    }

    /// The vector kept to its `limit` strongest terms, normalised to unit length.
    func cut(to limit: Int) -> SparseTerms {
        let kept = kept(limit)
        let length = kept.length
        guard length > 0 else { return SparseTerms(terms: [], values: []) }
        return SparseTerms(terms: kept.terms, values: kept.values.map { $0 / length })
    }

    /// The vector kept to its `limit` strongest terms, not normalised (a sum of vectors stays a sum).
    func kept(_ limit: Int) -> SparseTerms {
        guard terms.count > limit else { return self }
        let kept = strongestIndicesInOrder(limit)
        return SparseTerms(terms: kept.map { terms[$0] }, values: kept.map { values[$0] })
    }

    /// This vector plus `other` times `weight`.
    func adding(_ other: SparseTerms, weight: Double = 1) -> SparseTerms {
        var sum = SparseTerms(terms: [], values: [])
        sum.terms.reserveCapacity(terms.count + other.terms.count)
        sum.values.reserveCapacity(terms.count + other.terms.count)
        var i = 0, j = 0
        while i < terms.count || j < other.terms.count {
            if j == other.terms.count || (i < terms.count && terms[i] < other.terms[j]) {
                sum.terms.append(terms[i])
                sum.values.append(values[i])
                i += 1
            } else if i == terms.count || other.terms[j] < terms[i] {
                sum.terms.append(other.terms[j])
                sum.values.append(weight * other.values[j])
                j += 1
            } else {
                sum.terms.append(terms[i])
                sum.values.append(values[i] + weight * other.values[j])
                i += 1
                j += 1
            }
        }
        return sum
    }

    /// Calls `body` with the positions in `self` and in `other` of each term both vectors hold, in term order (one
    /// merge walk over the two sorted term lists).
    @inline(__always)
    private func forEachShared(_ other: SparseTerms, _ body: (_ mine: Int, _ theirs: Int) -> Void) {
        terms.withUnsafeBufferPointer { a in
            other.terms.withUnsafeBufferPointer { b in
                var i = 0, j = 0
                while i < a.count && j < b.count {
                    if a[i] == b[j] {
                        body(i, j)
                        i += 1
                        j += 1
                    } else if a[i] < b[j] {
                        i += 1
                    } else {
                        j += 1
                    }
                }
            }
        }
    }

    /// The terms both vectors hold, each with the smaller of its two values.
    func intersecting(_ other: SparseTerms) -> SparseTerms {
        var both = SparseTerms(terms: [], values: [])
        forEachShared(other) { i, j in
            both.terms.append(terms[i])
            both.values.append(min(values[i], other.values[j]))
        }
        return both
    }

    /// How many of the terms both vectors hold `isCounted` holds true of.
    func countShared(_ other: SparseTerms, where isCounted: (Term) -> Bool) -> Int {
        var count = 0
        forEachShared(other) { i, _ in if isCounted(terms[i]) { count += 1 } }
        return count
    }

    /// Euclidean length.
    public var length: Double { values.reduce(0) { $0 + $1 * $1 }.squareRoot() }

    public func dot(_ other: SparseTerms) -> Double {
        var sum = 0.0
        forEachShared(other) { i, j in sum += values[i] * other.values[j] }
        return sum
    }

    /// The dot product without the contributions of the `count` terms that contribute most to it: what two
    /// vectors share beyond their few strongest common words.
    func dot(_ other: SparseTerms, beyondStrongest count: Int) -> Double {
        var contributions: [Double] = []
        forEachShared(other) { i, j in contributions.append(values[i] * other.values[j]) }
        guard contributions.count > count else { return 0 }
        return contributions.sorted(by: >).dropFirst(count).reduce(0, +)
    }
}

/// Vectors over small term ids, in a corpus linked at once.
typealias SparseVector = SparseTerms<UInt32>
