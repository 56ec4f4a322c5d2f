import Foundation
import GRDB
import SitrepCore

/// The link evidence of the stories a reader showed last (``LinkEvidenceRows/evidence(_:stories:lexicon:)``), kept
/// while their segments stay the same: the reader asks for the evidence of a segment's whole story at each key, and
/// making it again reads and compares every member's names. A story's evidence changes only when its segments do
/// (a segment joins, leaves, or comes with a merge: its names, days, agreeing figures and copied quotations are
/// written with it), so a story is known unchanged by its number of segments, its newest segment's id and the sum of
/// their ids (segment ids are never used again).
///
/// Making a story's evidence costs time in proportion to its size (a story can hold thousands of segments), so a
/// reader may put it off: asked with `putOff`, only what is kept is given, and the stories it lacks are made later by
/// ``makePutOff(_:)``, after the screen was drawn and while no key waits. A story that only gained segments since
/// its evidence was made (an ingest in another terminal adds to it at every batch) keeps the evidence it had, the new
/// segments without, and is made again at most once every ``regrowthSeconds``; a story a segment left is made again
/// at once (what it showed may not hold any more).
final class LinkEvidenceCache: @unchecked Sendable {
    /// What tells a story's segments unchanged: how many there are, the newest id among them and the sum of their ids.
    struct Stamp: Equatable {
        var segments: Int
        var newest: Int64
        var sum: Int64
    }

    /// A story's evidence as made, for its segments as they were then, and when it was made (``clock``).
    private struct Kept {
        var stamp: Stamp
        var evidence: [Int64: LinkEvidence]
        var made: Double
    }

    /// Stories kept at most; past that the cache starts again (a reader shows a few stories at a time).
    static let storiesKept = 64
    /// Seconds a story that only gained segments is shown with the evidence made before, until it is made again.
    static let regrowthSeconds: Double = 10

    private let lock = NSLock()
    private var kept: [Int64: Kept] = [:]
    /// Stories asked for with `putOff` whose evidence is not kept as they stand, with when each is to be made, the
    /// latest asked last (at most ``storiesKept``: a reader scrolling past many stories wants the last ones).
    private var putOff: [(story: Int64, due: Double)] = []
    /// Seconds since some fixed moment.
    private let clock: @Sendable () -> Double

    /// A cache that tells time by `clock` (seconds; the system's uptime unless a test gives another).
    init(clock: @escaping @Sendable () -> Double = { Double(DispatchTime.now().uptimeNanoseconds) / 1e9 }) {
        self.clock = clock
    }

    /// The evidence of the `segments` of `stories` (a reader shows a few segments of a story that may hold
    /// thousands: only theirs is given), from the cache where a story's segments are as they were, else
    /// made and kept; with `putOff`, a story not kept as it stands is noted for ``makePutOff(_:)`` and left out (no
    /// evidence rather than evidence of its segments as they were), unless it only gained segments since its evidence
    /// was made, less than ``regrowthSeconds`` ago: that evidence is given, and the story made again once that is over.
    func evidence(_ db: Database, stories: [Int64], of segments: Set<Int64>, putOff: Bool = false) throws
        -> [Int64: LinkEvidence] {
        var found: [Int64: LinkEvidence] = [:]
        func take(_ evidence: [Int64: LinkEvidence]) {
            for segment in segments where found[segment] == nil {
                if let made = evidence[segment] { found[segment] = made }
            }
        }
        for story in stories {
            let stamp = try LinkEvidenceCache.stamp(db, story: story)
            let cached = lock.withLock { kept[story] }
            if let cached, cached.stamp == stamp {
                take(cached.evidence)
            } else if putOff {
                var due = clock()
                if let cached, due - cached.made < LinkEvidenceCache.regrowthSeconds,
                   try LinkEvidenceCache.onlyGained(db, story: story, since: cached.stamp) {
                    take(cached.evidence)
                    due = cached.made + LinkEvidenceCache.regrowthSeconds
                }
                lock.withLock {
                    self.putOff.removeAll { $0.story == story }
                    self.putOff.append((story, due))
                    if self.putOff.count > LinkEvidenceCache.storiesKept { self.putOff.removeFirst() }
                }
            } else {
                take(try make(db, story: story, stamp: stamp))
            }
        }
        return found
    }

    /// Whether stories asked for with `putOff` lack their evidence and are due to be made.
    var hasPutOff: Bool {
        let now = clock()
        return lock.withLock { putOff.contains { $0.due <= now } }
    }

    /// Makes and keeps the evidence of the story due that was put off last (one a call, so that a key pressed
    /// meanwhile waits for one story at most; the rest wait for the next call); true when one was made (what was
    /// shown without its evidence can be shown again with it).
    func makePutOff(_ db: Database) throws -> Bool {
        let now = clock()
        while let story = lock.withLock({ () -> Int64? in
            guard let index = putOff.lastIndex(where: { $0.due <= now }) else { return nil }
            return putOff.remove(at: index).story
        }) {
            let stamp = try LinkEvidenceCache.stamp(db, story: story)
            if lock.withLock({ kept[story]?.stamp == stamp }) { continue }
            _ = try make(db, story: story, stamp: stamp)
            return true
        }
        return false
    }

    /// The stamp of a story's segments as they stand.
    private static func stamp(_ db: Database, story: Int64) throws -> Stamp {
        let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT count(*), max(id), sum(id) FROM segments WHERE story_id = ?"),
                                   arguments: [story])
        return Stamp(segments: row?[0] ?? 0, newest: row?[1] ?? 0, sum: row?[2] ?? 0)
    }

    /// Whether every segment a story had at `stamp` is still in it (it only gained segments since).
    private static func onlyGained(_ db: Database, story: Int64, since stamp: Stamp) throws -> Bool {
        let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT count(*), sum(id) FROM segments WHERE story_id = ? AND id <= ?"),
                                   arguments: [story, stamp.newest])
        return (row?[0] ?? 0) == stamp.segments && (row?[1] ?? 0) == stamp.sum
    }

    /// Makes and keeps the evidence of one story whose segments have `stamp`.
    private func make(_ db: Database, story: Int64, stamp: Stamp) throws -> [Int64: LinkEvidence] {
        let evidence = try LinkEvidenceRows.evidence(db, stories: [story])
        let made = clock()
        lock.withLock {
            if kept.count >= LinkEvidenceCache.storiesKept { kept = [:] }
            kept[story] = Kept(stamp: stamp, evidence: evidence, made: made)
        }
        return evidence
    }
}
