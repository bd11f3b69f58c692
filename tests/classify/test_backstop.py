"""The shipped backstop model: loading, predictions on sentences written here, determinism, hashing."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from hadath.classify import Backstop
from hadath.classify.backstop import Weights
from hadath.classify.features import FEATURE_VERSION, FeatureHasher, char_ngrams, feature_hash
from hadath.errors import ModelError

REPO = Path(__file__).resolve().parents[2]
TRAIN_FILE = REPO / "data" / "backstop" / "train.jsonl"

# Written for this test; none of them is in the training data (checked below).
EVENTS = [
    ("أغار الطيران الحربي على مواقع للمسلحين في جبال قنديل صباح السبت.", "ASSAULT"),
    ("اعتقلت الشرطة الباكستانية خمسة مشتبه بهم في كراتشي.", "COERCE"),
    ("تظاهر آلاف الطلاب في شوارع الخرطوم احتجاجاً على إغلاق الجامعات.", "PROTEST"),
    ("بحث وزير الخارجية العماني في اتصال هاتفي مع نظيره الإيراني آخر التطورات.", "CONSULT"),
    ("أرسلت الكويت طائرة محملة بالمساعدات الطبية إلى المتضررين من الفيضانات في باكستان.", "AID"),
    ("فرضت وزارة الخزانة الأمريكية عقوبات على شركات متهمة بتهريب النفط.", "SANCTION"),
    ("أطلقت جماعة مسلحة سراح الصحفي الفرنسي المختطف منذ عامين.", "RETREAT"),
    ("أدان الاتحاد الأوروبي بشدة التفجير الذي استهدف كنيسة في القاهرة.", "ACCUSE"),
    ("توعد قائد الحرس الثوري برد ساحق على أي اعتداء يستهدف الأراضي الإيرانية.", "THREATEN"),
]
NON_EVENTS = [
    "ارتفعت أسعار الذهب في الأسواق العالمية اليوم.",
    "تشهد العاصمة موجة حر شديدة مع توقعات بتجاوز الحرارة 45 درجة.",
]


@pytest.fixture(scope="module")
def backstop() -> Backstop:
    return Backstop.load()


def test_test_sentences_are_not_training_sentences() -> None:
    if not TRAIN_FILE.exists():
        pytest.skip(f"training data not generated ({TRAIN_FILE})")
    with open(TRAIN_FILE, encoding="utf-8") as fh:
        train = {json.loads(line)["text"] for line in fh}
    assert not {text for text, _ in EVENTS} & train
    assert not set(NON_EVENTS) & train


@pytest.mark.parametrize(("text", "expected"), EVENTS)
def test_predicts_the_type_of_unambiguous_sentences(backstop: Backstop, text: str, expected: str) -> None:
    kind, _mode, probability = backstop.predict([text])[0]
    assert kind == expected
    assert 0.5 <= probability <= 1.0


def test_predicts_modes(backstop: Backstop) -> None:
    (airstrike, phone, arrest) = backstop.predict([EVENTS[0][0], EVENTS[3][0], EVENTS[1][0]])
    assert airstrike[:2] == ("ASSAULT", "aerial")
    assert phone[:2] == ("CONSULT", "phone")
    assert arrest[:2] == ("COERCE", "arrest")


@pytest.mark.parametrize("text", NON_EVENTS)
def test_none_for_clear_non_events(backstop: Backstop, text: str) -> None:
    kind, mode, probability = backstop.predict([text])[0]
    assert (kind, mode) == ("NONE", None)
    assert probability > 0.9
    assert backstop.none_probability([text])[0] == pytest.approx(probability, abs=1e-6)


def test_probabilities_are_distributions(backstop: Backstop) -> None:
    texts = [t for t, _ in EVENTS] + NON_EVENTS
    probs = backstop.label_proba(texts)
    assert probs.shape == (len(texts), len(backstop.labels))
    assert np.allclose(probs.sum(axis=1), 1.0, atol=1e-5)
    assert (probs >= 0).all()


def test_deterministic_and_independent_of_batching() -> None:
    texts = [t for t, _ in EVENTS] + NON_EVENTS
    first = Backstop.load().predict(texts)
    again = Backstop.load().predict(texts)
    one_by_one = [p for t in texts for p in Backstop.load().predict([t])]
    assert first == again
    assert [p[:2] for p in one_by_one] == [p[:2] for p in first]
    assert [p[2] for p in one_by_one] == pytest.approx([p[2] for p in first], abs=1e-6)


def test_empty_inputs(backstop: Backstop) -> None:
    assert backstop.predict([]) == []
    assert backstop.none_probability([]) == []
    kind, _mode, _p = backstop.predict([""])[0]
    assert kind in backstop.kinds


def test_cached_word_vectors_match_the_plain_feature_sum(backstop: Backstop) -> None:
    """The fast path (one cached vector per word) must equal summing every feature's weight row."""
    texts = [t for t, _ in EVENTS] + NON_EVENTS
    fast = backstop.label_proba(texts)
    flat, offsets = FeatureHasher(backstop.hasher.bits).batch(texts)
    rows = backstop._weights[backstop._row_of[flat]]
    logits = np.add.reduceat(rows, offsets[:-1], axis=0) + backstop._bias
    slow = np.exp(logits - logits.max(axis=1, keepdims=True))
    slow /= slow.sum(axis=1, keepdims=True)
    assert np.allclose(fast, slow, atol=1e-5)


