import Foundation
import GRDB
import SitrepCore

/// The link evidence of the stories a reader showed last (``LinkEvidenceRows/evidence(_:stories:lexicon:)``), kept
/// while their segments stay the same: the reader asks for the evidence of a segment's whole story at each key, and
/// making it again reads and compares every member's names. A story's evidence changes only when its segments do
/// (a segment joins, leaves, or comes with a merge: its names, days, agreeing figures and copied quotations are
/// written with it), so a story is known unchanged by its number of segments and its newest segment's id.
///
/// Making a story's evidence costs time in proportion to its size (a story can hold thousands of segments), so a
/// reader may put it off: asked with `putOff`, only what is kept is given, and the stories it lacks are made later by
/// ``makePutOff(_:)``, after the screen was drawn and while no key waits.
final class LinkEvidenceCache: @unchecked Sendable {
    /// What tells a story's segments unchanged: how many there are and the newest id among them.
    struct Stamp: Equatable {
        var segments: Int
        var newest: Int64
    }

    /// Stories kept at most; past that the cache starts again (a reader shows a few stories at a time).
    static let storiesKept = 64

    private let lock = NSLock()
    private var kept: [Int64: (stamp: Stamp, evidence: [Int64: LinkEvidence])] = [:]
    /// Stories asked for with `putOff` whose evidence is not kept as they stand, the latest asked last (at most
    /// ``storiesKept``: a reader scrolling past many stories wants the last ones).
    private var putOff: [Int64] = []

    /// The evidence of each segment of `stories`, from the cache where a story's segments are as they were, else made
    /// and kept; with `putOff`, a story not kept as it stands is left out (no evidence rather than evidence of its
    /// segments as they were) and noted for ``makePutOff(_:)``.
    func evidence(_ db: Database, stories: [Int64], putOff: Bool = false) throws -> [Int64: LinkEvidence] {
        var found: [Int64: LinkEvidence] = [:]
        for story in stories {
            let stamp = try LinkEvidenceCache.stamp(db, story: story)
            if let cached = lock.withLock({ kept[story] }), cached.stamp == stamp {
                found.merge(cached.evidence) { first, _ in first }
            } else if putOff {
                lock.withLock {
                    self.putOff.removeAll { $0 == story }
                    self.putOff.append(story)
                    if self.putOff.count > LinkEvidenceCache.storiesKept { self.putOff.removeFirst() }
                }
            } else {
                found.merge(try make(db, story: story, stamp: stamp)) { first, _ in first }
            }
        }
        return found
    }

    /// Whether stories asked for with `putOff` still lack their evidence.
    var hasPutOff: Bool { lock.withLock { !putOff.isEmpty } }

    /// Makes and keeps the evidence of the story put off last (one a call, so that a key pressed meanwhile waits
    /// for one story at most; the rest wait for the next call); true when one was made (what was shown without its
    /// evidence can be shown again with it).
    func makePutOff(_ db: Database) throws -> Bool {
        while let story = lock.withLock({ putOff.popLast() }) {
            let stamp = try LinkEvidenceCache.stamp(db, story: story)
            if lock.withLock({ kept[story]?.stamp == stamp }) { continue }
            _ = try make(db, story: story, stamp: stamp)
            return true
        }
        return false
    }

    /// The stamp of a story's segments as they stand.
    private static func stamp(_ db: Database, story: Int64) throws -> Stamp {
        let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT count(*), max(id) FROM segments WHERE story_id = ?"),
                                   arguments: [story])
        return Stamp(segments: row?[0] ?? 0, newest: row?[1] ?? 0)
    }

    /// Makes and keeps the evidence of one story whose segments have `stamp`.
    private func make(_ db: Database, story: Int64, stamp: Stamp) throws -> [Int64: LinkEvidence] {
        let evidence = try LinkEvidenceRows.evidence(db, stories: [story])
        lock.withLock {
            if kept.count >= LinkEvidenceCache.storiesKept { kept = [:] }
            kept[story] = (stamp, evidence)
        }
        return evidence
    }
}
