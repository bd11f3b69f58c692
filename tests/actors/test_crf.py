"""The numpy reading of a crfsuite model, and tagging through it, agree exactly with crfsuite itself."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pycrfsuite
import pytest

from hadath.actors.crf import BlockScores, CrfModel
from hadath.actors.lexicon import ActorLexicon
from hadath.actors.ner import (
    DocumentMemory,
    FeatureExtractor,
    NerTagger,
    complete_name_links,
    read_conll,
    split_conjoined_persons,
)
from hadath.actors.stage import gazetteer_of, model_path
from hadath.errors import ModelError

ANERCORP = Path(__file__).resolve().parents[2] / ".." / "shared" / "corpora" / "anercorp" / "train.txt"

SENTENCES = [
    ["قال", "وزير", "الخارجية", "الروسي", "سيرغي", "لافروف", "إن", "موسكو", "تدعم", "الحل", "السياسي"],
    ["استقبل", "الملك", "عبدالله", "الثاني", "في", "عمان", "رئيس", "الوزراء", "الإيطالي"],
    ["وأعلنت", "شركة", "أرامكو", "السعودية", "عن", "أرباحها", "الفصلية"],
    ["وصل", "باريرا", "إلى", "القاهرة"],
    ["غادر"],
]


def _toy_model(tmp_path: Path) -> Path:
    trainer = pycrfsuite.Trainer(verbose=False)
    data = [
        (["w=زار", "w=أحمد", "w=القاهرة"], ["O", "B-PER", "B-LOC"]),
        (["w=قال", "w=أحمد", "w=علي"], ["O", "B-PER", "I-PER"]),
        (["w=في", "w=القاهرة", "w=أمس"], ["O", "B-LOC", "O"]),
    ]
    for words, tags in data:
        trainer.append([[w, "bias"] for w in words], tags)
    trainer.set_params({"max_iterations": 50, "c2": 0.01})
    out = tmp_path / "toy.crfsuite"
    trainer.train(str(out))
    return out


def test_read_gives_crfsuite_labels_and_weights(tmp_path: Path) -> None:
    path = _toy_model(tmp_path)
    model = CrfModel.read(path)
    tagger = pycrfsuite.Tagger()
    tagger.open(str(path))
    info = tagger.info()
    assert set(model.labels) == set(tagger.labels())
    label = {y: i for i, y in enumerate(model.labels)}
    assert info.state_features
    for (attr, y), weight in info.state_features.items():
        assert model.state[model.attributes[attr], label[y]] == pytest.approx(weight, abs=1e-6)
    for (a, b), weight in info.transitions.items():
        assert model.transition[label[a], label[b]] == pytest.approx(weight, abs=1e-6)
    assert model.scores(["w=أحمد", "bias", "unknown"]) == pytest.approx(
        model.state[model.attributes["w=أحمد"]] + model.state[model.attributes["bias"]])
    assert not model.scores(["unknown"]).any()


def test_basis_reproduces_any_emissions() -> None:
    model = CrfModel.read(model_path())
    names, inverse = model.basis()
    assert len(names) == len(model.labels) == len(set(names))
    rows = model.state[[model.attributes[n] for n in names]]
    emissions = np.random.default_rng(7).normal(scale=5.0, size=(40, len(model.labels)))
    assert (emissions @ inverse) @ rows == pytest.approx(emissions, abs=1e-9)


@pytest.mark.parametrize("damage", [b"", b"lCRF" + b"\0" * 60, b"not a model at all"])
def test_unreadable_model_is_a_model_error(tmp_path: Path, damage: bytes) -> None:
    bad = tmp_path / "bad.crfsuite"
    bad.write_bytes(damage)
    with pytest.raises(ModelError, match="bad.crfsuite"):
        CrfModel.read(bad)
    with pytest.raises(ModelError, match="missing.crfsuite"):
        CrfModel.read(tmp_path / "missing.crfsuite")


def test_truncated_model_is_a_model_error(tmp_path: Path) -> None:
    bad = tmp_path / "cut.crfsuite"
    bad.write_bytes(_toy_model(tmp_path).read_bytes()[:-40])
    with pytest.raises(ModelError, match="cut.crfsuite"):
        CrfModel.read(bad)


def _reference_tags(tagger: NerTagger, sentences: list[list[str]], per_document: int) -> list[list[str]]:
    """crfsuite tagging of the full feature strings, with the same document memory, and the tagger's two
    rules after decoding (a person name that starts with و begins a new name; no name ends on «بن»)."""
    ref = pycrfsuite.Tagger()
    ref.open(str(model_path()))
    out: list[list[str]] = []
    memory = DocumentMemory()
    for k, words in enumerate(sentences):
        if k % per_document == 0:
            memory = DocumentMemory()
        feats = [tagger.features.word(w) for w in words]
        tags = list(ref.tag(tagger.features.items(feats, memory, tagger.features.phrase_features(words))))
        tags = split_conjoined_persons(words, tags, tagger.features.gazetteer.given | tagger.features.gazetteer.person)
        tags = complete_name_links(words, tags)
        memory.add([f[5] for f in feats], tags)
        out.append(tags)
    return out


def _tags(tagger: NerTagger, sentences: list[list[str]], per_document: int) -> list[list[str]]:
    out = []
    for k, words in enumerate(sentences):
        if k % per_document == 0:
            tagger.start_document()
        out.append(tagger.tag(words))
    tagger.end_document()
    return out


@pytest.fixture(scope="module")
def tagger() -> NerTagger:
    return NerTagger(model_path(), FeatureExtractor(gazetteer_of(ActorLexicon.load())))


def test_tags_equal_crfsuite_on_written_sentences(tagger: NerTagger) -> None:
    assert _tags(tagger, SENTENCES, 3) == _reference_tags(tagger, SENTENCES, 3)
    assert any(t != "O" for tags in _tags(tagger, SENTENCES, 3) for t in tags)


@pytest.mark.skipif(not ANERCORP.exists(), reason="../shared/corpora/anercorp not present")
def test_tags_equal_crfsuite_on_a_corpus(tagger: NerTagger) -> None:
    sentences = [[w for w, _ in s] for s in read_conll(ANERCORP)[:600]]
    assert _tags(tagger, sentences, 50) == _reference_tags(tagger, sentences, 50)


def test_block_store_restarts_between_calls_only() -> None:
    model = CrfModel.read(model_path())
    store = BlockScores(model, limit=4)
    blocks = {w: ([f"w={w}", "sh=arabic"], [f"-1w={w}"], [f"+1w={w}"], [], []) for w in "ابجدهوز"}
    rows = store.rows(list("ابج"), lambda w: (blocks[w], w))
    assert rows == [0, 1, 2]
    rows = store.rows(list("دهو"), lambda w: (blocks[w], w))  # 3 + 3 > 4: starts over first
    assert rows == [0, 1, 2] and store.extras == list("دهو")
    zero = np.zeros(len(model.labels))
    middle = store.emissions(rows, zero, zero)[1]
    assert middle == pytest.approx(model.scores([*blocks["ه"][0], *blocks["د"][1], *blocks["و"][2]]))


def test_block_store_sums_new_words_of_a_call_together_exactly() -> None:
    """The unseen words of one call are summed in one batch: a repeated word gets one row, the matrix
    grows past its first size, and every row equals what one word per call stores."""
    model = CrfModel.read(model_path())
    names = sorted(model.attributes)[:40]
    words = [f"w{i}" for i in range(5000)]

    def blocks(w: str) -> tuple[tuple[list[str], ...], str]:
        i = int(w[1:])
        return ([names[i % 40], names[(i * 7) % 40], "not-an-attribute"], [names[(i * 3) % 40]], [],
                [names[i % 40]], ["unknown"]), w

    batched = BlockScores(model, limit=10_000)
    rows = batched.rows([*words, words[0], words[17]], blocks)
    assert rows[:5000] == list(range(5000)) and rows[5000:] == [0, 17]
    assert batched.extras == words
    single = BlockScores(model, limit=10_000)
    for w in words:
        single.rows([w], blocks)
    zero = np.zeros(len(model.labels))
    for k in (0, 17, 4095, 4096, 4999):
        assert np.array_equal(batched.emissions([k], zero, zero), single.emissions([k], zero, zero))
    expected = model.scores(blocks(words[17])[0][0])
    assert np.allclose(batched.emissions([17], zero, zero)[0], expected)
