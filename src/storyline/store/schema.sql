-- Storyline store schema, version 1: one schema for every record in storyline.records.
--
-- Portable on purpose: this file is plain SQL that both SQLite and PostgreSQL accept (TEXT,
-- BIGINT, DOUBLE PRECISION, SMALLINT for booleans, ISO 8601 dates as TEXT, tuples and nested
-- records as JSON TEXT). Dialect-specific parts (SQLite's FTS5 table and its triggers) live in the
-- backend module, never here. Column names avoid reserved words (end, when, first, before...).
--
-- Every extracted-record table carries: article_id, the record id, seq (its position in the
-- Analysis tuple, so a round trip preserves order), span and sentence offsets, and the
-- analyzer_version that produced it. The primary key is (article_id, id): record ids are hashes
-- and are expected to be unique, but scoping them by article means an extractor whose ids ignore
-- the article (an entity id made from its name, say) cannot make another article unstorable.

CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- ---------------------------------------------------------------- ingest

CREATE TABLE articles (
    id                TEXT PRIMARY KEY,
    doc               BIGINT NOT NULL UNIQUE,  -- integer key for the full-text index
    source            TEXT NOT NULL,
    text              TEXT NOT NULL,
    title             TEXT,
    site              TEXT,
    url               TEXT,
    byline            TEXT,
    published         TEXT,                    -- ISO date or NULL
    published_how     TEXT NOT NULL,
    published_reason  TEXT NOT NULL,
    language          TEXT,
    syndicated_from   TEXT,
    duplicate_of      TEXT,
    duplicate_score   DOUBLE PRECISION,
    fingerprint_count INTEGER NOT NULL DEFAULT 0
);
-- Listing order is (published, id) with undated articles first in every dialect.
CREATE INDEX articles_order ON articles ((COALESCE(published, '')), id);
CREATE INDEX articles_site ON articles (site);
CREATE INDEX articles_duplicate_of ON articles (duplicate_of);

CREATE TABLE removals (
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    seq        INTEGER NOT NULL,
    at         INTEGER NOT NULL,
    text       TEXT NOT NULL,
    reason     TEXT NOT NULL,
    PRIMARY KEY (article_id, seq)
);

-- The hash of an input item's raw bytes -> the article it produced, so re-runs skip it early.
CREATE TABLE sources (
    source_key TEXT PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    origin     TEXT
);
CREATE INDEX sources_article ON sources (article_id);

-- Winnowed shingle hashes of originals only (duplicates are not indexed), keyed by the article's
-- integer ``doc`` rather than its text id: every article adds a few hundred rows at random places
-- in this index, so narrow rows in one B-tree (WITHOUT ROWID where the dialect has it) are what
-- keeps ingest fast (about 4x on SQLite, measured). No index on doc alone: rows are only looked
-- up by hash, and articles are not deleted in normal use (a delete scans this table once).
CREATE TABLE fingerprints (
    hash BIGINT NOT NULL,
    doc  BIGINT NOT NULL REFERENCES articles (doc) ON DELETE CASCADE,
    PRIMARY KEY (hash, doc)
) /*SQLITE: WITHOUT ROWID*/;

CREATE TABLE rejects (
    run_id TEXT NOT NULL,
    origin TEXT NOT NULL,
    kind   TEXT NOT NULL,
    reason TEXT NOT NULL,
    PRIMARY KEY (run_id, origin, reason)
);

-- ---------------------------------------------------------------- analysis (per article)

CREATE TABLE analyses (
    article_id       TEXT PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    analyzer_version TEXT NOT NULL,
    reference_date   TEXT,
    reference_how    TEXT NOT NULL,
    reference_reason TEXT NOT NULL
);

CREATE TABLE mentions (
    article_id       TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    id               TEXT NOT NULL,
    seq              INTEGER NOT NULL,
    span_start       INTEGER NOT NULL,
    span_end         INTEGER NOT NULL,
    sentence_start   INTEGER NOT NULL,
    sentence_end     INTEGER NOT NULL,
    analyzer_version TEXT NOT NULL,
    text             TEXT NOT NULL,
    label            TEXT NOT NULL,
    entity_id        TEXT,
    reason           TEXT NOT NULL,
    PRIMARY KEY (article_id, id)
);
CREATE INDEX mentions_id ON mentions (id);
CREATE INDEX mentions_entity ON mentions (entity_id);

-- Article-local entities (as one analysis grouped its mentions); no span of their own.
CREATE TABLE entities (
    article_id       TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    id               TEXT NOT NULL,
    seq              INTEGER NOT NULL,
    analyzer_version TEXT NOT NULL,
    name             TEXT NOT NULL,
    kind             TEXT NOT NULL,
    aliases          TEXT NOT NULL,  -- JSON array of strings
    roles            TEXT NOT NULL,  -- JSON array of Role objects
    reason           TEXT NOT NULL,
    PRIMARY KEY (article_id, id)
);
CREATE INDEX entities_id ON entities (id);

CREATE TABLE times (
    article_id       TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    id               TEXT NOT NULL,
    seq              INTEGER NOT NULL,
    span_start       INTEGER NOT NULL,
    span_end         INTEGER NOT NULL,
    sentence_start   INTEGER NOT NULL,
    sentence_end     INTEGER NOT NULL,
    analyzer_version TEXT NOT NULL,
    text             TEXT NOT NULL,
    value            TEXT NOT NULL,
    kind             TEXT NOT NULL,
    approx           SMALLINT NOT NULL,
    anchor           TEXT,
    earliest         TEXT,
    latest           TEXT,
    reason           TEXT NOT NULL,
    PRIMARY KEY (article_id, id)
);
CREATE INDEX times_id ON times (id);
CREATE INDEX times_earliest ON times (earliest);

CREATE TABLE quotes (
    article_id       TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    id               TEXT NOT NULL,
    seq              INTEGER NOT NULL,
    span_start       INTEGER NOT NULL,
    span_end         INTEGER NOT NULL,
    sentence_start   INTEGER NOT NULL,
    sentence_end     INTEGER NOT NULL,
    analyzer_version TEXT NOT NULL,
    text             TEXT NOT NULL,
    cue_start        INTEGER,
    cue_end          INTEGER,
    cue_lemma        TEXT,
    speaker          TEXT,
    speaker_start    INTEGER,
    speaker_end      INTEGER,
    speaker_entity   TEXT,
    speaker_reason   TEXT NOT NULL,
    kind             TEXT NOT NULL,
    stance           TEXT NOT NULL,
    reported_by      TEXT,
    relayed_by       TEXT,
    reason           TEXT NOT NULL,
    PRIMARY KEY (article_id, id)
);
CREATE INDEX quotes_id ON quotes (id);
CREATE INDEX quotes_speaker_entity ON quotes (speaker_entity);

CREATE TABLE quantities (
    article_id       TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    id               TEXT NOT NULL,
    seq              INTEGER NOT NULL,
    span_start       INTEGER NOT NULL,
    span_end         INTEGER NOT NULL,
    sentence_start   INTEGER NOT NULL,
    sentence_end     INTEGER NOT NULL,
    analyzer_version TEXT NOT NULL,
    text             TEXT NOT NULL,
    low              DOUBLE PRECISION NOT NULL,
    high             DOUBLE PRECISION NOT NULL,
    approx           TEXT,
    unit             TEXT,
    subject          TEXT,
    attributed_to    TEXT,
    as_of            TEXT,
    reason           TEXT NOT NULL,
    PRIMARY KEY (article_id, id)
);
CREATE INDEX quantities_id ON quantities (id);

-- The event's span is its trigger. ``when_json`` is the full TimeRef (exact round trip);
-- when_value/when_earliest/when_latest repeat its fields for timeline queries.
CREATE TABLE events (
    article_id       TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    id               TEXT NOT NULL,
    seq              INTEGER NOT NULL,
    span_start       INTEGER NOT NULL,
    span_end         INTEGER NOT NULL,
    sentence_start   INTEGER NOT NULL,
    sentence_end     INTEGER NOT NULL,
    analyzer_version TEXT NOT NULL,
    text             TEXT NOT NULL,
    type             TEXT NOT NULL,
    mode             TEXT,
    source_actors    TEXT NOT NULL,  -- JSON array
    target_actors    TEXT NOT NULL,  -- JSON array
    location         TEXT,
    when_json        TEXT,
    when_value       TEXT,
    when_earliest    TEXT,
    when_latest      TEXT,
    when_how         TEXT NOT NULL,
    modality         TEXT NOT NULL,
    attributed_to    TEXT,
    confidence       DOUBLE PRECISION NOT NULL,
    reason           TEXT NOT NULL,
    PRIMARY KEY (article_id, id)
);
CREATE INDEX events_id ON events (id);
CREATE INDEX events_type ON events (type);
CREATE INDEX events_when ON events (when_earliest);

-- ---------------------------------------------------------------- corpus level (link stage)

CREATE TABLE canonical_entities (
    id      TEXT PRIMARY KEY,
    name    TEXT NOT NULL,
    kind    TEXT NOT NULL,
    aliases TEXT NOT NULL,  -- JSON array of strings
    roles   TEXT NOT NULL,  -- JSON array of Role objects
    reason  TEXT NOT NULL
);
CREATE INDEX canonical_entities_name ON canonical_entities (name);

CREATE TABLE stories (
    id         TEXT PRIMARY KEY,
    title      TEXT NOT NULL,
    first_date TEXT,
    last_date  TEXT
);

CREATE TABLE story_articles (
    story_id   TEXT NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    seq        INTEGER NOT NULL,
    PRIMARY KEY (story_id, article_id)
);
CREATE INDEX story_articles_article ON story_articles (article_id);

-- Events are keyed (article_id, id); event ids are hashes, so event_id alone finds them.
CREATE TABLE story_events (
    story_id TEXT NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
    event_id TEXT NOT NULL,
    seq      INTEGER NOT NULL,
    PRIMARY KEY (story_id, event_id)
);
CREATE INDEX story_events_event ON story_events (event_id);

CREATE TABLE status_changes (
    story_id        TEXT NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
    seq             INTEGER NOT NULL,
    event_key       TEXT NOT NULL,
    before_modality TEXT NOT NULL,
    after_modality  TEXT NOT NULL,
    before_event    TEXT NOT NULL,
    after_event     TEXT NOT NULL,
    before_article  TEXT NOT NULL,
    after_article   TEXT NOT NULL,
    reason          TEXT NOT NULL,
    PRIMARY KEY (story_id, seq)
);

CREATE TABLE conflicts (
    story_id TEXT NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
    seq      INTEGER NOT NULL,
    kind     TEXT NOT NULL,
    subject  TEXT NOT NULL,
    sides    TEXT NOT NULL,     -- JSON array of record ids
    articles TEXT NOT NULL,     -- JSON array of article ids
    reason   TEXT NOT NULL,
    PRIMARY KEY (story_id, seq)
);

-- One row per merged real-world event of a story; the entry itself as canonical JSON (codec.dumps),
-- with the columns a timeline query filters or orders by.
CREATE TABLE timeline_entries (
    story_id TEXT NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
    seq      INTEGER NOT NULL,
    id       TEXT NOT NULL,
    type     TEXT NOT NULL,
    modality TEXT NOT NULL,
    earliest TEXT,
    latest   TEXT,
    entry    TEXT NOT NULL,
    PRIMARY KEY (story_id, seq)
);
CREATE INDEX timeline_entries_id ON timeline_entries (id);

-- The link stage's verdict for every article-local entity: which corpus-level entity it is.
CREATE TABLE entity_links (
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    local_id   TEXT NOT NULL,
    global_id  TEXT NOT NULL,
    reason     TEXT NOT NULL,
    PRIMARY KEY (article_id, local_id)
);
CREATE INDEX entity_links_global ON entity_links (global_id);

-- Every key a canonical entity answers to, so the link stage fetches only the entities a new batch
-- can merge with instead of all of them: its canonical keys (link.entities), and for full-name people
-- ``~surname:<word>`` and ``~given:<word>`` (the surname-only rule asks who carries a surname, and
-- whether a word is anyone's given name). Written by the link stage; gone with its entity.
CREATE TABLE entity_keys (
    key       TEXT NOT NULL,
    entity_id TEXT NOT NULL REFERENCES canonical_entities (id) ON DELETE CASCADE,
    PRIMARY KEY (key, entity_id)
) /*SQLITE: WITHOUT ROWID*/;
CREATE INDEX entity_keys_entity ON entity_keys (entity_id);

-- State the incremental link stage keeps between runs (e.g. the story index), as JSON text.
CREATE TABLE link_state (
    name  TEXT PRIMARY KEY,
    state TEXT NOT NULL
);

-- Analysed originals not yet folded into entities and stories by the link stage. Written in the same
-- transaction as the article, so an interrupted run links what it missed the next time.
CREATE TABLE pending_links (
    article_id TEXT PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE
);
