"""A run killed with SIGKILL and started again loses nothing and duplicates nothing."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from hadath.store import Store

HERE = Path(__file__).resolve().parent
TOTAL = 300

WRITER = """
import sys
sys.path.insert(0, {here!r})
from store_synth import make_document
from hadath.store import Store

total, batch = int(sys.argv[2]), int(sys.argv[3])
with Store(sys.argv[1]) as store:
    done = store.article_ids()
    todo = (make_document(i, events_per_doc=3) for i in range(total) if f"art-{{i:06d}}" not in done)
    if batch == 1:
        for doc in todo:
            store.add(doc)
            print("stored", flush=True)
    else:
        chunk = []
        for doc in todo:
            chunk.append(doc)
            if len(chunk) == batch:
                store.add_many(chunk, batch_size=batch)
                chunk = []
                print("stored", flush=True)
        store.add_many(chunk, batch_size=batch)
print("done", flush=True)
"""


def run_writer(db: Path, batch: int, kill_after: int | None) -> None:
    """Run the writer; with ``kill_after``, SIGKILL it once it has reported that many commits."""
    proc = subprocess.Popen([sys.executable, "-c", WRITER.format(here=str(HERE)), str(db), str(TOTAL), str(batch)],
                            stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    if kill_after is None:
        proc.communicate(timeout=120)
        assert proc.returncode == 0
        return
    seen = 0
    for line in proc.stdout:
        seen += line.startswith("stored")
        if seen >= kill_after:
            os.kill(proc.pid, signal.SIGKILL)
            break
    proc.wait(timeout=60)
    proc.stdout.close()
    assert proc.returncode == -signal.SIGKILL, "the writer finished before it could be killed"


def snapshot(db: Path) -> tuple[dict, list[dict], str]:
    with Store(db) as store:
        stats = store.stats()
        stats.pop("path")
        integrity = store.conn.execute("PRAGMA integrity_check").fetchone()[0]
        return stats, sorted(store.iter_records(), key=lambda r: r["id"]), integrity


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL needs a POSIX system")
@pytest.mark.parametrize(("batch", "kill_points"), [(1, (40, 25)), (16, (3, 4))])
def test_killed_runs_resume_without_loss_or_duplicates(tmp_path: Path, batch: int, kill_points: tuple) -> None:
    clean = tmp_path / "clean.db"
    run_writer(clean, batch, None)
    killed = tmp_path / "killed.db"
    partial_counts = []
    for kill_after in kill_points:
        run_writer(killed, batch, kill_after)
        with Store(killed) as store:
            partial_counts.append(len(store.article_ids()))
    assert 0 < partial_counts[0] < TOTAL, "the kill did not land midway"
    run_writer(killed, batch, None)
    clean_stats, clean_records, _ = snapshot(clean)
    killed_stats, killed_records, integrity = snapshot(killed)
    assert integrity == "ok"
    assert killed_stats == clean_stats
    assert clean_stats["articles"] == TOTAL and clean_stats["events"] == 3 * TOTAL
    assert killed_records == clean_records


@pytest.mark.skipif(os.name != "posix", reason="needs a POSIX system")
def test_two_writers_at_once_store_each_article_once(tmp_path: Path) -> None:
    shared = tmp_path / "shared.db"
    Store(shared).close()  # migrate first, so both writers find the schema ready
    script = WRITER.format(here=str(HERE))
    procs = [subprocess.Popen([sys.executable, "-c", script, str(shared), str(TOTAL), str(batch)],
                              stdout=subprocess.DEVNULL) for batch in (1, 16)]
    assert [p.wait(timeout=120) for p in procs] == [0, 0]
    stats, records, integrity = snapshot(shared)
    assert integrity == "ok"
    assert stats["articles"] == TOTAL and stats["events"] == 3 * TOTAL
    assert len({r["id"] for r in records}) == len(records) == 3 * TOTAL
