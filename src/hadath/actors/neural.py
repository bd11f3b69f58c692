"""Neural emission scores for the NER tagger, run with numpy alone.

The CRF sees a word through sparse features and its neighbours two words away; this model sees dense
word vectors pretrained on unlabelled news, the word's letters (a character CNN) and a wider context
(dilated convolutions, or a bidirectional LSTM), and, in the shipped model, the layers of a small
bidirectional language model trained on the same news (which contexts names stand in), so it recognises
names the CRF has no feature for.  Its per-tag scores are added, weighted, to the CRF's own before the CRF decodes (``NerTagger``), so
the CRF's transitions, document memory and phrase features keep working.  Trained by
``scripts/train_ner_neural.py`` (PyTorch, at build time only); the shipped ``.npz`` holds float16
weights and the vocabularies, and nothing here needs PyTorch.

Speed: everything that depends on one word alone (vector, letters, sparse features, and the first
layer's projection of all three) is computed once per distinct word (in batches, by the caller's
cache); per window only the context layers run.  The shipped encoder is the BiLSTM: beside the CRF it
scored 0.843 on dev against 0.836 for the three dilated convolutions, but its step-by-step recurrence
costs about 25 µs a word in numpy (a convolution about a tenth of that), and the language model adds two
more recurrences (about 30 µs a step each: a matrix-vector product that reads the whole recurrent
matrix), which is why the pipeline uses the neural scores only on request (``neural_ner``).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from hadath.errors import ModelError

NEURAL_NAME = "ner_neural.npz"


def quantize_tables(arrays: dict[str, np.ndarray], names: Sequence[str]) -> dict[str, np.ndarray]:
    """``arrays`` with the named 2-D tables stored as int8 and a float16 scale per row (half the size).

    Embedding rows are used as whole vectors, so a per-row scale keeps each row's direction to within
    about 0.4% of its largest value; the shipped model was scored after this step.
    """
    out = dict(arrays)
    for name in names:
        table = out.pop(name).astype(np.float32)
        scale = np.abs(table).max(axis=1) / 127.0
        scale[scale == 0] = 1.0
        out[name + "__q8"] = np.round(table / scale[:, None]).astype(np.int8)
        out[name + "__scale"] = scale.astype(np.float16)
    return out


def _sigmoid_scale(hidden: int) -> np.ndarray:
    """Per-gate scale (gates i, f, o, g) so that one tanh gives all four: sigmoid(x) = (tanh(x/2) + 1) / 2."""
    scale = np.full(4 * hidden, 0.5, dtype=np.float32)
    scale[3 * hidden:] = 1.0  # the cell candidate g uses tanh itself
    return scale


def _gate_order(hidden: int) -> np.ndarray:
    """Rows of PyTorch's gates (i, f, g, o) reordered to (i, f, o, g): the three sigmoids are then one slice."""
    h = hidden
    return np.concatenate([np.arange(0, 2 * h), np.arange(3 * h, 4 * h), np.arange(2 * h, 3 * h)])


