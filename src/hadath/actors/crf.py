"""A crfsuite model's weights in numpy, so the NER tagger can sum feature scores once per word.

python-crfsuite trains the NER model; tagging with it costs a C call per sentence fed with dozens of
feature strings per token, rebuilt and looked up each time.  A CRF's score is linear: a token's
emission score is the sum of the weights of its features, and in the NER items those features come in
blocks that depend on one word each (its own features, and what it shows its neighbours).  So the sum of
each block is computed once per distinct word (:meth:`CrfModel.scores`) and a sentence's emissions are
a few array additions.

Decoding stays in crfsuite's C Viterbi, fed the cached sums instead of the feature strings: as many
model attributes as there are labels, whose weight rows span the label space (:meth:`CrfModel.basis`),
given per token the values that make their weighted rows add up to its emission scores.  crfsuite then
reads ten (attribute, value) pairs per token instead of sixty strings, and decodes the same sequence.

:meth:`CrfModel.read` parses crfsuite's binary format ("lCRF"/"FOMC", version 100) directly, so the
weights are the exact float64 values the trainer wrote, not the rounded text of a model dump.
"""

from __future__ import annotations

import struct
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from hadath.errors import ModelError

_HEADER = struct.Struct("<4sI4sIIIIIIIII")
_CQDB_HEADER = struct.Struct("<4sIIIII")
_RECORD = struct.Struct("<II")
_FEATURE = np.dtype([("type", "<u4"), ("src", "<u4"), ("dst", "<u4"), ("weight", "<f8")])
_STATE, _TRANSITION = 0, 1


@dataclass(frozen=True, slots=True)
class CrfModel:
    """Labels, attribute index and weights of a first-order linear-chain CRF."""

    labels: tuple[str, ...]
    attributes: dict[str, int]
    state: np.ndarray  # (attributes, labels): weight of attribute a for label y
    transition: np.ndarray  # (labels, labels): weight of label i followed by label j

    @classmethod
    def read(cls, path: Path) -> CrfModel:
        """Load a model written by crfsuite (``pycrfsuite.Trainer.train``)."""
        try:
            buf = path.read_bytes()
        except OSError as exc:
            raise ModelError(f"cannot read CRF model {path}: {exc}") from exc
        try:
            return cls._parse(buf)
        except (struct.error, ValueError, IndexError, UnicodeDecodeError) as exc:
            raise ModelError(f"{path}: not a readable crfsuite model ({exc})") from exc

    @classmethod
    def _parse(cls, buf: bytes) -> CrfModel:
        (magic, size, kind, version, _nf, n_labels, n_attrs, off_features, off_labels, off_attrs,
         _off_labelrefs, _off_attrrefs) = _HEADER.unpack_from(buf, 0)
        if magic != b"lCRF" or kind != b"FOMC" or version != 100 or size != len(buf):
            raise ValueError(f"header {magic!r}/{kind!r} v{version}, size {size} of {len(buf)} bytes")
        labels = _strings(buf, off_labels, n_labels)
        attributes = {a: i for i, a in enumerate(_strings(buf, off_attrs, n_attrs))}
        chunk, _size, n_features = struct.unpack_from("<4sII", buf, off_features)
        if chunk != b"FEAT":
            raise ValueError(f"feature chunk {chunk!r}")
        features = np.frombuffer(buf, dtype=_FEATURE, count=n_features, offset=off_features + 12)
        state = np.zeros((n_attrs, n_labels))
        transition = np.zeros((n_labels, n_labels))
        kinds = features["type"]
        s = features[kinds == _STATE]
        t = features[kinds == _TRANSITION]
        if len(s) + len(t) != n_features:
            raise ValueError("unknown feature type")
        np.add.at(state, (s["src"].astype(np.intp), s["dst"].astype(np.intp)), s["weight"])
        np.add.at(transition, (t["src"].astype(np.intp), t["dst"].astype(np.intp)), t["weight"])
        return cls(tuple(labels), attributes, state, transition)

    def scores(self, attributes: Iterable[str]) -> np.ndarray:
        """Summed weights, per label, of the attributes (each counted once per occurrence; unknown ones add 0)."""
        index = self.attributes
        rows = [i for a in attributes if (i := index.get(a)) is not None]
        if not rows:
            return np.zeros(len(self.labels))
        return self.state[rows].sum(axis=0)

    def basis(self) -> tuple[tuple[str, ...], np.ndarray]:
        """As many attributes as labels whose weight rows span the label space, and the inverse of their rows.

        ``emissions @ inverse`` gives, per token, the values of those attributes whose weighted rows sum
        to exactly that token's emission scores, so crfsuite can decode any emission matrix from a
        handful of (attribute, value) pairs per token.  Chosen greedily (largest residual norm first,
        Gram–Schmidt), which keeps the matrix well conditioned.
        """
        residual = self.state.copy()
        chosen: list[int] = []
        for _ in range(len(self.labels)):
            norms = np.einsum("ij,ij->i", residual, residual)
            k = int(norms.argmax())
            if norms[k] <= 1e-12:
                raise ModelError("the CRF's attribute weights do not span its labels")
            chosen.append(k)
            unit = residual[k] / np.sqrt(norms[k])
            residual -= np.outer(residual @ unit, unit)
        rows = self.state[chosen]
        if np.linalg.cond(rows) > 1e6:
            raise ModelError("the CRF's basis attributes are ill-conditioned")
        names = {i: a for a, i in self.attributes.items()}
        return tuple(names[k] for k in chosen), np.linalg.inv(rows)


