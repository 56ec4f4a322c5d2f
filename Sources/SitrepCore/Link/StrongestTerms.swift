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

    /// The indices of the `count` strongest terms in index order: the indices of ``strongestIndices(_:)`` sorted,
    /// found by selection (the strongest are gathered before the place of the `count`th, without ordering them by
    /// strength), then sorted as plain integers.
    func strongestIndicesInOrder(_ count: Int) -> [Int] {
        guard count > 0 else { return [] }
        guard count < values.count else { return Array(values.indices) }
        var order = Array(values.indices)
        // The order "stronger" is total (terms are distinct, and values are weights, never NaN): the `count`
        // strongest are one set, however found.
        values.withUnsafeBufferPointer { values in
            terms.withUnsafeBufferPointer { terms in
                order.withUnsafeMutableBufferPointer { order in
                    @inline(__always)
                    func stronger(_ a: Int, _ b: Int) -> Bool { (values[a], terms[b]) > (values[b], terms[a]) }
                    // Quickselect: everything left of `low` is stronger than the place `wanted` will hold, everything
                    // right of `high` weaker.
                    let wanted = count - 1
                    var low = 0, high = order.count - 1
                    while low < high {
                        let pivot = order[low + (high - low) / 2]
                        var i = low, j = high
                        while i <= j {
                            while stronger(order[i], pivot) { i += 1 }
                            while stronger(pivot, order[j]) { j -= 1 }
                            if i <= j {
                                order.swapAt(i, j)
                                i += 1
                                j -= 1
                            }
                        }
                        if wanted <= j { high = j } else if wanted >= i { low = i } else { break }
                    }
                }
            }
        }
        var kept = Array(order[..<count])
        kept.sort()
        return kept
    }
}
