"""Scoring, the veto, τ tuning and the report: on hand-made type sets and a tiny gold file written here."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest

from hadath.classify import Backstop, evaluate_backstop, format_backstop_report
from hadath.classify.evaluate import combine, read_gold, score, tune_threshold
from hadath.errors import InputError

REPO = Path(__file__).resolve().parents[2]
DEV = REPO / "gold" / "events" / "dev.jsonl"


def test_score_counts_per_type_and_micro() -> None:
    gold = [{"ASSAULT"}, {"CONSULT", "AGREE"}, set(), set()]
    predicted = [{"ASSAULT"}, {"CONSULT"}, {"PROTEST"}, set()]
    result = score(gold, predicted, negatives=[False, False, True, True])
    assert result["micro"] == {"tp": 2, "fp": 1, "fn": 1, "p": 0.6667, "r": 0.6667, "f1": 0.6667}
    assert result["per_type"]["AGREE"]["r"] == 0.0
    assert result["per_type"]["ASSAULT"]["f1"] == 1.0
    assert (result["negatives"], result["negatives_coded"], result["negative_coded_share"]) == (2, 1, 0.5)


def test_veto_removes_lexicon_types_only_when_none_is_confident() -> None:
    lexicon = [{"ASSAULT"}, {"PROTEST"}, set()]
    predictions = [("NONE", None, 0.97), ("NONE", None, 0.6), ("AID", None, 0.8)]
    coded, review = combine(lexicon, predictions, none_p=[0.97, 0.6, 0.1], threshold=0.9)
    assert coded == [set(), {"PROTEST"}, set()]
    assert review == [set(), set(), {"AID"}]


def test_review_skips_types_the_lexicon_already_coded() -> None:
    _coded, review = combine([{"AID"}], [("AID", None, 0.99)], none_p=[0.0], threshold=0.9)
    assert review == [set()]


def test_tune_threshold_prefers_no_veto_unless_it_helps() -> None:
    gold = [{"ASSAULT"}, set()]
    negatives = [False, True]
    lexicon = [{"ASSAULT"}, {"ASSAULT"}]  # the second is a false alarm
    predictions = [("ASSAULT", None, 0.9), ("NONE", None, 0.96)]
    assert tune_threshold(gold, lexicon, predictions, [0.05, 0.96], negatives) == 0.95
    # when the classifier is just as sure about the true event, no τ can help: no veto
    assert tune_threshold(gold, lexicon, predictions, [0.99, 0.99], negatives) is None


def _write_gold(path: Path) -> Path:
    items = [
        {"id": "t1", "text": "شنت طائرات حربية غارات على مواقع قرب مدينة حمص.", "date": "2020-02-01",
         "events": [{"event_type": "ASSAULT", "mode": "aerial", "cameo": "195", "source": [], "target": [],
                     "status": "asserted", "trigger": "شنت"}]},
        {"id": "t2", "text": "ارتفعت أسعار القهوة في الأسواق المحلية هذا الأسبوع.", "date": "2020-02-01",
         "tags": ["negative:economy"], "events": []},
        {"id": "t3", "text": "اعتقلت الشرطة التركية ستة مشتبه بهم في أنطاليا.", "date": "2020-02-01",
         "events": [{"event_type": "COERCE", "mode": "arrest", "cameo": "173", "source": ["TURCOP"], "target": [],
                     "status": "asserted", "trigger": "اعتقلت"}]},
    ]
    path.write_text("".join(json.dumps(i, ensure_ascii=False) + "\n" for i in items), encoding="utf-8")
    return path


def test_evaluate_with_a_given_lexicon(tmp_path: Path) -> None:
    gold = _write_gold(tmp_path / "gold.jsonl")

    def lexicon(items: Sequence[dict[str, Any]]) -> list[set[str]]:
        return [{"ASSAULT"}, {"ASSAULT"}, set()]  # one hit, one false alarm, one miss

    report = evaluate_backstop(gold, threshold=0.9, backstop=Backstop.load(), lexicon=lexicon)
    assert report["items"] == 3 and report["negatives"] == 1
    assert report["lexicon"]["micro"]["tp"] == 1 and report["lexicon"]["micro"]["fp"] == 1
    assert report["classifier"]["micro"]["tp"] == 2  # both events found by the model alone
    assert report["classifier"]["negatives_coded"] == 0
    # the confident NONE on the economy sentence vetoes the lexicon's false alarm
    assert report["combined"]["micro"] == {"tp": 1, "fp": 0, "fn": 1, "p": 1.0, "r": 0.5, "f1": 0.6667}
    assert report["combined"]["vetoed_items"] == 1
    assert report["review"]["suggested"] == 1 and report["review"]["correct"] == 1
    text = format_backstop_report(report)
    assert "combined" in text and "ASSAULT" in text and "τ" in text


def test_evaluate_without_a_pipeline_notes_the_skip(tmp_path: Path) -> None:
    gold = _write_gold(tmp_path / "gold.jsonl")
    report = evaluate_backstop(gold, backstop=Backstop.load(), lexicon=lambda items: None)
    assert report["lexicon"] is None and report["combined"] is None
    assert "not available" in report["note"]
    assert "(skipped)" in format_backstop_report(report)


def test_bad_gold_files_are_input_errors(tmp_path: Path) -> None:
    with pytest.raises(InputError):
        read_gold(tmp_path / "missing.jsonl")
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"text": "x", "events": []}\n{not json\n', encoding="utf-8")
    with pytest.raises(InputError, match=":2"):
        read_gold(bad)


def test_classifier_quality_gate_on_dev() -> None:
    """A floor under the measured dev figure (0.78 micro F1 when trained), so regressions fail."""
    if not DEV.exists():
        pytest.skip(f"no event dev gold at {DEV}")
    report = evaluate_backstop(DEV, backstop=Backstop.load(), lexicon=lambda items: None)
    assert report["classifier"]["micro"]["f1"] >= 0.70
    assert report["classifier"]["negative_coded_share"] <= 0.30


def test_ngram_overlap_counts_shared_word_ngrams(tmp_path: Path) -> None:
    from hadath.classify.evaluate import ngram_overlap

    gold = _write_gold(tmp_path / "gold.jsonl")
    # shares 2 of the first item's 7 word trigrams (after normalization: ة → ه), nothing with the others
    train = ["شنت طائرات حربية غارات كثيفة", "كلام آخر لا علاقة له"]
    result = ngram_overlap(train, gold, n=3)
    assert result["worst_item"] == round(2 / 7, 4)
    assert 0 < result["share"] < result["worst_item"]
    assert ngram_overlap([], gold, n=3)["share"] == 0.0