def _strings(buf: bytes, offset: int, count: int) -> list[str]:
    """The id → string table of a CQDB chunk (crfsuite's constant database), via its backward array."""
    chunk, _size, _flag, _order, n, backward = _CQDB_HEADER.unpack_from(buf, offset)
    if chunk != b"CQDB" or n != count:
        raise ValueError(f"string table {chunk!r} with {n} entries, expected {count}")
    out: list[str] = []
    for i, rel in enumerate(np.frombuffer(buf, dtype="<u4", count=n, offset=offset + backward).tolist()):
        rid, length = _RECORD.unpack_from(buf, offset + rel)
        if rid != i:
            raise ValueError(f"string table entry {i} has id {rid}")
        start = offset + rel + _RECORD.size
        out.append(buf[start:start + length - 1].decode("utf-8"))  # the stored length counts the NUL
    return out


BLOCKS = 5  # a word's own features, and those it shows the word after, before, two after, two before


class BlockScores:
    """Per-word score blocks in one growing matrix, so a sentence's blocks are one fancy index.

    A word's entry is a (BLOCKS, labels) array: the summed weights of each of its feature blocks.  When
    ``limit`` words are stored the store starts over (long runs meet an open vocabulary).
    """

    def __init__(self, model: CrfModel, limit: int) -> None:
        self.model = model
        self.limit = limit
        n_labels = len(model.labels)
        # one zero row first (so attribute i is row i + 1): every block starts with it, so none is empty
        self._state = np.vstack([np.zeros((1, n_labels)), model.state])
        self._matrix = np.empty((min(limit, 4096), BLOCKS, n_labels))
        self._rows: dict[str, int] = {}
        self._index = {a: i + 1 for a, i in model.attributes.items()}  # attribute → its row in ``_state``
        self.extras: list[str] = []  # one value per stored word, chosen by the caller (the memory key)

    def rows(self, words: Sequence[str], blocks_of: Callable[[str], tuple[Sequence[Sequence[str]], str]]
             ) -> list[int]:
        """The row of each word, computing the blocks of unseen words with ``blocks_of``.

        The unseen words of a call are summed together (one gather and one ``reduceat`` for all of
        them): numpy calls cost more than the few rows each word adds.
        """
        rows = self._rows
        if len(rows) + len(words) > self.limit:  # start over between calls, never inside one
            rows.clear()
            self.extras.clear()
        # the unseen words (first appearance order) get the next rows, stored once all their blocks are known
        pending: dict[str, int] = {}
        blocks: list[Sequence[Sequence[str]]] = []
        extras: list[str] = []
        out: list[int] = []
        for w in words:
            r = rows.get(w)
            if r is None:
                r = pending.get(w)
                if r is None:
                    word_blocks, extra = blocks_of(w)
                    r = pending[w] = len(rows) + len(pending)
                    blocks.append(word_blocks)
                    extras.append(extra)
            out.append(r)
        if pending:
            self._add(len(rows), blocks)
            rows.update(pending)
            self.extras.extend(extras)
        return out

    def _add(self, first: int, words_blocks: Sequence[Sequence[Sequence[str]]]) -> None:
        """Fill rows ``first``, ``first + 1`` … with the block sums of each word's blocks."""
        end = first + len(words_blocks)
        if end > len(self._matrix):
            size = len(self._matrix)
            while size < end:
                size *= 2
            grown = np.empty((min(self.limit, size), *self._matrix.shape[1:]))
            grown[:first] = self._matrix[:first]
            self._matrix = grown
        index = self._index.get
        flat: list[int] = []
        starts: list[int] = []
        for blocks in words_blocks:
            for block in blocks:
                starts.append(len(flat))
                flat.append(0)
                flat.extend(filter(None, map(index, block)))  # rows are ≥ 1: only the unknown (None) go
        self._matrix[first:end] = np.add.reduceat(self._state[flat], starts, axis=0).reshape(
            len(words_blocks), BLOCKS, -1)

    def emissions(self, rows: Sequence[int], bos: np.ndarray, eos: np.ndarray) -> np.ndarray:
        """Emission matrix of a sentence from its words' rows.

        Block 0 is a word's own features; blocks 1–4 the features it shows the word after it, the word
        before it, the word two after and the word two before (the ``-1``, ``+1``, ``-2``, ``+2``
        context features of the NER items): see :data:`BLOCKS`.
        """
        stacked = self._matrix[rows]
        out = stacked[:, 0].copy()
        n = len(out)
        out[0] += bos
        out[-1] += eos
        if n > 1:
            out[1:] += stacked[:-1, 1]
            out[:-1] += stacked[1:, 2]
        if n > 2:
            out[2:] += stacked[:-2, 3]
            out[:-2] += stacked[2:, 4]
        return out
