"""Sentence boundaries for Arabic news text, with offsets into the original text.

Boundaries: . ؟ ? ! ؛ ; and newlines — never the Arabic comma, never inside a number (6.5), never after
a one-letter abbreviation (د. م.), and not inside an open «…» quotation on the same line.  A stop with no space
after it ends a sentence only between two Arabic words of three letters or more («إيطاليا.وذكرت»), never in an
acronym, a number or a URL.
"""

from __future__ import annotations

import re

from hadath.model import Sentence, Span
from hadath.text.tokens import Tokenizer

_TERMINATORS = ".؟?!؛;…"
_CLOSERS = "»\"”’')]}"
_BOUNDARY_RE = re.compile(r"[.؟?!؛;…]+|\n|«|»")
_WORD_BEFORE_RE = re.compile(r"(\S+)$")
_ARABIC_RUN_BEFORE_RE = re.compile(r"([\u0621-\u064A]+)$")
_ARABIC_RUN_AFTER_RE = re.compile(r"[\u0621-\u064A]+")
GLUED_MIN_LETTERS = 3  # letters of the words on both sides of a stop with no space after it («إيطاليا.وذكرت»)
# Latin letters spelt in Arabic, of three letters (إن.بي.سي، جيه.بي): an acronym's points, no sentence end
LETTER_NAMES = frozenset({"جيه", "اتش", "إتش", "أتش", "أيه", "ايه", "إيه", "كيه", "إكس", "اكس", "واي", "دبليو"})
# a source credited after the stop («… في المغرب.وفقا للفرنسية.»): the credit of the sentence before, kept in it
# (the run of letters stops before a tanween: وفقاً reads وفقا)
CREDIT_OPENERS = frozenset({"وفقا", "ووفقا", "حسب", "بحسب", "وبحسب", "نقلا", "طبقا", "المصدر"})


def _regions(text: str, skip: list[Span]) -> list[tuple[int, int]]:
    """The parts of ``text`` outside the boilerplate spans."""
    out: list[tuple[int, int]] = []
    pos = 0
    for span in sorted(skip, key=lambda s: s.start):
        if span.start > pos:
            out.append((pos, span.start))
        pos = max(pos, span.end)
    if pos < len(text):
        out.append((pos, len(text)))
    return out


def _is_abbreviation(text: str, dot: int, region_start: int) -> bool:
    m = _WORD_BEFORE_RE.search(text, max(region_start, dot - 12), dot)
    if not m:
        return False
    word = m.group(1).lstrip("(«\"")
    return len(word) == 1 and word.isalpha()


def _glued_boundary(text: str, stop: int, after: int, region_start: int) -> bool:
    """A stop between two Arabic words with no space after it («في إيطاليا.وذكرت الشرطة»), common in scraped news:
    a sentence end, unless either side is short or a letter's name (العربية.نت، بي.بي.سي، إن.بي.سي: names), or what
    follows credits a source (.وفقا للفرنسية)."""
    before = _ARABIC_RUN_BEFORE_RE.search(text, max(region_start, stop - 30), stop)
    following = _ARABIC_RUN_AFTER_RE.match(text, after)
    if following is not None and following.group() in CREDIT_OPENERS:
        return False
    return before is not None and following is not None and before.end() == stop \
        and len(before.group()) >= GLUED_MIN_LETTERS and len(following.group()) >= GLUED_MIN_LETTERS \
        and before.group() not in LETTER_NAMES and following.group() not in LETTER_NAMES


def split_sentences(text: str, skip: list[Span] | None = None) -> list[tuple[int, int]]:
    """Return (start, end) of each sentence, whitespace-trimmed, outside ``skip`` spans."""
    bounds: list[tuple[int, int]] = []
    for r_start, r_end in _regions(text, skip or []):
        start = r_start
        depth = 0
        for m in _BOUNDARY_RE.finditer(text, r_start, r_end):
            tok = m.group()
            if tok == "«":
                depth += 1
                continue
            if tok == "»":
                depth = max(0, depth - 1)
                continue
            if tok == "\n":
                depth = 0
                bounds.append((start, m.start()))
                start = m.end()
                continue
            if depth > 0:
                continue
            if tok == "." and m.end() < r_end and text[m.end()].isdigit():
                continue  # 6.5
            if tok == "." and _is_abbreviation(text, m.start(), start):
                continue
            end = m.end()
            while end < r_end and text[end] in _CLOSERS:
                end += 1
            if end < r_end and not text[end].isspace() and text[end] not in "«\"" \
                    and not _glued_boundary(text, m.start(), end, start):
                continue  # e.g. "أ.ف.ب" or a URL: not a boundary
            bounds.append((start, end))
            start = end
        bounds.append((start, r_end))
    out: list[tuple[int, int]] = []
    for s, e in bounds:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s and any(ch.isalnum() for ch in text[s:e]):
            out.append((s, e))
    return out


def make_sentences(text: str, skip: list[Span], tokenizer: Tokenizer) -> list[Sentence]:
    """Sentences with their tokens."""
    out = []
    for i, (s, e) in enumerate(split_sentences(text, skip)):
        tokens = tokenizer.tokenize(text, s, e)
        out.append(Sentence(index=i, start=s, end=e, text=text[s:e], tokens=tokens, token_count=len(tokens)))
    return out
