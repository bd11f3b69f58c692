"""The CLI end to end: code, analyze, ingest (idempotent, bad inputs), events, export, stats, demo."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from click.testing import CliRunner

from hadath.cli import main

REPORT = (
    "بحث وزير الخارجية المصري في اتصال هاتفي أجراه أمس مع نظيره السعودي تطورات الأوضاع في المنطقة.\n"
    "وقتل عشرة أشخاص في غارات جوية شنتها طائرات حربية على مدينة حلب يوم الثلاثاء.\n"
)


def _write(tmp_path: Path, name: str, text: str, encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def test_code_writes_readable_jsonl_with_exact_offsets(tmp_path):
    path = _write(tmp_path, "r.txt", REPORT)
    result = CliRunner().invoke(main, ["code", str(path), "--date", "2017-01-19", "-q"])
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    assert lines, "two event sentences must give events"
    assert "\\u0" not in result.stdout  # Arabic stays readable
    for rec in lines:
        for key in ("evidence", "trigger"):
            span = rec[key]
            assert REPORT[span["start"]:span["end"]] == span["text"]
        assert rec["lexicon_version"] and rec["coder_version"]
    assert {"CONSULT", "ASSAULT"} <= {r["event_type"] for r in lines}


def test_code_gdelt_has_61_columns(tmp_path):
    path = _write(tmp_path, "r.txt", REPORT)
    result = CliRunner().invoke(main, ["code", str(path), "--date", "2017-01-19", "--format", "gdelt", "-q"])
    assert result.exit_code == 0, result.output
    rows = [r.split("\t") for r in result.stdout.splitlines() if r]
    assert rows and all(len(r) == 61 for r in rows)


def test_analyze_reports_every_layer(tmp_path):
    path = _write(tmp_path, "r.txt", REPORT)
    result = CliRunner().invoke(main, ["analyze", str(path), "--date", "2017-01-19", "-q"])
    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout.splitlines()[0])
    for key in ("id", "sentences", "entities", "places", "dates", "quotes", "events"):
        assert key in doc
    assert len(doc["sentences"]) == 2
    assert any(p["name"] and p["lat"] for p in doc["places"])
    assert any(d["value"] == "2017-01-18" for d in doc["dates"])


def test_ingest_is_idempotent_and_reports_bad_inputs(tmp_path):
    good = _write(tmp_path, "good.txt", REPORT)
    cp = _write(tmp_path, "cp.txt", REPORT.replace("حلب", "حمص"), encoding="cp1256")
    broken = _write(tmp_path, "broken.jsonl", '{"id": "x1", "text": "نص"}\n{"id": "x2", "text": \n')
    db = tmp_path / "h.db"
    args = ["ingest", str(good), str(cp), str(broken), "--db", str(db), "--date", "2017-01-19", "-q"]
    first = CliRunner().invoke(main, args)
    assert first.exit_code == 1  # the broken line was reported; the rest went in
    assert "broken.jsonl:2" in first.stderr
    counts = _counts(db)
    assert counts["articles"] == 3
    again = CliRunner().invoke(main, args)
    assert again.exit_code == 1
    assert _counts(db) == counts
    stats = CliRunner().invoke(main, ["stats", "--db", str(db), "--json"])
    assert stats.exit_code == 0
    figures = json.loads(stats.stdout)
    assert figures["articles"] == 3 and figures["events"] == counts["events"]
    listed = CliRunner().invoke(main, ["events", "--db", str(db), "--type", "assault", "--format", "jsonl"])
    assert listed.exit_code == 0
    assert all(json.loads(line)["event_type"] == "ASSAULT" for line in listed.stdout.splitlines())
    out = tmp_path / "e.parquet"
    exported = CliRunner().invoke(main, ["export", "--db", str(db), "--format", "parquet", "-o", str(out)])
    assert exported.exit_code == 0 and out.stat().st_size > 0


def _counts(db: Path) -> dict[str, int]:
    with sqlite3.connect(db) as conn:
        return {t: conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in ("articles", "events", "sentences")}


def test_events_without_database_is_a_usage_error(tmp_path):
    result = CliRunner().invoke(main, ["events", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 2


def test_demo_runs_on_the_bundled_sample(tmp_path):
    db = tmp_path / "demo.db"
    result = CliRunner().invoke(main, ["demo", "--db", str(db), "-q"])
    assert result.exit_code == 0, result.output
    assert "ASSAULT" in result.stdout and "CONSULT" in result.stdout
    counts = _counts(db)
    assert counts["articles"] >= 20 and counts["events"] > 20


def test_analyze_review_lists_uncoded_candidates_only(tmp_path):
    path = _write(tmp_path, "r.txt", REPORT)
    result = CliRunner().invoke(main, ["analyze", str(path), "--date", "2017-01-19", "--review", "-q"])
    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout.splitlines()[0])
    coded = {(e["sentence"], e["event_type"]) for e in doc["events"]}
    for item in doc["review"]:
        assert (item["sentence"], item["event_type"]) not in coded
        assert 0.8 <= item["probability"] <= 1.0
