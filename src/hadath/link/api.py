"""The linking stage over a :class:`hadath.store.Store`: what the CLI and the exports call.

:func:`link_store` is incremental and idempotent: it indexes only articles and events it has not seen
(by id), in the order they were stored, so running it twice changes nothing and an article added later
joins the duplicates, clusters and stories that already exist.
"""

from __future__ import annotations

import json
import sqlite3
from collections import Counter
from collections.abc import Iterator
from datetime import date
from typing import TYPE_CHECKING, Any

from hadath.errors import StoreError
from hadath.link.clusters import Clusterer, new_events
from hadath.link.dedup import ArticleIndex, DedupConfig
from hadath.link.shingles import normalized_hash, signature_bytes
from hadath.link.stories import STORY_WINDOW_DAYS, build_stories

if TYPE_CHECKING:
    from hadath.store import Store

ARTICLE_CHUNK = 500
MAX_PAIRS_PER_ARTICLE = 20


class _Transaction:
    """``BEGIN IMMEDIATE`` … ``COMMIT``, rolled back (and re-raised as StoreError) on failure."""

    def __init__(self, conn: sqlite3.Connection, what: str) -> None:
        self.conn, self.what = conn, what

    def __enter__(self) -> None:
        self.conn.execute("BEGIN IMMEDIATE")

    def __exit__(self, exc_type: Any, exc: BaseException | None, tb: Any) -> None:
        if exc is None:
            self.conn.execute("COMMIT")
            return
        if self.conn.in_transaction:
            self.conn.execute("ROLLBACK")
        if isinstance(exc, sqlite3.Error):
            raise StoreError(f"linking failed while {self.what} (rolled back): {exc}") from exc


def _days_apart(a: str | None, b: str | None) -> int:
    if not a or not b:
        return 0
    try:
        return abs((date.fromisoformat(a[:10]) - date.fromisoformat(b[:10])).days)
    except ValueError:
        return 0


def _load_index(conn: sqlite3.Connection, config: DedupConfig) -> tuple[ArticleIndex, dict[str, int]]:
    """The LSH index rebuilt from stored signatures, and normalized hash → first article's seq."""

    def text_of(article_id: str) -> str:
        row = conn.execute("SELECT text FROM articles WHERE id = ?", (article_id,)).fetchone()
        return row[0] if row else ""

    index = ArticleIndex(text_of, config)
    first_by_hash: dict[str, int] = {}
    for seq, article_id, norm_hash, n, sig, tsig, day in conn.execute(
            "SELECT seq, article_id, norm_hash, n_shingles, signature, title_sig, day FROM link_articles ORDER BY seq"):
        fresh = norm_hash not in first_by_hash and n > 0
        index.restore(seq, article_id, n, sig, tsig, day, in_lsh=fresh)
        if n > 0:  # texts without words are nobody's copy
            first_by_hash.setdefault(norm_hash, seq)
    return index, first_by_hash


def _link_articles(conn: sqlite3.Connection, config: DedupConfig) -> dict[str, int]:
    counts = Counter[str]()
    pending = conn.execute("SELECT 1 FROM articles a WHERE NOT EXISTS"
                           " (SELECT 1 FROM link_articles l WHERE l.article_id = a.id) LIMIT 1").fetchone()
    if pending is None:  # nothing new: do not rebuild the index
        return {"linked_articles": 0, "duplicate_pairs": 0, "exact_duplicates": 0, "near_duplicates": 0,
                "excerpts": 0}
    index, first_by_hash = _load_index(conn, config)
    last = 0
    while True:
        rows = conn.execute(
            "SELECT a.rowid, a.id, a.title, a.text, a.date FROM articles a WHERE a.rowid > ? AND NOT EXISTS"
            " (SELECT 1 FROM link_articles l WHERE l.article_id = a.id) ORDER BY a.rowid LIMIT ?",
            (last, ARTICLE_CHUNK)).fetchall()
        if not rows:
            break
        last = rows[-1][0]
        with _Transaction(conn, "linking duplicate articles"):
            for _, article_id, title, text, day in rows:
                _link_article(conn, index, first_by_hash, article_id, title, text, day, counts)
    return {"linked_articles": counts["articles"], "duplicate_pairs": counts["pairs"],
            "exact_duplicates": counts["exact"], "near_duplicates": counts["near"], "excerpts": counts["excerpt"]}


