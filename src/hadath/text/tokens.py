"""Tokenizer with Arabic clitic segmentation that keeps offsets into the original text.

Clitic segmentation without a morphological analyser is ambiguous (وزير is not و+زير), so a token
carries a *best guess* segmentation (``prefix``/``stem``/``suffix``, used for display and features)
and a list of candidate matching ``forms``; lexicon lookups try each form, so a dictionary decides.
"""

from __future__ import annotations

import re
from types import MappingProxyType

from hadath.model import Token
from hadath.text.normalize import normalize

_AR_LETTERS = "\u0621-\u063A\u0641-\u064A\u066E-\u06D3\u06D5\u06EE\u06EF\u06FA-\u06FF\uFB50-\uFDFF\uFE70-\uFEFC"
_AR_MARKS = "\u0610-\u061A\u0640\u064B-\u065F\u0670\u06D6-\u06ED"
_DIGITS = "0-9\u0660-\u0669\u06F0-\u06F9"

TOKEN_RE = re.compile(
    rf"[{_DIGITS}]+(?:[.,\u066B\u066C][{_DIGITS}]+)*%?"  # numbers: 6.5, 1,000, ٦٫٥
    rf"|[{_AR_LETTERS}{_AR_MARKS}A-Za-z\u00C0-\u024F_]+(?:[{_DIGITS}]+)?"  # words (Arabic or Latin)
    r"|\S"  # any other single visible character (punctuation, quotes, symbols)
)

# Proclitic sequences, longest first (normalized): conjunction, preposition, future, article.
_PROCLITICS = (
    "وبال", "فبال", "وكال", "فكال", "ولل", "فلل", "وال", "فال", "بال", "كال", "لل", "ال",
    "وب", "فب", "ول", "فل", "وك", "فك", "وس", "فس", "و", "ف", "ب", "ل", "ك", "س",
)
# the proclitics by first letter, in the order above: a word is tried only against those it can start with
_PROCLITICS_BY_FIRST = MappingProxyType({c: tuple(p for p in _PROCLITICS if p[0] == c) for c in {p[0] for p in _PROCLITICS}})
# Pronoun suffixes tried when matching. Not ي or ك: in news they are mostly nisba adjectives and
# stem letters (الشعبي, البنك), and stripping them made false matches (الشعبي → الشعب).
PRONOUN_SUFFIXES = ("هما", "كما", "هم", "هن", "كم", "كن", "نا", "ها", "ه")  # attached object / possessive pronouns
_MARKS = frozenset(chr(c) for c in range(0x064B, 0x0660)) | {"\u0670", "\u0640"}
_MARKS_STR = "".join(sorted(_MARKS))


# Verbs of a doubled root written in two letters (حثّ، حضّ، شنّ), which a conjunction leaves too short to split by
# the length rule; none of «وحث، فحث، وحض، وشن، فشن» is a word of its own (unlike ورد، وعد، وفر، وحل)
SHORT_DOUBLED_VERBS = frozenset({"حث", "حض", "شن"})


def _conjoined_short_verb(norm: str) -> bool:
    """Round 148: «وحث الوزير» is و + حثّ (see SHORT_DOUBLED_VERBS)."""
    return len(norm) == 3 and norm[0] in "وف" and norm[1:] in SHORT_DOUBLED_VERBS


def _strip_prefix_candidates(norm: str) -> list[tuple[str, str]]:
    """(prefix, rest) pairs for every proclitic sequence that leaves a plausible stem."""
    if _conjoined_short_verb(norm):
        return [(norm[0], norm[1:])]
    out: list[tuple[str, str]] = []
    for p in _PROCLITICS_BY_FIRST.get(norm[:1], ()):
        if norm.startswith(p):
            rest = norm[len(p):]
            # "لل" is ل + ال: the stem keeps its article for matching definite dictionary keys
            if p.endswith("لل"):
                out.append((p, "ال" + rest) if len(rest) >= 2 else (p, rest))
            if p == "س" or p.endswith("س"):
                # future marker only before an imperfect-verb prefix
                if len(rest) >= 3 and rest[0] in "يتنا":
                    out.append((p, rest))
                continue
            min_len = 2 if p.endswith("ال") else 3
            if len(rest) >= min_len:
                out.append((p, rest))
    return out


