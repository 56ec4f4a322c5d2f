import Dispatch

extension Array where Element: Sendable {
    /// `map` run on every core. The result is the same as `map`'s, in the same order, whatever the scheduling:
    /// each element's result depends on that element alone.
    func parallelMap<Result: Sendable>(_ transform: @Sendable (Element) -> Result) -> [Result] {
        guard count > 1 else { return map(transform) }
        let slots = Slots<Result>(count: count)
        defer { slots.free() }
        let items = self
        DispatchQueue.concurrentPerform(iterations: count) { index in
            slots.set(index, transform(items[index]))
        }
        return slots.collect()
    }
}

/// Write-once result slots shared by the workers of ``Array/parallelMap(_:)``: each index is written by one
/// worker only, and read after all of them have finished.
private struct Slots<Value>: @unchecked Sendable {
    let base: UnsafeMutablePointer<Value?>
    let count: Int

    init(count: Int) {
        self.count = count
        base = .allocate(capacity: count)
        base.initialize(repeating: nil, count: count)
    }

    func set(_ index: Int, _ value: Value) { base[index] = value }

    func collect() -> [Value] { (0..<count).map { base[$0]! } }

    func free() {
        base.deinitialize(count: count)
        base.deallocate()
    }
}
