"""The date grammar's vocabulary, read once from ``hadath/lexicon/dates/*.jsonl`` into lookup tables.

Every key is normalized with :func:`hadath.text.normalize.normalize`, exactly as tokens are, so a text
token matches when one of its clitic ``forms`` is a key.  Multi-word month names (كانون الثاني، ذو
الحجة) are kept as word tuples.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from hadath.lexicon import data_path, load_jsonl, require
from hadath.text.matcher import phrase_key
from hadath.text.normalize import normalize

ROLES = frozenset({
    "since", "until", "before", "after", "year_word", "month_word", "day_word", "time_of_day", "past", "next",
    "current", "this", "part", "period", "unit", "number", "approx", "yesterday", "today", "tomorrow", "first",
    "from", "hijri_mark", "ad_mark", "future", "not_future", "outlet_before", "anaphor", "label_before",
    "weekday_noun_before", "same", "ordinal", "ordinal_tens",
})
UNITS = frozenset({"day", "week", "month", "year"})
PARTS = frozenset({"start", "mid", "end"})


@dataclass(frozen=True, slots=True)
class MonthName:
    words: tuple[str, ...]  # normalized
    month: int
    calendar: str  # gregorian | hijri
    ambiguous: bool


@dataclass(frozen=True, slots=True)
class WordInfo:
    role: str
    part: str | None = None
    unit: str | None = None
    count: int | None = None
    value: int | None = None


@dataclass(frozen=True, slots=True)
class DateLexicon:
    """Lookup tables of the date grammar; build with :meth:`load`."""

    months: dict[str, tuple[MonthName, ...]]  # first word → month names starting with it (longest first)
    weekdays: dict[str, tuple[int, bool]]  # normalized name → (weekday, ambiguous)
    words: dict[str, dict[str, WordInfo]]  # role → normalized word → info
    not_future_prefixes: tuple[str, ...]
    triggers: frozenset[str]  # every word an expression can start with (numbers aside): the pre-filter

    @classmethod
    def load(cls, root: Path | None = None) -> DateLexicon:
        root = root or data_path("dates")
        months: dict[str, list[MonthName]] = {}
        for entry in load_jsonl(root / "months.jsonl", _check_month):
            d = entry.data
            words = phrase_key(d["name"])
            months.setdefault(words[0], []).append(
                MonthName(words, d["month"], d["calendar"], bool(d.get("ambiguous", False))))
        weekdays = {normalize(e.data["name"]): (e.data["weekday"], bool(e.data.get("ambiguous", False)))
                    for e in load_jsonl(root / "weekdays.jsonl", _check_weekday)}
        words: dict[str, dict[str, WordInfo]] = {role: {} for role in ROLES}
        for entry in load_jsonl(root / "words.jsonl", _check_word):
            d = entry.data
            words[d["role"]][normalize(d["word"])] = WordInfo(
                d["role"], d.get("part"), d.get("unit"), d.get("count"), d.get("value"))
        triggers = set(months) | set(weekdays)
        for role in ("yesterday", "today", "tomorrow", "period", "since", "until", "before", "after", "part",
                     "year_word", "time_of_day", "day_word", "month_word", "this", "ordinal"):
            triggers.update(words[role])
        triggers.update(w for w in words["first"] if not w.startswith("ال"))  # أول أمس
        return cls(
            months={k: tuple(sorted(v, key=lambda m: -len(m.words))) for k, v in months.items()},
            weekdays=weekdays,
            words=words,
            not_future_prefixes=tuple(words["not_future"]),
            triggers=frozenset(triggers),
        )

    def role(self, forms: tuple[str, ...], role: str) -> WordInfo | None:
        """The entry of the first of ``forms`` that has ``role``."""
        table = self.words[role]
        for form in forms:
            hit = table.get(form)
            if hit is not None:
                return hit
        return None


def _check_month(obj: dict[str, Any]) -> list[str]:
    problems = require(obj, {"name": str, "month": int, "calendar": str, "variety": str}, {"ambiguous": bool})
    if not problems:
        if not 1 <= obj["month"] <= 12:
            problems.append(f"month must be 1-12, got {obj['month']}")
        if obj["calendar"] not in ("gregorian", "hijri"):
            problems.append(f"calendar must be gregorian or hijri, got {obj['calendar']!r}")
        if not phrase_key(obj["name"]):
            problems.append("empty name")
    return problems


def _check_weekday(obj: dict[str, Any]) -> list[str]:
    problems = require(obj, {"name": str, "weekday": int}, {"ambiguous": bool})
    if not problems and not 0 <= obj["weekday"] <= 6:
        problems.append(f"weekday must be 0-6 (Monday = 0), got {obj['weekday']}")
    return problems


def _check_word(obj: dict[str, Any]) -> list[str]:
    problems = require(obj, {"word": str, "role": str}, {"part": str, "unit": str, "count": int, "value": int})
    if problems:
        return problems
    role = obj["role"]
    if role not in ROLES:
        problems.append(f"unknown role {role!r}")
    if role == "part" and obj.get("part") not in PARTS:
        problems.append("role 'part' needs part: start|mid|end")
    if role in ("unit", "period") and obj.get("unit") not in UNITS:
        problems.append(f"role {role!r} needs unit: day|week|month|year")
    if role in ("number", "ordinal", "ordinal_tens") and not isinstance(obj.get("value"), int):
        problems.append(f"role {role!r} needs an integer value")
    if not normalize(obj["word"]).strip():
        problems.append("empty word")
    return problems