def _link_article(conn: sqlite3.Connection, index: ArticleIndex, first_by_hash: dict[str, int], article_id: str,
                  title: str | None, text: str, day: str | None, counts: Counter[str]) -> None:
    words, hashes = index.signer.words(text)
    norm_hash = normalized_hash(words)
    pairs: list[tuple[str, str, float]] = []
    original = first_by_hash.get(norm_hash) if words else None
    grams: set[int] = set()
    if original is not None:
        sig = index.items[original].signature
        n = index.items[original].n_shingles
        tsig = index.title_signature(title, text)
        pairs.append((index.items[original].article_id, "exact", 1.0))
    else:
        grams, sig, tsig = index.signatures(hashes, title, text)
        n = len(grams)
        if grams:
            pairs += [(m.other, m.kind, m.score) for m in index.matches(grams, sig)[:MAX_PAIRS_PER_ARTICLE]]
    titled = [(index.items[seq].article_id, score) for seq, score in index.title_matches(tsig)
              if _days_apart(index.days.get(seq), day) <= STORY_WINDOW_DAYS][:MAX_PAIRS_PER_ARTICLE]
    cursor = conn.execute(
        "INSERT INTO link_articles(article_id, norm_hash, n_shingles, signature, title_sig, day) VALUES (?,?,?,?,?,?)",
        (article_id, norm_hash, n, signature_bytes(sig), signature_bytes(tsig), day))
    seq = int(cursor.lastrowid or 0)
    conn.executemany("INSERT OR IGNORE INTO link_duplicates(article_id, duplicate_of, kind, score) VALUES (?,?,?,?)",
                     [(article_id, other, kind, score) for other, kind, score in pairs])
    conn.executemany("INSERT OR IGNORE INTO link_title_pairs(article_id, other_id, score) VALUES (?,?,?)",
                     [(article_id, other, score) for other, score in titled])
    index.add(seq, article_id, n, sig, tsig, day, in_lsh=original is None and n > 0)
    if words:
        first_by_hash.setdefault(norm_hash, seq)
    if grams:
        index.remember(article_id, grams)
    counts["articles"] += 1
    counts["pairs"] += len(pairs)
    for _, kind, _ in pairs:
        counts[kind] += 1


def _link_events(conn: sqlite3.Connection) -> dict[str, int]:
    clusterer = Clusterer(conn)
    linked = 0
    created = 0
    events = new_events(conn)
    while True:
        batch = [e for _, e in zip(range(1000), events, strict=False)]
        if not batch:
            break
        with _Transaction(conn, "merging events into clusters"):
            for event in batch:
                _, _, is_new = clusterer.assign(event)
                linked += 1
                created += is_new
            clusterer.flush()
    return {"linked_events": linked, "new_clusters": created}


def _write_stories(conn: sqlite3.Connection) -> int:
    assignment = build_stories(conn)
    stored = dict(conn.execute("SELECT article_id, story_id FROM link_stories"))
    changed = [(a, s) for a, s in assignment.items() if stored.get(a) != s]
    if changed:
        with _Transaction(conn, "grouping articles into stories"):
            conn.executemany("INSERT OR REPLACE INTO link_stories(article_id, story_id) VALUES (?,?)", changed)
    return len(set(assignment.values()))


def link_store(store: Store, config: DedupConfig | None = None) -> dict[str, int]:
    """Link every article and event of ``store`` not linked yet; return what this run added.

    Keys: linked_articles, duplicate_pairs, exact_duplicates, near_duplicates, excerpts, linked_events,
    new_clusters, stories (the total after this run).
    """
    conn: sqlite3.Connection = store.conn
    counts = _link_articles(conn, config or DedupConfig())
    counts.update(_link_events(conn))
    if counts["linked_articles"] or counts["linked_events"]:
        counts["stories"] = _write_stories(conn)
    else:  # nothing new: the stories stand as they are
        counts["stories"] = int(conn.execute("SELECT count(DISTINCT story_id) FROM link_stories").fetchone()[0])
    return counts


