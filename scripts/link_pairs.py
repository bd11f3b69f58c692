"""Near-duplicate linking on a corpus (SaudiNewsNet by default): time it, count what it finds, sample
pairs for hand checking, and score the linker's pairs against ``gold/link/pairs.jsonl``.

    python scripts/link_pairs.py link    --db /tmp/snn-link.db [CORPUS…]   # store articles, link, report
    python scripts/link_pairs.py sample  --db /tmp/snn-link.db --out /tmp/pairs-to-check.txt -n 120
    python scripts/link_pairs.py score   --db /tmp/snn-link.db [--gold gold/link/pairs.jsonl]
    python scripts/link_pairs.py events  --db /tmp/ingested.db --reset --show 20   # after `hadath ingest`

``link`` stores articles only (no analysis: the event stages are not needed for duplicates), so
the linking time measured is the linker's own.  ``sample`` writes the pair texts to a file *outside*
the repository for reading; only ids and verdicts go into the gold file.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from pathlib import Path

from hadath.ingest import iter_articles
from hadath.link import DedupConfig, link_stats, link_store
from hadath.model import Document
from hadath.store import Store

REPO = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = REPO.parent / "shared" / "corpora" / "saudinewsnet"
GOLD = REPO / "gold" / "link" / "pairs.jsonl"


def cmd_link(args: argparse.Namespace) -> None:
    inputs = args.inputs or sorted(str(p) for p in DEFAULT_CORPUS.glob("*.zip"))
    with Store(args.db) as store:
        t0 = time.perf_counter()
        added = store.add_many(Document(article=a) for a in iter_articles(inputs))
        t1, c1 = time.perf_counter(), time.process_time()
        counts = link_store(store, DedupConfig(near=args.near))
        t2, c2 = time.perf_counter(), time.process_time()
        again = link_store(store, DedupConfig(near=args.near))
        t3 = time.perf_counter()
        stats = link_stats(store)
        rebuild = _measure_rebuild(store)
    print(json.dumps({"stored": added, "store_s": round(t1 - t0, 1), "link_s": round(t2 - t1, 1), "link_cpu_s": round(c2 - c1, 1),
                      "relink_s": round(t3 - t2, 2), "first_run": counts, "second_run": again, "stats": stats,
                      "rebuild": rebuild}, ensure_ascii=False, indent=2))


def _measure_rebuild(store: Store) -> dict[str, float]:
    """Seconds to rebuild the LSH index from stored signatures vs. recomputing them from stored text."""
    from hadath.link.api import _load_index
    from hadath.link.dedup import ArticleIndex, DedupConfig
    from hadath.link.shingles import shingles_of_hashes

    t0 = time.perf_counter()
    _load_index(store.conn, DedupConfig())
    t1 = time.perf_counter()
    index = ArticleIndex(lambda _: "", DedupConfig())
    for seq, (article_id, title, text) in enumerate(store.conn.execute("SELECT id, title, text FROM articles")):
        grams = shingles_of_hashes(index.signer.words(text)[1])
        index.add(seq, article_id, len(grams), index.signer.minhash(grams), index.title_signature(title, text),
                  None, in_lsh=bool(grams))
    t2 = time.perf_counter()
    return {"from_signatures_s": round(t1 - t0, 2), "from_text_s": round(t2 - t1, 2)}


def _pairs(store: Store) -> list[tuple[str, str, str, float]]:
    return list(store.conn.execute("SELECT article_id, duplicate_of, kind, score FROM link_duplicates"))


def cmd_sample(args: argparse.Namespace) -> None:
    """Pairs across the score range (and every kind), with both texts, for reading."""
    rng = random.Random(args.seed)
    with Store(args.db) as store:
        pairs = _pairs(store)
        done = {(g["a"], g["b"]) for g in _gold(Path(args.gold))} if Path(args.gold).exists() else set()
        pairs = [p for p in pairs if (p[0], p[1]) not in done]
        bins: dict[str, list[tuple[str, str, str, float]]] = {}
        for p in pairs:
            key = p[2] if p[2] != "near" else ("near-high" if p[3] >= 0.8 else "near-mid" if p[3] >= 0.6
                                               else "near-low" if p[3] >= 0.5 else "near-below")
            bins.setdefault(key, []).append(p)
        share = {"exact": 0.08, "near-high": 0.17, "near-mid": 0.2, "near-low": 0.2, "near-below": 0.15,
                 "excerpt": 0.2}
        chosen: list[tuple[str, str, str, float]] = []
        for key, items in sorted(bins.items()):
            rng.shuffle(items)
            chosen += items[:max(1, round(args.n * share.get(key, 0.1)))]
        with open(args.out, "w", encoding="utf-8") as out:
            for i, (a, b, kind, score) in enumerate(chosen):
                out.write(f"=== {i} {kind} {score}\nA {a}\nB {b}\n")
                for aid in (a, b):
                    title, source, day, text = store.conn.execute(
                        "SELECT title, source, date, text FROM articles WHERE id = ?", (aid,)).fetchone()
                    clip = text if len(text) <= args.chars else text[:args.chars // 2] + " […] " + text[-args.chars // 2:]
                    out.write(f"--- {source} {day} | {title}\n{clip}\n")
    print(f"{len(chosen)} pairs written to {args.out}", file=sys.stderr)


def _gold(path: Path) -> list[dict]:
    rows = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip() and not line.startswith("#"):
                rows.append(json.loads(line))
    return rows


def cmd_score(args: argparse.Namespace) -> None:
    """Precision of the linker's pairs among the hand-checked ones (a gold pair the linker no longer
    proposes counts as a miss only when its label is not ``different``)."""
    gold = {(g["a"], g["b"]): g["label"] for g in _gold(Path(args.gold))}
    with Store(args.db) as store:
        found = {(a, b): (kind, score) for a, b, kind, score in _pairs(store)}
    tp = fp = fn = 0
    by_kind: dict[str, list[int]] = {}
    for pair, label in gold.items():
        hit = found.get(pair) or found.get((pair[1], pair[0]))
        same = label != "different"
        if hit:
            tp += same
            fp += not same
            by_kind.setdefault(hit[0], [0, 0])[0 if same else 1] += 1
        elif same:
            fn += 1
    precision = tp / (tp + fp) if tp + fp else 0.0
    sweep = {}
    for threshold in (0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.7, 0.8):
        kept = [(gold[p] != "different") for p in gold if p in found and
                (found[p][0] != "near" or found[p][1] >= threshold)]
        sweep[str(threshold)] = {"pairs": len(kept), "precision": round(sum(kept) / len(kept), 3) if kept else None}
    print(json.dumps({"gold_pairs": len(gold), "linked_and_checked": tp + fp, "true": tp, "false": fp,
                      "precision": round(precision, 3), "gold_same_not_linked": fn,
                      "by_kind_true_false": by_kind, "near_threshold_sweep": sweep}, indent=2))


def cmd_events(args: argparse.Namespace) -> None:
    """Events before and after merging, on a database filled by ``hadath ingest`` (full pipeline).
    ``--reset`` drops the clusters first, so the current merging rules are measured."""
    with Store(args.db) as store:
        conn = store.conn
        if args.reset:
            conn.execute("BEGIN IMMEDIATE")
            for table in ("link_cluster_members", "link_cluster_blocks", "link_clusters", "link_stories"):
                conn.execute(f"DELETE FROM {table}")
            conn.execute("COMMIT")
        t0 = time.perf_counter()
        counts = link_store(store)
        elapsed = time.perf_counter() - t0

        def rows(sql: str) -> list:
            return conn.execute(sql).fetchall()

        out = {
            "articles": rows("SELECT count(*) FROM articles")[0][0],
            "events_before": rows("SELECT count(*) FROM events")[0][0],
            "clusters_after": rows("SELECT count(*) FROM link_clusters")[0][0],
            "multi_article_clusters": rows("SELECT count(*) FROM link_clusters WHERE n_articles > 1")[0][0],
            "events_in_multi_article_clusters": rows(
                "SELECT count(*) FROM link_cluster_members m JOIN link_clusters c ON c.id = m.cluster_id"
                " WHERE c.n_articles > 1")[0][0],
            "clusters_by_articles": dict(rows(
                "SELECT n_articles, count(*) FROM link_clusters GROUP BY 1 ORDER BY 1 DESC LIMIT 10")),
            "contested": rows("SELECT count(*) FROM link_clusters WHERE status = 'denied' AND n_articles > 1")[0][0],
            "link_s": round(elapsed, 2), "run": counts,
        }
        print(json.dumps(out, ensure_ascii=False, indent=2))
        if args.show:
            rng = random.Random(args.seed)
            multi = [r[0] for r in rows("SELECT id FROM link_clusters WHERE n_articles > 1 ORDER BY id")]
            for cluster_id in rng.sample(multi, min(args.show, len(multi))):
                head = conn.execute("SELECT type_key, actor_key, status, n_articles FROM link_clusters WHERE id = ?",
                                    (cluster_id,)).fetchone()
                print("==", cluster_id, *head)
                for (record, title) in conn.execute(
                        "SELECT e.record, a.title FROM link_cluster_members m JOIN events e ON e.id = m.event_id"
                        " JOIN articles a ON a.id = m.article_id WHERE m.cluster_id = ? ORDER BY m.seq LIMIT 4",
                        (cluster_id,)):
                    r = json.loads(record)
                    print("  ", r["date"], (r.get("location") or {}).get("name"), "|", (title or "")[:50], "|",
                          r["evidence"]["text"][:90].replace("\n", " "))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("link")
    p.add_argument("--db", required=True)
    p.add_argument("--near", type=float, default=DedupConfig().near,
                   help="Jaccard for near-duplicates (lower it to sample borderline pairs)")
    p.add_argument("inputs", nargs="*")
    p = sub.add_parser("sample")
    p.add_argument("--db", required=True)
    p.add_argument("--out", required=True)
    p.add_argument("-n", type=int, default=120)
    p.add_argument("--seed", type=int, default=7)
    p.add_argument("--chars", type=int, default=900)
    p.add_argument("--gold", default=str(GOLD))
    p = sub.add_parser("score")
    p.add_argument("--db", required=True)
    p.add_argument("--gold", default=str(GOLD))
    p = sub.add_parser("events")
    p.add_argument("--db", required=True)
    p.add_argument("--reset", action="store_true")
    p.add_argument("--show", type=int, default=0, help="print this many multi-article clusters, sampled")
    p.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    {"link": cmd_link, "sample": cmd_sample, "score": cmd_score, "events": cmd_events}[args.cmd](args)


if __name__ == "__main__":
    main()
