import Foundation
import GRDB
import SitrepCore

/// The link evidence of the stories a reader showed last (``LinkEvidenceRows/evidence(_:stories:lexicon:)``), kept
/// while their segments stay the same: the reader asks for the evidence of a segment's whole story at each key, and
/// making it again reads and compares every member's names. A story's evidence changes only when its segments do
/// (a segment joins, leaves, or comes with a merge: its names, days, agreeing figures and copied quotations are
/// written with it), so a story is known unchanged by its number of segments and its newest segment's id.
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

    /// The evidence of each segment of `stories`, from the cache where a story's segments are as they were, else made
    /// and kept.
    func evidence(_ db: Database, stories: [Int64]) throws -> [Int64: LinkEvidence] {
        var found: [Int64: LinkEvidence] = [:]
        for story in stories {
            let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT count(*), max(id) FROM segments WHERE story_id = ?"),
                                       arguments: [story])
            let stamp = Stamp(segments: row?[0] ?? 0, newest: row?[1] ?? 0)
            let cached = lock.withLock { kept[story] }
            let evidence: [Int64: LinkEvidence]
            if let cached, cached.stamp == stamp {
                evidence = cached.evidence
            } else {
                evidence = try LinkEvidenceRows.evidence(db, stories: [story])
                lock.withLock {
                    if kept.count >= LinkEvidenceCache.storiesKept { kept = [:] }
                    kept[story] = (stamp, evidence)
                }
            }
            found.merge(evidence) { first, _ in first }
        }
        return found
    }
}
