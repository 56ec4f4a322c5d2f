import GRDB

/// The living library's tables: ids that last (`AUTOINCREMENT`, never reused), each file analysed once and what
/// came from it removable on its own, full-text indexes kept by triggers, and what linking a new article against
/// the library needs (term frequencies, an index of segments' strongest terms, stories' sums of vectors, speakers'
/// evidence per article, merges). The derived tables of ``Schema/base`` are made again: a library written before
/// this migration is analysed again by its next ingest.
enum SchemaLiving {
    static let identifier = "living-v1"

    static func register(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration(identifier) { db in
            for table in ["passages_fts", "aliases_fts", "quotes_fts", "articles", "segments", "passages", "speakers",
                          "aliases", "quotes", "quote_copies", "stories", "figures", "figure_counterparts"] {
                try db.execute(sql: "DROP TABLE IF EXISTS \(table)")
            }
            try db.execute(sql: """
                ALTER TABLE sources ADD COLUMN analysed INTEGER NOT NULL DEFAULT 0;
                DELETE FROM meta WHERE key IN ('counts', 'built', 'analysis');
                CREATE TABLE articles(
                    id INTEGER PRIMARY KEY AUTOINCREMENT, position INTEGER NOT NULL, source_id INTEGER NOT NULL,
                    ordinal INTEGER NOT NULL, source TEXT NOT NULL, kind TEXT NOT NULL, title TEXT NOT NULL,
                    title_derived INTEGER NOT NULL, standfirst TEXT, byline TEXT, dateline TEXT,
                    truncated INTEGER NOT NULL, first_line INTEGER NOT NULL, last_line INTEGER NOT NULL, date TEXT,
                    day REAL, segment_count INTEGER NOT NULL, quote_count INTEGER NOT NULL,
                    captions TEXT NOT NULL DEFAULT '[]', notes TEXT NOT NULL DEFAULT '[]',
                    metadata TEXT NOT NULL DEFAULT '{}');
                CREATE INDEX articles_by_position ON articles(position);
                CREATE INDEX articles_by_source_id ON articles(source_id);
                CREATE INDEX IF NOT EXISTS articles_by_source_line ON articles(source, first_line);
                CREATE TABLE segments(
                    id INTEGER PRIMARY KEY AUTOINCREMENT, article_id INTEGER NOT NULL, ordinal INTEGER NOT NULL,
                    heading TEXT, label TEXT NOT NULL, first_line INTEGER NOT NULL, last_line INTEGER NOT NULL,
                    story_id INTEGER NOT NULL, quote_count INTEGER NOT NULL, linked_count INTEGER NOT NULL,
                    vector BLOB);
                CREATE UNIQUE INDEX segments_by_article ON segments(article_id, ordinal);
                CREATE INDEX segments_by_story ON segments(story_id);
                CREATE TABLE passages(
                    id INTEGER PRIMARY KEY AUTOINCREMENT, article_id INTEGER NOT NULL, segment_id INTEGER,
                    kind TEXT NOT NULL, line INTEGER NOT NULL, text TEXT NOT NULL);
                CREATE INDEX passages_by_segment ON passages(segment_id);
                CREATE INDEX passages_by_article ON passages(article_id);
                CREATE VIRTUAL TABLE passages_fts USING fts5(
                    text, content='passages', content_rowid='id', tokenize='\(Schema.tokenizer)');
                CREATE TRIGGER passages_added AFTER INSERT ON passages BEGIN
                    INSERT INTO passages_fts(rowid, text) VALUES (new.id, new.text); END;
                CREATE TRIGGER passages_removed AFTER DELETE ON passages BEGIN
                    INSERT INTO passages_fts(passages_fts, rowid, text) VALUES ('delete', old.id, old.text); END;
                CREATE TABLE speakers(
                    id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT NOT NULL, kind TEXT NOT NULL, description TEXT,
                    quote_count INTEGER NOT NULL, evidence_count INTEGER NOT NULL DEFAULT 0);
                CREATE TABLE aliases(
                    id INTEGER PRIMARY KEY AUTOINCREMENT, speaker_id INTEGER NOT NULL, alias TEXT NOT NULL,
                    keys TEXT NOT NULL);
                CREATE INDEX aliases_by_speaker ON aliases(speaker_id);
                CREATE VIRTUAL TABLE aliases_fts USING fts5(
                    alias, keys, content='aliases', content_rowid='id', tokenize='\(Schema.tokenizer)', prefix='1 2 3');
                CREATE TRIGGER aliases_added AFTER INSERT ON aliases BEGIN
                    INSERT INTO aliases_fts(rowid, alias, keys) VALUES (new.id, new.alias, new.keys); END;
                CREATE TRIGGER aliases_removed AFTER DELETE ON aliases BEGIN
                    INSERT INTO aliases_fts(aliases_fts, rowid, alias, keys) VALUES ('delete', old.id, old.alias, old.keys); END;
                CREATE TABLE quotes(
                    id INTEGER PRIMARY KEY AUTOINCREMENT, article_id INTEGER NOT NULL, segment_id INTEGER NOT NULL,
                    passage_id INTEGER, speaker_id INTEGER, entity_id INTEGER, kind TEXT NOT NULL, text TEXT NOT NULL,
                    cue TEXT, mention TEXT, source TEXT NOT NULL, line INTEGER NOT NULL, "column" INTEGER NOT NULL,
                    end_line INTEGER NOT NULL, end_column INTEGER NOT NULL, unclosed INTEGER NOT NULL,
                    range_start INTEGER, range_end INTEGER, words BLOB);
                CREATE INDEX quotes_by_segment ON quotes(segment_id);
                CREATE INDEX quotes_by_speaker ON quotes(speaker_id);
                CREATE INDEX quotes_by_article ON quotes(article_id);
                CREATE INDEX quotes_by_entity ON quotes(entity_id);
                CREATE VIRTUAL TABLE quotes_fts USING fts5(
                    text, content='quotes', content_rowid='id', tokenize='\(Schema.tokenizer)');
                CREATE TRIGGER quotes_added AFTER INSERT ON quotes BEGIN
                    INSERT INTO quotes_fts(rowid, text) VALUES (new.id, new.text); END;
                CREATE TRIGGER quotes_removed AFTER DELETE ON quotes BEGIN
                    INSERT INTO quotes_fts(quotes_fts, rowid, text) VALUES ('delete', old.id, old.text); END;
                -- The same quotation carried by another article, both ways.
                CREATE TABLE quote_copies(quote_id INTEGER NOT NULL, copy_id INTEGER NOT NULL,
                    PRIMARY KEY(quote_id, copy_id)) WITHOUT ROWID;
                CREATE INDEX quote_copies_by_copy ON quote_copies(copy_id);
                -- A few words of each quotation (CopyIndex): where its copies are looked for.
                CREATE TABLE quote_anchors(word INTEGER NOT NULL, quote_id INTEGER NOT NULL,
                    PRIMARY KEY(word, quote_id)) WITHOUT ROWID;
                CREATE INDEX quote_anchors_by_quote ON quote_anchors(quote_id);
                CREATE TABLE stories(
                    id INTEGER PRIMARY KEY AUTOINCREMENT, title TEXT NOT NULL, shared_terms TEXT NOT NULL,
                    segment_count INTEGER NOT NULL, source_count INTEGER NOT NULL, sum BLOB, shared_keys BLOB);
                CREATE TABLE figures(
                    id INTEGER PRIMARY KEY AUTOINCREMENT, article_id INTEGER NOT NULL, segment_id INTEGER NOT NULL,
                    passage_id INTEGER, source TEXT NOT NULL, line INTEGER NOT NULL, "column" INTEGER NOT NULL,
                    number TEXT NOT NULL, value REAL NOT NULL, counts TEXT NOT NULL, category TEXT, hedge TEXT,
                    comparison TEXT, range_start INTEGER, range_end INTEGER, vague INTEGER NOT NULL DEFAULT 0,
                    counted_group TEXT NOT NULL DEFAULT '', end_line INTEGER NOT NULL DEFAULT 0,
                    end_column INTEGER NOT NULL DEFAULT 0, said_by TEXT, date TEXT, place TEXT, upper_value REAL);
                CREATE INDEX figures_by_segment ON figures(segment_id);
                CREATE INDEX figures_by_article ON figures(article_id);
                -- The figures of the same story, kind and counted group that other sources give.
                CREATE TABLE figure_counterparts(figure_id INTEGER NOT NULL, counterpart_id INTEGER NOT NULL);
                CREATE INDEX figure_counterparts_by_figure ON figure_counterparts(figure_id);
                CREATE INDEX figure_counterparts_by_counterpart ON figure_counterparts(counterpart_id);
                -- What each article says of each speaker it quotes (SpeakerEvidence), and how it is matched.
                CREATE TABLE entities(
                    id INTEGER PRIMARY KEY AUTOINCREMENT, article_id INTEGER NOT NULL, speaker_id INTEGER NOT NULL,
                    full_key TEXT, first TEXT, last TEXT, bare TEXT, named INTEGER NOT NULL, count INTEGER NOT NULL,
                    evidence TEXT NOT NULL);
                CREATE INDEX entities_by_article ON entities(article_id);
                CREATE INDEX entities_by_speaker ON entities(speaker_id);
                CREATE INDEX entities_by_key ON entities(full_key);
                CREATE INDEX entities_by_first ON entities(first);
                CREATE INDEX entities_by_last ON entities(last);
                CREATE INDEX entities_by_bare ON entities(bare);
                -- Each speaker's descriptions in each story it speaks in: unnamed speakers of a story join there.
                CREATE TABLE places(description TEXT NOT NULL, story_id INTEGER NOT NULL, entity_id INTEGER NOT NULL);
                CREATE INDEX places_by_description ON places(description, story_id);
                CREATE INDEX places_by_story ON places(story_id);
                CREATE INDEX places_by_entity ON places(entity_id);
                -- How many segments and articles hold each term.
                CREATE TABLE terms(key INTEGER PRIMARY KEY, segments INTEGER NOT NULL, articles INTEGER NOT NULL);
                -- Each segment's strongest terms: where a new segment's candidate stories are found.
                CREATE TABLE postings(term INTEGER NOT NULL, segment_id INTEGER NOT NULL,
                    PRIMARY KEY(term, segment_id)) WITHOUT ROWID;
                CREATE INDEX postings_by_segment ON postings(segment_id);
                -- A speaker or story merged into another: its old id still resolves.
                CREATE TABLE merged(kind TEXT NOT NULL, old_id INTEGER NOT NULL, new_id INTEGER NOT NULL,
                    PRIMARY KEY(kind, old_id)) WITHOUT ROWID;
                """)
        }
    }
}
