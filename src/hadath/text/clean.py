"""Keep site furniture out of analysis without touching the original text.

Footer, navigation and share lines and outlet signatures become boilerplate *spans*; the article text
stays byte-for-byte intact, so every offset still points into what was ingested.  A trailing signature
("سيريانيوز", "المصدر: واس") also names the outlet when the article came without one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from hadath.lexicon import data_path, load_jsonl, require
from hadath.model import Span
from hadath.text.normalize import normalize

_LINE_RE = re.compile(r"[^\n]*\n?")
_TERMINAL = tuple(".؟?!؛;:\"»”)")
_WORD_RE = re.compile(r"\w+")
_MAX_FURNITURE_CHARS = 120  # site furniture lines are short; longer lines are never checked
_LINKS_PREFIX_CHARS = 60  # the head of a line compared with the headings of link lists (diacritics included)


def _validate_outlet(obj: dict) -> list[str]:
    problems = require(obj, {"id": str, "names": list, "name": str}, {"country": str, "kind": str})
    if not problems and not all(isinstance(n, str) and n.strip() for n in obj["names"]):
        problems.append("'names' must be non-empty strings")
    return problems


def _validate_phrase(obj: dict) -> list[str]:
    problems = require(obj, {"phrase": str, "match": str})
    if not problems and obj["match"] not in ("line", "start", "links"):
        problems.append("'match' must be 'line', 'start' or 'links'")
    return problems


@dataclass(slots=True)
class Outlet:
    id: str
    name: str
    names: list[str]
    country: str | None = None
    kind: str = "outlet"


@dataclass(slots=True)
class Cleaner:
    """Finds boilerplate spans; built once from the lexicon files and reused for every article."""

    outlets: list[Outlet]
    line_phrases: set[str] = field(default_factory=set)
    start_phrases: tuple[str, ...] = ()
    _outlet_prefixes: list[tuple[str, Outlet]] = field(default_factory=list)
    # headings of a list of other articles' titles run together on one line (مقالات أخرى للكاتب…): any length
    links_phrases: tuple[str, ...] = ()
    _links_initials: frozenset[str] = field(default=frozenset(), init=False, repr=False)  # a cheap first test
    # the usable prefixes (3 letters or more) by first letter, longest first as above: a line is compared
    # only with the names that can begin it
    _prefixes_by_first: dict[str, list[tuple[str, Outlet]]] = field(default_factory=dict, init=False, repr=False)

    def __post_init__(self) -> None:
        self._links_initials = frozenset(p[:1] for p in self.links_phrases)
        for prefix, outlet in self._outlet_prefixes:
            if len(prefix) >= 3:
                self._prefixes_by_first.setdefault(prefix[0], []).append((prefix, outlet))

    @classmethod
    def load(cls) -> Cleaner:
        outlets = [Outlet(e.data["id"], e.data["name"], e.data["names"], e.data.get("country"),
                          e.data.get("kind", "outlet"))
                   for e in load_jsonl(data_path("outlets.jsonl"), _validate_outlet)]
        phrases = load_jsonl(data_path("boilerplate.jsonl"), _validate_phrase)
        line = {normalize(e.data["phrase"]) for e in phrases if e.data["match"] == "line"}
        start = tuple(normalize(e.data["phrase"]) for e in phrases if e.data["match"] == "start")
        links = tuple(normalize(e.data["phrase"]) for e in phrases if e.data["match"] == "links")
        prefixes = sorted(((normalize(n), o) for o in outlets for n in o.names), key=lambda p: -len(p[0]))
        return cls(outlets, line, start, prefixes, links_phrases=links)

    def outlet_named(self, text: str) -> Outlet | None:
        """The outlet whose name ``text`` begins with (signatures glue the name to what follows)."""
        norm = normalize(text.strip().lstrip("-–—:( ")[:40])
        for prefix, outlet in self._prefixes_by_first.get(norm[:1], ()):
            if norm.startswith(prefix):
                return outlet
        return None

    def _links_heading(self, raw_line: str) -> bool:
        """The line opens with a heading of a list of links (مقالات أخرى للكاتب…), however long it runs."""
        return normalize(raw_line[:1]) in self._links_initials and normalize(raw_line[:_LINKS_PREFIX_CHARS]).startswith(
            self.links_phrases)

    def _is_furniture(self, norm_line: str) -> bool:
        if norm_line in self.line_phrases:
            return True
        return norm_line.startswith(self.start_phrases)

    def find(self, text: str) -> tuple[list[Span], Outlet | None]:
        """Boilerplate spans of ``text`` and the outlet named by a trailing signature, if any."""
        lines: list[tuple[int, int]] = []
        for m in _LINE_RE.finditer(text):
            if m.end() == m.start():
                break
            end = m.end() - 1 if m.group().endswith("\n") else m.end()
            lines.append((m.start(), end))
        spans: list[Span] = []
        signature: Outlet | None = None
        flagged: set[int] = set()
        for idx, (s, e) in enumerate(lines):
            raw = text[s:e].strip()
            if raw and (len(raw) <= _MAX_FURNITURE_CHARS and self._is_furniture(normalize(raw))
                        or self._links_heading(raw)):
                flagged.add(idx)
        # trailing zone: short lines without sentence punctuation, and outlet signatures
        for idx in range(len(lines) - 1, -1, -1):
            s, e = lines[idx]
            raw = text[s:e].strip()
            if not raw:
                continue
            if idx in flagged:
                continue
            outlet = self.outlet_named(raw)
            words = len(_WORD_RE.findall(raw))
            if outlet is not None and not raw.endswith((".", "؟", "!")):
                flagged.add(idx)
                signature = signature or outlet
                continue
            if words <= 4 and not raw.endswith(_TERMINAL) and idx > 0:
                flagged.add(idx)
                continue
            break
        for idx in sorted(flagged):
            s, e = lines[idx]
            raw_start = s + (len(text[s:e]) - len(text[s:e].lstrip()))
            raw_end = s + len(text[s:e].rstrip())
            if raw_end > raw_start:
                spans.append(Span(raw_start, raw_end, text[raw_start:raw_end]))
        return spans, signature
