"""CRF named-entity tagger (python-crfsuite) with cheap, cached per-word features.

Features of a word depend only on the word and the gazetteer, so they are computed once per distinct
word and cached; a token's item is its own features plus its neighbours' (precomputed with a position
prefix), so tagging a sentence is list concatenation and one C call.  The model is trained by
``scripts/train_ner.py`` and shipped; nothing is trained or downloaded at run time.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pycrfsuite

from hadath.errors import ModelError
from hadath.text.tokens import Tokenizer

MODEL_NAME = "ner.crfsuite"
FEATURE_VERSION = "ner-features-2"
_LATIN = re.compile(r"[a-z]")
_CACHE_LIMIT = 300_000


@dataclass(frozen=True, slots=True)
class Gazetteer:
    """Word sets from the actor lexicon, used as features (membership flags)."""

    person: frozenset[str] = frozenset()
    country: frozenset[str] = frozenset()
    adjective: frozenset[str] = frozenset()
    title: frozenset[str] = frozenset()
    org: frozenset[str] = frozenset()


def _shape(norm: str) -> str:
    if not norm:
        return "empty"
    if norm.isdigit():
        return "digit"
    if any(c.isdigit() for c in norm):
        return "hasdigit"
    if _LATIN.search(norm):
        return "latin"
    if not norm[0].isalpha():
        return "punct"
    return "arabic"


@dataclass(slots=True)
class FeatureExtractor:
    """Word → (own, as-previous, as-next, as-second-previous, as-second-next) feature lists, cached."""

    gazetteer: Gazetteer = field(default_factory=Gazetteer)
    tokenizer: Tokenizer = field(default_factory=Tokenizer)
    _cache: dict[str, tuple[list[str], list[str], list[str], list[str], list[str], str]] = field(
        default_factory=dict)

    def word(self, text: str) -> tuple[list[str], list[str], list[str], list[str], list[str], str]:
        hit = self._cache.get(text)
        if hit is not None:
            return hit
        norm, prefix, stem, _suffix, forms = self.tokenizer.analyse(text)
        bare = forms[-1] if forms else norm
        g = self.gazetteer
        flags = []
        for name, words in (("per", g.person), ("cty", g.country), ("adj", g.adjective), ("ttl", g.title),
                            ("org", g.org)):
            if any(f in words for f in forms or (norm,)):
                flags.append(name)
        shape = _shape(norm)
        own = [f"w={norm}", f"s={stem}", f"b={bare}", f"p={prefix}", f"sh={shape}",
               f"p2={stem[:2]}", f"p3={stem[:3]}", f"x2={stem[-2:]}", f"x3={stem[-3:]}", f"len={min(len(stem), 8)}"]
        own += [f"g={f}" for f in flags]
        own += [f"f={f}" for f in forms[1:4]]
        own += [f"n3={norm[:3]}", f"z3={norm[-3:]}", f"z1={norm[-1:]}"]
        ctx = [f"w={norm}", f"b={bare}", f"sh={shape}"] + [f"g={f}" for f in flags]
        hit = (own, [f"-1{f}" for f in ctx], [f"+1{f}" for f in ctx], [f"-2b={bare}", *(f"-2g={f}" for f in flags)],
               [f"+2b={bare}", *(f"+2g={f}" for f in flags)], bare)
        if len(self._cache) < _CACHE_LIMIT:
            self._cache[text] = hit
        return hit

    def sentence(self, words: Sequence[str]) -> list[list[str]]:
        """The CRF items of a sentence given as word strings."""
        feats = [self.word(w) for w in words]
        n = len(feats)
        items: list[list[str]] = []
        for i, (own, _p, _n, _p2, _n2, _bare) in enumerate(feats):
            item = list(own)
            if i > 0:
                item += feats[i - 1][1]
            else:
                item.append("BOS")
            if i + 1 < n:
                item += feats[i + 1][2]
            else:
                item.append("EOS")
            if i > 1:
                item += feats[i - 2][3]
            if i + 2 < n:
                item += feats[i + 2][4]
            items.append(item)
        return items


class NerTagger:
    """A loaded CRF model; ``tag(words)`` returns BIO labels, ``spans(words)`` (type, first, last)."""

    def __init__(self, model_path: Path, features: FeatureExtractor) -> None:
        if not model_path.exists():
            raise ModelError(f"NER model not found: {model_path} (train it with scripts/train_ner.py)")
        scores = model_path.with_name("ner_scores.json")
        if scores.exists():
            trained_with = json.loads(scores.read_text(encoding="utf-8")).get("feature_version")
            if trained_with != FEATURE_VERSION:
                raise ModelError(f"{model_path} was trained with features {trained_with!r} but this code extracts "
                                 f"{FEATURE_VERSION!r}; retrain with scripts/train_ner.py")
        self._tagger = pycrfsuite.Tagger()
        try:
            self._tagger.open(str(model_path))
        except Exception as exc:  # crfsuite raises a bare ValueError/OSError on a corrupt file
            raise ModelError(f"cannot open NER model {model_path}: {exc}") from exc
        self.features = features
        self.labels = tuple(self._tagger.labels())

    def tag(self, words: Sequence[str]) -> list[str]:
        if not words:
            return []
        return list(self._tagger.tag(self.features.sentence(words)))

    def spans(self, words: Sequence[str]) -> list[tuple[str, int, int]]:
        return bio_spans(self.tag(words))


def bio_spans(tags: Iterable[str]) -> list[tuple[str, int, int]]:
    """(type, first, last) entity spans from BIO tags; a stray I- starts a new span (conlleval style)."""
    out: list[tuple[str, int, int]] = []
    cur_type: str | None = None
    cur_start = 0
    last = -1
    for i, tag in enumerate(tags):
        last = i
        if tag.startswith("B-") or (tag.startswith("I-") and tag[2:] != cur_type):
            if cur_type is not None:
                out.append((cur_type, cur_start, i - 1))
            cur_type, cur_start = tag[2:], i
        elif not tag.startswith("I-"):
            if cur_type is not None:
                out.append((cur_type, cur_start, i - 1))
            cur_type = None
    if cur_type is not None:
        out.append((cur_type, cur_start, last))
    return out


def read_conll(path: Path | str) -> list[list[tuple[str, str]]]:
    """Sentences of ``token TAG`` lines; a blank line or a ``.`` token ends a sentence (ANERcorp style).

    Extra columns (nested tags, as in Wojood) are ignored: the first tag is kept.
    """
    sentences: list[list[tuple[str, str]]] = []
    current: list[tuple[str, str]] = []
    with open(path, encoding="utf-8") as fh:
        for raw in fh:
            parts = raw.split()
            if not parts:
                if current:
                    sentences.append(current)
                    current = []
                continue
            token = parts[0]
            tag = parts[1] if len(parts) > 1 else "O"
            current.append((token, tag))
            if token == ".":
                sentences.append(current)
                current = []
    if current:
        sentences.append(current)
    return sentences


def entity_scores(gold: Sequence[Sequence[str]], pred: Sequence[Sequence[str]],
                  types: Iterable[str] | None = None) -> dict[str, dict[str, float]]:
    """Exact-span entity P/R/F1 per type and micro over ``types`` (all types when None)."""
    counts: dict[str, list[int]] = {}
    for g_tags, p_tags in zip(gold, pred, strict=True):
        g = set(bio_spans(g_tags))
        p = set(bio_spans(p_tags))
        for typ in {s[0] for s in g | p}:
            c = counts.setdefault(typ, [0, 0, 0])
            gs = {s for s in g if s[0] == typ}
            ps = {s for s in p if s[0] == typ}
            c[0] += len(gs & ps)
            c[1] += len(ps)
            c[2] += len(gs)
    wanted = set(types) if types is not None else set(counts)
    out: dict[str, dict[str, float]] = {}
    tot = [0, 0, 0]
    for typ in sorted(counts):
        tp, np_, ng = counts[typ]
        out[typ] = _prf(tp, np_, ng)
        if typ in wanted:
            tot = [tot[0] + tp, tot[1] + np_, tot[2] + ng]
    out["micro"] = _prf(*tot)
    return out


def _prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4), "support": n_gold}
