"""The learned backstop: a multinomial logistic regression over hashed sentence features.

It predicts, per sentence, a PLOVER type and mode (labels ``TYPE/mode``), ``STATEMENT`` (CAMEO-only
statements and appeals) or ``NONE``.  It is meant to *check* the rule-based coder, not to replace it:
a confident ``NONE`` can veto the lexicon's events in a sentence, and a type the lexicon missed can be
surfaced for review.  The model is trained offline by ``scripts/train_backstop.py`` and shipped as
``backstop.npz``: only the weight rows of features seen in training are stored (int8), and a
bucket → row table maps every other hashed feature to a zero row, so prediction is one gather and one
segmented sum per batch.
"""

from __future__ import annotations

import json
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np

from hadath.classify.features import FEATURE_VERSION, FeatureHasher, probe_digest
from hadath.errors import ModelError
from hadath.model import Token

MODEL_NAME = "backstop.npz"
NONE = "NONE"
STATEMENT = "STATEMENT"
PLOVER_TYPES: tuple[str, ...] = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT",
    "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)
_BATCH = 16  # small chunks keep the gathered rows in cache (measured on news text: 16 beats 64 by 1.5x, 512 by 4x)
_MAX_WORDS = 100_000  # distinct tokens cached: their feature ids and summed weight vectors (~35 MB)


def split_label(label: str) -> tuple[str, str | None]:
    """``"ASSAULT/aerial"`` → (ASSAULT, aerial); ``"AGREE/-"`` → (AGREE, None); ``"NONE"`` → (NONE, None)."""
    if "/" not in label:
        return label, None
    kind, mode = label.split("/", 1)
    return kind, (None if mode in ("", "-") else mode)


def default_model_path() -> Path:
    return Path(str(resources.files("hadath.classify").joinpath(MODEL_NAME)))


@dataclass(slots=True)
class Weights:
    """What a trained model is made of (also what the trainer returns)."""

    labels: list[str]
    rows: np.ndarray  # int64 (U,): the hashed feature ids that have a weight row
    weights: np.ndarray  # float (U, C)
    bias: np.ndarray  # float (C,)
    bits: int
    meta: dict[str, Any]


