"""The numpy BiLSTM emitter: same numbers as a plain step-by-step LSTM, caching, errors, tagger hook."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from hadath.actors.neural import NeuralEmitter
from hadath.errors import ModelError

TAGS = ("O", "B-PERS", "I-PERS", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-MISC", "I-MISC")
DIM, FEAT, CHAR, FILTERS, HIDDEN = 6, 5, 4, 7, 3


def write_model(path: Path, seed: int = 0, encoder: str = "lstm") -> dict[str, np.ndarray]:
    """A random model in the trainer's format (PyTorch state-dict names, float16, vocabularies in meta)."""
    rng = np.random.default_rng(seed)
    vocab, feats, chars = ["محمد", "قال", "بغداد"], ["w=قال", "g=per", "gz=B-org"], list("ابتدغقلمحدر")
    d_in = DIM + FEAT + FILTERS

    def r(*shape: int) -> np.ndarray:
        return rng.normal(0, 0.8, shape).astype(np.float16)

    weights = {
        "word.weight": r(len(vocab) + 1, DIM), "feat.weight": r(len(feats) + 1, FEAT),
        "char.weight": r(len(chars) + 2, CHAR), "char_cnn.weight": r(FILTERS, CHAR, 3), "char_cnn.bias": r(FILTERS),
        "proj.weight": r(len(TAGS), 2 * HIDDEN), "proj.bias": r(len(TAGS)),
    }
    if encoder == "lstm":
        for suffix in ("", "_reverse"):
            weights[f"lstm.weight_ih_l0{suffix}"] = r(4 * HIDDEN, d_in)
            weights[f"lstm.weight_hh_l0{suffix}"] = r(4 * HIDDEN, HIDDEN)
            weights[f"lstm.bias_ih_l0{suffix}"] = r(4 * HIDDEN)
            weights[f"lstm.bias_hh_l0{suffix}"] = r(4 * HIDDEN)
    else:
        weights["proj.weight"] = r(len(TAGS), HIDDEN)
        for i in range(3):
            weights[f"convs.{i}.weight"] = r(HIDDEN, d_in if i == 0 else HIDDEN, 3)
            weights[f"convs.{i}.bias"] = r(HIDDEN)
    weights["word.weight"][0] = 0
    weights["char.weight"][0] = 0
    meta = {"vocab": vocab, "features": feats, "chars": chars, "tags": list(TAGS), "dim": DIM, "hidden": HIDDEN,
            "max_chars": 20, "encoder": encoder}
    np.savez_compressed(path, meta=np.frombuffer(json.dumps(meta, ensure_ascii=False).encode(), dtype=np.uint8),
                        **{k.replace(".", "__"): v for k, v in weights.items()})
    weights = {k: v.astype(np.float64) for k, v in weights.items()}
    weights["meta"] = meta  # type: ignore[assignment]
    return weights


def reference_inputs(w: dict, words: list[tuple[str, str, list[str]]]) -> list[np.ndarray]:
    """Each word's input vector: word vector, feature bag, max-pooled character convolution."""
    meta = w["meta"]
    word_ids = {x: i + 1 for i, x in enumerate(meta["vocab"])}
    feat_ids = {x: i + 1 for i, x in enumerate(meta["features"])}
    char_ids = {x: i + 2 for i, x in enumerate(meta["chars"])}
    xs = []
    for norm, bare, feats in words:
        emb = w["char.weight"][[char_ids.get(c, 1) for c in norm]]
        padded = np.vstack([np.zeros(CHAR), emb, np.zeros(CHAR)])
        conv = np.array([[np.sum(w["char_cnn.weight"][f] * padded[t:t + 3].T) + w["char_cnn.bias"][f]
                          for f in range(FILTERS)] for t in range(len(norm))])
        bag = sum((w["feat.weight"][feat_ids[f]] for f in feats if f in feat_ids), np.zeros(FEAT))
        xs.append(np.concatenate([w["word.weight"][word_ids.get(bare, 0)], bag, np.maximum(conv, 0).max(0)]))
    return xs


