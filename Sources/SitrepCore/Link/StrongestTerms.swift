extension SparseTerms {
    /// The indices of the `count` strongest terms, strongest first; of two equal values the smaller term first.
    /// What sorting every index by that order and keeping the first `count` gives, found by keeping the `count`
    /// strongest seen so far in order: most terms of a long vector fall below the last of them at one comparison.
    func strongestIndices(_ count: Int) -> [Int] {
        @inline(__always)
        func stronger(_ a: Int, _ b: Int) -> Bool { (values[a], terms[b]) > (values[b], terms[a]) }
        guard count > 0 else { return [] }
        guard count < values.count else { return values.indices.sorted(by: stronger) }
        var best: [Int] = []
        best.reserveCapacity(count + 1)
        for index in values.indices {
            if best.count == count, !stronger(index, best[count - 1]) { continue }
            // The first place whose index is weaker than this one.
            var low = 0, high = best.count
            while low < high {
                let middle = (low + high) / 2
                if stronger(index, best[middle]) { high = middle } else { low = middle + 1 }
            }
            best.insert(index, at: low)
            if best.count > count { best.removeLast() }
        }
        return best
    }
}