class Backstop:
    """Sentence classifier: ``predict(texts) -> [(type, mode, probability)]``."""

    def __init__(self, weights: Weights) -> None:
        if weights.weights.shape != (len(weights.rows), len(weights.labels)):
            raise ModelError(f"backstop weights have shape {weights.weights.shape}, expected "
                             f"({len(weights.rows)}, {len(weights.labels)})")
        self.labels = list(weights.labels)
        self.meta = dict(weights.meta)
        self.hasher = FeatureHasher(weights.bits, max_words=_MAX_WORDS)
        n_rows = len(weights.rows)
        # every bucket without a trained row points at the final all-zero row
        self._row_of = np.full(self.hasher.size, n_rows, dtype=np.int32)
        self._row_of[weights.rows.astype(np.int64)] = np.arange(n_rows, dtype=np.int32)
        self._weights = np.vstack([weights.weights.astype(np.float32),
                                   np.zeros((1, len(self.labels)), dtype=np.float32)])
        self._bias = weights.bias.astype(np.float32)
        kinds = [split_label(label)[0] for label in self.labels]
        self.kinds: list[str] = sorted(set(kinds))
        self._kind_index = np.array([self.kinds.index(k) for k in kinds], dtype=np.int64)
        self._kind_matrix = np.zeros((len(self.labels), len(self.kinds)), dtype=np.float32)
        self._kind_matrix[np.arange(len(self.labels)), self._kind_index] = 1.0
        self.veto_threshold: float | None = self.meta.get("veto_threshold")
        # one summed weight vector per distinct token (row 0: no word), filled lazily
        self._word_vectors = np.zeros((1024, len(self.labels)), dtype=np.float32)
        self._filled = 1
        self._generation = self.hasher.generation

    # ------------------------------------------------------------------ loading / saving

    @classmethod
    def load(cls, path: Path | str | None = None) -> Backstop:
        """Read the shipped model (or ``path``); raise :class:`ModelError` if missing or incompatible."""
        model_path = Path(path) if path is not None else default_model_path()
        if not model_path.exists():
            raise ModelError(f"backstop model not found: {model_path} (train it with scripts/train_backstop.py)")
        try:
            with np.load(model_path, allow_pickle=False) as data:
                meta = json.loads(str(data["meta"]))
                dense = data["weights"].astype(np.float32) * data["scale"].astype(np.float32)
                weights = Weights(labels=[str(x) for x in data["labels"]], rows=data["rows"],
                                  weights=dense, bias=data["bias"], bits=int(meta["bits"]), meta=meta)
        except (OSError, KeyError, ValueError, zipfile.BadZipFile) as exc:
            raise ModelError(f"cannot read backstop model {model_path}: {exc}") from exc
        if meta.get("feature_version") != FEATURE_VERSION:
            raise ModelError(f"backstop model {model_path} was built with features {meta.get('feature_version')!r}, "
                             f"this code computes {FEATURE_VERSION!r}: retrain it")
        return cls(weights)

    @staticmethod
    def save(weights: Weights, path: Path | str) -> None:
        """Write a model file: int8 weights with one scale per label (a quarter of float32, and most
        small weights become exact zeros, which compress well); labels and metadata as plain strings."""
        meta = dict(weights.meta, bits=weights.bits, feature_version=FEATURE_VERSION,
                    feature_probe=probe_digest(weights.bits))
        dense = np.asarray(weights.weights, dtype=np.float32)
        scale = np.abs(dense).max(axis=0) / 127.0 if dense.size else np.ones(len(weights.labels), np.float32)
        scale = np.where(scale > 0, scale, 1.0).astype(np.float32)
        quantized = np.clip(np.rint(dense / scale), -127, 127).astype(np.int8)
        with open(path, "wb") as fh:
            np.savez_compressed(fh, labels=np.array(weights.labels), rows=weights.rows.astype(np.int32),
                                weights=quantized, scale=scale, bias=weights.bias.astype(np.float32),
                                meta=np.array(json.dumps(meta, sort_keys=True)))

    def features_match(self) -> bool:
        """Whether today's tokenizer still produces the features the model was trained on.

        The features use ``hadath.text.tokens`` (clitic stems, candidate forms); when that changes, the
        model silently degrades.  Not checked at load (it must not break the pipeline); a test checks it
        so that a tokenizer change is followed by ``scripts/train_backstop.py``.
        """
        return self.meta.get("feature_probe") == probe_digest(self.hasher.bits)

    # ------------------------------------------------------------------ prediction

    def label_proba(self, texts: Sequence[str] | Sequence[Sequence[Token]]) -> np.ndarray:
        """Probabilities over ``self.labels``, shape (len(texts), n_labels).

        Items are sentence texts, or the token lists of :class:`hadath.model.Sentence` objects (the
        text stage's analysis is reused, which saves the tokenizing on first sight of each word).
        """
        out = np.empty((len(texts), len(self.labels)), dtype=np.float32)
        for start in range(0, len(texts), _BATCH):
            chunk = texts[start:start + _BATCH]
            words, word_offsets, extra, extra_offsets = self.hasher.batch_parts(chunk)
            self._fill_word_vectors()
            logits = np.add.reduceat(np.take(self._word_vectors, words, axis=0), word_offsets[:-1], axis=0)
            logits += np.add.reduceat(np.take(self._weights, self._row_of[extra], axis=0), extra_offsets[:-1], axis=0)
            logits += self._bias
            logits -= logits.max(axis=1, keepdims=True)
            np.exp(logits, out=logits)
            logits /= logits.sum(axis=1, keepdims=True)
            out[start:start + len(chunk)] = logits
        return out

    def _fill_word_vectors(self) -> None:
        """Sum the weight rows of every word the hasher has indexed since the last call."""
        if self._generation != self.hasher.generation:
            self._generation = self.hasher.generation
            self._filled = 1
        total = len(self.hasher)
        if total <= self._filled:
            return
        if total > len(self._word_vectors):
            grown = np.zeros((max(total, 2 * len(self._word_vectors)), len(self.labels)), dtype=np.float32)
            grown[:self._filled] = self._word_vectors[:self._filled]
            self._word_vectors = grown
        flat, offsets = self.hasher.words_from(self._filled)
        rows = np.take(self._weights, self._row_of[flat], axis=0)
        self._word_vectors[self._filled:total] = np.add.reduceat(rows, offsets, axis=0)
        self._filled = total

    def kind_proba(self, label_proba: np.ndarray) -> np.ndarray:
        """Label probabilities summed per kind (PLOVER type, STATEMENT, NONE), columns ``self.kinds``."""
        return label_proba @ self._kind_matrix

    def predict(self, texts: Sequence[str] | Sequence[Sequence[Token]]) -> list[tuple[str, str | None, float]]:
        """(type, mode, probability of the type) per text; type is a PLOVER type, STATEMENT or NONE.

        ``texts`` may also hold token lists (``[s.tokens for s in doc.sentences]``): same result, faster.
        """
        if not texts:
            return []
        label_p = self.label_proba(texts)
        kind_p = self.kind_proba(label_p)
        best_kind = kind_p.argmax(axis=1)
        # best label within the chosen kind: mask the others out
        masked = np.where(self._kind_index[None, :] == best_kind[:, None], label_p, -1.0)
        best_label = masked.argmax(axis=1)
        out: list[tuple[str, str | None, float]] = []
        for row, (k, lab) in enumerate(zip(best_kind.tolist(), best_label.tolist(), strict=True)):
            kind, mode = split_label(self.labels[lab])
            out.append((kind, mode, float(kind_p[row, k])))
        return out

    def token_scores(self, tokens: Sequence[Token], kind: str) -> list[float]:
        """How much each token's own features push the sentence towards ``kind`` rather than NONE.

        The score is the best margin over the kind's labels of the token's summed weight row (its
        word, stem and character n-gram features), so the highest-scoring token is the word the
        decision rests on: the natural trigger to show as evidence for a classifier-coded event.
        """
        columns = [i for i, label in enumerate(self.labels) if split_label(label)[0] == kind]
        if not tokens or not columns:
            return [0.0] * len(tokens)
        indices = self.hasher.token_indices(tokens)
        self._fill_word_vectors()
        rows = np.take(self._word_vectors, np.array(indices, dtype=np.int64), axis=0)
        base = rows[:, self.labels.index(NONE)] if NONE in self.labels else 0.0
        margin = rows[:, columns].max(axis=1) - base
        return [float(m) if i else 0.0 for m, i in zip(margin.tolist(), indices, strict=True)]

    def none_probability(self, texts: Sequence[str] | Sequence[Sequence[Token]]) -> list[float]:
        """P(NONE) per text — what the veto compares with its threshold."""
        if not texts:
            return []
        if NONE not in self.kinds:
            return [0.0] * len(texts)
        return self.kind_proba(self.label_proba(texts))[:, self.kinds.index(NONE)].tolist()
