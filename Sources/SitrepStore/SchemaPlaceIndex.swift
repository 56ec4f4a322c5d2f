import GRDB

/// `places` keeps one index by story and description: the index by description and story held the same entries in
/// another order, and no query reads a description across stories (each names its stories, and equal story and
/// description read the same range of either, in the order of the speakers' rows). Each new place went to a
/// random page of both: 26,000 places for 1,000 articles added to a 200,000-article library.
enum SchemaPlaceIndex {
    static let identifier = "places-one-index-v1"

    static func register(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration(identifier) { db in
            try db.execute(sql: "DROP INDEX IF EXISTS places_by_description_entity")
        }
    }
}
