import Foundation
import GRDB
import SitrepCore

extension Library {
    /// Brings the derived tables up to date with the stored files: analyses them all together (so that stories and
    /// speakers link across files) and replaces articles, segments, passages, quotations, speakers, stories and
    /// figures in one transaction. The analysis runs outside the transaction; when files are stored meanwhile, it
    /// runs again. Does nothing when nothing changed since the last rebuild.
    public func rebuild(analyzer: Analyzer = Analyzer()) throws {
        for _ in 0..<3 {
            let (generation, built) = try read { db in
                (try Library.generation(db, "generation"), try Library.generation(db, "built"))
            }
            if generation == built { return }
            // The stored files live only while they are parsed: the articles hold what the analysis needs.
            let articles = analyzer.articles(of: try read { db in try Library.sources(db) })
            let analysis = analyzer.analyze(articles: articles)
            let done = try write { db -> Bool in
                guard try Library.generation(db, "generation") == generation else { return false }
                try IndexWriter(db: db, analysis: analysis).replaceAll()
                try db.execute(sql: "INSERT OR REPLACE INTO meta(key, value) VALUES ('built', ?)", arguments: ["\(generation)"])
                return true
            }
            if done { return }
        }
        throw LibraryError.locked(path: path)
    }
}
