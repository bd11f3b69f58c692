"""`hadath ingest` killed with SIGKILL midway and run again ends exactly like a clean run."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

TABLES = ("articles", "sentences", "mentions", "events")


def _counts(db: Path) -> dict[str, int]:
    with sqlite3.connect(db) as conn:
        return {t: conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in TABLES}


def _ingest(corpus: Path, db: Path) -> subprocess.Popen:
    cmd = [sys.executable, "-m", "hadath.cli", "ingest", str(corpus), "--db", str(db), "--batch-size", "20", "-q"]
    return subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


@pytest.fixture(scope="module")
def corpus(saudinewsnet_dir: Path, tmp_path_factory) -> Path:
    """The first 240 articles of one SaudiNewsNet day, as JSON lines."""
    zpath = sorted(saudinewsnet_dir.glob("*.zip"))[0]
    with zipfile.ZipFile(zpath) as z:
        items = json.loads(z.read(z.namelist()[0]))[:240]
    out = tmp_path_factory.mktemp("kill") / "subset.jsonl"
    out.write_text("".join(json.dumps(i, ensure_ascii=False) + "\n" for i in items), encoding="utf-8")
    return out


def test_sigkill_midway_then_rerun_matches_clean_run(corpus, tmp_path):
    clean_db, killed_db = tmp_path / "clean.db", tmp_path / "killed.db"
    assert _ingest(corpus, clean_db).wait(timeout=600) in (0, 1)
    clean = _counts(clean_db)
    assert clean["articles"] > 200 and clean["events"] > 0

    proc = _ingest(corpus, killed_db)
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline:
        if killed_db.exists():
            try:
                if _counts(killed_db)["articles"] >= 40:
                    break
            except sqlite3.Error:
                pass  # schema not created yet
        if proc.poll() is not None:
            pytest.fail("ingest finished before it could be killed")
        time.sleep(0.05)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    partial = _counts(killed_db)
    assert 0 < partial["articles"] < clean["articles"]

    assert _ingest(corpus, killed_db).wait(timeout=600) in (0, 1)
    assert _counts(killed_db) == clean
