"""Hashed word, stem, bigram and character n-gram features for sentence classification.

Features are hashed with CRC-32 (stable across processes and Python versions, unlike ``hash``) into
``2**bits`` buckets.  Words are analysed by :class:`hadath.text.tokens.Tokenizer` (normalized form,
clitic-stripped stem, candidate forms), exactly as the text stage does, so a sentence can be given as
text or as the text stage's tokens.  A token's features depend only on the token, so they are
computed once per distinct token and cached on the hasher; a sentence then costs one regex scan (or
none, given tokens), a dict lookup per token and integer arithmetic for the bigrams.  ``FEATURE_VERSION`` is stored in the
model file: changing anything here must change it, so an old model is refused instead of misread.
"""

from __future__ import annotations

import hashlib
import zlib
from array import array
from collections.abc import Iterable, Sequence

import numpy as np

from hadath.model import Token
from hadath.text.tokens import TOKEN_RE, Tokenizer

FEATURE_VERSION = "backstop-features-2"
DEFAULT_BITS = 18
_CACHE_LIMIT = 300_000
_MIX = 2654435761  # Knuth's multiplicative constant: spreads (left, right) pairs for bigram ids
_BOS = zlib.crc32(b"<s>")
# CRC-32 of each feature-name prefix: crc32(x, crc32(p)) == crc32(p + x), so a feature's hash can be
# computed from the bytes of x alone
_W, _S, _F, _C, _P = (zlib.crc32(p) for p in (b"w|", b"s|", b"f|", b"c|", b"p|"))
_NUM_FEATURE = zlib.crc32(b"w|#num")
_NUM_STEM = zlib.crc32(b"#num")
_EOS = zlib.crc32(b"</s>")


# Words with proclitics, suffixes, taa marbuta, hamza forms and digits: if the tokenizer's analysis of
# these changes, the features change and a trained model no longer matches (see ``probe_digest``).
FEATURE_PROBE = "وبالعاصمة ولقواتها فسيهاجمون والمحتجين وللحكومة بمدينتهم كتبوا مسؤولي أُطلق ٢٠ قتيلاً، وقالت"


def probe_digest(bits: int) -> str:
    """A digest of the feature ids of :data:`FEATURE_PROBE`, stored in a model when it is trained."""
    ids = FeatureHasher(bits).sentence_ids(FEATURE_PROBE)
    return hashlib.sha256(",".join(map(str, ids)).encode()).hexdigest()[:16]


def feature_hash(feature: str) -> int:
    """The stable 32-bit hash of a feature string."""
    return zlib.crc32(feature.encode("utf-8"))


def char_ngrams(stem: str, sizes: tuple[int, ...] = (3, 4)) -> list[str]:
    """Character n-grams of ``<stem>`` (boundary marks make prefixes and suffixes distinct)."""
    padded = f"<{stem}>"
    return [padded[i:i + n] for n in sizes for i in range(len(padded) - n + 1)]


