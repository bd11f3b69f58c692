"""The data generator and the training script, end to end on a tiny sample in tmp_path."""

from __future__ import annotations

import hashlib
import importlib.util
import json
from pathlib import Path
from types import ModuleType

import numpy as np

from hadath.classify import Backstop
from hadath.classify.backstop import PLOVER_TYPES
from hadath.classify.train import TrainSettings, train_weights

REPO = Path(__file__).resolve().parents[2]


def _script(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, REPO / "scripts" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_generator_is_deterministic_and_covers_every_type() -> None:
    make = _script("make_backstop_data")
    first = make.generate(seed=3, scale=0.05)
    assert first == make.generate(seed=3, scale=0.05)
    assert first != make.generate(seed=4, scale=0.05)
    kinds = {item["type"] for item in first}
    assert set(PLOVER_TYPES) | {"NONE", "STATEMENT"} == kinds
    assert len({item["text"] for item in first}) == len(first)  # no duplicates
    assert all("{" not in item["text"] and "(" not in item["text"] for item in first)  # every slot filled


def test_generator_verbs_agree_with_their_subjects() -> None:
    make = _script("make_backstop_data")
    renderer = make.Renderer(__import__("random").Random(1))
    seen = set()
    for _ in range(60):
        clause, subject_first = renderer.render("{V:قصف/قصفت/قصفوا} {A:arm} المواقع")
        seen.add((clause.split()[0], subject_first))
    # verb-first: singular (masculine or feminine); subject-first plural actors get the plural verb
    verbs_first = {w for w, s in seen if not s}
    assert verbs_first <= {"قصف", "قصفت"}
    assert any(s and "قصفوا" in c for c, s in [renderer.render("{V:قصف/قصفت/قصفوا} {A:arm}") for _ in range(200)])


def test_nested_alternatives_are_all_resolved() -> None:
    make = _script("make_backstop_data")
    renderer = make.Renderer(__import__("random").Random(2))
    seen = {renderer.expand_alternatives("(قصف (جوي|مدفعي)|غارة)") for _ in range(200)}
    assert seen == {"قصف جوي", "قصف مدفعي", "غارة"}


def test_a_whole_word_before_a_slot_keeps_its_space() -> None:
    make = _script("make_backstop_data")
    renderer = make.Renderer(__import__("random").Random(4))
    for _ in range(100):
        clause, _first = renderer.render("(في|ب){P}")
        # the preposition في is a word of its own; the proclitic ب is written joined to the place
        assert clause.startswith("في ") or (clause.startswith("ب") and clause[1] != " ")
        assert clause.split(" ", 1)[-1] in make.PLACES or clause[1:] in make.PLACES


def test_framed_negatives_carry_their_frame_and_no_date_of_their_own() -> None:
    make = _script("make_backstop_data")
    renderer = make.Renderer(__import__("random").Random(6))
    frames = ("في ", "قبل ", "خلال ", "يروي", "يستعيد", "يوثق", "تعود", "عادت", "يتخيل", "يصور", "تبدأ", "تنطلق",
              "يرى", "يعتقد", "يرجح", "يقدر", "كتب", "رأى", "تقول", "تزعم", "ربما", "من المرجح", "من المحتمل",
              "لا يستبعد", "يتساءل", "تساءل", "هل ")
    for _ in range(200):
        text = renderer.framed_negative("{V:قصف/قصفت/قصفوا} {A:mil} مواقع في {P} {D}")
        assert text.startswith(frames), text
        # the template ends with its date slot: left empty, the sentence ends with the place
        assert any(text.rstrip(" .؟").endswith(place) for place in make.PLACES), text
    assert renderer.no_dates is False  # the clause's own dates come back for ordinary sentences


def test_training_separates_two_tiny_classes() -> None:
    texts = ["قصفت الطائرات المدينة", "قصف الجيش القرية", "ارتفع سعر الذهب", "ارتفعت أسعار النفط"] * 5
    labels = ["ASSAULT/aerial", "ASSAULT/aerial", "NONE", "NONE"] * 5
    weights = train_weights(texts, labels, TrainSettings(bits=12, epochs=5, batch_size=4))
    model = Backstop(weights)
    assert [p[0] for p in model.predict(["قصفت الطائرات البلدة", "ارتفع سعر النفط"])] == ["ASSAULT", "NONE"]
    assert weights.weights.shape == (len(weights.rows), 2)
    again = train_weights(texts, labels, TrainSettings(bits=12, epochs=5, batch_size=4))
    assert np.array_equal(weights.weights, again.weights)  # deterministic for a seed


def test_averaged_fit_is_the_mean_of_the_single_fits() -> None:
    texts = ["قصفت الطائرات المواقع", "غارة جوية على البلدة", "ارتفعت أسعار الذهب", "تراجع سعر النفط"] * 3
    labels = ["ASSAULT/aerial", "ASSAULT/aerial", "NONE", "NONE"] * 3
    one, two = (train_weights(texts, labels, TrainSettings(bits=12, epochs=3, batch_size=4, seed=s, average=1))
                for s in (21, 22))
    both = train_weights(texts, labels, TrainSettings(bits=12, epochs=3, batch_size=4, seed=21, average=2))
    assert not np.allclose(one.weights, two.weights)  # the sample order matters, so there is noise to average
    assert np.allclose(both.weights, (one.weights + two.weights) / 2, atol=1e-6)
    assert np.allclose(both.bias, (one.bias + two.bias) / 2, atol=1e-6)
    assert both.meta["train_settings"]["average"] == 2


def test_train_script_end_to_end(tmp_path: Path) -> None:
    make = _script("make_backstop_data")
    train = _script("train_backstop")
    data = tmp_path / "train.jsonl"
    data.write_text("".join(json.dumps(i, ensure_ascii=False) + "\n" for i in make.generate(seed=5, scale=0.06)),
                    encoding="utf-8")
    dev = tmp_path / "dev.jsonl"
    dev.write_text(json.dumps({"id": "d1", "text": "أغارت طائرات حربية على مواقع في ريف حمص.", "date": "2021-01-01",
                               "events": [{"event_type": "ASSAULT", "mode": "aerial"}]}, ensure_ascii=False) + "\n"
                   + json.dumps({"id": "d2", "text": "تراجعت أسعار الأرز في الأسواق.", "date": "2021-01-01",
                                 "events": []}, ensure_ascii=False) + "\n", encoding="utf-8")
    args = train.parser().parse_args([
        "--data", str(data), "--model", str(tmp_path / "m.npz"), "--scores", str(tmp_path / "s.json"),
        "--dev", str(dev), "--test", str(tmp_path / "absent.jsonl"), "--epochs", "2", "--bits", "14"])
    scores = train.run(args)
    saved = json.loads((tmp_path / "s.json").read_text(encoding="utf-8"))
    assert saved["train_sha256"] == hashlib.sha256(data.read_bytes()).hexdigest() == scores["train_sha256"]
    assert saved["settings"]["epochs"] == 2 and "dev" in saved and "test" not in saved
    model = Backstop.load(tmp_path / "m.npz")
    assert model.meta["train_sha256"] == saved["train_sha256"]
    assert model.veto_threshold == saved["veto_threshold"]
    assert len(model.predict(["نص قصير"])) == 1
