"""Near-duplicate articles: exact copies, rewrites and excerpts, found without comparing all pairs.

Exact copies share the hash of their normalized words.  Rewrites (reordered paragraphs, another
outlet's signature, a changed lead) share most word 3-gram shingles: MinHash LSH proposes candidates
and the signatures' estimated Jaccard decides.  An excerpt shares few shingles with the full report
(Jaccard is small when one text is much shorter), so the LSH bands are narrow (2 rows) to propose
pairs down to Jaccard ~0.2, and the exact shingle containment of the shorter text decides.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
from datasketch import LeanMinHash

from hadath.link.shingles import Signer, containment, content_words, shingles_of_hashes, word_hash

TITLE_WORDS = 40
TEXT_CACHE = 256


@dataclass(frozen=True, slots=True)
class DedupConfig:
    """Thresholds, tuned on ``gold/link/pairs.jsonl`` (see ``scripts/link_pairs.py``)."""

    near: float = 0.5  # estimated Jaccard of the 3-gram shingles
    excerpt: float = 0.8  # shingle containment of the shorter text
    excerpt_probe: float = 0.55  # estimated containment above which the exact one is computed
    excerpt_min_shingles: int = 25  # shorter than this, an excerpt says too little to be one
    near_min_shingles: int = 8
    bands: int = 64
    rows: int = 2
    title: float = 0.5  # Jaccard of title + lead words, for story threads
    title_bands: int = 32
    title_rows: int = 4


@dataclass(frozen=True, slots=True)
class Match:
    other: str  # article id indexed earlier
    kind: str  # exact | near | excerpt
    score: float


@dataclass(slots=True)
class Indexed:
    article_id: str
    n_shingles: int
    signature: LeanMinHash


def lead_words(title: str | None, text: str) -> list[str]:
    """Title plus first sentence: the words that say what a story is about (short words dropped)."""
    words = content_words(title or "")
    cut = min((i for i in (text.find("."), text.find("\n")) if i > 0), default=len(text))
    words += content_words(text[:cut])[:TITLE_WORDS]
    return [w for w in words if len(w) > 2]


class BandIndex:
    """LSH banding over MinHash signatures: two signatures are candidates when any band of ``rows``
    consecutive hash values is equal.  A plain dict per band (int key → id, or a list of ids when
    several share it): rebuilding it for 30k stored signatures takes seconds, where datasketch's
    ``MinHashLSH`` (which hashes every band's bytes) took five times as long."""

    def __init__(self, bands: int, rows: int) -> None:
        self.bands, self.rows = bands, rows
        self.tables: list[dict[int, int | list[int]]] = [{} for _ in range(bands)]

    def _keys(self, sig: LeanMinHash) -> list[int]:
        values = sig.hashvalues.tolist()
        r = self.rows
        return [hash(tuple(values[i * r:(i + 1) * r])) for i in range(self.bands)]

    def insert(self, key: int, sig: LeanMinHash) -> None:
        for table, band in zip(self.tables, self._keys(sig), strict=True):
            hit = table.get(band)
            if hit is None:
                table[band] = key
            elif isinstance(hit, int):
                table[band] = [hit, key]
            else:
                hit.append(key)

    def query(self, sig: LeanMinHash) -> set[int]:
        found: set[int] = set()
        for table, band in zip(self.tables, self._keys(sig), strict=True):
            hit = table.get(band)
            if hit is None:
                continue
            if isinstance(hit, int):
                found.add(hit)
            else:
                found.update(hit)
        return found


class ArticleIndex:
    """The in-memory LSH over every indexed article, rebuilt from stored signatures by each run that
    has new articles (cheaper than recomputing them from the stored text: see scripts/link_pairs.py).

    ``text_of`` fetches a stored article's text; it is called only to verify excerpt candidates.
    """

    def __init__(self, text_of: Callable[[str], str], config: DedupConfig | None = None,
                 signer: Signer | None = None) -> None:
        self.config = config or DedupConfig()
        self.signer = signer or Signer()
        self.text_of = text_of
        self.lsh = BandIndex(self.config.bands, self.config.rows)
        self.titles = BandIndex(self.config.title_bands, self.config.title_rows)
        self.items: dict[int, Indexed] = {}
        self.title_sigs: dict[int, LeanMinHash] = {}
        self.days: dict[int, str | None] = {}
        self._shingle_cache: OrderedDict[str, set[int]] = OrderedDict()

    # -- building ------------------------------------------------------------------------------
    def restore(self, seq: int, article_id: str, n_shingles: int, signature: bytes, title_sig: bytes,
                day: str | None, in_lsh: bool) -> None:
        """Re-add a stored article from its stored signatures."""
        self.add(seq, article_id, n_shingles, self.signer.from_bytes(signature), self.signer.from_bytes(title_sig),
                 day, in_lsh)

    def add(self, seq: int, article_id: str, n_shingles: int, sig: LeanMinHash, tsig: LeanMinHash,
            day: str | None, in_lsh: bool) -> None:
        """Index an article (``in_lsh`` False for an exact copy: its original stands for it)."""
        self.items[seq] = Indexed(article_id, n_shingles, sig)
        if in_lsh:
            self.lsh.insert(seq, sig)
        self.title_sigs[seq] = tsig
        if not tsig.is_empty():
            self.titles.insert(seq, tsig)
        self.days[seq] = day

    def signatures(self, hashes: np.ndarray, title: str | None, text: str
                   ) -> tuple[set[int], LeanMinHash, LeanMinHash]:
        """Shingles and content signature from the text's word hashes, and the title signature."""
        grams = shingles_of_hashes(hashes)
        return grams, self.signer.minhash(grams), self.title_signature(title, text)

    def title_signature(self, title: str | None, text: str) -> LeanMinHash:
        return self.signer.minhash({word_hash(w) for w in lead_words(title, text)})

    # -- matching ------------------------------------------------------------------------------
    def matches(self, grams: set[int], sig: LeanMinHash) -> list[Match]:
        """Verified near-duplicate and excerpt matches among indexed articles, best first."""
        cfg = self.config
        n = len(grams)
        found: list[Match] = []
        for seq in sorted(self.lsh.query(sig)):
            other = self.items[seq]
            j = sig.jaccard(other.signature)
            small, large = min(n, other.n_shingles), max(n, other.n_shingles)
            if small == 0:
                continue
            est_containment = j * (n + other.n_shingles) / ((1 + j) * small)
            lopsided = small < 0.6 * large
            if est_containment >= cfg.excerpt_probe and small >= cfg.excerpt_min_shingles and (lopsided or j < cfg.near):
                theirs = self._shingles_of(other.article_id)
                c = containment(grams, theirs) if n <= len(theirs) else containment(theirs, grams)
                if c >= cfg.excerpt:
                    found.append(Match(other.article_id, "excerpt", round(c, 3)))
                    continue
            if j >= cfg.near and small >= cfg.near_min_shingles and not lopsided:
                found.append(Match(other.article_id, "near", round(j, 3)))
        found.sort(key=lambda m: -m.score)
        return found

    def title_matches(self, tsig: LeanMinHash) -> list[tuple[int, float]]:
        """Indexed articles whose title + lead is similar, with the estimated Jaccard."""
        if tsig.is_empty():
            return []
        scored = [(seq, round(tsig.jaccard(self.title_sigs[seq]), 3)) for seq in sorted(self.titles.query(tsig))]
        return sorted((p for p in scored if p[1] >= self.config.title), key=lambda p: -p[1])

    def _shingles_of(self, article_id: str) -> set[int]:
        hit = self._shingle_cache.get(article_id)
        if hit is None:
            hit = shingles_of_hashes(self.signer.words(self.text_of(article_id))[1])
            self._shingle_cache[article_id] = hit
            if len(self._shingle_cache) > TEXT_CACHE:
                self._shingle_cache.popitem(last=False)
        else:
            self._shingle_cache.move_to_end(article_id)
        return hit

    def remember(self, article_id: str, grams: set[int]) -> None:
        """Keep a new article's shingles at hand: the next articles of a batch are often its rewrites."""
        self._shingle_cache[article_id] = grams
        if len(self._shingle_cache) > TEXT_CACHE:
            self._shingle_cache.popitem(last=False)
