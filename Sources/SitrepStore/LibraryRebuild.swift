import Foundation
import GRDB
import SitrepCore

extension Library {
    /// Files analysed per transaction: each transaction holds whole files with everything read out of them, so
    /// that an interrupted ingest leaves a consistent library and the next one goes on from the next file.
    static let rebuildBatch = 64

    /// Analyses the stored files not analysed yet (added or replaced since), a batch at a time, and links their
    /// articles into the library's stories and speakers; nothing else is read again. `progress` is told the files
    /// analysed so far and how many there are, after each batch.
    public func rebuild(analyzer: Analyzer = Analyzer(), progress: (_ read: Int, _ total: Int) -> Void = { _, _ in }) throws {
        let pending = try read { db in try Int64.fetchAll(db, sql: Library.pendingSources) }
        let batches = stride(from: 0, to: pending.count, by: Library.rebuildBatch).map {
            Array(pending[$0..<min(pending.count, $0 + Library.rebuildBatch)])
        }
        @Sendable func analysed(_ batch: [Int64]) throws -> (local: [ArticleAnalysis], ids: [[UInt8]: Int64]) {
            let stored = try read { db in try Library.storedSources(db, ids: batch) }
            return (analyzer.analyzeLocally(stored.sources), stored.ids)
        }
        var next = batches.first.map { batch in Ahead { try analysed(batch) } }
        var done = 0
        for (index, batch) in batches.enumerated() {
            let current = try next!.value()
            // The next batch is read and analysed while this one is written.
            next = index + 1 < batches.count ? Ahead { [batch = batches[index + 1]] in try analysed(batch) } : nil
            try write { db in
                var writer = try IndexWriter(db: db, analyzer: analyzer)
                try writer.add(current.local, sourceIDs: current.ids)
                try db.execute(sql: "UPDATE sources SET analysed = 1 WHERE id IN (\(batch.map(String.init).joined(separator: ",")))")
                try db.execute(sql: "INSERT OR REPLACE INTO meta(key, value) VALUES ('analysis', ?)", arguments: [Analyzer.version])
                try Library.bumpBuilt(db)
            }
            done += batch.count
            progress(done, pending.count)
        }
    }

    /// The stored files not analysed yet, in the order they were stored (read from their own index,
    /// ``SchemaPendingSources``).
    static let pendingSources = "SELECT id FROM sources WHERE analysed = 0 ORDER BY id"

    /// Stored files by id, decoded again, each to be cut into articles as it was stored, with each one's id by the
    /// bytes of its path: two paths that differ only in Unicode normalisation are two files to the file system and
    /// to SQLite, though Swift compares them as equal strings. A file that no longer decodes is left out.
    static func storedSources(_ db: Database, ids: [Int64]) throws -> (sources: [SourceInput], ids: [[UInt8]: Int64]) {
        let rows = try Row.fetchAll(db, sql: "SELECT id, path, content, one_article FROM sources WHERE id IN (\(ids.map(String.init).joined(separator: ","))) ORDER BY id")
        var byPath: [[UInt8]: Int64] = [:]
        for row in rows { byPath[Array((row["path"] as String).utf8)] = row["id"] }
        let sources = rows.compactMap { row -> SourceInput? in
            let bytes: Data = row["content"]
            guard let source = try? SourceText.decode(name: row["path"], bytes: Array(bytes)) else { return nil }
            return SourceInput(source, boundaries: (row["one_article"] as Bool) ? .wholeSource : .detected)
        }
        return (sources, byPath)
    }

    /// The generation of what was read out of the stored files: it changes with every transaction that changed
    /// the library's articles, so a reader can poll it cheaply.
    public var builtGeneration: Int {
        get throws { try read { db in try Library.generation(db, "built") } }
    }

    static func bumpBuilt(_ db: Database) throws {
        try db.execute(sql: """
            INSERT INTO meta(key, value) VALUES ('built', '1') ON CONFLICT(key) DO UPDATE SET value = CAST(value AS INTEGER) + 1
            """)
    }

    /// The version of the analysis that built the library's derived tables (``Analyzer/version``), nil before the
    /// first build.
    public var analysisVersion: String? {
        get throws { try read { db in try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'analysis'") } }
    }

    /// Whether the derived tables were made by another version of the analysis than this program's.
    public var needsReindex: Bool {
        get throws { try analysisVersion.map { $0 != Analyzer.version } ?? false }
    }

    /// Analyses every stored file again with this program's analysis (``rebuild``): what was read out of the files
    /// is removed in one transaction, then made again a batch at a time.
    public func reindex(progress: (_ read: Int, _ total: Int) -> Void = { _, _ in }) throws {
        try write { db in
            for table in ["articles", "segments", "passages", "speakers", "aliases", "quotes", "quote_copies",
                          "quote_anchors", "stories", "figures", "figure_counterparts", "entities", "places", "terms", "postings", "merged",
                          "segment_terms", "bare_groups", "position_gaps"] {
                try db.execute(sql: "DELETE FROM \(table)")
            }
            try db.execute(sql: """
                DELETE FROM meta WHERE key IN ('term_segments', 'term_articles', 'counts', ?);
                UPDATE sources SET analysed = 0;
                """, arguments: [LibraryCounts.key])
            try Library.bumpBuilt(db)
        }
        try rebuild(progress: progress)
    }
}

extension Library {
    /// Whether the library has every table this program writes (one written by an older Sitrep is brought up to
    /// date by the next ingest).
    public var isCurrent: Bool {
        get throws { try read { db in try Schema.migrator.appliedIdentifiers(db).contains(SchemaRelink.identifier) } }
    }
}
