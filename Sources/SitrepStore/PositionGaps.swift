import GRDB

/// Where articles stand in the list in order of ingest. An article's `position` is given when it is written and
/// never changed: the positions of a removed file's articles become a gap (a row of `position_gaps`: the first
/// position of a run of removed ones and how many), so that removing a file writes no other article's row. An
/// article's place in the list is its position less the removed positions before it. A gap after the last article
/// is not kept: the next articles written take those positions. A library from before the gaps (read without
/// being written) has none.
enum PositionGaps {
    /// The place in the list of the article at `position`.
    static func index(ofPosition position: Int, _ db: Database) throws -> Int {
        guard try db.tableExists("position_gaps") else { return position }
        let removed = try Int.fetchOne(db.cachedStatement(sql: "SELECT coalesce(sum(size), 0) FROM position_gaps WHERE position < ?"),
                                       arguments: [position]) ?? 0
        return position - removed
    }

    /// The position of the article at place `index` of the list (or where it would be, past the end): each gap at
    /// or before the position found so far moves it past the gap's positions.
    static func position(ofIndex index: Int, _ db: Database) throws -> Int {
        guard try db.tableExists("position_gaps") else { return index }
        var position = index
        let gaps = try Row.fetchCursor(db.cachedStatement(sql: "SELECT position, size FROM position_gaps ORDER BY position"))
        while let gap = try gaps.next(), (gap["position"] as Int) <= position { position += gap["size"] as Int }
        return position
    }

    /// The condition and order of the articles at places `range` of the list (on a table aliased `alias`), with their
    /// arguments: from the position of the range's first place on, as many as it holds.
    static func page(_ range: Range<Int>, of alias: String, _ db: Database) throws -> (sql: String, arguments: StatementArguments) {
        ("\(alias).position >= ? ORDER BY \(alias).position LIMIT ?", [try position(ofIndex: range.lowerBound, db), range.count])
    }

    /// Records the positions of removed articles (already deleted) as gaps, each run of them joined with the gaps
    /// it touches; gaps after the last article left are dropped.
    static func remove(_ positions: [Int], _ db: Database) throws {
        let before = try db.cachedStatement(sql: "SELECT position, size FROM position_gaps WHERE position < ? ORDER BY position DESC LIMIT 1")
        let after = try db.cachedStatement(sql: "SELECT size FROM position_gaps WHERE position = ?")
        let drop = try db.cachedStatement(sql: "DELETE FROM position_gaps WHERE position = ?")
        let insert = try db.cachedStatement(sql: "INSERT INTO position_gaps(position, size) VALUES (?, ?)")
        for run in runs(positions) {
            var (start, size) = (run.lowerBound, run.count)
            if let gap = try Row.fetchOne(before, arguments: [start]) {
                let (first, length): (Int, Int) = (gap["position"], gap["size"])
                if first + length == start {
                    try drop.execute(arguments: [first])
                    (start, size) = (first, size + length)
                }
            }
            if let next = try Int.fetchOne(after, arguments: [run.upperBound]) {
                try drop.execute(arguments: [run.upperBound])
                size += next
            }
            try insert.execute(arguments: [start, size])
        }
        try db.execute(sql: "DELETE FROM position_gaps WHERE position > (SELECT coalesce(max(position), -1) FROM articles)")
        if try Int.fetchOne(db.cachedStatement(sql: "SELECT count(*) FROM position_gaps")) ?? 0 > maximumGaps {
            try compact(db)
        }
    }

    /// Gaps kept at most: finding a place in the list walks the gaps, so past this many the articles are numbered
    /// again without them (a write of every article's row, once in so many removals of files that leave gaps apart,
    /// as a feed's items replaced over months do).
    static let maximumGaps = 1024

    /// Numbers the articles again, from 0 in list order, and forgets the gaps.
    static func compact(_ db: Database) throws {
        try db.execute(sql: """
            UPDATE articles SET position = r.p
                FROM (SELECT id, row_number() OVER (ORDER BY position) - 1 AS p FROM articles) AS r
                WHERE r.id = articles.id AND articles.position != r.p;
            DELETE FROM position_gaps;
            """)
    }

    /// Runs of consecutive positions, in order.
    static func runs(_ positions: [Int]) -> [Range<Int>] {
        var runs: [Range<Int>] = []
        for position in positions.sorted() {
            if let last = runs.last, last.upperBound == position {
                runs[runs.count - 1] = last.lowerBound..<(position + 1)
            } else if runs.last?.contains(position) != true {
                runs.append(position..<(position + 1))
            }
        }
        return runs
    }
}
