-- 0001: articles, their sentences and mentions, coded events, and input problems.
-- Applied once, inside one transaction, by hadath.store.migrate; recorded in schema_migrations.

CREATE TABLE articles (
    id              TEXT PRIMARY KEY,
    title           TEXT,
    date            TEXT,               -- publication date, ISO YYYY-MM-DD
    source          TEXT,               -- outlet
    url             TEXT,
    origin          TEXT,               -- "path[:line]" the article was read from
    meta            TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(meta)),
    text            TEXT NOT NULL,
    content_hash    TEXT NOT NULL,
    lexicon_version TEXT,
    coder_version   TEXT,
    ingested_at     TEXT NOT NULL
);
CREATE INDEX articles_date ON articles(date);
CREATE INDEX articles_content_hash ON articles(content_hash);

CREATE TABLE sentences (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    idx        INTEGER NOT NULL,
    "start"    INTEGER NOT NULL,
    "end"      INTEGER NOT NULL,
    PRIMARY KEY (article_id, idx)
) WITHOUT ROWID;

CREATE TABLE mentions (
    id         INTEGER PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    sentence   INTEGER,
    kind       TEXT NOT NULL CHECK (kind IN ('entity', 'place', 'date', 'quote')),
    "start"    INTEGER NOT NULL,
    "end"      INTEGER NOT NULL,
    text       TEXT NOT NULL,
    data       TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(data))
);
CREATE INDEX mentions_article ON mentions(article_id);
CREATE INDEX mentions_kind ON mentions(kind);

CREATE TABLE events (
    id               TEXT PRIMARY KEY,
    article_id       TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    sentence         INTEGER,
    event_type       TEXT,
    mode             TEXT,
    cameo            TEXT NOT NULL,
    cameo_root       TEXT NOT NULL,
    quad_class       INTEGER,
    goldstein        REAL,
    status           TEXT NOT NULL,
    date             TEXT,               -- as coded: YYYY-MM-DD, YYYY-MM or YYYY
    date_precision   TEXT,
    date_first       TEXT,               -- first day the coded date can mean (for range filters)
    date_last        TEXT,               -- last day the coded date can mean
    source_codes     TEXT NOT NULL DEFAULT '',  -- space-joined actor codes, for reading and grepping
    target_codes     TEXT NOT NULL DEFAULT '',
    location_name    TEXT,
    location_country TEXT,
    lat              REAL,
    lon              REAL,
    record           TEXT NOT NULL CHECK (json_valid(record))  -- the full Event.to_record()
);
CREATE INDEX events_article ON events(article_id);
CREATE INDEX events_type ON events(event_type);
CREATE INDEX events_status ON events(status);
CREATE INDEX events_date ON events(date_first, date_last);
CREATE INDEX events_location_name ON events(location_name COLLATE NOCASE);
CREATE INDEX events_location_country ON events(location_country);

-- One row per (event, role, actor code): the indexed form of source_codes/target_codes,
-- so an actor-prefix filter ("RUS" matches RUS, RUSGOV, RUSMIL…) is a range scan.
CREATE TABLE event_actors (
    event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    role     TEXT NOT NULL CHECK (role IN ('source', 'target')),
    code     TEXT NOT NULL,
    PRIMARY KEY (event_id, role, code)
) WITHOUT ROWID;
CREATE INDEX event_actors_code ON event_actors(code);

CREATE TABLE problems (
    id      INTEGER PRIMARY KEY,
    path    TEXT NOT NULL,
    line    INTEGER,
    reason  TEXT NOT NULL,
    seen_at TEXT NOT NULL
);
-- NULL lines compare distinct in a plain UNIQUE constraint; the expression keeps them unique too.
CREATE UNIQUE INDEX problems_key ON problems(path, ifnull(line, -1), reason);