def word_forms(norm: str, ends_in_taa_marbuta: bool = False) -> tuple[str, ...]:
    """Candidate lexicon keys for a normalized word, most specific (whole word) first.

    ``وبالعاصمه`` → (وبالعاصمه, العاصمه, عاصمه, …): with and without conjunction/preposition, then
    without the article, then without a pronoun suffix.  A word written with ة (folded to ه by
    normalization) has no pronoun ه to strip: الشرطة is not شرط + ه.
    """
    seen: dict[str, None] = {norm: None}
    stripped: list[str] = []
    for prefix, rest in _strip_prefix_candidates(norm):
        if prefix.endswith("ال") and prefix != "ال":
            stripped.append("ال" + rest)
        stripped.append(rest)
    # least stripped first: وباريس is و + باريس before it is وب + اريس
    for form in sorted(stripped, key=len, reverse=True):
        seen.setdefault(form, None)
    for f in list(seen):
        if not f.endswith(PRONOUN_SUFFIXES):  # most forms end in no pronoun: one test instead of nine
            continue
        for s in PRONOUN_SUFFIXES:
            if ends_in_taa_marbuta and s.endswith("ه"):
                continue
            if f.endswith(s) and len(f) - len(s) >= 3:
                seen.setdefault(f[: -len(s)], None)
                break
    return tuple(seen)


def _segment(norm: str) -> tuple[str, str, str]:
    """Best-guess (prefix, stem, suffix) of a normalized word, conservative on short stems."""
    if _conjoined_short_verb(norm):
        return norm[0], norm[1:], ""
    prefix = ""
    for p in _PROCLITICS_BY_FIRST.get(norm[:1], ()):
        if norm.startswith(p):
            rest = norm[len(p):]
            if p.endswith("س") and not (len(rest) >= 3 and rest[0] in "يتن"):
                continue
            need = 2 if p.endswith("ال") else 4  # و/ب/ل/ك before a bare stem: be conservative
            if p.endswith("لل"):
                need = 2
            if len(rest) >= need:
                prefix = p
                break
    stem = norm[len(prefix):]
    return prefix, stem, ""


def advance_letters(text: str, pos: int, end: int, letters: int) -> int:
    """Offset in ``text`` after ``letters`` base letters from ``pos`` (skipping diacritics/tatweel)."""
    count = 0
    while pos < end and count < letters:
        if text[pos] not in _MARKS:
            count += 1
        pos += 1
    while pos < end and text[pos] in _MARKS:
        pos += 1
    return pos


class Tokenizer:
    """Splits text into :class:`Token` objects; caches the per-word analysis (words repeat a lot)."""

    def __init__(self) -> None:
        self._cache: dict[str, tuple[str, str, str, str, tuple[str, ...]]] = {}
        # word → its analysis and where its stem starts (after proclitics and marks): one lookup a token
        self._token_cache: dict[str, tuple[str, str, str, str, tuple[str, ...], int]] = {}

    def analyse(self, word: str) -> tuple[str, str, str, str, tuple[str, ...]]:
        hit = self._cache.get(word)
        if hit is None:
            norm = normalize(word)
            prefix, stem, suffix = _segment(norm)
            hit = (norm, prefix, stem, suffix, word_forms(norm, word.rstrip(_MARKS_STR).endswith("ة")))
            if len(self._cache) < 500_000:
                self._cache[word] = hit
        return hit

    def _token_entry(self, word: str) -> tuple[str, str, str, str, tuple[str, ...], int]:
        norm, prefix, stem, suffix, forms = self.analyse(word)
        offset = advance_letters(word, 0, len(word), len(prefix)) if prefix else 0
        hit = (norm, prefix, stem, suffix, forms, offset)
        if len(self._token_cache) < 500_000:
            self._token_cache[word] = hit
        return hit

    def tokenize(self, text: str, start: int = 0, end: int | None = None) -> list[Token]:
        end = len(text) if end is None else end
        tokens: list[Token] = []
        cache = self._token_cache
        for m in TOKEN_RE.finditer(text, start, end):
            word = m.group()
            s, e = m.span()
            hit = cache.get(word)
            if hit is None:
                hit = self._token_entry(word)
            norm, prefix, stem, suffix, forms, offset = hit
            tokens.append(Token(s, e, word, norm, prefix, stem, suffix, s + offset, e, forms))
        return tokens
