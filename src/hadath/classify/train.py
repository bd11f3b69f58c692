"""Training the backstop: multinomial logistic regression with AdaGrad on hashed sparse features.

Written with numpy only (no scikit-learn/torch): a minibatch's logits are a gather of weight rows and
a segmented sum; the gradient of each touched row is the sum of its samples' (p - y), accumulated by
sorting the ids.  Only rows of features seen in training are kept, which keeps the model file small.
With ``average`` > 1 the model is the mean of that many fits with consecutive seeds (different sample
orders): the fits share their feature rows, so the mean costs nothing at prediction time, and it removes
much of the run-to-run noise of one stochastic fit.  Deterministic for a given seed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from hadath.classify.backstop import Weights
from hadath.classify.features import DEFAULT_BITS, FeatureHasher


@dataclass(frozen=True, slots=True)
class TrainSettings:
    bits: int = DEFAULT_BITS
    epochs: int = 8
    learning_rate: float = 0.3
    l2: float = 5e-4  # chosen on dev (grid over epochs 4-16, l2 1e-5..1e-2, lr 0.1-1.0)
    batch_size: int = 32
    seed: int = 13
    average: int = 3  # fits (seeds seed, seed+1, …) whose weights are averaged

    def as_dict(self) -> dict[str, float | int]:
        return {"bits": self.bits, "epochs": self.epochs, "learning_rate": self.learning_rate, "l2": self.l2,
                "batch_size": self.batch_size, "seed": self.seed, "average": self.average}


def _softmax(logits: np.ndarray) -> np.ndarray:
    logits = logits - logits.max(axis=1, keepdims=True)
    np.exp(logits, out=logits)
    logits /= logits.sum(axis=1, keepdims=True)
    return logits


def train_weights(texts: Sequence[str], labels: Sequence[str], settings: TrainSettings = TrainSettings(),
                  meta: dict | None = None) -> Weights:
    """Fit the classifier on (text, label) pairs; labels are strings such as ``ASSAULT/aerial`` or ``NONE``."""
    if len(texts) != len(labels):
        raise ValueError(f"{len(texts)} texts but {len(labels)} labels")
    if not texts:
        raise ValueError("no training data")
    label_names = sorted(set(labels))
    label_index = {name: i for i, name in enumerate(label_names)}
    y = np.array([label_index[name] for name in labels], dtype=np.int64)
    hasher = FeatureHasher(settings.bits)
    flat, offsets = hasher.batch(texts)
    rows, compact = np.unique(flat, return_inverse=True)
    compact = compact.astype(np.int64)
    if settings.average < 1:
        raise ValueError(f"average must be at least 1, got {settings.average}")
    weights, bias = _fit(compact, offsets, y, (len(rows), len(label_names)), settings, settings.seed)
    for k in range(1, settings.average):  # a running sum: one fit's arrays in memory at a time
        more_weights, more_bias = _fit(compact, offsets, y, (len(rows), len(label_names)), settings, settings.seed + k)
        weights += more_weights
        bias += more_bias
    weights /= settings.average
    bias /= settings.average
    return Weights(labels=label_names, rows=rows, weights=weights.astype(np.float32),
                   bias=bias.astype(np.float32), bits=settings.bits,
                   meta=dict(meta or {}, train_settings=settings.as_dict(), train_size=len(texts)))


def _fit(compact: np.ndarray, offsets: np.ndarray, y: np.ndarray, shape: tuple[int, int],
         settings: TrainSettings, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """One AdaGrad fit over the compacted feature rows: (weights (rows × labels), bias)."""
    n_rows, n_labels = shape
    weights = np.zeros((n_rows, n_labels), dtype=np.float64)
    bias = np.zeros(n_labels, dtype=np.float64)
    sq_weights = np.full((n_rows, n_labels), 1e-8)
    sq_bias = np.full(n_labels, 1e-8)
    starts, ends = offsets[:-1], offsets[1:]
    rng = np.random.default_rng(seed)
    for _epoch in range(settings.epochs):
        order = rng.permutation(len(y))
        for b in range(0, len(order), settings.batch_size):
            batch = order[b:b + settings.batch_size]
            lengths = ends[batch] - starts[batch]
            ids = np.concatenate([compact[starts[i]:ends[i]] for i in batch])
            seg = np.concatenate([[0], np.cumsum(lengths)[:-1]])
            probs = _softmax(np.add.reduceat(weights[ids], seg, axis=0) + bias)
            probs[np.arange(len(batch)), y[batch]] -= 1.0
            probs /= len(batch)
            sample_of = np.repeat(np.arange(len(batch)), lengths)
            by_id = np.argsort(ids, kind="stable")
            touched, first = np.unique(ids[by_id], return_index=True)
            grad = np.add.reduceat(probs[sample_of[by_id]], first, axis=0) + settings.l2 * weights[touched]
            sq_weights[touched] += grad * grad
            weights[touched] -= settings.learning_rate * grad / np.sqrt(sq_weights[touched])
            grad_b = probs.sum(axis=0)
            sq_bias += grad_b * grad_b
            bias -= settings.learning_rate * grad_b / np.sqrt(sq_bias)
    return weights, bias
