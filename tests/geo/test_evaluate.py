"""Evaluation against gold, the explain text, and the gold files themselves."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from hadath.errors import InputError
from hadath.geo.evaluate import evaluate, format_report, read_gold
from hadath.geo.explain import explain
from hadath.geo.stage import PlaceStage

GOLD = Path(__file__).resolve().parents[2] / "gold" / "places"


def _write(tmp_path: Path, items: list[dict]) -> Path:
    path = tmp_path / "gold.jsonl"
    path.write_text("\n".join(json.dumps(i, ensure_ascii=False) for i in items) + "\n", encoding="utf-8")
    return path


def test_evaluate_counts(tmp_path: Path, stage: PlaceStage) -> None:
    path = _write(tmp_path, [
        {"id": "a", "text": "وصل الوفد إلى دمشق ثم حلب.",
         "places": [{"text": "دمشق", "name": "Damascus", "country": "SYR", "lat": 33.51, "lon": 36.29},
                    {"text": "حلب", "name": "Aleppo", "country": "LBN", "lat": 10.0, "lon": 10.0}],
         "not_places": []},
        {"id": "b", "text": "التقى الوزيران في القاهرة وتحدثا عن باب المندب.",
         "places": [{"text": "قرية مجهولة", "name": "Nowhere", "country": "EGY", "lat": 30.0, "lon": 31.0}]},
    ])
    with pytest.raises(InputError):  # a gold place that is not in its sentence is a gold error
        evaluate(path, stage)
    items = read_gold(path)
    items[1]["places"] = []
    items[1]["not_places"] = ["القاهرة"]
    for item in items:
        item.pop("_line")
    report = evaluate(_write(tmp_path, items), stage)
    assert report["gold"] == 2 and report["found"] == 1.0
    assert report["country_accuracy"] == 0.5  # حلب marked LBN in this made-up gold
    assert report["within_161km"] == 0.5
    assert report["not_places_predicted"] == 1  # القاهرة predicted while gold says it is not a place
    assert report["predicted"] == 4  # دمشق، حلب، القاهرة، باب المندب
    assert report["precision"] == 0.5
    text = format_report(report)
    assert "precision 0.500" in text and "not_places predicted as places: 1" in text


def test_explain_shows_candidates_and_reasons(stage: PlaceStage) -> None:
    text = explain("أعرب الوزير عن أمل بلاده في التهدئة في إدلب", stage)
    assert "«أمل»" in text and "common word" in text
    assert "candidate Idlib (city" in text and "candidate Idlib Governorate (admin1" in text
    assert "→ Idlib (city, SYR" in text
    assert text.splitlines()[-1].startswith("places: 1")


@pytest.mark.parametrize("name", ["dev.jsonl", "test.jsonl"])
def test_gold_files_are_well_formed(name: str) -> None:
    path = GOLD / name
    items = read_gold(path)
    ids = [i["id"] for i in items]
    assert len(ids) == len(set(ids))
    total = 0
    for item in items:
        for place in item["places"]:
            assert place["text"] in item["text"], (item["id"], place["text"])
            assert -90 <= place["lat"] <= 90 and -180 <= place["lon"] <= 180
            total += 1
        for word in item.get("not_places", []):
            assert word in item["text"], (item["id"], word)
    assert total >= 150


def test_gold_has_enough_mentions() -> None:
    total = sum(len(i["places"]) for name in ("dev.jsonl", "test.jsonl") for i in read_gold(GOLD / name))
    assert total >= 300
