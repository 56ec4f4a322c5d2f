import Dispatch
import Foundation

/// Work started on another thread now and waited for later: the next batch of files is read and analysed while
/// the current one is written, so that analysis (on every core) and the single writer overlap.
final class Ahead<Value: Sendable>: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var result: Result<Value, Error>?

    init(_ work: @escaping @Sendable () throws -> Value) {
        DispatchQueue.global().async {
            self.result = Result(catching: work)
            self.done.signal()
        }
    }

    /// The work's value once it is done (or its error).
    func value() throws -> Value {
        done.wait()
        // Waited for once: the semaphore is given back so that a second call does not block.
        done.signal()
        return try result!.get()
    }
}