class FeatureHasher:
    """Turns sentences into hashed feature ids in ``[0, 2**bits)``; caches per-word work.

    Every distinct token gets a *word index* (0 is reserved for "no word"); its own feature ids are
    kept in one flat int array (``word_ids(index)``).  A classifier can therefore cache one summed
    weight vector per word and add per-sentence extras (bigrams, first word, end mark), which is what
    makes prediction fast.  When ``max_words`` distinct tokens have been seen the cache is cleared at
    the start of the next batch and ``generation`` goes up, so anything keyed by word index must be
    dropped.
    """

    def __init__(self, bits: int = DEFAULT_BITS, max_words: int = _CACHE_LIMIT) -> None:
        if not 10 <= bits <= 24:
            raise ValueError(f"bits must be in 10..24, got {bits}")
        self.bits = bits
        self.size = 1 << bits
        self.max_words = max_words
        self.generation = 0
        self._mask = self.size - 1
        self._tokenizer = Tokenizer()
        self._words: dict[str, tuple[int, int, bool]] = {}
        self._ids = array("i")
        self._starts = array("i", [0, 0])  # word i owns _ids[_starts[i]:_starts[i + 1]]; word 0 owns nothing

    def __len__(self) -> int:
        """Word indices handed out so far (including the reserved 0)."""
        return len(self._starts) - 1

    def _clear(self) -> None:
        self._words.clear()
        self._ids = array("i")
        self._starts = array("i", [0, 0])
        self.generation += 1

    def own_features(self, word: str) -> tuple[list[int], int]:
        """(hashed ids of a normalized word's own features, hash of its stem for bigrams).

        Same values as ``feature_hash("c|" + gram)`` etc., computed from byte slices with the
        prefix's CRC as the start value, which avoids building and encoding a string per feature.
        """
        mask = self._mask
        crc = zlib.crc32
        if word[0].isdigit():
            return [_NUM_FEATURE & mask], _NUM_STEM
        if not word[0].isalpha():
            h = crc(word.encode("utf-8"), _P)
            return [h & mask], h
        _norm, _prefix, stem, _suffix, forms = self._tokenizer.analyse(word)
        return self.analysed_features(word, stem, forms[-1])

    def analysed_features(self, word: str, stem: str, bare: str) -> tuple[list[int], int]:
        """Own features of an alphabetic normalized word whose stem and barest form are known."""
        mask = self._mask
        crc = zlib.crc32
        stem_bytes = stem.encode("utf-8")
        stem_hash = crc(stem_bytes, _S)
        ids = [crc(word.encode("utf-8"), _W) & mask, stem_hash & mask]
        if bare != stem:
            ids.append(crc(bare.encode("utf-8"), _F) & mask)
        padded = b"<" + stem_bytes + b">"
        if len(padded) == 2 * len(stem) + 2:  # every letter takes two bytes (Arabic): fixed offsets
            bounds = [0, *range(1, len(padded), 2), len(padded)]
        else:
            bounds = [0]
            for ch in f"<{stem}>":
                bounds.append(bounds[-1] + len(ch.encode("utf-8")))
        last = len(bounds) - 1
        ids.extend(crc(padded[bounds[i]:bounds[i + 3]], _C) & mask for i in range(last - 2))
        ids.extend(crc(padded[bounds[i]:bounds[i + 4]], _C) & mask for i in range(last - 3))
        return ids, stem_hash

    def word_entry(self, token: str) -> tuple[int, int, bool]:
        """(word index, stem hash, is a word) of a token as written; index 0 when it normalizes to nothing."""
        hit = self._words.get(token)
        if hit is None:
            # analyse the token as written: its forms depend on more than the normalized word (a final
            # ة is not a pronoun suffix, a final ه may be)
            word, _prefix, stem, _suffix, forms = self._tokenizer.analyse(token)
            if not word:
                hit = (0, _EOS, False)
            else:
                if word[0].isalpha():
                    own, stem_hash = self.analysed_features(word, stem, forms[-1])
                else:
                    own, stem_hash = self.own_features(word)
                hit = (len(self._starts) - 1, stem_hash, len(own) > 1)
                self._ids.extend(own)
                self._starts.append(len(self._ids))
            self._words[token] = hit
        return hit

    def token_entry(self, token: Token) -> tuple[int, int, bool]:
        """Like :meth:`word_entry` for a token the text stage already analysed (same key: the token
        as written, and the same analysis, so text and token inputs give the same features)."""
        hit = self._words.get(token.text)
        if hit is None:
            word = token.norm
            if not word:
                hit = (0, _EOS, False)
            else:
                if word[0].isalpha() and token.forms:
                    own, stem_hash = self.analysed_features(word, token.stem or word, token.forms[-1])
                else:
                    own, stem_hash = self.own_features(word)
                hit = (len(self._starts) - 1, stem_hash, len(own) > 1)
                self._ids.extend(own)
                self._starts.append(len(self._ids))
            self._words[token.text] = hit
        return hit

    def word_ids(self, index: int) -> tuple[int, ...]:
        return tuple(self._ids[self._starts[index]:self._starts[index + 1]])

    def words_from(self, first: int) -> tuple[np.ndarray, np.ndarray]:
        """Own feature ids of every word index ≥ ``first``: (flat ids, start offset of each word)."""
        begin = self._starts[first]
        flat = np.frombuffer(self._ids, dtype=np.int32)[begin:].astype(np.int64)
        offsets = np.frombuffer(self._starts, dtype=np.int32)[first:-1].astype(np.int64) - begin
        return flat, offsets

    def sentence_parts(self, text: str) -> tuple[list[int], list[int]]:
        """(word indices, extra feature ids) of one sentence; the word list starts with index 0.

        Extras are the stem bigrams (with sentence start and end marks) and the first word's stem.
        """
        entries = self._words
        return self._parts([entries.get(t) or self.word_entry(t) for t in TOKEN_RE.findall(text)])

    def token_parts(self, tokens: Sequence[Token]) -> tuple[list[int], list[int]]:
        """:meth:`sentence_parts` for the tokens of a :class:`hadath.model.Sentence`."""
        entries = self._words
        return self._parts([entries.get(t.text) or self.token_entry(t) for t in tokens])

    def _parts(self, found: list[tuple[int, int, bool]]) -> tuple[list[int], list[int]]:
        mask = self._mask
        words = [0]
        extra: list[int] = []
        previous = _BOS
        first = True
        for index, stem_hash, is_word in found:
            if not index:
                continue
            words.append(index)
            extra.append(((previous * _MIX + stem_hash) & 0xFFFFFFFF) & mask)
            if first and is_word:
                extra.append(((stem_hash * _MIX + 1) & 0xFFFFFFFF) & mask)  # first word: verb-first clauses
                first = False
            previous = stem_hash
        extra.append(((previous * _MIX + _EOS) & 0xFFFFFFFF) & mask)
        return words, extra

    def sentence_ids(self, text: str) -> list[int]:
        """All feature ids of one sentence (a repeated feature counts twice)."""
        if len(self._words) >= self.max_words:
            self._clear()
        words, extra = self.sentence_parts(text)
        ids: list[int] = []
        for index in words:
            ids.extend(self._ids[self._starts[index]:self._starts[index + 1]])
        ids.extend(extra)
        return ids

    def batch(self, texts: Iterable[str]) -> tuple[np.ndarray, np.ndarray]:
        """Flat ids and row offsets (CSR layout without values) for a batch of sentences."""
        flat: list[int] = []
        offsets = [0]
        for text in texts:
            flat.extend(self.sentence_ids(text))
            offsets.append(len(flat))
        return np.asarray(flat, dtype=np.int64), np.asarray(offsets, dtype=np.int64)

    def token_indices(self, tokens: Sequence[Token]) -> list[int]:
        """The word index of each token (0 for one that normalizes to nothing), as a batch of one."""
        if len(self._words) >= self.max_words:
            self._clear()
        return [self.token_entry(t)[0] for t in tokens]

    def batch_parts(self, texts: Iterable[str] | Iterable[Sequence[Token]]
                    ) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """(word indices, their offsets, extra ids, their offsets) for a batch of texts or token lists;
        no segment is empty.

        The cache is cleared (``generation`` changes) only here at the start of a batch, never in the middle.
        """
        if len(self._words) >= self.max_words:
            self._clear()
        words: list[int] = []
        word_offsets = [0]
        extra: list[int] = []
        extra_offsets = [0]
        for item in texts:
            w, e = self.sentence_parts(item) if isinstance(item, str) else self.token_parts(item)
            words.extend(w)
            extra.extend(e)
            word_offsets.append(len(words))
            extra_offsets.append(len(extra))
        return (np.asarray(words, dtype=np.int64), np.asarray(word_offsets, dtype=np.int64),
                np.asarray(extra, dtype=np.int64), np.asarray(extra_offsets, dtype=np.int64))