def reference_cnn(w: dict, words: list[tuple[str, str, list[str]]]) -> np.ndarray:
    """Three 3-tap convolutions (dilations 1, 2, 4) with zero padding, ReLU, residual after the first."""
    h = np.array(reference_inputs(w, words))
    for i, d in enumerate((1, 2, 4)):
        weight, bias = w[f"convs.{i}.weight"], w[f"convs.{i}.bias"]
        out = np.zeros((len(h), HIDDEN))
        for t in range(len(h)):
            out[t] = bias.copy()
            for k, src in enumerate((t - d, t, t + d)):
                if 0 <= src < len(h):
                    out[t] += weight[:, :, k] @ h[src]
        out = np.maximum(out, 0)
        h = out if i == 0 else out + h
    return h @ w["proj.weight"].T + w["proj.bias"]


def _lstm_steps(w: dict, prefix: str, xs: list[np.ndarray], suffix: str = "") -> list[np.ndarray]:
    """One LSTM direction (weights ``{prefix}weight_ih_l0{suffix}`` …), step by step, gates (i, f, g, o)."""
    def sig(v: np.ndarray) -> np.ndarray:
        return 1 / (1 + np.exp(-v))

    def weight(name: str) -> np.ndarray:
        return w[f"{prefix}{name}_l0{suffix}"]

    size = weight("weight_hh").shape[1]
    h, c, out = np.zeros(size), np.zeros(size), []
    for x in xs:
        z = weight("weight_ih") @ x + weight("bias_ih") + weight("weight_hh") @ h + weight("bias_hh")
        i, f, g, o = np.split(z, 4)
        c = sig(f) * c + sig(i) * np.tanh(g)
        h = sig(o) * np.tanh(c)
        out.append(h)
    return out


def _tagger_scores(w: dict, xs: list[np.ndarray]) -> np.ndarray:
    """The tagger's BiLSTM over the word inputs, then its output layer."""
    fwd = _lstm_steps(w, "lstm.", xs)
    bwd = _lstm_steps(w, "lstm.", xs[::-1], "_reverse")[::-1]
    return np.array([w["proj.weight"] @ np.concatenate([a, b]) + w["proj.bias"] for a, b in zip(fwd, bwd, strict=True)])


def reference_scores(w: dict, words: list[tuple[str, str, list[str]]]) -> np.ndarray:
    """The textbook computation: inputs per word, then each LSTM direction step by step."""
    return _tagger_scores(w, reference_inputs(w, words))


def test_scores_match_a_plain_lstm(tmp_path: Path) -> None:
    weights = write_model(tmp_path / "m.npz")
    emitter = NeuralEmitter(tmp_path / "m.npz")
    words = [("وقال", "قال", ["w=وقال"]), ("محمد", "محمد", ["g=per"]), ("ببغداد", "بغداد", ["zz=unknown"]),
             ("x", "x", [])]
    got = emitter.scores(np.stack([emitter.word_input(*w) for w in words]))
    assert got.shape == (4, len(TAGS))
    np.testing.assert_allclose(got, reference_scores(weights, words), rtol=1e-4, atol=1e-4)
    assert emitter.tags == TAGS


def test_cnn_scores_match_plain_convolutions(tmp_path: Path) -> None:
    weights = write_model(tmp_path / "c.npz", seed=5, encoder="cnn")
    emitter = NeuralEmitter(tmp_path / "c.npz")
    words = [("وقال", "قال", ["w=وقال"]), ("محمد", "محمد", ["g=per"]), ("ببغداد", "بغداد", []),
             ("ر", "ر", []), ("محمد", "محمد", [])]
    for n in (1, 2, 5):  # shorter than, equal to and longer than the dilation
        got = emitter.scores(np.stack([emitter.word_input(*x) for x in words[:n]]))
        np.testing.assert_allclose(got, reference_cnn(weights, words[:n]), rtol=1e-4, atol=1e-4)


LM_HIDDEN, LM_LAYERS = 4, 2


