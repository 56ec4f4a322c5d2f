import GRDB

/// The library's tables, as versioned migrations. A migration is never edited once released: add a new one.
enum Schema {
    /// `PRAGMA application_id` of a Sitrep library ("SITR"), so that another program's database is never taken
    /// for one.
    static let applicationID: Int32 = 0x5349_5452

    /// FTS5 tokenizer: Unicode words, case folded in every script, diacritics removed.
    static let tokenizer = "unicode61 remove_diacritics 2"

    /// The first migration: the tables every command reads.
    static let base = "v1"

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration(base) { db in
            try db.execute(sql: "PRAGMA application_id = \(applicationID)")
            try db.execute(sql: """
                CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
                -- Every ingested file, whole: the derived tables below are rebuilt from these.
                CREATE TABLE sources(
                    id INTEGER PRIMARY KEY, path TEXT NOT NULL UNIQUE, hash TEXT NOT NULL,
                    size INTEGER NOT NULL, content BLOB NOT NULL, ingested_at REAL NOT NULL);
                CREATE TABLE articles(
                    id INTEGER PRIMARY KEY, position INTEGER NOT NULL UNIQUE, source_id INTEGER NOT NULL,
                    source TEXT NOT NULL, kind TEXT NOT NULL, title TEXT NOT NULL, title_derived INTEGER NOT NULL,
                    standfirst TEXT, byline TEXT, dateline TEXT, truncated INTEGER NOT NULL,
                    first_line INTEGER NOT NULL, last_line INTEGER NOT NULL, date TEXT,
                    segment_count INTEGER NOT NULL, quote_count INTEGER NOT NULL);
                CREATE TABLE segments(
                    id INTEGER PRIMARY KEY, article_id INTEGER NOT NULL, ordinal INTEGER NOT NULL,
                    heading TEXT, label TEXT NOT NULL, first_line INTEGER NOT NULL, last_line INTEGER NOT NULL,
                    story_id INTEGER NOT NULL, quote_count INTEGER NOT NULL, linked_count INTEGER NOT NULL);
                CREATE UNIQUE INDEX segments_by_article ON segments(article_id, ordinal);
                CREATE INDEX segments_by_story ON segments(story_id);
                -- Titles, standfirsts, headings and body paragraphs: what full-text search finds.
                CREATE TABLE passages(
                    id INTEGER PRIMARY KEY, article_id INTEGER NOT NULL, segment_id INTEGER,
                    kind TEXT NOT NULL, line INTEGER NOT NULL, text TEXT NOT NULL);
                CREATE INDEX passages_by_segment ON passages(segment_id);
                CREATE VIRTUAL TABLE passages_fts USING fts5(
                    text, content='passages', content_rowid='id', tokenize='\(tokenizer)');
                CREATE TABLE speakers(
                    id INTEGER PRIMARY KEY, name TEXT NOT NULL, kind TEXT NOT NULL, description TEXT,
                    quote_count INTEGER NOT NULL);
                -- Each way a speaker is written, with the transliteration keys of its words (NameKey).
                CREATE TABLE aliases(
                    id INTEGER PRIMARY KEY, speaker_id INTEGER NOT NULL, alias TEXT NOT NULL, keys TEXT NOT NULL);
                CREATE INDEX aliases_by_speaker ON aliases(speaker_id);
                CREATE VIRTUAL TABLE aliases_fts USING fts5(
                    alias, keys, content='aliases', content_rowid='id', tokenize='\(tokenizer)', prefix='1 2 3');
                CREATE TABLE quotes(
                    id INTEGER PRIMARY KEY, article_id INTEGER NOT NULL, segment_id INTEGER NOT NULL,
                    passage_id INTEGER, speaker_id INTEGER, kind TEXT NOT NULL, text TEXT NOT NULL, cue TEXT,
                    mention TEXT, source TEXT NOT NULL, line INTEGER NOT NULL, "column" INTEGER NOT NULL,
                    end_line INTEGER NOT NULL, end_column INTEGER NOT NULL, unclosed INTEGER NOT NULL,
                    range_start INTEGER, range_end INTEGER);
                CREATE INDEX quotes_by_segment ON quotes(segment_id);
                CREATE INDEX quotes_by_speaker ON quotes(speaker_id);
                -- The same quotation carried by another article.
                CREATE TABLE quote_copies(quote_id INTEGER NOT NULL, copy_id INTEGER NOT NULL);
                CREATE INDEX quote_copies_by_quote ON quote_copies(quote_id);
                CREATE VIRTUAL TABLE quotes_fts USING fts5(
                    text, content='quotes', content_rowid='id', tokenize='\(tokenizer)');
                CREATE TABLE stories(
                    id INTEGER PRIMARY KEY, title TEXT NOT NULL, shared_terms TEXT NOT NULL,
                    segment_count INTEGER NOT NULL, source_count INTEGER NOT NULL);
                CREATE TABLE figures(
                    id INTEGER PRIMARY KEY, article_id INTEGER NOT NULL, segment_id INTEGER NOT NULL,
                    passage_id INTEGER, source TEXT NOT NULL, line INTEGER NOT NULL, "column" INTEGER NOT NULL,
                    number TEXT NOT NULL, value REAL NOT NULL, counts TEXT NOT NULL, category TEXT, hedge TEXT,
                    comparison TEXT, range_start INTEGER, range_end INTEGER);
                CREATE INDEX figures_by_segment ON figures(segment_id);
                """)
        }
        FeedStore.register(&migrator)
        SchemaLiving.register(&migrator)
        SchemaOneArticle.register(&migrator)
        SchemaQuoteSieves.register(&migrator)
        SchemaRelink.register(&migrator)
        SchemaBatchedSearch.register(&migrator)
        SchemaStoryHeads.register(&migrator)
        SchemaSpeakerPeriods.register(&migrator)
        SchemaSpeakerTallies.register(&migrator)
        SchemaBareGroups.register(&migrator)
        SchemaLinkEvidence.register(&migrator)
        SchemaEventDays.register(&migrator)
        SchemaPlaceRanges.register(&migrator)
        SchemaStoryPlaces.register(&migrator)
        SchemaPendingSources.register(&migrator)
        SchemaNamedEntities.register(&migrator)
        SchemaPositionGaps.register(&migrator)
        SchemaEntitySpeakers.register(&migrator)
        SchemaSpeakerSpans.register(&migrator)
        SchemaArticlePositions.register(&migrator)
        SchemaCopyPairs.register(&migrator)
        SchemaPlaceIndex.register(&migrator)
        return migrator
    }
}
