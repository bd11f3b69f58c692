"""Whole-corpus ingestion benchmark with a SIGKILL in the middle (not part of the test run).

1. A clean `hadath ingest` of the corpus into a fresh database: wall time, articles/s, sentences/s and
   the peak RSS of the ingest process and its workers.
2. The same ingest into a second database, killed with SIGKILL once about half the articles are stored,
   then run again to completion.
3. Both databases must end with the same counts (articles, sentences, mentions, events).

    python benchmarks/ingest_kill_rerun.py ../shared/corpora/saudinewsnet -j 2 --out /tmp/bench
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

TABLES = ("articles", "sentences", "mentions", "events")


def counts(db: Path) -> dict[str, int]:
    with sqlite3.connect(db) as conn:
        return {t: conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in TABLES}


def ingest_cmd(inputs: list[str], db: Path, workers: int) -> list[str]:
    return [sys.executable, "-m", "hadath.cli", "ingest", *inputs, "--db", str(db), "-j", str(workers), "-q"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", help="folder or files to ingest")
    parser.add_argument("-j", "--workers", type=int, default=2)
    parser.add_argument("--out", default="bench-out", help="folder for the two databases")
    parser.add_argument("--kill-at", type=float, default=0.5, help="kill when this share of articles is stored")
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    inputs = [str(p) for p in sorted(Path(args.corpus).glob("*.zip"))] or [args.corpus]
    clean_db, killed_db = out / "clean.db", out / "killed.db"
    for db in (clean_db, killed_db):
        for suffix in ("", "-wal", "-shm"):
            Path(str(db) + suffix).unlink(missing_ok=True)

    t0 = time.perf_counter()
    rc = subprocess.run(ingest_cmd(inputs, clean_db, args.workers), stderr=subprocess.DEVNULL).returncode
    clean_s = time.perf_counter() - t0
    peak_kib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    clean = counts(clean_db)

    proc = subprocess.Popen(ingest_cmd(inputs, killed_db, args.workers), stderr=subprocess.DEVNULL,
                            start_new_session=True)
    target = int(clean["articles"] * args.kill_at)
    while proc.poll() is None:
        try:
            if killed_db.exists() and counts(killed_db)["articles"] >= target:
                break
        except sqlite3.Error:
            pass
        time.sleep(0.2)
    os.killpg(proc.pid, signal.SIGKILL)  # the ingest process and its workers, like a power cut
    proc.wait()
    at_kill = counts(killed_db)
    t0 = time.perf_counter()
    rerun_rc = subprocess.run(ingest_cmd(inputs, killed_db, args.workers), stderr=subprocess.DEVNULL).returncode
    rerun_s = time.perf_counter() - t0
    after = counts(killed_db)

    report = {
        "corpus": args.corpus,
        "workers": args.workers,
        "clean_run": {"exit_code": rc, "seconds": round(clean_s, 1), **clean,
                      "articles_per_s": round(clean["articles"] / clean_s, 1),
                      "sentences_per_s": round(clean["sentences"] / clean_s, 1),
                      "peak_rss_mib_largest_process": round(peak_kib / 1024, 1)},
        "killed_at": at_kill,
        "rerun": {"exit_code": rerun_rc, "seconds": round(rerun_s, 1), **after},
        "same_counts_as_clean_run": after == clean,
    }
    print(json.dumps(report, indent=2))
    return 0 if after == clean else 1


if __name__ == "__main__":
    sys.exit(main())