def write_model_with_lm(path: Path, seed: int = 11) -> dict[str, np.ndarray]:
    """A random tagger reading a random two-layer bidirectional language model, in the trainer's format."""
    weights = write_model(path, seed=seed)
    rng = np.random.default_rng(seed + 1)
    meta = weights.pop("meta")

    def r(*shape: int) -> np.ndarray:
        return rng.normal(0, 0.8, shape).astype(np.float16)

    d_in = DIM + FEAT + FILTERS + 2 * LM_HIDDEN
    arrays = {k: v.astype(np.float16) for k, v in weights.items()}
    for suffix in ("", "_reverse"):
        arrays[f"lstm.weight_ih_l0{suffix}"] = r(4 * HIDDEN, d_in)
    arrays["lm.embed.weight"] = r(len(meta["vocab"]) + 2, DIM)
    arrays["lm.proj.weight"], arrays["lm.proj.bias"] = r(LM_HIDDEN, DIM), r(LM_HIDDEN)
    for k in range(LM_LAYERS):
        for side in ("fwd", "bwd"):
            for name, shape in (("weight_ih_l0", (4 * LM_HIDDEN, LM_HIDDEN)), ("weight_hh_l0", (4 * LM_HIDDEN, LM_HIDDEN)),
                                ("bias_ih_l0", (4 * LM_HIDDEN,)), ("bias_hh_l0", (4 * LM_HIDDEN,))):
                arrays[f"lm.{side}.{k}.{name}"] = r(*shape)
    arrays["lm_mix"], arrays["lm_gamma"] = r(LM_LAYERS + 1), r(1)
    meta = {**meta, "lm": {"hidden": LM_HIDDEN, "layers": LM_LAYERS}}
    np.savez_compressed(path, meta=np.frombuffer(json.dumps(meta, ensure_ascii=False).encode(), dtype=np.uint8),
                        **{k.replace(".", "__"): v for k, v in arrays.items()})
    out = {k: v.astype(np.float64) for k, v in arrays.items()}
    out["meta"] = meta  # type: ignore[assignment]
    return out


def reference_scores_with_lm(w: dict, words: list[tuple[str, str, list[str]]]) -> np.ndarray:
    """The language model's layers (forward and backward stacks, each word's vector twice below them), mixed by
    softmax weights times gamma, appended to the tagger's own input; then the tagger's BiLSTM."""
    word_ids = {x: i + 1 for i, x in enumerate(w["meta"]["vocab"])}
    vectors = [w["lm.proj.weight"] @ w["lm.embed.weight"][word_ids.get(bare, 0)] + w["lm.proj.bias"]
               for _n, bare, _f in words]
    layers = [[np.concatenate([v, v]) for v in vectors]]
    fwd, bwd = vectors, vectors[::-1]
    for k in range(LM_LAYERS):
        fwd = _lstm_steps(w, f"lm.fwd.{k}.", fwd)
        bwd = _lstm_steps(w, f"lm.bwd.{k}.", bwd)
        layers.append([np.concatenate([a, b]) for a, b in zip(fwd, bwd[::-1], strict=True)])
    mix = np.exp(w["lm_mix"]) / np.exp(w["lm_mix"]).sum() * w["lm_gamma"][0]
    xs = [np.concatenate([own, sum(m * layer[t] for m, layer in zip(mix, layers, strict=True))])
          for t, own in enumerate(reference_inputs(w, words))]
    return _tagger_scores(w, xs)


def test_language_model_scores_match_a_plain_computation(tmp_path: Path) -> None:
    weights = write_model_with_lm(tmp_path / "lm.npz")
    emitter = NeuralEmitter(tmp_path / "lm.npz")
    words = [("وقال", "قال", ["w=وقال"]), ("محمد", "محمد", ["g=per"]), ("ببغداد", "بغداد", ["zz=unknown"]),
             ("x", "not-in-the-vocabulary", [])]
    for n in (1, 4):
        got = emitter.scores(emitter.word_inputs(words[:n]))
        np.testing.assert_allclose(got, reference_scores_with_lm(weights, words[:n]), rtol=1e-4, atol=1e-4)


def test_language_model_context_and_phrase_features(tmp_path: Path) -> None:
    """Through the language model a later word changes an earlier word's scores even when the tagger's own
    input is the same; a phrase feature adds to the tagger's part of the input alone."""
    write_model_with_lm(tmp_path / "lm.npz")
    emitter = NeuralEmitter(tmp_path / "lm.npz")
    a = emitter.word_inputs([("محمد", "محمد", []), ("قال", "قال", [])])
    b = emitter.word_inputs([("محمد", "محمد", []), ("قال", "بغداد", [])])  # same letters, another word for the LM
    assert not np.allclose(emitter.scores(a)[0], emitter.scores(b)[0])
    extra = emitter.feature_input(["gz=B-org"])
    assert extra is not None and extra.shape == a[0].shape
    assert not extra[len(extra) - 9 * LM_HIDDEN:].any()
    np.testing.assert_allclose(emitter.word_input("محمد", "محمد", ["gz=B-org"]),
                               emitter.word_input("محمد", "محمد", []) + extra, rtol=1e-5, atol=1e-5)


