import Foundation
import GRDB
import SitrepCore

extension Library {
    /// Files read into memory at a time during a rebuild: their text is let go once their articles are written.
    static let rebuildBatch = 64

    /// Brings the derived tables up to date with the stored files, in one transaction: reads the files a batch at
    /// a time, writing what each article holds on its own, then links all articles together (stories and speakers
    /// across files). Memory holds one batch of text and the compact link input of every article. Does nothing
    /// when nothing changed since the last rebuild. `progress` is told the files read so far and how many there
    /// are, after each batch (the links follow the last one).
    public func rebuild(analyzer: Analyzer = Analyzer(), progress: (_ read: Int, _ total: Int) -> Void = { _, _ in }) throws {
        try write { db in
            let generation = try Library.generation(db, "generation")
            guard generation != (try Library.generation(db, "built")) else { return }
            var writer = try IndexWriter(db: db, analyzer: analyzer)
            let ids = try Int64.fetchAll(db, sql: "SELECT id FROM sources ORDER BY path")
            for start in stride(from: 0, to: ids.count, by: Library.rebuildBatch) {
                let batch = ids[start..<min(ids.count, start + Library.rebuildBatch)]
                try writer.add(analyzer.analyzeLocally(try Library.sources(db, ids: Array(batch))))
                progress(start + batch.count, ids.count)
            }
            try writer.finish()
            try db.execute(sql: "INSERT OR REPLACE INTO meta(key, value) VALUES ('built', ?)", arguments: ["\(generation)"])
            try db.execute(sql: "INSERT OR REPLACE INTO meta(key, value) VALUES ('analysis', ?)", arguments: [Analyzer.version])
        }
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

    /// Analyses every stored file again with this program's analysis, in one transaction (``rebuild``).
    public func reindex(progress: (_ read: Int, _ total: Int) -> Void = { _, _ in }) throws {
        try write { db in try Library.bumpGeneration(db) }
        try rebuild(progress: progress)
    }
}
