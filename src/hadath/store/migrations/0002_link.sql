-- 0002: the linking stage (hadath.link): near-duplicate articles, event clusters, story threads.
-- Every table is filled incrementally by hadath.link.link_store; re-running it changes nothing.

-- One row per article the linker has indexed, in the order it was indexed (seq).
-- signature: MinHash of the normalized word 3-gram shingles (numpy uint32 bytes, datasketch affine32),
-- so a later run rebuilds the LSH index without re-reading any text.
CREATE TABLE link_articles (
    seq          INTEGER PRIMARY KEY,
    article_id   TEXT NOT NULL UNIQUE REFERENCES articles(id) ON DELETE CASCADE,
    norm_hash    TEXT NOT NULL,          -- sha1 of the normalized words (exact duplicates)
    n_shingles   INTEGER NOT NULL,
    signature    BLOB NOT NULL,
    title_sig    BLOB NOT NULL,          -- MinHash of the title + first sentence words (stories)
    day          TEXT                    -- publication date, for story windows
);
CREATE INDEX link_articles_hash ON link_articles(norm_hash);

-- A verified pair of articles: article_id repeats (exact), rewrites (near) or is an excerpt of /
-- contains (excerpt) duplicate_of, which was indexed earlier.  score: 1.0 for exact, estimated
-- Jaccard for near, shingle containment of the shorter text for excerpt.
CREATE TABLE link_duplicates (
    article_id   TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    duplicate_of TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    kind         TEXT NOT NULL CHECK (kind IN ('exact', 'near', 'excerpt')),
    score        REAL NOT NULL,
    PRIMARY KEY (article_id, duplicate_of)
) WITHOUT ROWID;
CREATE INDEX link_duplicates_of ON link_duplicates(duplicate_of);

-- Title/lead similarity between articles (story threads), earlier-indexed article second.
CREATE TABLE link_title_pairs (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    other_id   TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    score      REAL NOT NULL,
    PRIMARY KEY (article_id, other_id)
) WITHOUT ROWID;

-- One event reported by one or more mentions (event records of one or more articles).
CREATE TABLE link_clusters (
    id           TEXT PRIMARY KEY,
    type_key     TEXT NOT NULL,          -- PLOVER type, or CAMEO:<root> for CAMEO-only records
    actor_key    TEXT NOT NULL,          -- sorted country roots of every actor, space-joined
    rep_event    TEXT NOT NULL,          -- the member whose record represents the cluster
    status       TEXT NOT NULL,
    n_mentions   INTEGER NOT NULL,
    n_sources    INTEGER NOT NULL,
    n_articles   INTEGER NOT NULL
);

-- Blocking keys (type, month, actor roots) under which a cluster can be found by a new event.
CREATE TABLE link_cluster_blocks (
    block      TEXT NOT NULL,
    cluster_id TEXT NOT NULL REFERENCES link_clusters(id) ON DELETE CASCADE,
    PRIMARY KEY (block, cluster_id)
) WITHOUT ROWID;

-- Each linked event belongs to exactly one cluster; reasons: JSON list of why it joined.
CREATE TABLE link_cluster_members (
    event_id   TEXT PRIMARY KEY REFERENCES events(id) ON DELETE CASCADE,
    cluster_id TEXT NOT NULL REFERENCES link_clusters(id) ON DELETE CASCADE,
    article_id TEXT NOT NULL,
    outlet     TEXT,
    seq        INTEGER NOT NULL,         -- order of linking, so members list in a stable order
    reasons    TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(reasons))
);
CREATE INDEX link_cluster_members_cluster ON link_cluster_members(cluster_id);
CREATE INDEX link_cluster_members_article ON link_cluster_members(article_id);

-- Story threads: articles grouped by duplicates, shared event clusters and title/lead similarity.
-- Recomputed as a whole by every link run (deterministic ids, so an unchanged corpus keeps them).
CREATE TABLE link_stories (
    article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    story_id   TEXT NOT NULL
);
CREATE INDEX link_stories_story ON link_stories(story_id);