def test_a_language_model_beside_the_cnn_encoder_is_a_model_error(tmp_path: Path) -> None:
    write_model_with_lm(tmp_path / "lm.npz")
    data = dict(np.load(tmp_path / "lm.npz"))
    meta = json.loads(bytes(data["meta"]).decode("utf-8"))
    data["meta"] = np.frombuffer(json.dumps({**meta, "encoder": "cnn"}).encode(), dtype=np.uint8)
    np.savez(tmp_path / "cnn.npz", **data)
    with pytest.raises(ModelError, match="LSTM encoder only"):
        NeuralEmitter(tmp_path / "cnn.npz")


def test_unknown_encoder_is_a_model_error(tmp_path: Path) -> None:
    write_model(tmp_path / "m.npz", encoder="transformer")
    with pytest.raises(ModelError, match="unknown encoder"):
        NeuralEmitter(tmp_path / "m.npz")


def test_batched_word_inputs_equal_one_at_a_time(tmp_path: Path) -> None:
    write_model(tmp_path / "m.npz", seed=7, encoder="cnn")
    emitter = NeuralEmitter(tmp_path / "m.npz")
    words = [("وقال", "قال", ["w=وقال", "g=per"]), ("", "", []), ("محمدمحمدمحمدمحمدمحمدمحمد", "محمد", ["gz=B-org"]),
             ("ر", "ر", ["nothing-known"])]
    batch = emitter.word_inputs(words)
    for row, word in zip(batch, words, strict=True):
        np.testing.assert_allclose(row, emitter.word_input(*word), rtol=1e-5, atol=1e-5)
    only_empty = emitter.word_inputs([("", "", [])])[0]  # no letters, no known word: the bias alone
    np.testing.assert_allclose(only_empty, emitter._bias, rtol=1e-6, atol=1e-6)


def test_context_reaches_both_ways(tmp_path: Path) -> None:
    """A BiLSTM: changing the last word changes the first word's scores, and the reverse."""
    write_model(tmp_path / "m.npz", seed=3)
    emitter = NeuralEmitter(tmp_path / "m.npz")
    a = [emitter.word_input("محمد", "محمد", []), emitter.word_input("قال", "قال", []),
         emitter.word_input("بغداد", "بغداد", [])]
    b = [a[0], a[1], emitter.word_input("قال", "قال", ["g=per"])]
    c = [emitter.word_input("قال", "قال", []), a[1], a[2]]
    base = emitter.scores(np.stack(a))
    assert not np.allclose(base[0], emitter.scores(np.stack(b))[0])
    assert not np.allclose(base[2], emitter.scores(np.stack(c))[2])


def test_phrase_features_add_to_the_word_input(tmp_path: Path) -> None:
    write_model(tmp_path / "m.npz")
    emitter = NeuralEmitter(tmp_path / "m.npz")
    plain = emitter.word_input("محمد", "محمد", ["g=per"])
    with_phrase = emitter.word_input("محمد", "محمد", ["g=per", "gz=B-org"])
    np.testing.assert_allclose(plain + emitter.feature_input(["gz=B-org"]), with_phrase, rtol=1e-5, atol=1e-5)
    assert emitter.feature_input(["not-a-feature"]) is None


def test_missing_or_broken_model_is_a_model_error(tmp_path: Path) -> None:
    with pytest.raises(ModelError, match="not found"):
        NeuralEmitter(tmp_path / "absent.npz")
    (tmp_path / "bad.npz").write_bytes(b"not a zip")
    with pytest.raises(ModelError, match="cannot read"):
        NeuralEmitter(tmp_path / "bad.npz")


# -- the tagger hook and the shipped pair ------------------------------------------------------------------

def _tagger_with(neural: NeuralEmitter | None, weight: float):  # noqa: ANN202 - NerTagger, imported late
    from hadath.actors.ner import FeatureExtractor, NerTagger
    from hadath.actors.stage import model_path

    return NerTagger(model_path(), FeatureExtractor(), neural, weight)


WORDS = ["وقال", "الرئيس", "الفرنسي", "جاك", "شيراك", "في", "باريس", "إن", "الاتحاد", "الأوروبي", "سيجتمع"]