# -- reading -------------------------------------------------------------------------------------
def _records(conn: sqlite3.Connection, event_ids: list[str]) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for i in range(0, len(event_ids), 500):
        part = event_ids[i:i + 500]
        marks = ",".join("?" * len(part))
        for eid, record in conn.execute(f"SELECT id, record FROM events WHERE id IN ({marks})", part):
            out[eid] = json.loads(record)
    return out


def _cluster_view(conn: sqlite3.Connection, cluster_id: str) -> dict[str, Any]:
    row = conn.execute("SELECT rep_event, status, n_mentions, n_sources, n_articles FROM link_clusters WHERE id = ?",
                       (cluster_id,)).fetchone()
    if row is None:
        raise StoreError(f"no event cluster {cluster_id!r} in the database")
    rep_event, status, n_mentions, n_sources, n_articles = row
    members = conn.execute(
        "SELECT event_id, article_id, outlet, reasons FROM link_cluster_members WHERE cluster_id = ? ORDER BY seq",
        (cluster_id,)).fetchall()
    records = _records(conn, [m[0] for m in members])
    mentions: list[dict[str, Any]] = []
    reported_by: list[str] = []
    denied_by: list[str] = []
    for event_id, article_id, outlet, _ in members:
        record = records[event_id]
        reported_by += [r for r in record.get("reported_by") or [] if r not in reported_by]
        denied_by += [d for d in record.get("denied_by") or [] if d not in denied_by]
        own = record.get("mentions") or [{"article_id": article_id, "sentence": record.get("sentence"),
                                          "start": record["evidence"]["start"], "end": record["evidence"]["end"]}]
        mentions += [{"event_id": event_id, "article_id": m.get("article_id") or article_id,
                      "sentence": m.get("sentence"), "start": m.get("start"), "end": m.get("end"),
                      "outlet": m.get("source") or outlet} for m in own]
    return {
        "id": cluster_id, "status": status, "reported_by": reported_by, "denied_by": denied_by,
        "NumMentions": n_mentions, "NumSources": n_sources, "NumArticles": n_articles,
        "representative": records[rep_event], "mentions": mentions,
        "members": [{"event_id": e, "article_id": a, "outlet": o, "status": records[e].get("status"),
                     "why": json.loads(r)} for e, a, o, r in members],
    }


def cluster_of(store: Store, event_id: str) -> dict[str, Any]:
    """The cluster an event belongs to: its representative record, every mention, and why each joined.

    Raises StoreError for an unknown event or one not linked yet (run :func:`link_store`).
    """
    conn: sqlite3.Connection = store.conn
    row = conn.execute("SELECT cluster_id FROM link_cluster_members WHERE event_id = ?", (event_id,)).fetchone()
    if row is None:
        known = conn.execute("SELECT 1 FROM events WHERE id = ?", (event_id,)).fetchone()
        raise StoreError(f"event {event_id!r} is not linked yet (run `hadath ingest` again to link it)" if known
                         else f"no event {event_id!r} in the database")
    return _cluster_view(conn, row[0])


def cluster_records(store: Store) -> Iterator[dict[str, Any]]:
    """One record per event cluster, for exports: the representative's record with the cluster's id,
    status, reporters and deniers, every mention, and NumMentions/NumSources/NumArticles."""
    conn: sqlite3.Connection = store.conn
    ids = [r[0] for r in conn.execute("SELECT id FROM link_clusters ORDER BY rowid")]
    for cluster_id in ids:
        view = _cluster_view(conn, cluster_id)
        record = dict(view["representative"])
        record.update({
            "id": view["id"], "event_id": record.get("id"), "status": view["status"],
            "reported_by": view["reported_by"], "denied_by": view["denied_by"],
            "mentions": [{"article_id": m["article_id"], "sentence": m["sentence"], "start": m["start"],
                          "end": m["end"], "source": m["outlet"], "event_id": m["event_id"]} for m in view["mentions"]],
            "NumMentions": view["NumMentions"], "NumSources": view["NumSources"], "NumArticles": view["NumArticles"],
        })
        yield record


