"""Library side of `hadath actors` and `hadath eval actors|ner`."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from hadath.actors.evaluate import evaluate_actors, evaluate_ner, explain, format_report
from hadath.errors import InputError


def test_explain_lists_mentions_and_reasons(tiny_stage) -> None:
    out = explain("قال وزير الخارجية الروسي سيرغي لافروف إن واشنطن تسعى للتعاون.", date(2017, 8, 25), tiny_stage)
    assert "coded at 2017-08-25" in out
    assert "code=RUSGOV" in out and "name=Sergey Lavrov" in out
    assert "واشنطن" in out and "how=metonymy" in out
    assert explain("لا شيء هنا.", date(2017, 8, 25), tiny_stage).endswith("no actors found")


def test_evaluate_actors_counts_hits_misses_and_codes(tiny_stage, tmp_path: Path) -> None:
    gold = tmp_path / "gold.jsonl"
    rows = [
        {"id": "t1", "text": "قال لافروف إن روسيا وتركيا اتفقتا.", "date": "2017-08-25",
         "actors": [{"text": "لافروف", "code": "RUSGOV", "type": "PERS"},
                    {"text": "روسيا وتركيا", "code": ["TUR", "RUS"], "type": "GPE"}]},
        {"id": "t2", "text": "أعلن شخص مجهول الخبر في موسكو.", "date": "2017-08-25",
         "actors": [{"text": "شخص مجهول", "code": "UAF", "type": "PERS"}]},
        {"id": "t3", "text": "قال ترامب إن الوضع جيد.", "date": "2016-06-01",
         "actors": [{"text": "ترامب", "code": "USAGOV", "type": "PERS"}]},
    ]
    gold.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")
    result = evaluate_actors(gold, tiny_stage)
    assert result["mentions"]["support"] == 4
    assert result["mentions"]["recall"] == 0.75 and result["mentions"]["precision"] == 1.0
    assert result["code_accuracy"] == pytest.approx(2 / 3, abs=1e-3)  # Trump was not yet in office
    assert any(e.get("missed") == "شخص مجهول" for e in result["errors"])
    report = format_report(result)
    assert "code accuracy on 3 matched mentions" in report and "PERS" in report


def test_gold_text_must_be_in_the_sentence(tiny_stage, tmp_path: Path) -> None:
    gold = tmp_path / "bad.jsonl"
    gold.write_text(json.dumps({"id": "b", "text": "نص", "actors": [{"text": "غائب", "code": "X"}]},
                               ensure_ascii=False) + "\n", encoding="utf-8")
    with pytest.raises(InputError, match="not in the text"):
        evaluate_actors(gold, tiny_stage)


def test_evaluate_ner_needs_a_model(tiny_stage, tmp_path: Path) -> None:
    path = tmp_path / "x.conll"
    path.write_text("فلان B-PERS\n. O\n", encoding="utf-8")
    with pytest.raises(InputError, match="without its NER model"):
        evaluate_ner(path, tiny_stage)