def test_neural_scores_change_the_decoding_only_when_weighted(tmp_path: Path) -> None:
    write_model(tmp_path / "m.npz", encoder="cnn")
    loud = np.zeros(len(TAGS), np.float16)
    loud[TAGS.index("B-MISC")] = 200.0  # a model that calls every word the start of a MISC name
    data = dict(np.load(tmp_path / "m.npz"))
    data["proj__bias"] = loud
    data["proj__weight"] = np.zeros_like(data["proj__weight"])
    np.savez(tmp_path / "loud.npz", **data)
    plain = _tagger_with(None, 0.0).tag(WORDS)
    emitter = NeuralEmitter(tmp_path / "loud.npz")
    assert _tagger_with(emitter, 0.0).tag(WORDS) == plain
    assert _tagger_with(emitter, 1.0).tag(WORDS) == ["B-MISC"] * len(WORDS)


def test_shipped_neural_checks_the_scored_file(tmp_path: Path) -> None:
    import hashlib
    import shutil

    from hadath.actors.ner import shipped_neural
    from hadath.actors.stage import model_path

    model = tmp_path / "ner.crfsuite"
    shutil.copy(model_path(), model)
    scores = tmp_path / "ner_scores.json"
    scores.write_text("{}", encoding="utf-8")
    assert shipped_neural(model) == (None, 0.0)
    write_model(tmp_path / "ner_neural.npz", encoder="cnn")
    digest = hashlib.sha256((tmp_path / "ner_neural.npz").read_bytes()).hexdigest()
    scores.write_text(json.dumps({"neural": {"file": "ner_neural.npz", "sha256": digest, "weight": 0.4}}))
    emitter, weight = shipped_neural(model)
    assert isinstance(emitter, NeuralEmitter) and weight == 0.4
    scores.write_text(json.dumps({"neural": {"file": "ner_neural.npz", "sha256": "0" * 64, "weight": 0.4}}))
    with pytest.raises(ModelError, match="not the model"):
        shipped_neural(model)
    scores.write_text(json.dumps({"neural": {"file": "absent.npz", "sha256": digest, "weight": 0.4}}))
    with pytest.raises(ModelError, match="not found"):
        shipped_neural(model)


def test_int8_tables_load_close_to_the_originals(tmp_path: Path) -> None:
    from hadath.actors.neural import quantize_tables

    write_model(tmp_path / "m.npz", encoder="cnn")
    with np.load(tmp_path / "m.npz") as data:
        arrays = {k: data[k] for k in data.files}
    small = quantize_tables(arrays, ("word__weight", "feat__weight"))
    assert small["word__weight__q8"].dtype == np.int8 and "word__weight" not in small
    np.savez(tmp_path / "q.npz", **small)
    full, quant = NeuralEmitter(tmp_path / "m.npz"), NeuralEmitter(tmp_path / "q.npz")
    words = [("وقال", "قال", ["w=وقال"]), ("محمد", "محمد", ["g=per"])]
    a = full.scores(np.stack([full.word_input(*w) for w in words]))
    b = quant.scores(np.stack([quant.word_input(*w) for w in words]))
    assert np.abs(a - b).max() < 0.05 * np.abs(a).max()
    assert not np.array_equal(a, b)  # really quantized


def test_the_stage_adds_the_neural_scores_only_when_asked() -> None:
    from hadath.actors.stage import ActorStage

    assert ActorStage.load().coder.tagger.neural is None
    tagger = ActorStage.load(neural=True).coder.tagger
    scores = json.loads((Path(__file__).parents[2] / "src/hadath/actors/ner_scores.json").read_text(encoding="utf-8"))
    if "neural" in scores:
        assert tagger.neural is not None and tagger.neural_weight == scores["neural"]["weight"]


def test_eval_ner_command_takes_the_neural_flag(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from hadath.cli import main

    path = tmp_path / "mini.conll"
    path.write_text("وصل O\nالرئيس O\nإلى O\nباريس B-LOC\n. O\n", encoding="utf-8")
    for flags in ([], ["--neural-ner"]):
        result = CliRunner().invoke(main, ["eval", "ner", str(path), "--json", *flags])
        assert result.exit_code == 0, result.output
        report = json.loads(result.output)
        assert report["neural_ner"] == bool(flags) and report["scores"]["LOC"]["support"] == 1
