"""Quality gates on the gold files, and the evaluation code itself."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from hadath.errors import InputError
from hadath.when import DateGrammar, evaluate, format_report

from .conftest import GOLD


@pytest.mark.parametrize(("name", "floor"), [("dev.jsonl", 0.97), ("test.jsonl", 0.95)])
def test_gold_floor(grammar: DateGrammar, name: str, floor: float) -> None:
    report = evaluate(GOLD / name, grammar)
    assert report["gold"] >= 100
    assert report["exact"] >= floor, format_report(report)
    assert report["value_precision"] >= 0.95, format_report(report)


def test_gold_files_are_well_formed() -> None:
    ids: set[str] = set()
    total = 0
    for name in ("dev.jsonl", "test.jsonl"):
        for line in (GOLD / name).read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            assert row["id"] not in ids
            ids.add(row["id"])
            for d in row["dates"]:
                assert d["text"] in row["text"]
                assert d["precision"] in ("day", "month", "year")
                assert len(d["value"]) == {"day": 10, "month": 7, "year": 4}[d["precision"]]
                total += 1
    assert total >= 200


def test_evaluate_counts_wrong_missed_and_spurious(tmp_path: Path, grammar: DateGrammar) -> None:
    rows = [
        {"id": "x1", "text": "وصل الوفد أمس", "date": "2017-01-19",
         "dates": [{"text": "أمس", "value": "2017-01-18", "precision": "day"}]},
        {"id": "x2", "text": "وصل الوفد يوم الخميس", "date": "2017-08-25",
         "dates": [{"text": "يوم الخميس", "value": "2017-08-17", "precision": "day"}]},
        {"id": "x3", "text": "وصل الوفد أمس", "date": "2017-01-19", "dates": []},
        {"id": "x4", "text": "وصل الوفد في ذكرى التحرير", "date": "2017-01-19",
         "dates": [{"text": "ذكرى التحرير", "value": "2017-01-01", "precision": "day"}]},
    ]
    path = tmp_path / "g.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    report = evaluate(path, grammar)
    assert (report["gold"], report["predicted"], report["matched"], report["correct"]) == (3, 3, 2, 1)
    assert report["exact"] == pytest.approx(1 / 3)
    assert sorted(e["kind"] for e in report["errors"]) == ["missed", "spurious", "wrong"]
    text = format_report(report)
    assert "exact=0.333" in text and "x2" in text


def test_evaluate_rejects_a_gold_text_not_in_its_sentence(tmp_path: Path, grammar: DateGrammar) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text(json.dumps({"id": "b", "text": "لا شيء", "date": "2017-01-19",
                                "dates": [{"text": "أمس", "value": "2017-01-18", "precision": "day"}]}),
                    encoding="utf-8")
    with pytest.raises(InputError, match="bad.jsonl:1"):
        evaluate(path, grammar)