def stories(store: Store, limit: int | None = 20) -> list[dict[str, Any]]:
    """Story threads, largest first: id, articles, titles, outlets, date range, top actors, clusters."""
    conn: sqlite3.Connection = store.conn
    sql = ("SELECT s.story_id, count(*) AS n, min(a.date), max(a.date) FROM link_stories s"
           " JOIN articles a ON a.id = s.article_id GROUP BY s.story_id ORDER BY n DESC, min(a.date), s.story_id")
    params: list[Any] = []
    if limit is not None:
        sql += " LIMIT ?"
        params.append(max(int(limit), 0))
    out: list[dict[str, Any]] = []
    for story_id, n, first, last in conn.execute(sql, params).fetchall():
        articles = conn.execute(
            "SELECT a.id, a.title, a.source, a.date FROM link_stories s JOIN articles a ON a.id = s.article_id"
            " JOIN link_articles l ON l.article_id = a.id WHERE s.story_id = ? ORDER BY l.seq", (story_id,)).fetchall()
        actors = conn.execute(
            "SELECT x.code, count(*) FROM link_stories s JOIN events e ON e.article_id = s.article_id"
            " JOIN event_actors x ON x.event_id = e.id WHERE s.story_id = ? GROUP BY x.code"
            " ORDER BY count(*) DESC, x.code LIMIT 5", (story_id,)).fetchall()
        clusters = conn.execute(
            "SELECT count(DISTINCT m.cluster_id) FROM link_stories s JOIN link_cluster_members m"
            " ON m.article_id = s.article_id WHERE s.story_id = ?", (story_id,)).fetchone()[0]
        out.append({
            "id": story_id, "n_articles": n, "first_date": first, "last_date": last,
            "articles": [a[0] for a in articles], "titles": [a[1] for a in articles if a[1]],
            "outlets": sorted({a[2] for a in articles if a[2]}),
            "top_actors": [{"code": c, "events": k} for c, k in actors], "clusters": int(clusters),
        })
    return out


def link_stats(store: Store) -> dict[str, Any]:
    """Counts for ``hadath stats``: linked articles, duplicate pairs by kind, clusters, mentions, stories."""
    conn: sqlite3.Connection = store.conn

    def one(sql: str) -> int:
        return int(conn.execute(sql).fetchone()[0] or 0)

    return {
        "linked_articles": one("SELECT count(*) FROM link_articles"),
        "duplicate_pairs": {k: int(n) for k, n in conn.execute(
            "SELECT kind, count(*) FROM link_duplicates GROUP BY kind ORDER BY kind")},
        "articles_with_duplicates": one(
            "SELECT count(*) FROM (SELECT article_id FROM link_duplicates UNION SELECT duplicate_of FROM link_duplicates)"),
        "linked_events": one("SELECT count(*) FROM link_cluster_members"),
        "clusters": one("SELECT count(*) FROM link_clusters"),
        "clusters_multi_article": one("SELECT count(*) FROM link_clusters WHERE n_articles > 1"),
        "mentions": one("SELECT sum(n_mentions) FROM link_clusters"),
        "contested_clusters": one(
            "SELECT count(*) FROM link_clusters c WHERE c.status = 'denied' AND c.n_articles > 1"),
        "stories": one("SELECT count(DISTINCT story_id) FROM link_stories"),
        "stories_multi_article": one(
            "SELECT count(*) FROM (SELECT story_id FROM link_stories GROUP BY story_id HAVING count(*) > 1)"),
    }


__all__ = ["cluster_of", "cluster_records", "link_stats", "link_store", "stories"]
