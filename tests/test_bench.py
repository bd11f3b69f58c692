"""The benchmark command reports what it measured (rates are reported, never asserted)."""

from __future__ import annotations

from hadath.bench import run_bench


def test_bench_reports_counts_rates_and_settings() -> None:
    report = run_bench(limit=3, per_stage=True)
    assert report["articles"] == 3 and report["sentences"] > 0 and report["tokens"] > report["sentences"]
    assert report["neural_ner"] is False and report["workers"] == 1
    assert report["sentences_per_s"] > 0
    assert {"text", "actors", "events"} <= set(report["stage_seconds"])


def test_bench_can_add_the_neural_entity_scores() -> None:
    report = run_bench(limit=2, neural_ner=True)
    assert report["neural_ner"] is True and report["articles"] == 2 and report["sentences"] > 0