def test_word_cache_reset_keeps_predictions_right() -> None:
    texts = [t for t, _ in EVENTS] + NON_EVENTS
    expected = Backstop.load().label_proba(texts)
    small = Backstop.load()
    small.hasher.max_words = 8  # forces a cache reset before nearly every batch
    got = np.vstack([small.label_proba([t]) for t in texts])
    assert small.hasher.generation > 0
    assert np.allclose(got, expected, atol=1e-5)


# ---------------------------------------------------------------- hashing


def test_feature_hash_is_stable_across_processes() -> None:
    # CRC-32 values: fixed by the algorithm, not by Python's per-process hash seed
    assert feature_hash("w|قصف") == 4233638855
    assert feature_hash("") == 0


def test_sentence_ids_are_pinned() -> None:
    ids = FeatureHasher(18).sentence_ids("قصفت الطائرات حلب.")
    assert ids == [52185, 224163, 8402, 68630, 88333, 107914, 11342, 125515, 962, 43144, 236211, 70020, 18131,
                   113634, 154551, 107258, 31960, 91787, 33487, 130644, 155611, 39046, 72024, 202658, 30481, 9865,
                   79674, 67281, 70020, 35447, 51355, 161460, 135526, 43109, 95097, 174477]
    assert FEATURE_VERSION == "backstop-features-2"  # bump it (and retrain) when the ids above change


def test_hashing_is_invariant_to_diacritics_tatweel_and_digits() -> None:
    hasher = FeatureHasher(16)
    plain = hasher.sentence_ids("قتل 12 شخصا في غارة على إدلب")
    decorated = hasher.sentence_ids("قُتِلَ ١٢ شخصـــاً في غارةٍ على ادلب")
    assert plain == decorated
    assert all(0 <= i < 2 ** 16 for i in plain)


def test_char_ngrams_mark_word_boundaries() -> None:
    assert char_ngrams("قصف", sizes=(3,)) == ["<قص", "قصف", "صف>"]


def test_bits_out_of_range_is_an_error() -> None:
    with pytest.raises(ValueError):
        FeatureHasher(4)


def test_shipped_model_matches_todays_tokenizer(backstop: Backstop) -> None:
    """Fails when hadath.text.tokens changed the features: run scripts/train_backstop.py again."""
    assert backstop.features_match()


# ---------------------------------------------------------------- model files


def test_missing_model_is_a_model_error(tmp_path: Path) -> None:
    with pytest.raises(ModelError, match="not found"):
        Backstop.load(tmp_path / "nothing.npz")


def test_model_from_other_features_is_refused(tmp_path: Path) -> None:
    weights = Weights(labels=["NONE", "ASSAULT/-"], rows=np.array([1, 5]), weights=np.zeros((2, 2)),
                      bias=np.zeros(2), bits=12, meta={})
    path = tmp_path / "m.npz"
    Backstop.save(weights, path)
    assert Backstop.load(path).labels == ["NONE", "ASSAULT/-"]
    with np.load(path) as data:
        arrays = {k: data[k] for k in data.files}
    meta = json.loads(str(arrays["meta"]))
    meta["feature_version"] = "backstop-features-0"
    arrays["meta"] = np.array(json.dumps(meta))
    np.savez(path, **arrays)
    with pytest.raises(ModelError, match="retrain"):
        Backstop.load(path)


def test_garbage_model_file_is_a_model_error(tmp_path: Path) -> None:
    path = tmp_path / "broken.npz"
    path.write_bytes(b"not a zip file")
    with pytest.raises(ModelError):
        Backstop.load(path)


def test_token_lists_give_the_same_predictions_as_texts() -> None:
    """The pipeline can pass ``sentence.tokens``; the text stage's analysis must give the same features."""
    from hadath.text.tokens import Tokenizer

    texts = [t for t, _ in EVENTS] + NON_EVENTS + ["وقال: «لن نتراجع» ، ٢٠ قتيلاً"]
    tokenizer = Tokenizer()
    from_tokens = Backstop.load().label_proba([tokenizer.tokenize(t) for t in texts])
    from_texts = Backstop.load().label_proba(texts)
    assert np.allclose(from_tokens, from_texts, atol=1e-6)
    mixed = Backstop.load()  # one model fed both ways shares its word cache without confusion
    mixed.label_proba(texts)
    assert np.allclose(mixed.label_proba([tokenizer.tokenize(t) for t in texts]), from_texts, atol=1e-6)