def _bidirectional(w: dict[str, np.ndarray], forward: str, backward: str, hidden: int,
                   ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """One bidirectional LSTM layer from PyTorch weights (``forward.format("weight_ih")`` names one): the input
    matrices of both directions side by side (d_in, 8h), their summed biases, and a block-diagonal
    recurrence (2h, 8h)."""
    order = _gate_order(hidden)
    h = hidden
    w_in = np.concatenate([w[forward.format("weight_ih")][order], w[backward.format("weight_ih")][order]]).T
    bias = np.concatenate([(w[name.format("bias_ih")] + w[name.format("bias_hh")])[order]
                           for name in (forward, backward)])
    recur = np.zeros((2 * h, 8 * h), dtype=np.float32)
    recur[:h, :4 * h] = w[forward.format("weight_hh")][order].T
    recur[h:, 4 * h:] = w[backward.format("weight_hh")][order].T
    return w_in, bias, recur


def _run_bidirectional(inputs: np.ndarray, recur: np.ndarray, hidden: int) -> np.ndarray:
    """Both directions of an LSTM layer, one step of each per matrix product.

    ``inputs`` (n × 8h) holds each word's input projection for the forward direction, then for the backward
    one; the result (n × 2h) holds at each word the forward state, then the backward state.
    """
    n = len(inputs)
    h = hidden
    step_in = np.concatenate([inputs[:, :4 * h], inputs[::-1, 4 * h:]], axis=1)  # forward at t, backward at n-1-t
    scale = np.concatenate([_sigmoid_scale(h), _sigmoid_scale(h)])
    state = np.zeros(2 * h, dtype=np.float32)
    cell = np.zeros((2, h), dtype=np.float32)
    out = np.empty((n, 2 * h), dtype=np.float32)
    for t in range(n):
        act = np.tanh((step_in[t] + state @ recur) * scale).reshape(2, 4 * h)
        gates = act[:, :3 * h] * 0.5 + 0.5  # input, forget, output
        cell = gates[:, h:2 * h] * cell + gates[:, :h] * act[:, 3 * h:]
        hid = gates[:, 2 * h:] * np.tanh(cell)
        out[t, :h] = hid[0]
        out[n - 1 - t, h:] = hid[1]
        state = hid.reshape(-1)
    return out


class _LanguageModel:
    """The bidirectional language model whose layers the tagger reads (ELMo's shape, smaller), in numpy.

    Trained on unlabelled news to predict each word from the words before it (forward stack) and after it
    (backward stack), it knows which contexts names stand in, beyond the few thousand labelled sentences.
    A word enters as its own vector (``vocabulary`` words) or as the learned unknown-word vector.
    """

    def __init__(self, w: dict[str, np.ndarray], meta: dict, vocabulary: dict[str, int]) -> None:
        self.hidden = h = int(meta["hidden"])
        self.layers = int(meta["layers"])
        self._vocabulary = vocabulary
        self._table = w["lm.embed.weight"]  # rows: 0 unknown, 1 … the vocabulary, then the article boundary
        self._proj = w["lm.proj.weight"].T
        self._proj_bias = w["lm.proj.bias"]
        self._stack = [_bidirectional(w, f"lm.fwd.{k}.{{}}_l0", f"lm.bwd.{k}.{{}}_l0", h) for k in range(self.layers)]
        first_in, first_bias, _ = self._stack[0]
        self._first = (first_in, first_bias)
        for k in range(1, self.layers):  # upper layers: each direction reads its own direction's states
            w_in, bias, recur = self._stack[k]
            block = np.zeros((2 * h, 8 * h), dtype=np.float32)
            block[:h, :4 * h] = w_in[:h, :4 * h]
            block[h:, 4 * h:] = w_in[:h, 4 * h:]
            self._stack[k] = (block, bias, recur)
        self.width = h + 8 * h  # per word: its vector, then the first layer's input projection

    def word_inputs(self, bare_forms: Sequence[str]) -> np.ndarray:
        """Per word its vector and the first layer's input projection of it (words × ``width``)."""
        rows = [self._vocabulary.get(bare, 0) for bare in bare_forms]
        vectors = self._table[rows] @ self._proj + self._proj_bias
        first_in, first_bias = self._first
        return np.concatenate([vectors, vectors @ first_in + first_bias], axis=1)

    def layer_states(self, inputs: np.ndarray) -> list[np.ndarray]:
        """The word layer (each vector twice) and each LSTM layer's states (n × 2h) for a window's words."""
        h = self.hidden
        vectors = inputs[:, :h]
        states = [np.concatenate([vectors, vectors], axis=1)]
        layer_in = inputs[:, h:]
        for k, (w_in, bias, recur) in enumerate(self._stack):
            if k:
                layer_in = states[-1] @ w_in + bias
            states.append(_run_bidirectional(layer_in, recur, h))
        return states


class NeuralEmitter:
    """Per-tag scores of a sentence's words (``scores(words, features)``), in the model's tag order."""

    def __init__(self, path: Path) -> None:
        if not path.exists():
            raise ModelError(f"neural NER model not found: {path} (train it with scripts/train_ner_neural.py)")
        try:
            data = np.load(path)
            meta = json.loads(bytes(data["meta"]).decode("utf-8"))
            w = {k.replace("__", "."): data[k].astype(np.float32) for k in data.files
                 if k != "meta" and not k.endswith(("__q8", "__scale"))}
            for k in data.files:  # int8 tables (a scale per row), as ``quantize_tables`` writes them
                if k.endswith("__q8"):
                    name = k[:-4]
                    w[name.replace("__", ".")] = data[k].astype(np.float32) * data[name + "__scale"].astype(
                        np.float32)[:, None]
        except (OSError, ValueError, KeyError) as exc:
            raise ModelError(f"cannot read neural NER model {path}: {exc}") from exc
        self.tags: tuple[str, ...] = tuple(meta["tags"])
        self.hidden = h = int(meta["hidden"])
        self.max_chars = int(meta["max_chars"])
        self._words = {word: i + 1 for i, word in enumerate(meta["vocab"])}
        self._features = {f: i + 1 for i, f in enumerate(meta["features"])}
        self._chars = {ch: i + 2 for i, ch in enumerate(meta["chars"])}
        dim = int(meta["dim"])
        self.encoder = meta.get("encoder", "lstm")
        if "lm" in meta and self.encoder != "lstm":
            raise ModelError(f"{path}: a language model is read by the LSTM encoder only")
        if self.encoder == "lstm":
            w_in, bias, self._recur = _bidirectional(w, "lstm.{}_l0", "lstm.{}_l0_reverse", h)
        elif self.encoder == "cnn":
            # the first convolution's three taps as one projection (d_in, 3c); its bias is added per window
            first = w["convs.0.weight"]  # (c, d_in, 3)
            w_in = np.concatenate([first[:, :, k].T for k in range(3)], axis=1)
            bias = np.zeros(w_in.shape[1], dtype=np.float32)
            self._conv_bias0 = w["convs.0.bias"]
            layers = sum(1 for k in w if k.startswith("convs.") and k.endswith(".weight"))
            self._dilated = [(np.concatenate([w[f"convs.{i}.weight"][:, :, k].T for k in range(3)], axis=1),
                              w[f"convs.{i}.bias"], 2 ** i) for i in range(1, layers)]  # ((c, 3c), bias, dilation)
        else:
            raise ModelError(f"{path}: unknown encoder {self.encoder!r}")
        feat_dim = w["feat.weight"].shape[1]
        # tables stay at their own width (64) and are projected per batch: projected for the whole
        # vocabulary they would take 300 MB with the LSTM's 768-wide input layer
        self._word_vectors = w["word.weight"]
        self._word_in = w_in[:dim]
        self._feat_vectors = w["feat.weight"]
        self._feat_vectors[0] = 0.0
        self._feat_in = w_in[dim:dim + feat_dim]
        filters = w["char_cnn.weight"].shape[0]
        self._char_in = w_in[dim + feat_dim:dim + feat_dim + filters]  # (filters, P)
        self._bias = bias
        self._lm: _LanguageModel | None = None
        if "lm" in meta:  # the language model's layers, mixed by learned weights, are the input's last part
            self._lm = _LanguageModel(w, meta["lm"], self._words)
            mix = np.exp(w["lm_mix"] - w["lm_mix"].max())
            self._lm_mix = (mix / mix.sum()) * w["lm_gamma"][0]
            self._lm_in = w_in[dim + feat_dim + filters:]  # (2 × the model's width, P)
        self._own_width = w_in.shape[1]  # the encoder's input projection; the language model's part follows
        conv = w["char_cnn.weight"]  # (filters, char_dim, 3)
        # each letter's contribution to each of the three taps, precomputed: the convolution is then lookups
        self._char_taps = [w["char.weight"] @ conv[:, :, k].T for k in range(3)]  # (letters, filters)
        self._conv_bias = w["char_cnn.bias"]
        self._proj = w["proj.weight"].T  # (2h or c, tags)
        self._proj_bias = w["proj.bias"]

    def word_input(self, norm: str, bare: str, features: Sequence[str]) -> np.ndarray:
        """The encoder's input projection of one word (its vector, features and letters); callers cache it."""
        return self.word_inputs([(norm, bare, features)])[0]

    def word_inputs(self, words: Sequence[tuple[str, str, Sequence[str]]]) -> np.ndarray:
        """:meth:`word_input` of several words (normalized form, clitic-stripped form, sparse features) at once:
        a handful of array operations for the lot instead of a dozen per word."""
        n = len(words)
        vectors = self._word_vectors[[self._words.get(bare, 0) for _norm, bare, _f in words]]
        index = self._features
        rows: list[int] = []
        starts: list[int] = []
        for _norm, _bare, features in words:
            starts.append(len(rows))
            rows.append(0)  # row 0 is zero: no word has an empty bag (reduceat needs none)
            rows.extend(index[f] for f in features if f in index)
        bags = np.add.reduceat(self._feat_vectors[rows], starts, axis=0)
        width = min(self.max_chars, max(1, *(len(norm) for norm, _b, _f in words))) + 2
        ids = np.zeros((n, width), dtype=np.int64)  # 0: padding, a zero letter vector
        for i, (norm, _bare, _f) in enumerate(words):
            ids[i, 1:1 + min(len(norm), self.max_chars)] = [self._chars.get(ch, 1) for ch in norm[: self.max_chars]]
        taps = self._char_taps
        conv = taps[0][ids[:, :-2]] + taps[1][ids[:, 1:-1]] + taps[2][ids[:, 2:]] + self._conv_bias
        np.maximum(conv, 0.0, out=conv)
        conv[ids[:, 1:-1] == 0] = 0.0  # positions past a word's end (after ReLU, 0 never wins a max over ≥ 0)
        own = vectors @ self._word_in + bags @ self._feat_in + conv.max(axis=1) @ self._char_in + self._bias
        if self._lm is None:
            return own
        return np.concatenate([own, self._lm.word_inputs([bare for _norm, bare, _f in words])], axis=1)

    def feature_input(self, features: Sequence[str]) -> np.ndarray | None:
        """The projection of extra per-occurrence features (the lexicon phrase features), as wide as a word's
        input (nothing for the language model's part), or None."""
        rows = [self._features[f] for f in features if f in self._features]
        if not rows:
            return None
        extra = self._feat_vectors[rows].sum(axis=0) @ self._feat_in
        if self._lm is None:
            return extra
        return np.concatenate([extra, np.zeros(self._lm.width, dtype=np.float32)])

    def scores(self, inputs: np.ndarray) -> np.ndarray:
        """Per-tag scores (n × tags) from the words' input projections (:meth:`word_input`, stacked)."""
        return self.hidden_states(inputs) @ self._proj + self._proj_bias

    def output_layer(self, labels: Sequence[str], weight: float) -> tuple[np.ndarray, np.ndarray]:
        """The last layer (matrix, bias) mapped to another model's ``labels`` and scaled by ``weight``, so that
        ``hidden_states(x) @ matrix + bias`` is ready to add to that model's scores (0 for a label not here)."""
        matrix = np.zeros((self._proj.shape[0], len(labels)), dtype=np.float32)
        bias = np.zeros(len(labels), dtype=np.float32)
        for j, label in enumerate(labels):
            if label in self.tags:
                matrix[:, j] = weight * self._proj[:, self.tags.index(label)]
                bias[j] = weight * self._proj_bias[self.tags.index(label)]
        return matrix, bias

    def hidden_states(self, inputs: np.ndarray) -> np.ndarray:
        """The encoder's last hidden layer (n × width) for the stacked word inputs."""
        if self.encoder != "lstm":
            return self._cnn(inputs)
        if self._lm is None:
            return _run_bidirectional(inputs, self._recur, self.hidden)
        own = inputs[:, :self._own_width]
        states = self._lm.layer_states(inputs[:, self._own_width:])
        mixed = sum(weight * layer for weight, layer in zip(self._lm_mix, states, strict=True))
        return _run_bidirectional(own + mixed @ self._lm_in, self._recur, self.hidden)

    def _cnn(self, inputs: np.ndarray) -> np.ndarray:
        """Dilated convolutions (the first precomputed per word), residual from the second on, as trained.

        Each layer is one product giving every word's three taps, then shifted sums: output t adds tap 0
        of word t-d, tap 1 of word t and tap 2 of word t+d (zero beyond the window's ends).
        """
        c = len(self._conv_bias0)
        hid = inputs[:, c:2 * c] + self._conv_bias0
        hid[1:] += inputs[:-1, :c]
        hid[:-1] += inputs[1:, 2 * c:]
        np.maximum(hid, 0.0, out=hid)
        for weight, bias, d in self._dilated:
            taps = hid @ weight
            out = taps[:, c:2 * c] + bias
            out[d:] += taps[:-d, :c]
            out[:-d] += taps[d:, 2 * c:]
            np.maximum(out, 0.0, out=out)
            out += hid
            hid = out
        return hid
