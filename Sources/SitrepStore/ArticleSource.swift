import GRDB
import SitrepCore

extension Library {
    /// The stored file an article came from, decoded again, and the article's lines in it (1-based, inclusive):
    /// what saving, piping or paging an article reads, whether or not the file is still on disk.
    public func storedSource(ofArticle id: Int) throws -> (source: SourceText, lines: ClosedRange<Int>)? {
        try read { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT source_id, first_line, last_line FROM articles WHERE id = ?",
                                             arguments: [id]),
                  let source = try Library.sources(db, ids: [row["source_id"]]).first else { return nil }
            let first: Int = row["first_line"], last: Int = row["last_line"]
            return (source, first...max(first, last))
        }
    }
}
