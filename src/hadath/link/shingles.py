"""Content keys for comparing articles: normalized words, an exact-duplicate hash, word 3-gram shingles
and their MinHash signatures.

Arabic punctuation (، ؛ ؟ « ») and everything that is not a letter or a digit is dropped *after*
:func:`hadath.text.normalize.normalize`, so two copies that differ only in hamza spelling, diacritics,
tatweel, Arabic-Indic digits or quotation marks get the same words, hash and shingles.
"""

from __future__ import annotations

import hashlib
import re
import zlib
from collections.abc import Iterable
from itertools import chain

import numpy as np
from datasketch import LeanMinHash, MinHash

from hadath.text.normalize import normalize

NUM_PERM = 128
SEED = 20150721
SCHEME = "affine32"
SIGNATURE_DTYPE = np.uint32  # the dtype datasketch's affine32 scheme keeps its hash values in
SHINGLE_SIZE = 3
WORD_RE = re.compile(r"[^\W_]+")  # letters and digits of any script; punctuation and symbols split words
# A raw token: letters/digits with the marks normalization removes (harakat, tatweel, Quranic signs),
# so a vowelled word stays one token; normalizing a token never joins it with its neighbours.
RAW_TOKEN_RE = re.compile(r"(?:[^\W_]|[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640\u200c\u200d])+")
_MIX = np.uint64(0x100000001B3)  # FNV-64 prime: mixes the word hashes of a shingle, in order


def content_words(text: str) -> list[str]:
    """The normalized words of ``text``: letters and digits only, in order."""
    return WORD_RE.findall(normalize(text))


def normalized_hash(words: list[str]) -> str:
    """Hash of the normalized words joined by single spaces: equal for copies that differ only in
    spelling variants, punctuation, spacing or diacritics."""
    return hashlib.sha1(" ".join(words).encode("utf-8")).hexdigest()


def word_hash(word: str) -> int:
    """A stable 32-bit hash of a word (CRC-32: stable across processes, unlike ``hash``)."""
    return zlib.crc32(word.encode("utf-8"))


def shingles(words: list[str], size: int = SHINGLE_SIZE) -> set[int]:
    """Word ``size``-grams, each as a 32-bit hash mixed from its words' hashes (vectorized: hashing
    every shingle's text separately costs more than the rest of linking together).

    A text shorter than ``size`` words is one shingle."""
    if not words:
        return set()
    return shingles_of_hashes(np.fromiter((word_hash(w) for w in words), dtype=np.uint64, count=len(words)), size)


def shingles_of_hashes(hashes: np.ndarray, size: int = SHINGLE_SIZE) -> set[int]:
    """:func:`shingles` from the words' hashes (uint64 array)."""
    if len(hashes) == 0:
        return set()
    if len(hashes) < size:
        mixed = np.zeros(1, dtype=np.uint64)
        for h in hashes:
            mixed = mixed * _MIX + h
    else:
        count = len(hashes) - size + 1
        mixed = np.zeros(count, dtype=np.uint64)
        for k in range(size):
            mixed = mixed * _MIX + hashes[k:k + count]
    return set(((mixed ^ (mixed >> np.uint64(29))) & np.uint64(0xFFFFFFFF)).tolist())


def _identity(value: int) -> int:
    """The MinHash "hash function" for items that are already 32-bit hashes."""
    return value


class Signer:
    """Computes MinHash signatures with one fixed set of permutations (created once, reused), and
    the content words of texts through a cache of each raw token's normalized words and hashes
    (words repeat: normalizing each distinct token once is several times faster than the text)."""

    def __init__(self, num_perm: int = NUM_PERM, seed: int = SEED, cache_size: int = 300_000) -> None:
        self.num_perm = num_perm
        self.seed = seed
        self._template = MinHash(num_perm=num_perm, seed=seed, scheme=SCHEME)
        self._tokens: dict[str, tuple[tuple[str, ...], tuple[int, ...]]] = {}
        self._cache_size = cache_size

    def words(self, text: str) -> tuple[list[str], np.ndarray]:
        """The content words of ``text`` (as :func:`content_words`) and their hashes (uint64)."""
        cache = self._tokens
        # an entry is a pair of tuples, never falsy: a miss is the only way to reach _learn
        found = [cache.get(token) or self._learn(token) for token in RAW_TOKEN_RE.findall(text)]
        words = list(chain.from_iterable(f[0] for f in found))
        hashes = np.fromiter(chain.from_iterable(f[1] for f in found), dtype=np.uint64, count=len(words))
        return words, hashes

    def _learn(self, token: str) -> tuple[tuple[str, ...], tuple[int, ...]]:
        words = tuple(WORD_RE.findall(normalize(token)))
        entry = (words, tuple(word_hash(w) for w in words))
        if len(self._tokens) < self._cache_size:
            self._tokens[token] = entry
        return entry

    def minhash(self, hashes: Iterable[int]) -> LeanMinHash:
        """Signature of a set of 32-bit item hashes (see :func:`shingles`, :func:`word_hash`)."""
        mh = MinHash(num_perm=self.num_perm, seed=self.seed, permutations=self._template.permutations,
                     scheme=SCHEME, hashfunc=_identity)
        items = list(hashes)
        if items:
            mh.update_batch(items)
        return LeanMinHash(mh)

    def from_bytes(self, blob: bytes) -> LeanMinHash:
        """A signature stored by :func:`signature_bytes`, without re-reading the text."""
        values = np.frombuffer(blob, dtype=SIGNATURE_DTYPE)
        return LeanMinHash(seed=self.seed, hashvalues=values, scheme=SCHEME)


def signature_bytes(mh: LeanMinHash) -> bytes:
    return np.asarray(mh.hashvalues, dtype=SIGNATURE_DTYPE).tobytes()


def containment(small: set[int], large: set[int]) -> float:
    """Share of ``small`` found in ``large`` (1.0 when ``small`` is empty and ``large`` is too)."""
    if not small:
        return 1.0 if not large else 0.0
    return len(small & large) / len(small)


def jaccard(a: set[int], b: set[int]) -> float:
    if not a and not b:
        return 1.0
    return len(a & b) / len(a | b)
