"""The CRF tagger: BIO decoding, scoring, CoNLL reading, and the shipped model."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from hadath.actors.ner import FeatureExtractor, Gazetteer, NerTagger, bio_spans, entity_scores, read_conll
from hadath.actors.stage import model_path
from hadath.errors import ModelError


def test_bio_spans_handles_stray_inside_tags() -> None:
    tags = ["B-PERS", "I-PERS", "O", "I-LOC", "I-LOC", "B-ORG", "B-ORG", "I-PERS"]
    assert bio_spans(tags) == [("PERS", 0, 1), ("LOC", 3, 4), ("ORG", 5, 5), ("ORG", 6, 6), ("PERS", 7, 7)]


def test_entity_scores_exact_spans() -> None:
    gold = [["B-PERS", "I-PERS", "O", "B-LOC"]]
    pred = [["B-PERS", "O", "O", "B-LOC"]]
    scores = entity_scores(gold, pred)
    assert scores["LOC"]["f1"] == 1.0
    assert scores["PERS"]["precision"] == 0.0
    assert scores["micro"]["precision"] == 0.5 and scores["micro"]["recall"] == 0.5


def test_read_conll_splits_on_blank_lines_and_dots(tmp_path: Path) -> None:
    path = tmp_path / "x.conll"
    path.write_text("قال O\nفلان B-PERS\n. O\nفي O\nمدينة O\n\nهنا O B-LOC\n", encoding="utf-8")
    sents = read_conll(path)
    assert [len(s) for s in sents] == [3, 2, 1]
    assert sents[2] == [("هنا", "O")]


def test_features_use_gazetteer_and_neighbours() -> None:
    fx = FeatureExtractor(Gazetteer(person=frozenset({"لافروف"}), title=frozenset({"وزير"})))
    items = fx.sentence(["قال", "ولافروف", "اليوم"])
    assert "g=per" in items[1]  # found through the clitic-stripped form
    assert "-1w=قال" in items[1] and "+1w=اليوم" in items[1]
    assert "BOS" in items[0] and "EOS" in items[2]
    assert "+1g=per" in items[0]


def test_missing_model_is_a_model_error(tmp_path: Path) -> None:
    with pytest.raises(ModelError, match="not found"):
        NerTagger(tmp_path / "none.crfsuite", FeatureExtractor())


@pytest.fixture(scope="module")
def shipped_tagger() -> NerTagger:
    path = model_path()
    if not path.exists():
        pytest.fail(f"the shipped NER model is missing: {path} (run scripts/train_ner.py)")
    return NerTagger(path, FeatureExtractor())


def test_shipped_model_tags_a_sentence(shipped_tagger: NerTagger) -> None:
    words = ["وقال", "الرئيس", "الفرنسي", "جاك", "شيراك", "في", "باريس", "إن", "الاتحاد", "الأوروبي", "سيجتمع"]
    tags = shipped_tagger.tag(words)
    assert len(tags) == len(words)
    assert set(shipped_tagger.labels) >= {"O", "B-PERS", "I-PERS", "B-LOC", "B-ORG"}
    spans = {(t, " ".join(words[a:b + 1])) for t, a, b in bio_spans(tags)}
    assert ("LOC", "باريس") in spans
    assert any(t == "PERS" and "شيراك" in s for t, s in spans)


def test_shipped_scores_meet_the_floor() -> None:
    scores = json.loads((model_path().parent / "ner_scores.json").read_text(encoding="utf-8"))
    assert scores["test"]["micro"]["f1"] >= 0.75, scores["test"]["micro"]
    assert scores["final_model_trained_on"] == "train+dev"


def test_evaluate_ner_scores_a_conll_file(tmp_path: Path) -> None:
    from hadath.actors.coder import ActorCoder
    from hadath.actors.evaluate import evaluate_ner, format_report
    from hadath.actors.lexicon import ActorLexicon

    class _Stage:  # the stage's shape, with the shipped model and the packaged lexicon
        coder = ActorCoder(ActorLexicon.load(), NerTagger(model_path(), FeatureExtractor()))

    path = tmp_path / "mini.conll"
    path.write_text("وصل O\nالرئيس O\nإلى O\nباريس B-LOC\nأمس B-DATE\n. O\n", encoding="utf-8")
    result = evaluate_ner(path, _Stage())  # type: ignore[arg-type]
    assert result["sentences"] == 1
    assert result["scores"]["LOC"]["support"] == 1 and "DATE" not in result["scores"]
    assert result["ignored_types"] == ["DATE"]
    assert "micro over PERS, LOC, ORG" in format_report(result)


def test_model_trained_with_other_features_is_refused(tmp_path: Path) -> None:
    model = tmp_path / "ner.crfsuite"
    model.write_bytes(model_path().read_bytes())
    (tmp_path / "ner_scores.json").write_text('{"feature_version": "ner-features-0"}', encoding="utf-8")
    with pytest.raises(ModelError, match="retrain"):
        NerTagger(model, FeatureExtractor())
